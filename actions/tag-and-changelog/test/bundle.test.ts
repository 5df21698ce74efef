/** The committed bundle, run from tag-and-changelog/action.yml the way the runner runs it. */
import { existsSync } from "node:fs";
import { createSampleRepository, type FakeRepository, runAction, stageDir } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, expect, it } from "vitest";

const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;
let mergeCommit: string;

beforeAll(async () => {
  const sample = await createSampleRepository(fakeGitHub());
  repository = sample.repository;
  await repository.createBranch("release-v0.2", "main");
  ({ mergeCommit } = await repository.landPullRequest({
    base: "release-v0.2",
    title: "Release v0.2.0",
    author: sample.people.carol,
    files: { "CHANGELOG.md": "## v0.2\n" },
    approvals: [sample.people.alice, sample.people.bob],
  }));
});

it("releases with the documented outputs, refuses loudly without the approvals, never prints the token", async () => {
  const fake = fakeGitHub();
  const context = {
    repository: repository.fullName,
    apiUrl: fake.apiUrl,
    serverUrl: fake.serverUrl,
    token: fake.defaultToken,
  };
  const refused = await runAction(stageDir("tag-and-changelog"), {
    inputs: { version: "0.2.0", commit: mergeCommit, "required-approvals": "3" },
    context,
  });
  expect(refused.exitCode).toBe(1);
  expect(refused.annotations.find((annotation) => annotation.level === "error")?.message).toMatch(
    /2 of 3 maintainer approvals: alice, bob, and 3 are required/,
  );
  // The workflow's token cannot read the team: the stage says so and falls back to write access.
  expect(refused.annotations.find((annotation) => annotation.level === "warning")?.message).toMatch(
    /Cannot read the team .*core-maintainers with this token/,
  );
  const run = await runAction(stageDir("tag-and-changelog"), {
    inputs: { version: "0.2.0", commit: mergeCommit },
    context,
    secrets: [fake.defaultToken],
  });
  expect(run.stderr).toBe("");
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({
    version: "0.2.0",
    tag: "v0.2.0",
    created: "true",
    "previous-tag": "v0.1.0",
    "release-id": expect.stringMatching(/^\d+$/),
  });
  expect(existsSync(run.outputs["notes-file"] as string)).toBe(true);
  expect(run.summary).toMatch(/tag-and-changelog: v0.2.0 — release created/);
  expect(run.leaks).toEqual([]);
});
