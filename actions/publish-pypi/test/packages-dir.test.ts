/** findDistributions: what "packages-dir" may be, and what the error says when it is not a folder. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findDistributions } from "../src/distributions.ts";

describe('input "packages-dir"', () => {
  const root = mkdtempSync(join(tmpdir(), "packages-dir-"));

  it("says a file is a file, not that it does not exist", async () => {
    const file = join(root, "dist");
    writeFileSync(file, "not a folder");
    await expect(findDistributions(file)).rejects.toThrow(/dist is a file, not a directory/);
  });

  it("says a missing folder does not exist", async () => {
    await expect(findDistributions(join(root, "missing"))).rejects.toThrow(/missing does not exist/);
  });

  it("takes the attestations a run wrote beside its files for theirs, and other files for strays", async () => {
    const dist = mkdtempSync(join(tmpdir(), "packages-dir-"));
    for (const name of ["a-1.0.tar.gz", "a-1.0.tar.gz.publish.attestation", "notes.txt"])
      writeFileSync(join(dist, name), "x");
    expect(await findDistributions(dist)).toEqual({
      files: [join(dist, "a-1.0.tar.gz")],
      ignored: ["notes.txt"],
    });
  });
});
