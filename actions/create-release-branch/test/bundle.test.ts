/** The committed bundle, run from create-release-branch/action.yml the way the runner runs it. */
import { createSampleRepository, type FakeRepository, runAction, stageDir } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, expect, it } from "vitest";

const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;

beforeAll(async () => {
  ({ repository } = await createSampleRepository(fakeGitHub()));
});

it("cuts the branch and says so in outputs and summary, without printing the token", async () => {
  const fake = fakeGitHub();
  const context = {
    repository: repository.fullName,
    apiUrl: fake.apiUrl,
    serverUrl: fake.serverUrl,
    token: fake.defaultToken,
  };
  const run = await runAction(stageDir("create-release-branch"), {
    inputs: { version: "0.2.0" },
    context,
    secrets: [fake.defaultToken],
  });
  expect(run.stderr).toBe("");
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toEqual({
    branch: "release-v0.2",
    commit: await repository.refSha("heads/main"),
    created: "true",
  });
  expect(run.summary).toMatch(/create-release-branch: release-v0.2 created/);
  expect(run.leaks).toEqual([]);
  const again = await runAction(stageDir("create-release-branch"), { inputs: { version: "0.2.0" }, context });
  expect(again.outputs.created).toBe("false");
});
