/**
 * The schedule markdown the strategy promises (`schedule-file`): upcoming releases with their due
 * dates and milestones, recent releases with their dates and release pages. Only the text between
 * the two markers is the stage's; everything around it is the maintainers' and survives.
 */
import { cell, link } from "@release-actions/core/runtime";

export const SCHEDULE_START =
  "<!-- rotate-milestones: schedule start (generated; edits here are replaced) -->";
export const SCHEDULE_END = "<!-- rotate-milestones: schedule end -->";

/** A release to come, as the schedule lists it. */
export interface UpcomingRelease {
  readonly title: string;
  readonly dueDay: string | undefined;
  /** The milestone's page; undefined for one a dry-run would create. */
  readonly url: string | undefined;
}

/** A release made, as the schedule lists it. */
export interface RecentRelease {
  readonly tag: string;
  readonly day: string;
  readonly url: string;
}

/** The generated block, markers included. Deterministic: the same milestones give the same text. */
export function renderSchedule(
  upcoming: readonly UpcomingRelease[],
  recent: readonly RecentRelease[],
): string {
  const lines = [
    SCHEDULE_START,
    "## Upcoming releases",
    "",
    "| Release | Due | Milestone |",
    "| --- | --- | --- |",
    ...upcoming.map(
      (release) =>
        `| ${cell(release.title)} | ${release.dueDay ?? "not set"} | ${link(cell(release.title), release.url)} |`,
    ),
    "",
    "## Recent releases",
    "",
    ...(recent.length === 0
      ? ["No releases yet."]
      : [
          "| Release | Date | Notes |",
          "| --- | --- | --- |",
          ...recent.map(
            (release) => `| ${cell(release.tag)} | ${release.day} | ${link("release notes", release.url)} |`,
          ),
        ]),
    SCHEDULE_END,
  ];
  return lines.join("\n");
}

const INTRO = [
  "# Release schedule",
  "",
  "Milestones exist for the next releases; only pull requests in them are prioritized and merged.",
  "Due dates are set when a milestone is created and adjusted at the weekly grooming session.",
  "",
].join("\n");

/**
 * The file with its generated block replaced: `existing` undefined creates the file; a file
 * without the markers gets the block appended, so nothing a maintainer wrote is lost.
 */
export function updateScheduleFile(existing: string | undefined, block: string): string {
  if (existing === undefined) return `${INTRO}\n${block}\n`;
  const start = existing.indexOf(SCHEDULE_START);
  const end = existing.indexOf(SCHEDULE_END, start);
  if (start === -1 || end === -1) {
    const body = existing.replace(/\s*$/, "");
    return `${body}${body === "" ? "" : "\n\n"}${block}\n`;
  }
  return existing.slice(0, start) + block + existing.slice(end + SCHEDULE_END.length);
}
