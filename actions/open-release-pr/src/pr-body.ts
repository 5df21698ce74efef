/**
 * The release pull request's title and body: what the release is, a checklist for the
 * maintainers (with the approval count the strategy requires), and the notes preview.
 */

import { code } from "@release-actions/core/runtime";
import {
  type ApprovalStatus,
  type ReleaseNotes,
  type ReleasePlan,
  renderReleaseBody,
} from "@release-actions/core/strategy";
import type { FileChange, KeptChangelogSection } from "./release-changes.ts";

const STREAMS = { x: "X-stream (major)", y: "Y-stream", z: "Z-stream (patch)" } as const;

/** Marks a body as written by this stage, so a later run knows the PR is the release PR. */
export function releasePullMarker(tag: string): string {
  return `<!-- instructlab/release-actions release-pr ${tag} -->`;
}

/** The pull request's body. */
export function renderReleasePullBody(options: {
  plan: ReleasePlan;
  base: string;
  notes: ReleaseNotes;
  changes: readonly FileChange[];
  keptChangelog?: KeptChangelogSection | undefined;
  approvals: ApprovalStatus | undefined;
  required: number;
  maintainers: string;
  webUrl: string;
}): string {
  const { plan, notes } = options;
  const approvals = options.approvals?.count ?? `0/${options.required}`;
  const satisfied = options.approvals?.satisfied ?? options.required === 0;
  const lines = [
    releasePullMarker(plan.tag),
    `This is the release commit of **${plan.tag}**, a ${STREAMS[plan.stream]} ` +
      `${plan.prerelease ? "pre-release" : "release"}, onto ${code(options.base)}.`,
    `Notes since ${notes.previousTag ?? "the first commit"}: ${notes.pulls.length} pull request(s), ` +
      `${notes.directCommits.length} commit(s) without one.`,
    "",
    "### Checklist",
    "",
    ...options.changes.map((change) => `- [x] ${code(change.path)}: ${change.reason}`),
    ...(options.changes.length === 0
      ? [
          `- [x] No file changes: the release commit is empty (${
            options.keptChangelog
              ? "the CHANGELOG section is a maintainer's"
              : "everything it would change is already there"
          }); approving and merging it releases ${code(plan.tag)}`,
        ]
      : []),
    ...(options.keptChangelog
      ? [
          `- [x] ${code(options.keptChangelog.path)}: the ${options.keptChangelog.heading.slice(3)} ` +
            `section was written by hand and is kept as it is (compare it with the release notes preview ` +
            `below)`,
        ]
      : []),
    `- [ ] The CHANGELOG section reads well (edit it in this PR if needed)`,
    `- [${satisfied ? "x" : " "}] Approvals ${approvals} from maintainers (${options.maintainers})`,
    `- [ ] Merge, then create the release: tag-and-changelog tags ${code(plan.tag)} on ` +
      `${code(options.base)} and publishes the notes`,
  ];
  if (notes.contentWarnings.length > 0)
    lines.push(
      "",
      "### Does not fit the strategy",
      "",
      ...notes.contentWarnings.map((warning) => `- ${warning}`),
    );
  if (notes.unlisted.length > 0) {
    lines.push(
      "",
      `${notes.unlisted.length} pull request(s) fit no category of the release notes configuration and are ` +
        `not listed: ${notes.unlisted.map((pull) => `#${pull.number}`).join(", ")}.`,
    );
  }
  lines.push(
    "",
    "<details><summary>Release notes preview</summary>",
    "",
    renderReleaseBody(notes, options.webUrl).trim(),
    "",
    "</details>",
    "",
  );
  return lines.join("\n");
}
