/** The committed bundle, run from validate-version/action.yml the way the runner runs it. */
import { runAction, stageDir } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, describe, expect, it } from "vitest";

const fakeGitHub = useFakeGitHub();
const REPO = "acme/bundle";
let head: string;

beforeAll(async () => {
  const repository = await fakeGitHub().createRepository(REPO, { files: { "README.md": "x\n" } });
  const tagged = await repository.commit({ branch: "main", files: { a: "1" }, message: "feat: one (#1)" });
  await repository.createTag("v0.1.0", tagged);
  head = await repository.commit({ branch: "main", files: { a: "2" }, message: "feat: two (#2)" });
});

function context() {
  const fake = fakeGitHub();
  return {
    repository: REPO,
    apiUrl: fake.apiUrl,
    serverUrl: fake.serverUrl,
    token: fake.defaultToken,
    sha: head,
  };
}

describe("validate-version bundle", () => {
  it("gets the documented outputs, a summary, and never prints the token", async () => {
    const run = await runAction(stageDir("validate-version"), {
      inputs: { version: "next-y" },
      context: context(),
      secrets: [fakeGitHub().defaultToken],
    });
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({
      version: "0.2.0",
      tag: "v0.2.0",
      stream: "y",
      prerelease: "false",
      "release-branch": "release-v0.2",
      "branch-exists": "false",
      commit: head,
      "previous-tag": "v0.1.0",
      "previous-version": "0.1.0",
      "make-latest": "true",
      milestone: "v0.2.0",
      released: "false",
    });
    expect(run.summary).toMatch(/validate-version: v0.2.0 is a Y-stream release/);
    expect(run.masks).toContain(fakeGitHub().defaultToken);
    expect(run.leaks).toEqual([]);
    expect(fakeGitHub().mutatingRequests()).toEqual([]);
  });

  it("fails with an ::error:: that says what to do, and a summary, before any request", async () => {
    const run = await runAction(stageDir("validate-version"), {
      inputs: { version: "0.2" },
      context: context(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toEqual([
      expect.objectContaining({
        level: "error",
        message: expect.stringMatching(/Input "version": "0.2" has 2 release components.*for example 0.2.0/),
      }),
    ]);
    expect(run.summary).toMatch(/validate-version: failed/);
    expect(fakeGitHub().requests).toEqual([]);
  });

  it("explains a refusal from the repository's state", async () => {
    const run = await runAction(stageDir("validate-version"), {
      inputs: { version: "0.3.0" },
      context: context(),
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.find((annotation) => annotation.level === "error")?.message).toMatch(
      /0.3.0 would skip 0.2.0/,
    );
  });
});
