/**
 * Issue 15, Deliver 2: the committed bundles, run the way the runner runs them, refuse a hostile
 * policy file (a ~1 KB YAML alias bomb) and a 100 kB input with a clear `::error::` of at most
 * 2 kB, a job summary of at most 64 kB, and no write request before the refusal. A handful of
 * spawns per stage; the many-runs property is inputs-property.test.ts (in-process).
 */
import { type RunContext, runAction, stageDir } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import { HUNDRED_KB, MAX_SUMMARY_CHARS, refusalProblems, yamlAliasBomb } from "../../src/hostile-values.ts";

const fakeGitHub = useFakeGitHub();
const BOMB = "acme/alias-bomb";
const PLAIN = "acme/hostile-inputs";
let head: string;

beforeAll(async () => {
  const fake = fakeGitHub();
  const bomb = await fake.createRepository(BOMB, {
    files: { "README.md": "x\n", ".github/release-strategy.yml": yamlAliasBomb() },
  });
  const plain = await fake.createRepository(PLAIN, { files: { "README.md": "x\n" } });
  for (const repository of [bomb, plain]) {
    const tagged = await repository.commit({ branch: "main", files: { a: "1" }, message: "feat: one (#1)" });
    await repository.createTag("v0.1.0", tagged);
    head = await repository.commit({ branch: "main", files: { a: "2" }, message: "feat: two (#2)" });
  }
});

function context(repository: string): RunContext {
  const fake = fakeGitHub();
  return { repository, apiUrl: fake.apiUrl, serverUrl: fake.serverUrl, token: fake.defaultToken, sha: head };
}

/** The inputs with which each stage gets as far as reading the policy. */
const STAGES: Record<string, Record<string, string>> = {
  "validate-version": { version: "0.2.0" },
  "create-release-branch": { version: "0.2.0" },
  "open-release-pr": { version: "0.2.0" },
  "tag-and-changelog": { version: "0.2.0" },
  "rotate-milestones": { "released-version": "0.1.0" },
  announce: {
    version: "0.1.0",
    channels: "email",
    "smtp-url": "smtp://user:pass@127.0.0.1:9",
    "email-from": "r@example.org",
    "email-to": "a@example.org",
  },
};

/** What is wrong with how a step refused: its ::error::, its summary, its writes. */
function refusalOf(run: Awaited<ReturnType<typeof runAction>>) {
  const errors = run.annotations.filter((annotation) => annotation.level === "error");
  return {
    exitCode: run.exitCode,
    errors: errors.length,
    problems: refusalProblems(errors[0]?.message),
    summaryWithinBound: run.summary.length <= MAX_SUMMARY_CHARS,
    stdoutWithinBound: run.stdout.length <= MAX_SUMMARY_CHARS,
    writes: fakeGitHub()
      .mutatingRequests()
      .map((request) => `${request.method} ${request.path}`),
  };
}

const REFUSED = {
  exitCode: 1,
  errors: 1,
  problems: [],
  summaryWithinBound: true,
  stdoutWithinBound: true,
  writes: [],
};

// create-release-branch and tag-and-changelog load the policy as validate-version does (one
// loader in core; policy-property.test.ts drives it in-process): four spawns keep this fast.
const BOMB_STAGES = Object.keys(STAGES).filter(
  (stage) => stage !== "create-release-branch" && stage !== "tag-and-changelog",
);
// The in-process property covers every input; two spawns prove the bundle agrees.
const LONG_VERSION_STAGES = ["validate-version", "tag-and-changelog"];

describe.each(BOMB_STAGES)("%s bundle", (stage) => {
  it("refuses a ~1 KB YAML alias bomb in the policy briefly, before any write", async () => {
    expect(yamlAliasBomb().length).toBeLessThan(1100);
    const run = await runAction(stageDir(stage), { inputs: STAGES[stage] ?? {}, context: context(BOMB) });
    expect(refusalOf(run)).toEqual(REFUSED);
    expect(run.annotations.find((annotation) => annotation.level === "error")?.message).toMatch(
      /release-strategy\.yml/,
    );
  });
});

describe.each(LONG_VERSION_STAGES)("%s bundle", (stage) => {
  it("refuses a 100 kB version briefly, before any request", async () => {
    const inputs = STAGES[stage] ?? {};
    const key = "version" in inputs ? "version" : "released-version";
    const run = await runAction(stageDir(stage), {
      inputs: { ...inputs, [key]: HUNDRED_KB },
      context: context(PLAIN),
    });
    expect(refusalOf(run)).toEqual(REFUSED);
  });
});
