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
  "already released": "already released (the tag exists)",
} as const;

const BACKPORT_WORDS = {
  "up to date": "already has the section",
  "no section": "nothing to carry (the release branch's CHANGELOG has no section for this release)",
  created: "PR opened",
  unchanged: "PR up to date",
  rebuilt: "PR updated",
  "left alone": "PR left as it is (a maintainer pushed to it)",
  "would create": "would open or update a PR (dry-run)",
} as const;

function backportCell(backport: NonNullable<OpenReleasePrResult["backport"]>): string {
  const pull = backport.pull ? ` ${link(`#${backport.pull.number}`, backport.pull.url)}` : "";
  return `${code(backport.base)} ${BACKPORT_WORDS[backport.outcome]}${pull}`;
}

function headlineOf(result: OpenReleasePrResult, dryRun: boolean): string {
  const { pull } = result;
  const pullLink = link(`#${pull?.number}`, pull?.url);
  switch (result.commit.outcome) {
    case "already released":
      return `${result.plan.tag} is already released, nothing to open`;
    case "already merged":
      return `${pullLink} was merged, next: the tag`;
    case "left alone":
      return `left ${pullLink} as it is`;
    default:
      if (dryRun) return `would ${pull ? `update #${pull.number}` : "open the release PR"}`;
      return `${result.created ? "opened" : "updated"} ${pullLink}`;
  }
}

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
  const merged = result.commit.outcome === "already merged" && pull?.merged ? pull : undefined;
  const idle = result.notes === undefined;
  const headline = headlineOf(result, settings.dryRun);
  const summary = new Markdown()
    .heading(`open-release-pr: ${plan.tag} — ${headline}`, 3)
    .table(
      ["", ""],
      [
        [
          "Pull request",
          pull ? link(`#${pull.number} ${pull.state === "open" ? "" : "(merged)"}`.trim(), pull.url) : "—",
        ],
        ["Base ← head", `${code(result.base)} ← ${code(result.headBranch)}`],
        [
          "Release commit",
          `${result.commit.sha ? code(result.commit.sha.slice(0, 12)) : "—"} ` +
            `${COMMIT_WORDS[result.commit.outcome]}`,
        ],
        [
          "Approvals",
          idle
            ? "not counted here: tag-and-changelog checks the merged PR's approvals"
            : `${approvals} (${result.approvals?.explanation ?? "no reviews yet"}); maintainers counted: ` +
              `${result.maintainers}`,
        ],
        [
          "Notes",
          result.notes
            ? `${result.notes.pulls.length} pull requests since ` +
              `${result.notes.previousTag ?? "the first commit"}, ${result.notes.directCommits.length} ` +
              `direct commits`
            : `— (not gathered: ${
                result.commit.outcome === "already released"
                  ? `${plan.tag} is released`
                  : "the release PR was merged"
              })`,
        ],
        ...(result.backport ? [["CHANGELOG on main", backportCell(result.backport)]] : []),
      ],
    );
  if (result.notices.length > 0) summary.heading("What this run decided", 4).list(result.notices);
  if (merged) {
    summary.paragraph(
      `The release PR #${merged.number} was merged into ` +
        `${code(result.base)}` +
        `${result.commit.sha ? ` (merge commit ${code(result.commit.sha.slice(0, 12))})` : ""}, so ` +
        `this run wrote nothing, whatever the release commit would contain now. The next step is ` +
        `tagging: tag-and-changelog (release.yml) tags that merge commit and creates the GitHub ` +
        `release when the PR is merged; if that job failed, re-run it, or run release.yml with version ` +
        `${code(plan.text)}${result.commit.sha ? ` and commit ${code(result.commit.sha)}` : ""}. To ` +
        `prepare a new release commit, use a new version: ${plan.tag} is the one that was merged.`,
    );
  }
  if (result.warnings.length > 0) summary.heading("Warnings", 4).list(result.warnings);
  if (result.notes && result.notes.contentWarnings.length > 0)
    summary.heading("Does not fit the strategy", 4).list(result.notes.contentWarnings);
  if (result.backport?.change) {
    const { change } = result.backport;
    summary.details(
      `The CHANGELOG change for ${result.backport.base}`,
      `\`\`\`diff\n${unifiedDiff(change.path, change.before, change.after)}\n\`\`\``,
    );
  }
  if (result.changes.length > 0) {
    summary.details(
      `The release commit changes ${result.changes.length} file(s): ` +
        `${result.changes.map((change) => change.path).join(", ")}`,
      `\`\`\`diff\n${result.changes
        .map((change) => unifiedDiff(change.path, change.before, change.after))
        .join("\n")}\n\`\`\``,
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
    `Policy: ${result.policy.source}. GitHub API requests: ` +
      `${result.requests}.${settings.dryRun ? " Dry-run: nothing was written." : ""}`,
  );
  return { outputs, summary: summary.toString() };
}
