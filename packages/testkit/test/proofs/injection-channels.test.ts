/**
 * Text that is not the project's own reaches the stages through more channels than inputs and
 * the policy (issue 15 §3): pull request titles, commit subjects, file contents, a release body
 * a maintainer wrote, and what a server answers. Each carries the runner's command forms here —
 * `::name::` after a line break or blanks, the legacy `##[name]` anywhere in a line, `%0A` — and
 * the committed bundles, read through the harness's copy of the runner's parser, must issue none
 * of them (packages/testkit/src/runner/workflow-commands.ts cites the runner's source).
 * tag-and-changelog writes titles, subjects and bodies into the release notes and the job summary,
 * not the log; these tests keep any log line it adds for them from running a command.
 */
import {
  type ActionRun,
  createSampleRepository,
  type FakeRepository,
  runAction,
  stageDir,
  workflowContext,
} from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, expect, it } from "vitest";

const fakeGitHub = useFakeGitHub();
const INJECTED =
  "x\n::error::injected\n  ::add-mask::release\n##[set-output name=tag;]injected %0A::warning::injected";
let repository: FakeRepository;
let mergeCommit: string;

beforeAll(async () => {
  const sample = await createSampleRepository(fakeGitHub());
  repository = sample.repository;
  const { alice, bob, carol } = sample.people;
  // A pull request title and a direct commit subject, merged on main before release-v0.2 is cut.
  await repository.landPullRequest({
    base: "main",
    title: "Fix ##[error]injected and ##[add-mask]release in a title",
    author: carol,
    labels: ["bug"],
    files: { "src/sample_cli/title.py": "TITLE = 1\n" },
    approvals: [alice, bob],
  });
  await repository.commit({
    branch: "main",
    files: { "NOTES.txt": "n\n" },
    message: `Direct commit ${INJECTED}`,
  });
  await repository.createBranch("release-v0.2", "main");
  // A CHANGELOG whose text holds commands, and the release PR that merges it.
  ({ mergeCommit } = await repository.landPullRequest({
    base: "release-v0.2",
    title: "Release v0.2.0",
    author: carol,
    files: { "CHANGELOG.md": `## v0.2\n\n${INJECTED}\n` },
    approvals: [alice, bob],
  }));
});

/** What a run issued that came from the hostile text rather than from the stage itself. */
function foreign(run: ActionRun, token: string) {
  return {
    annotations: run.annotations.filter(
      (annotation) => /injected/.test(annotation.message) && !/::|##\[/.test(annotation.message),
    ),
    masks: run.masks.filter((mask) => mask !== token),
    taggedByInjection: run.outputs.tag === "injected",
  };
}

it("tag-and-changelog prints titles, subjects and the CHANGELOG without running a command in them", async () => {
  const fake = fakeGitHub();
  const run = await runAction(stageDir("tag-and-changelog"), {
    inputs: { version: "0.2.0", commit: mergeCommit },
    context: await workflowContext(fake, repository),
  });
  expect(run.exitCode).toBe(0);
  expect(foreign(run, fake.defaultToken)).toEqual({ annotations: [], masks: [], taggedByInjection: false });
});

it("tag-and-changelog completes a release whose body a maintainer wrote with commands in it", async () => {
  const fake = fakeGitHub();
  const answer = await fetch(`${fake.apiUrl}/repos/${repository.fullName}/releases`, {
    method: "POST",
    headers: { authorization: `token ${fake.defaultToken}` },
    body: JSON.stringify({ tag_name: "v0.2.1", target_commitish: "release-v0.2", body: INJECTED }),
  });
  expect(answer.status).toBe(201);
  const release = (await answer.json()) as Record<string, unknown>;
  const run = await runAction(stageDir("tag-and-changelog"), {
    inputs: {},
    context: {
      ...(await workflowContext(fake, repository)),
      eventName: "release",
      event: { action: "published", release },
    },
  });
  expect(foreign(run, fake.defaultToken)).toEqual({ annotations: [], masks: [], taggedByInjection: false });
});

it("a server message with commands in it is quoted, never run", async () => {
  const fake = fakeGitHub();
  fake.injectFault({
    method: "GET",
    path: /\/git\/matching-refs\//,
    times: 10,
    fault: { status: 422, body: { message: INJECTED, documentation_url: "https://docs.github.com/rest" } },
  });
  const run = await runAction(stageDir("validate-version"), {
    inputs: { version: "next-y" },
    context: await workflowContext(fake, repository),
  });
  fake.clearFaults();
  expect(run.exitCode).toBe(1);
  // The server's text did reach the log, quoted in the stage's own error.
  expect(run.annotations.filter((annotation) => annotation.level === "error")[0]?.message).toContain(
    "::error::injected",
  );
  expect(foreign(run, fake.defaultToken)).toEqual({ annotations: [], masks: [], taggedByInjection: false });
});
