/**
 * The rehearsal's milestone part (issue 13): after the Y-stream release, milestones.yml rotates
 * the milestones as release.yml's call would (closing nothing yet, opening the next two) and opens
 * the schedule pull request; then milestone-gate.yml refuses a contributor's PR without a
 * milestone, and passes it once a maintainer sets one.
 */
import { join } from "node:path";
import { Octokit } from "@octokit/core";
import type { FakeGitHub, FakeRepository } from "../github/index.ts";
import { REPO_ROOT } from "../runner/node-runtime.ts";
import { runWorkflow, type StepRecord, type WorkflowRun } from "../runner/run-workflow.ts";

/** What the rehearsal's main module lends this part. */
export interface MilestoneRehearsal {
  readonly fake: FakeGitHub;
  readonly repository: FakeRepository;
  /** Runs an example workflow, printing its steps; a failed run is recorded as a failure. */
  readonly workflow: (
    title: string,
    file: string,
    inputs: Record<string, string>,
    event?: { name: string; payload?: Record<string, unknown> },
  ) => Promise<WorkflowRun>;
  readonly print: (step: StepRecord) => void;
  readonly failures: string[];
  readonly bold: (text: string) => string;
  /** Prints a line (nothing when the rehearsal is quiet). */
  readonly say: (text: string) => void;
}

/** Rotates the milestones after `released`, then shows the gate refusing and passing a PR. */
export async function rehearseMilestones(rehearsal: MilestoneRehearsal, released: string): Promise<void> {
  const { fake, repository, workflow, failures, bold, say } = rehearsal;
  const rotation = await workflow(`Milestones after v${released}`, "milestones.yml", {
    "released-version": released,
  });
  const outputs = rotation.jobs.rotate?.steps.find((step) => step.id === "rotate")?.outputs ?? {};
  const open = (JSON.parse(outputs["open-milestones"] ?? "[]") as { title: string }[]).map((m) => m.title);
  if (open.length !== 2)
    failures.push(`milestones: expected the next two open, got ${open.join(", ") || "none"}`);
  if (!outputs["schedule-pr"]) failures.push("milestones: the schedule pull request was not opened");

  const carol = fake.addUser("carol");
  await repository.commit({
    branch: "carol/feature",
    files: { "feature.txt": "new\n" },
    message: "A feature",
  });
  const number = await repository.openPullRequest({
    head: "carol/feature",
    base: "main",
    title: "Add a feature",
    author: carol,
  });
  const pull = (milestone: string | undefined, action: string) => ({
    name: "pull_request",
    payload: {
      action,
      number,
      pull_request: {
        number,
        milestone: milestone ? { title: milestone } : null,
        labels: [],
        base: { ref: "main" },
        head: { ref: "carol/feature" },
      },
    },
  });
  say(bold(`\n▶ carol opens PR #${number} without a milestone (milestone-gate.yml)`));
  const refused = await runWorkflow(join(REPO_ROOT, "workflows-examples", "milestone-gate.yml"), {
    event: pull(undefined, "opened"),
    context: {
      repository: repository.fullName,
      apiUrl: fake.apiUrl,
      serverUrl: fake.serverUrl,
      token: fake.defaultToken,
      ref: `refs/pull/${number}/merge`,
      workflowFile: ".github/workflows/milestone-gate.yml",
    },
    onStep: rehearsal.print,
  });
  if (refused.conclusion !== "failure")
    failures.push(`milestone gate: PR #${number} without a milestone passed`);
  const [next] = open;
  if (!next) return;
  const [owner, repo] = repository.fullName.split("/") as [string, string];
  const milestone = [...repository.milestones.values()].find((m) => m.title === next);
  // alice acts between runs: not under the rehearsal's faults.
  await fake.withoutRandomFaults(() =>
    new Octokit({ auth: fake.createToken({ login: "alice" }), baseUrl: fake.apiUrl }).request(
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
      { owner, repo, issue_number: number, milestone: milestone?.number ?? null },
    ),
  );
  say(`  ✔ alice puts #${number} in ${next}`);
  await workflow(
    `The gate on #${number}, now in ${next}`,
    "milestone-gate.yml",
    {},
    pull(next, "milestoned"),
  );
}
