import { listMilestones, loadReleasePolicy } from "@release-actions/core/github";
import type { StageDeps } from "@release-actions/core/runtime";
import {
  ConfigurationError,
  type ReleaseMilestone,
  upcomingMilestones,
} from "@release-actions/core/strategy";
import type { CheckMilestoneSettings } from "./inputs.ts";

/** The pull request as the event payload carries it. */
export interface PullFacts {
  readonly number: number;
  readonly milestone: string | undefined;
  readonly labels: readonly string[];
  readonly base: string;
}

/** The gate's decision. */
export interface CheckMilestoneResult {
  readonly pull: PullFacts;
  readonly decision: "pass" | "exempt";
  /** The exempting label, for `exempt`. */
  readonly label: string | undefined;
  readonly upcoming: readonly ReleaseMilestone[];
  readonly window: number | undefined;
  readonly requests: number;
}

/** The refusal: the PR is in no milestone of the window. Shown as the step's error and summary. */
export class MilestoneGateError extends ConfigurationError {
  override name = "MilestoneGateError";
}

function pullFromEvent(event: Readonly<Record<string, unknown>>, eventName: string): PullFacts {
  const pull = event.pull_request as
    | {
        number?: number;
        milestone?: { title?: string } | null;
        labels?: { name?: string }[];
        base?: { ref?: string };
      }
    | undefined;
  if (!pull || typeof pull.number !== "number")
    throw new ConfigurationError(
      `check-milestone gates pull requests: run it on pull_request events (opened, synchronize, reopened, milestoned, demilestoned); this run's event is "${eventName.slice(0, 40)}".`,
    );
  return {
    number: pull.number,
    milestone: pull.milestone?.title ?? undefined,
    labels: (pull.labels ?? []).map((label) => String(label.name ?? "")),
    base: pull.base?.ref ?? "",
  };
}

const list = (milestones: readonly ReleaseMilestone[]) =>
  milestones
    .map((milestone) => `${milestone.title}${milestone.dueDay ? ` (due ${milestone.dueDay})` : ""}`)
    .join(", ");

/**
 * Passes when the pull request is in one of the next `window` open release milestones, or has an
 * exempt label (no request then); refuses otherwise, naming the milestones that would do.
 * Two requests: the policy and the open milestones.
 */
export async function run(
  settings: CheckMilestoneSettings,
  { github, log }: StageDeps,
): Promise<CheckMilestoneResult> {
  const pull = pullFromEvent(settings.context.event, settings.context.eventName);
  const exempt = settings.exemptLabels.find((label) =>
    pull.labels.some((name) => name.toLowerCase() === label.toLowerCase()),
  );
  if (exempt !== undefined)
    return {
      pull,
      decision: "exempt",
      label: exempt,
      upcoming: [],
      window: settings.window,
      requests: github.requestCount,
    };
  // The policy of the base branch: a pull request cannot widen its own gate.
  const policy = await loadReleasePolicy(github, settings.config, pull.base, log);
  const window = settings.window ?? policy.milestones.window;
  const upcoming = upcomingMilestones(await listMilestones(github, "open"), policy.milestones.title, window);
  if (pull.milestone !== undefined && upcoming.some((milestone) => milestone.title === pull.milestone))
    return { pull, decision: "pass", label: undefined, upcoming, window, requests: github.requestCount };
  const valid =
    upcoming.length > 0
      ? `Set one of the next ${window} release milestones: ${list(upcoming)}`
      : `No release milestone is open: run rotate-milestones (workflows-examples/milestones.yml) to open the next ${window}, then set one`;
  const exemption =
    settings.exemptLabels.length > 0 ? `, or add one of the labels ${settings.exemptLabels.join(", ")}` : "";
  throw new MilestoneGateError(
    `Pull request #${pull.number} ${pull.milestone === undefined ? "has no milestone" : `is in the milestone ${JSON.stringify(pull.milestone.slice(0, 60))}, which is not one of the next ${window} releases`}. Only pull requests of the next ${window} releases are merged (the release strategy). ${valid}${exemption}.`,
  );
}
