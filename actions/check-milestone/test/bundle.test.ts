/** The committed bundle, run from check-milestone/action.yml on a pull_request event. */
import { type FakeRepository, runAction, stageDir } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, expect, it } from "vitest";

const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;

beforeAll(async () => {
  repository = await fakeGitHub().createRepository("acme/gate-bundle", { files: { "README.md": "x\n" } });
});

it("passes a PR in the next milestone and refuses one without, naming the valid milestones", async () => {
  const fake = fakeGitHub();
  const context = (milestone: { title: string } | null) => ({
    repository: repository.fullName,
    apiUrl: fake.apiUrl,
    serverUrl: fake.serverUrl,
    token: fake.defaultToken,
    eventName: "pull_request",
    event: {
      action: "milestoned",
      pull_request: { number: 7, milestone, labels: [], base: { ref: "main" } },
    },
  });
  await fetch(`${fake.apiUrl}/repos/${repository.fullName}/milestones`, {
    method: "POST",
    headers: { authorization: `token ${fake.defaultToken}`, "content-type": "application/json" },
    body: JSON.stringify({ title: "v0.2.0", due_on: "2026-12-21T12:00:00Z" }),
  });
  const pass = await runAction(stageDir("check-milestone"), { context: context({ title: "v0.2.0" }) });
  expect(pass.exitCode).toBe(0);
  expect(pass.outputs).toEqual({ milestone: "v0.2.0" });
  expect(pass.summary).toMatch(/check-milestone: passed, \[#7\]\(.*\) is in v0.2.0/);
  const refused = await runAction(stageDir("check-milestone"), { context: context(null) });
  expect(refused.exitCode).toBe(1);
  expect(refused.stdout).toMatch(
    /::error::Pull request #7 has no milestone\..*Set one of the next 2 release milestones: v0.2.0 \(due 2026-12-21\)/,
  );
  expect(refused.summary).toMatch(/check-milestone: failed/);
});
