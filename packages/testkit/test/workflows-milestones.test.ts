/**
 * workflows-examples/milestones.yml and milestone-gate.yml, run end to end by the workflow runner
 * against the fake GitHub with the committed bundles.
 */
import { join } from "node:path";
import { Octokit } from "@octokit/core";
import { beforeAll, describe, expect, it } from "vitest";
import type { FakeRepository } from "../src/github/index.ts";
import { useFakeGitHub } from "../src/github/vitest-hooks.ts";
import { REPO_ROOT, runWorkflow } from "../src/runner/index.ts";

const fakeGitHub = useFakeGitHub();
const REPOSITORY = "acme/planner";
let repository: FakeRepository;
let context: Parameters<typeof runWorkflow>[1]["context"];

beforeAll(async () => {
  const fake = fakeGitHub();
  repository = await fake.createRepository(REPOSITORY, { files: { "README.md": "planner\n" } });
  await repository.createTag("v0.1.0", (await repository.refSha("heads/main")) as string);
  context = {
    repository: REPOSITORY,
    apiUrl: fake.apiUrl,
    serverUrl: fake.serverUrl,
    token: fake.defaultToken,
    ref: "refs/heads/main",
    sha: (await repository.refSha("heads/main")) as string,
  };
});

const milestonesFile = join(REPO_ROOT, "workflows-examples", "milestones.yml");
const gateFile = join(REPO_ROOT, "workflows-examples", "milestone-gate.yml");

describe("milestones.yml and milestone-gate.yml", () => {
  it("previews by hand, rotates on schedule and after a release; the gate refuses, then passes, a PR", async () => {
    const fake = fakeGitHub();
    fake.clearLog();
    const preview = await runWorkflow(milestonesFile, {
      event: { name: "workflow_dispatch" },
      inputs: { "dry-run": true },
      context,
    });
    expect(preview.conclusion).toBe("success");
    expect(fake.mutatingRequests()).toEqual([]);

    const weekly = await runWorkflow(milestonesFile, {
      event: { name: "schedule", payload: { schedule: "0 6 * * 1" } },
      vars: { RELEASE_MANAGER: "alice" },
      context,
    });
    expect(weekly.conclusion).toBe("success");
    const rotated = weekly.jobs.rotate?.steps[0];
    expect(rotated?.outputs).toMatchObject({ created: '["v0.2.0","v0.3.0"]' });
    expect(rotated?.outputs["schedule-pr"]).toMatch(/\/pull\/\d+$/);
    expect(rotated?.summary).toMatch(/#### Grooming/);

    // A contributor's PR without a milestone is refused, with the milestones to choose from.
    await repository.commit({ branch: "feature", files: { "f.txt": "f" }, message: "feature" });
    const number = await repository.openPullRequest({
      head: "feature",
      base: "main",
      title: "A feature",
      author: fake.addUser("carol"),
    });
    const payload = (milestone: { title: string } | null, action: string) => ({
      action,
      pull_request: { number, milestone, labels: [], base: { ref: "main" }, head: { ref: "feature" } },
    });
    const refused = await runWorkflow(gateFile, {
      event: { name: "pull_request", payload: payload(null, "opened") },
      context,
    });
    expect(refused.conclusion).toBe("failure");
    expect(refused.jobs.milestone?.steps[0]?.log).toMatch(
      /::error::Pull request #\d+ has no milestone\..*v0.2.0 \(due \d{4}-\d\d-\d\d\), v0.3.0/,
    );
    const passed = await runWorkflow(gateFile, {
      event: { name: "pull_request", payload: payload({ title: "v0.2.0" }, "milestoned") },
      context,
    });
    expect(passed.conclusion).toBe("success");
    expect(passed.jobs.milestone?.steps[0]?.outputs).toEqual({ milestone: "v0.2.0" });

    // After v0.2.0 is released, the call from the release workflow closes it and opens v0.4.0.
    await new Octokit({ auth: fake.defaultToken, baseUrl: fake.apiUrl }).request(
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
      { owner: "acme", repo: "planner", issue_number: number, milestone: 1 },
    );
    await repository.createTag("v0.2.0", (await repository.refSha("heads/main")) as string);
    const afterRelease = await runWorkflow(milestonesFile, {
      event: { name: "workflow_dispatch" },
      inputs: { "released-version": "0.2.0" },
      context,
    });
    expect(afterRelease.jobs.rotate?.steps[0]?.outputs).toMatchObject({
      created: '["v0.4.0"]',
      closed: '["v0.2.0"]',
      moved: "1",
    });
    expect(repository.issues.get(number)?.milestone).toBe(2);
    expect(weekly.leaks).toEqual([]);
  });
});
