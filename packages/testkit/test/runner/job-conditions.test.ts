/**
 * How GitHub judges a job's `if:` — one test per documented rule, each with its source. The
 * workflows are GitHub's own examples where the docs give one, run through runWorkflow.
 *
 * Sources:
 * - DOCS_NEEDS: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idneeds
 * - DOCS_STATUS: https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#status-check-functions
 * - DOCS_NEEDS_CONTEXT: https://docs.github.com/en/actions/reference/workflows-and-actions/contexts#needs-context
 * - DOCS_CANCEL: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-cancellation
 * - RUNNER_2205: https://github.com/actions/runner/issues/2205
 * - RUNNER_IF: actions/runner src/Sdk/WorkflowParser/Conversion/WorkflowTemplateConverter.cs,
 *   ConvertToIfCondition and s_jobIfNamedValues
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { condition, runWorkflow, stepStatus, type WorkflowRun } from "../../src/runner/index.ts";

const context = {
  repository: "acme/widget",
  apiUrl: "http://127.0.0.1:1/api/v3",
  serverUrl: "http://127.0.0.1:1",
  token: "ghs_secret_token_value",
};

/** Jobs as `name: { needs?, if?, fails? }`, each one step (`exit 1` when it fails). */
type Jobs = Record<string, { needs?: string[]; if?: string; fails?: boolean }>;

async function run(jobs: Jobs, options: { cancelAfter?: string } = {}): Promise<WorkflowRun> {
  const lines = ["name: conditions", "on: workflow_dispatch", "jobs:"];
  for (const [name, job] of Object.entries(jobs)) {
    lines.push(`  ${name}:`, "    runs-on: ubuntu-latest");
    if (job.needs) lines.push(`    needs: [${job.needs.join(", ")}]`);
    if (job.if) lines.push(`    if: ${JSON.stringify(job.if)}`);
    lines.push("    steps:", `      - run: exit ${job.fails ? 1 : 0}`);
  }
  const file = join(mkdtempSync(join(tmpdir(), "conditions-")), "workflow.yml");
  writeFileSync(file, `${lines.join("\n")}\n`);
  return runWorkflow(file, { event: { name: "workflow_dispatch" }, context, ...options });
}

const results = (workflow: WorkflowRun) =>
  Object.fromEntries(Object.entries(workflow.jobs).map(([name, job]) => [name, job.result]));

