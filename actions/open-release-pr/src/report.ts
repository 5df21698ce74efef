import { code, link, Markdown, type StageReport } from "@release-actions/core/runtime";
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
  // Reported as merged (nothing gathered, nothing written): the next step is the tag.
  const merged = result.commit.outcome === "already merged" && pull?.merged ? pull : undefined;
  const headline =
    merged !== undefined
      ? `${link(`#${merged.number}`, merged.url)} was merged, next: the tag`
      : result.commit.outcome === "left alone"
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
        merged
          ? "not counted here: tag-and-changelog checks the merged PR's approvals"
          : `${approvals} (${result.approvals?.explanation ?? "no reviews yet"}; maintainers: ${result.maintainers || "—"})`,
      ],
      [
        "Notes",
        result.notes
          ? `${result.notes.pulls.length} pull requests since ${result.notes.previousTag ?? "the first commit"}, ${result.notes.directCommits.length} direct commits`
          : "— (not gathered: the release PR was merged)",
      ],
    ],
  );
  if (merged) {
    summary.paragraph(
      `The release PR #${merged.number} was merged into ${code(result.base)}${result.commit.sha ? ` (merge commit ${code(result.commit.sha.slice(0, 12))})` : ""}, so this run wrote nothing, whatever the release commit would contain now. The next step is tagging: tag-and-changelog (release.yml) tags that merge commit and creates the GitHub release when the PR is merged; if that job failed, re-run it, or run release.yml with version ${code(plan.text)}${result.commit.sha ? ` and commit ${code(result.commit.sha)}` : ""}. To prepare a new release commit, use a new version: ${plan.tag} is the one that was merged.`,
    );
  }
  if (result.warnings.length > 0) summary.heading("Warnings", 4).list(result.warnings);
  if (result.notes && result.notes.contentWarnings.length > 0)
    summary.heading("Does not fit the strategy", 4).list(result.notes.contentWarnings);
  if (result.changes.length > 0) {
    summary.details(
      `The release commit changes ${result.changes.length} file(s): ${result.changes.map((change) => change.path).join(", ")}`,
      `\`\`\`diff\n${result.changes.map((change) => unifiedDiff(change.path, change.before, change.after)).join("\n")}\n\`\`\``,
    );
  }
  if (result.keptChangelog) {
    const { path, heading, generated } = result.keptChangelog;
    summary.details(
      `The ${heading.slice(3)} section this stage would have written (${path} has a hand-written one, kept)`,
      `\`\`\`markdown\n${generated.trimEnd()}\n\`\`\``,
    );
  }
  if (result.body) summary.details("The pull request's body", result.body);
  summary.paragraph(
    `Policy: ${result.policy.source}. GitHub API requests: ${result.requests}.${settings.dryRun ? " Dry-run: nothing was written." : ""}`,
  );
  return { outputs, summary: summary.toString() };
}
