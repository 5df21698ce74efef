/**
 * npm run rehearse: a whole release of a sample Python project, rehearsed against the fake
 * GitHub through the example workflows and the stages' committed bundles. Prints what each
 * stage did: the summaries a maintainer would read on the run's page.
 */
import { join } from "node:path";
import { FakeGitHub } from "../github/index.ts";
import { REPO_ROOT } from "../runner/node-runtime.ts";
import { runWorkflow, type StepRecord } from "../runner/run-workflow.ts";
import { createSampleRepository, SAMPLE_REPOSITORY } from "./sample-project.ts";

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);

function print(step: StepRecord): void {
  const mark = step.outcome === "success" ? "✔" : step.outcome === "failure" ? "✘" : "–";
  console.log(`  ${mark} ${step.job} › ${step.name}`);
  const text =
    step.summary.trim() ||
    step.action?.annotations.map((annotation) => `${annotation.level}: ${annotation.message}`).join("\n") ||
    "";
  if (text) console.log(text.replace(/^/gm, "      "));
}

const fake = await FakeGitHub.start();
let failures = 0;
try {
  const { repository } = await createSampleRepository(fake);
  const context = {
    repository: SAMPLE_REPOSITORY,
    apiUrl: fake.apiUrl,
    serverUrl: fake.serverUrl,
    token: fake.defaultToken,
    ref: "refs/heads/main",
    sha: (await repository.refSha("heads/main")) as string,
    workflowFile: ".github/workflows/prepare-release.yml",
  };
  for (const [title, version] of [
    ["Y-stream: the next minor release from main", "next-y"],
    ["Z-stream: a critical fix on the release branch", "next-z"],
  ] as const) {
    console.log(bold(`\n▶ ${title} (prepare-release.yml, version: ${version})`));
    const run = await runWorkflow(join(REPO_ROOT, "workflows-examples", "prepare-release.yml"), {
      event: { name: "workflow_dispatch" },
      inputs: { version },
      context,
      onStep: print,
    });
    if (run.conclusion !== "success" || run.leaks.length > 0) failures++;
  }
  const writes = fake.mutatingRequests().length;
  console.log(
    bold(
      `\nRehearsal ${failures === 0 ? "passed" : "FAILED"}: ${fake.requests.length} GitHub API requests, ${writes} of them writes.`,
    ),
  );
} finally {
  await fake.stop();
}
process.exitCode = failures === 0 ? 0 : 1;
