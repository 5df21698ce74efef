import { cell, link, Markdown, type StageReport } from "@release-actions/core/runtime";
import type { CheckMilestoneSettings } from "./inputs.ts";
import type { CheckMilestoneResult } from "./run.ts";

/** Outputs (public API, DESIGN §5) and the job summary with the decision. */
export function report(result: CheckMilestoneResult, settings: CheckMilestoneSettings): StageReport {
  const { owner, repo, serverUrl } = settings.context;
  const pull = link(`#${result.pull.number}`, `${serverUrl}/${owner}/${repo}/pull/${result.pull.number}`);
  const summary = new Markdown();
  if (result.decision === "exempt") {
    summary
      .heading(`check-milestone: passed, ${pull} is exempt`, 3)
      .paragraph(
        `It has the label ${cell(result.label ?? "")}, one of the exempt labels; its milestone was not checked.`,
      );
  } else {
    summary.heading(`check-milestone: passed, ${pull} is in ${cell(result.pull.milestone ?? "")}`, 3).table(
      ["Next release milestones", "Due"],
      result.upcoming.map((milestone) => [
        link(cell(milestone.title), milestone.url),
        milestone.dueDay ?? "no due date",
      ]),
    );
  }
  summary.paragraph(`GitHub API requests: ${result.requests}.`);
  return { outputs: { milestone: result.pull.milestone ?? "" }, summary: summary.toString() };
}
