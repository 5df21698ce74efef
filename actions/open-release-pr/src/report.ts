import { code, link, Markdown, type StageReport } from "@release-actions/core";
import type { OpenReleasePrSettings } from "./inputs.ts";
import type { OpenReleasePrResult } from "./run.ts";
import { unifiedDiff } from "./text-diff.ts";

const COMMIT_WORDS = {
  created: "created",
  unchanged: "unchanged (same content on the same base)",
  rebuilt: "rebuilt on the current release branch",
  "left alone": "left alone (the head branch has commits of its own)",
  "would create": "would be created (dry-run)",
  "already merged": "already merged into the release branch",
} as const;

/** Outputs (public API, DESIGN §5) and the job summary. */
export function report(result: OpenReleasePrResult, settings: OpenReleasePrSettings): StageReport {
  const { pull, plan } = result;
  const approvals = result.approvals?.count ?? `0/${result.policy.approvals.required}`;
  const outputs = {
    "pr-number": pull ? String(pull.number) : "",
    "pr-url": pull?.url ?? "",
    "head-branch": result.headBranch,
    commit: result.commit.sha,
    created: String(result.created),
    approvals,
  };
  const headline =
    result.commit.outcome === "left alone"
      ? `left ${link(`#${pull?.number}`, pull?.url)} as it is`
      : settings.dryRun
        ? `would ${pull ? `update #${pull.number}` : "open the release PR"}`
        : result.commit.outcome === "already merged"
          ? `the release commit is already on ${result.base}`
          : `${result.created ? "opened" : "updated"} ${link(`#${pull?.number}`, pull?.url)}`;
  const summary = new Markdown().heading(`open-release-pr: ${plan.tag} — ${headline}`, 3).table(
    ["", ""],
    [
      [
        "Pull request",
        pull ? link(`#${pull.number} ${pull.state === "open" ? "" : "(merged)"}`.trim(), pull.url) : "—",
      ],
      ["Base ← head", `${code(result.base)} ← ${code(result.headBranch)}`],
      [
        "Release commit",
        `${result.commit.sha ? code(result.commit.sha.slice(0, 12)) : "—"} ${COMMIT_WORDS[result.commit.outcome]}`,
      ],
      [
        "Approvals",
        `${approvals} (${result.approvals?.explanation ?? "no reviews yet"}; maintainers: ${result.maintainers || "—"})`,
      ],
      [
        "Notes",
        `${result.notes.pulls.length} pull requests since ${result.notes.previousTag ?? "the first commit"}, ${result.notes.directCommits.length} direct commits`,
      ],
    ],
  );
  if (result.warnings.length > 0) summary.heading("Warnings", 4).list(result.warnings);
  if (result.notes.contentWarnings.length > 0)
    summary.heading("Does not fit the strategy", 4).list(result.notes.contentWarnings);
  if (result.changes.length > 0) {
    summary.details(
      `The release commit changes ${result.changes.length} file(s): ${result.changes.map((change) => change.path).join(", ")}`,
      `\`\`\`diff\n${result.changes.map((change) => unifiedDiff(change.path, change.before, change.after)).join("\n")}\n\`\`\``,
    );
  }
  if (result.body) summary.details("The pull request's body", result.body);
  summary.paragraph(
    `Policy: ${result.policy.source}. GitHub API requests: ${result.requests}.${settings.dryRun ? " Dry-run: nothing was written." : ""}`,
  );
  return { outputs, summary: summary.toString() };
}
