/** The digests of a distribution: md5 only when print-hash asks for it. */
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { digestFile } from "../src/digests.ts";

it("computes sha256 and BLAKE2b-256, and md5 only when asked", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "digests-")), "abc");
  writeFileSync(path, "abc");
  const sha256 = createHash("sha256").update("abc").digest("hex");
  // PyPI's blake2_256_digest of "abc" (test-bench.md).
  const blake2_256 = "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319";
  expect(await digestFile(path)).toEqual({ sha256, blake2_256 });
  expect(await digestFile(path, { md5: true })).toEqual({
    sha256,
    blake2_256,
    md5: createHash("md5").update("abc").digest("hex"),
  });
});