describe("job conditions, as GitHub evaluates them", () => {
  it("DOCS_NEEDS 'Requiring successful dependent jobs': a job whose need fails or is skipped is skipped", async () => {
    // GitHub's example: job1; job2 needs job1; job3 needs [job1, job2].
    expect(
      results(
        await run({ job1: { fails: true }, job2: { needs: ["job1"] }, job3: { needs: ["job1", "job2"] } }),
      ),
    ).toEqual({
      job1: "failure",
      job2: "skipped",
      job3: "skipped",
    });
    expect(results(await run({ job1: { if: "false" }, job2: { needs: ["job1"] } }))).toEqual({
      job1: "skipped",
      job2: "skipped",
    });
  });

  it("DOCS_NEEDS 'Not requiring successful dependent jobs': always() runs job3 after job1 failed", async () => {
    const workflow = await run({
      job1: { fails: true },
      job2: { needs: ["job1"] },
      job3: { needs: ["job1", "job2"], if: "${{ always() }}" },
    });
    expect(results(workflow)).toEqual({ job1: "failure", job2: "skipped", job3: "success" });
    expect(workflow.conclusion).toBe("failure");
  });

  it("DOCS_NEEDS + RUNNER_2205: a skip applies to the whole chain onwards, past a job that ran; the documented fix runs", async () => {
    // The reproduction in actions/runner#2205: Skipped-Job is skipped, Needs-Job runs through its
    // status function and succeeds, and Next (no if:, an implicit success()) is still skipped.
    const workflow = await run({
      skipped: { if: "1 != 1" },
      needsJob: { needs: ["skipped"], if: "always() && needs.skipped.result != 'failure'" },
      next: { needs: ["needsJob"] },
      nextWithResultCheck: { needs: ["needsJob"], if: "needs.needsJob.result == 'success'" },
      nextFixed: { needs: ["needsJob"], if: "${{ !cancelled() && needs.needsJob.result == 'success' }}" },
      nextAlways: { needs: ["needsJob"], if: "always() && needs.needsJob.result == 'success'" },
      grandchild: { needs: ["nextFixed"] },
    });
    expect(results(workflow)).toEqual({
      skipped: "skipped",
      needsJob: "success",
      next: "skipped",
      nextWithResultCheck: "skipped",
      nextFixed: "success",
      nextAlways: "success",
      // Still two hops below the skipped job: it needs its own explicit if:.
      grandchild: "skipped",
    });
    // Same with a failure further up instead of a skip.
    expect(
      results(
        await run({
          broken: { fails: true },
          recovers: { needs: ["broken"], if: "!cancelled()" },
          after: { needs: ["recovers"] },
        }),
      ),
    ).toEqual({ broken: "failure", recovers: "success", after: "skipped" });
  });

  it("DOCS_STATUS + RUNNER_IF: an if: without a status function means success() && (…); the check reads the parsed expression", async () => {
    // "A default status check of success() is applied unless you include one of these functions."
    expect(
      results(
        await run({
          optional: { if: "false" },
          onSkip: { needs: ["optional"], if: "needs.optional.result == 'skipped'" },
          onSkipNotCancelled: {
            needs: ["optional"],
            if: "!cancelled() && needs.optional.result == 'skipped'",
          },
          // ConvertToIfCondition looks for a status function in the expression tree, by name
          // case-insensitively: in a string literal it does not count.
          inString: { needs: ["optional"], if: "'always()' != ''" },
          upperCase: { needs: ["optional"], if: "!Cancelled()" },
        }),
      ),
    ).toEqual({
      optional: "skipped",
      onSkip: "skipped",
      onSkipNotCancelled: "success",
      inString: "skipped",
      upperCase: "success",
    });
    // An empty if: is success() (RUNNER_IF: "When empty, default to success()").
    expect(condition("", {}, stepStatus(true))).toBe(false);
    expect(condition("${{ }}".replace(" ", ""), {}, stepStatus(false))).toBe(true);
  });

  it("DOCS_STATUS failure(): true when any ancestor job failed, not only a direct need", async () => {
    // "If you have a chain of dependent jobs, failure() returns true if any ancestor job fails."
    expect(
      results(
        await run({
          build: { fails: true },
          test: { needs: ["build"] },
          notify: { needs: ["test"], if: "failure()" },
          fine: {},
          notifyFine: { needs: ["fine"], if: "failure()" },
          skippedOnly: { if: "false" },
          notifySkipped: { needs: ["skippedOnly"], if: "failure()" },
        }),
      ),
    ).toEqual({
      build: "failure",
      test: "skipped",
      notify: "success",
      fine: "success",
      notifyFine: "skipped",
      skippedOnly: "skipped",
      notifySkipped: "skipped",
    });
  });

  it("DOCS_STATUS + DOCS_CANCEL: after a cancel, always() and cancelled() run, !cancelled() and success() do not", async () => {
    const workflow = await run(
      {
        first: {},
        plain: { needs: ["first"] },
        successOnly: { needs: ["first"], if: "success()" },
        notCancelled: { needs: ["first"], if: "!cancelled()" },
        always: { needs: ["first"], if: "always()" },
        onCancel: { needs: ["first"], if: "cancelled()" },
      },
      { cancelAfter: "first" },
    );
    expect(results(workflow)).toEqual({
      first: "success",
      plain: "cancelled",
      successOnly: "cancelled",
      notCancelled: "cancelled",
      always: "success",
      onCancel: "success",
    });
    expect(workflow.conclusion).toBe("cancelled");
    // Without the cancel, cancelled() is false and !cancelled() true.
    expect(
      results(
        await run({
          first: {},
          notCancelled: { needs: ["first"], if: "!cancelled()" },
          onCancel: { needs: ["first"], if: "cancelled()" },
        }),
      ),
    ).toEqual({ first: "success", notCancelled: "success", onCancel: "skipped" });
  });

  it("DOCS_NEEDS_CONTEXT: needs holds only the direct needs; RUNNER_IF: a job's if: reads no secrets", async () => {
    // "Note that this doesn't include implicitly dependent jobs (for example, dependent jobs of a dependent job)."
    expect(
      results(
        await run({
          grandparent: {},
          parent: { needs: ["grandparent"] },
          child: { needs: ["parent"], if: "needs.grandparent.result == 'success'" },
          childOfParent: { needs: ["parent"], if: "needs.parent.result == 'success'" },
        }),
      ),
    ).toEqual({ grandparent: "success", parent: "success", child: "skipped", childOfParent: "success" });
    // s_jobIfNamedValues: github, vars, inputs, needs.
    await expect(run({ job: { if: "secrets.TOKEN != ''" } })).rejects.toThrow(/secrets/);
    // Nor a step's (s_stepNamedValues; docs, "Using secrets in GitHub Actions": "Secrets cannot be
    // directly referenced in if: conditionals"), which is why an optional secret is gated on a variable.
    const file = join(mkdtempSync(join(tmpdir(), "conditions-")), "workflow.yml");
    writeFileSync(
      file,
      "on: workflow_dispatch\njobs:\n  job:\n    runs-on: ubuntu-latest\n    steps:\n      - if: secrets.TOKEN != ''\n        run: exit 0\n",
    );
    await expect(runWorkflow(file, { event: { name: "workflow_dispatch" }, context })).rejects.toThrow(
      /secrets/,
    );
  });
});
