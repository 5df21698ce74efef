import { cell, code, link, Markdown, type StageReport } from "@release-actions/core/runtime";
import type { RotateMilestonesSettings } from "./inputs.ts";
import type { OpenMilestone, RotateMilestonesResult } from "./run.ts";

function progress(milestone: OpenMilestone): [string, string, string] {
  const p = milestone.progress;
  if (!p) return ["–", "–", "–"];
  const total = p.openIssues + p.closedIssues + p.openPulls + p.closedPulls;
  const done = total === 0 ? "–" : `${Math.round((100 * (p.closedIssues + p.closedPulls)) / total)} %`;
  return [
    `${p.openIssues} open / ${p.closedIssues} closed`,
    `${p.openPulls} open / ${p.closedPulls} closed`,
    done,
  ];
}

function due(milestone: OpenMilestone): string {
  if (milestone.dueDay === undefined || milestone.daysLeft === undefined) return "no due date";
  const { daysLeft } = milestone;
  const when =
    daysLeft < 0 ? `**overdue by ${-daysLeft} days**` : daysLeft === 0 ? "due today" : `in ${daysLeft} days`;
  return `${milestone.dueDay} (${when})`;
}

/** Outputs (public API, DESIGN §5) and the job summary: the changes, then the grooming report. */
export function report(result: RotateMilestonesResult, settings: RotateMilestonesSettings): StageReport {
  const opened = result.open.filter(
    (milestone) => milestone.outcome === "created" || milestone.outcome === "reopened",
  );
  const changes = [
    ...result.closed.map(
      (milestone) =>
        `${milestone.outcome === "closed" ? "Closed" : "Would close"} ${link(cell(milestone.title), milestone.url)}${milestone.moveTo ? `, ${milestone.moved} open items ${milestone.outcome === "closed" ? "moved" : "would move"} to ${cell(milestone.moveTo)}` : ""}`,
    ),
    ...result.open
      .filter((milestone) => milestone.outcome !== "kept")
      .map(
        (milestone) =>
          `${milestone.outcome[0]?.toUpperCase()}${milestone.outcome.slice(1)} ${link(cell(milestone.title), milestone.url)}, due ${milestone.dueDay ?? "–"}`,
      ),
  ];
  const summary = new Markdown()
    .heading(
      `rotate-milestones: ${result.open.map((milestone) => cell(milestone.title)).join(", ") || "no release milestone"} open`,
      3,
    )
    .list(changes.length > 0 ? changes : ["No change: the next milestones were already open."]);
  if (result.note) summary.paragraph(result.note);
  summary.heading("Grooming", 4).table(
    ["Milestone", "Due", "Issues", "Pull requests", "Done"],
    result.open.map((milestone) => [
      link(cell(milestone.title), milestone.url),
      due(milestone),
      ...progress(milestone),
    ]),
  );
  if (result.others.length > 0)
    summary.paragraph(
      `Also open, outside the window of ${result.settings.window} (left as they are): ${result.others.map((milestone) => link(cell(milestone.title), milestone.url)).join(", ")}.`,
    );
  summary.heading(`Open pull requests without a milestone: ${result.unplanned.length}`, 4);
  if (result.unplanned.length > 0)
    summary.list(
      result.unplanned
        .slice(0, 50)
        .map((pull) => `${link(`#${pull.number}`, pull.url)} ${cell(pull.title.slice(0, 120))}`),
    );
  if (result.unplanned.length > 50) summary.paragraph(`…and ${result.unplanned.length - 50} more.`);
  summary
    .heading("Schedule", 4)
    .paragraph(
      `${code(result.schedule.path)}: ${result.schedule.outcome}${result.schedule.pullUrl ? ` (${link("pull request", result.schedule.pullUrl)})` : ""}.`,
    )
    .details("The schedule", result.schedule.content)
    .paragraph(
      `Policy: ${result.policy.source}; window ${result.settings.window}, cadence ${result.settings.cadenceDays} days, today ${result.today}. GitHub API requests: ${result.requests}.${settings.dryRun ? " Dry-run: nothing was written." : ""}`,
    );
  return {
    outputs: {
      "open-milestones": JSON.stringify(
        result.open.map((milestone) => ({
          title: milestone.title,
          number: milestone.number ?? null,
          due: milestone.dueDay ?? null,
          url: milestone.url ?? null,
        })),
      ),
      created: JSON.stringify(opened.map((milestone) => milestone.title)),
      closed: JSON.stringify(
        result.closed
          .filter((milestone) => milestone.outcome === "closed")
          .map((milestone) => milestone.title),
      ),
      moved: String(
        result.closed.reduce(
          (sum, milestone) => sum + (milestone.outcome === "closed" ? milestone.moved : 0),
          0,
        ),
      ),
      "schedule-pr": result.schedule.pullUrl,
    },
    summary: summary.toString(),
  };
}
