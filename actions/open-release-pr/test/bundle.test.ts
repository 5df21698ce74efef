/** The committed bundle, run from open-release-pr/action.yml the way the runner runs it. */
import { createSampleRepository, type FakeRepository, runAction, stageDir } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, expect, it } from "vitest";

const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;

beforeAll(async () => {
  ({ repository } = await createSampleRepository(fakeGitHub()));
  await repository.createBranch("release-v0.2", "main");
});

it("opens the release PR with the documented outputs, and previews it in dry-run first", async () => {
  const fake = fakeGitHub();
  const context = {
    repository: repository.fullName,
    apiUrl: fake.apiUrl,
    serverUrl: fake.serverUrl,
    token: fake.defaultToken,
  };
  const inputs = {
    version: "0.2.0",
    "version-files": "pyproject.toml\nsrc/sample_cli/__init__.py",
    "team-reviewers": "core-maintainers",
  };
  const preview = await runAction(stageDir("open-release-pr"), {
    inputs: { ...inputs, "dry-run": "true" },
    context,
  });
  expect(preview.exitCode).toBe(0);
  expect(fake.mutatingRequests()).toEqual([]);
  expect(preview.summary).toMatch(/would open the release PR/);
  const run = await runAction(stageDir("open-release-pr"), { inputs, context, secrets: [fake.defaultToken] });
  expect(run.stderr).toBe("");
  expect(run.exitCode).toBe(0);
  expect(run.outputs).toMatchObject({
    "head-branch": "release-actions/v0.2.0",
    created: "true",
    approvals: "0/2",
    "pr-url": expect.stringMatching(/\/pull\/\d+$/),
  });
  expect(repository.pull(Number(run.outputs["pr-number"]))?.title).toBe("Release v0.2.0");
  expect(run.leaks).toEqual([]);
});
