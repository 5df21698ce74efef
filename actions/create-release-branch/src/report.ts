import { link, Markdown, type StageReport } from "@release-actions/core/runtime";
import type { CreateReleaseBranchSettings } from "./inputs.ts";
import type { CreateReleaseBranchResult } from "./run.ts";

const HEADLINES = {
  created: "created",
  existed: "already existed",
  "created by another run": "was created by another run",
  "would create": "would be created (dry-run)",
} as const;

/** Outputs (public API, DESIGN §5) and the job summary. */
export function report(
  result: CreateReleaseBranchResult,
  settings: CreateReleaseBranchSettings,
): StageReport {
  const { owner, repo, serverUrl } = settings.context;
  const web = `${serverUrl}/${owner}/${repo}`;
  const summary = new Markdown()
    .heading(`create-release-branch: ${result.branch} ${HEADLINES[result.outcome]}`, 3)
    .table(
      ["", ""],
      [
        [
          "Branch",
          link(result.branch, result.outcome === "would create" ? undefined : `${web}/tree/${result.branch}`),
        ],
        ["Release commit", link(result.commit.slice(0, 12), `${web}/commit/${result.commit}`)],
        ["Release", `${result.plan.tag} (${result.plan.stream.toUpperCase()}-stream)`],
        [
          "Protection",
          result.ruleset
            ? `ruleset ${result.ruleset}: ${result.policy.approvals.required} approvals, no force-push, no ` +
              `deletion`
            : "not requested (protect: false)",
        ],
      ],
    )
    .paragraph(
      `Policy: ${result.policy.source}. GitHub API requests: ` +
        `${result.requests}.${settings.dryRun ? " Dry-run: nothing was written." : ""}`,
    );
  return {
    outputs: { branch: result.branch, commit: result.commit, created: String(result.outcome === "created") },
    summary: summary.toString(),
  };
}
