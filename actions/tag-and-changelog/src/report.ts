import { code, link, Markdown, type StageReport } from "@release-actions/core/runtime";
import { describeFoundRelease, describePrereleaseMark, describePrereleaseUnmark } from "./github-release.ts";
import type { TagAndChangelogSettings } from "./inputs.ts";
import { describeLatestRestore } from "./latest-release.ts";
import { describeUiAssets } from "./release-assets.ts";
import type { TagAndChangelogResult } from "./run.ts";

/** Outputs (public API, DESIGN §5) and the job summary. */
export function report(result: TagAndChangelogResult, settings: TagAndChangelogSettings): StageReport {
  const { plan, notes, release } = result;
  const outputs = {
    version: plan.text,
    tag: plan.tag,
    "release-id": release ? String(release.id) : "",
    "release-url": release?.url ?? "",
    "notes-file": result.notesFile,
    "previous-tag": notes.previousTag ?? "",
    created: String(result.outcome === "created"),
    assets: JSON.stringify(result.assets),
  };
  const web = (path: string) =>
    `${settings.context.serverUrl}/${settings.context.owner}/${settings.context.repo}${path}`;
  const summary = new Markdown()
    .heading(`tag-and-changelog: ${plan.tag} — release ${result.outcome}`, 3)
    .table(
      ["", ""],
      [
        ["Release", release ? link(`${plan.tag}${release.draft ? " (draft)" : ""}`, release.url) : "—"],
        [
          "Tag",
          `${code(plan.tag)} ${result.tag} at ${link(result.commit.sha.slice(0, 12), web(`/commit/${result.commit.sha}`))} on ${code(plan.commitBranch)}`,
        ],
        [
          "Stream",
          `${plan.stream.toUpperCase()}-stream${plan.prerelease ? " pre-release" : ""}; marked latest: ${result.makeLatest}`,
        ],
        [
          "Approvals",
          result.gate
            ? `${link(`#${result.gate.number}`, result.gate.url)}: ${result.gate.status.explanation}; maintainers counted: ${result.gate.maintainers}`
            : "not required (required-approvals: 0)",
        ],
        [
          "Notes",
          `${notes.pulls.length} pull requests since ${notes.previousTag ?? "the first commit"}, ${notes.directCommits.length} direct commits, ${notes.newContributors.length} new contributors`,
        ],
      ],
    );
  if (result.assets.length > 0)
    summary.heading(`Files on the release (from ${code(settings.assets)})`, 4).table(
      ["File", "Size", "sha256", ""],
      result.assets.map((asset) => [
        code(asset.name),
        String(asset.size),
        code(asset.digest.replace(/^sha256:/, "").slice(0, 16)),
        asset.status,
      ]),
    );
  if (result.fromUi) {
    summary.paragraph(
      "This release was created in GitHub's UI: its tag was checked against the strategy and its notes completed.",
    );
    if (result.assets.length === 0) summary.paragraph(describeUiAssets(release?.immutable === true));
  }
  if (result.outcome === "found existing") summary.paragraph(describeFoundRelease(plan.tag));
  if (result.markedPrerelease) summary.paragraph(describePrereleaseMark(plan.tag, settings.dryRun));
  if (result.unmarkedPrerelease)
    summary.paragraph(describePrereleaseUnmark(plan.tag, result.makeLatest, settings.dryRun));
  if (result.latestRestore) {
    const { url, to } = result.latestRestore;
    summary.paragraph(
      `${describeLatestRestore(result.latestRestore)}${url && to ? ` (${link(to, url)})` : ""}`,
    );
  }
  if (plan.warnings.length > 0) summary.heading("Warnings", 4).list(plan.warnings);
  if (notes.contentWarnings.length > 0)
    summary.heading("Does not fit the strategy", 4).list(notes.contentWarnings);
  if (notes.unlisted.length > 0) {
    summary.paragraph(
      `${notes.unlisted.length} pull request(s) fit no category of the notes configuration and are not listed: ${notes.unlisted.map((pull) => `#${pull.number}`).join(", ")}. Add a catch-all category (labels: ["*"]) to list them.`,
    );
  }
  summary.details(`Release notes (also in ${code(result.notesFile)})`, result.body);
  summary.paragraph(
    `Policy: ${result.policy.source}. GitHub API requests: ${result.requests}.${settings.dryRun ? " Dry-run: nothing was written." : ""}`,
  );
  return { outputs, summary: summary.toString() };
}
