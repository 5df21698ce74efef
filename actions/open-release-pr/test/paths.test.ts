/**
 * Paths in the inputs and the policy name files inside the repository: a path that leaves it
 * (`../`, absolute) or holds a line break is refused, with the input or key named, before any
 * request (inputs) or any write (the policy, read through the API first). Issue 15 found
 * `/etc/passwd` accepted as the CHANGELOG and a newline failing only after the tree was written.
 */
import {
  createSampleRepository,
  type FakeRepository,
  runAction,
  runAtPolicy,
  stageDeps,
  stageDir,
} from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, expect, it } from "vitest";
import type { OpenReleasePrSettings } from "../src/inputs.ts";
import { run } from "../src/run.ts";

const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;

beforeAll(async () => {
  ({ repository } = await createSampleRepository(fakeGitHub(), "acme/paths"));
  await repository.createBranch("release-v0.2", "main");
});

it.each([
  ["changelog-file", "/etc/passwd", /Input "changelog-file": "\/etc\/passwd" is absolute/],
  ["changelog-file", "CHANGELOG.md\n::error::forged", /Input "changelog-file": .* holds a control character/],
  [
    "version-files",
    "pyproject.toml\n../../setup.py",
    /Input "version-files": "\.\.\/\.\.\/setup\.py" goes up with "\.\."/,
  ],
  [
    "cap-requirements",
    "../requirements.txt: instructlab-sdg",
    /Input "cap-requirements": "\.\.\/requirements\.txt" goes up/,
  ],
])("refuses %s %j before any request", async (input, value, message) => {
  const fake = fakeGitHub();
  fake.clearLog();
  const result = await runAction(stageDir("open-release-pr"), {
    inputs: { version: "0.2.0", [input]: value },
    context: {
      repository: repository.fullName,
      apiUrl: fake.apiUrl,
      serverUrl: fake.serverUrl,
      token: fake.defaultToken,
    },
  });
  expect(result.exitCode).not.toBe(0);
  expect(result.annotations.map((annotation) => annotation.message)).toContainEqual(
    expect.stringMatching(message),
  );
  expect(fake.requests).toEqual([]);
});

it.each([
  [
    'changelog:\n  file: "../../etc/passwd"\n',
    /"changelog\.file": "\.\.\/\.\.\/etc\/passwd" goes up with "\.\."/,
  ],
  [
    "changelog:\n  categories: /etc/release.yml\n",
    /"changelog\.categories": "\/etc\/release\.yml" is absolute/,
  ],
  ['schedule-file: "docs/\\u0007x.md"\n', /"schedule-file": .* holds a control character/],
  [
    'release-branch: "../../release-v{major}.{minor}"\n',
    /"release-branch" gives "\.\.\/\.\.\/release-v0\.27", which git refuses .* it holds "\.\."/,
  ],
  ['tag: "v{version}.lock"\n', /"tag" gives "v0\.27\.0\.lock", which git refuses/],
])("refuses the policy %j after reading it, before anything else", async (policy, message) => {
  const fake = fakeGitHub();
  const context = await runAtPolicy(fake, repository, policy);
  fake.clearLog();
  const settings = {
    token: fake.defaultToken,
    config: ".github/release-strategy.yml",
    dryRun: false,
    context,
    version: "0.2.0",
    releaseBranch: "",
    previousTag: "",
    changelogFile: "",
    versionFiles: [],
    caps: [],
    reviewers: [],
    teamReviewers: [],
    labels: [],
    draft: false,
  } satisfies OpenReleasePrSettings;
  await expect(run(settings, stageDeps(fake, repository.fullName))).rejects.toThrow(message);
  // The policy file's one read, and nothing after it.
  expect(fake.requests.map((request) => request.operationId)).toEqual(["repos/get-content"]);
});
