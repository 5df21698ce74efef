import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GitObjectReader } from "../../src/github/git-object-reader.ts";

// The reader's process can end or never start; every question waiting on it must fail saying so,
// and a later question must find a new process rather than wait forever on the dead one.
const notARepository = mkdtempSync(join(tmpdir(), "reader-no-repository-"));
afterAll(() => rmSync(notARepository, { recursive: true, force: true }));

describe("git object reader failures", () => {
  it("fail every waiting question with git's exit code when git refuses the directory", async () => {
    const reader = new GitObjectReader(notARepository, process.env);
    const questions = [reader.info("HEAD"), reader.contents("HEAD")];
    for (const question of questions)
      await expect(question).rejects.toThrow(
        `git cat-file --batch-command in ${notARepository} exited (128) with questions unanswered`,
      );
    // A new question starts a new process, which fails the same way rather than hanging.
    await expect(reader.info("HEAD")).rejects.toThrow("exited (128)");
    reader.close();
  });

  it("fail with the launch error when git cannot be started", async () => {
    const reader = new GitObjectReader(notARepository, { ...process.env, PATH: notARepository });
    await expect(reader.info("HEAD")).rejects.toThrow(
      `git cat-file --batch-command in ${notARepository} could not run: spawn git ENOENT`,
    );
    reader.close();
  });
});
