import {
  type ActionInputs,
  type CommonSettings,
  type RunnerContext,
  readCommonSettings,
} from "@release-actions/core/runtime";
import { ConfigurationError } from "@release-actions/core/strategy";

/** The inputs of check-milestone (check-milestone/action.yml). */
export interface CheckMilestoneSettings extends CommonSettings {
  /** How many of the next release milestones a PR may be in; undefined: the policy's. */
  readonly window: number | undefined;
  /** A PR with one of these labels passes without a milestone (case-insensitive, as GitHub compares labels). */
  readonly exemptLabels: readonly string[];
}

/** Reads and checks the inputs, before any API request. */
export function readInputs(inputs: ActionInputs, context: RunnerContext): CheckMilestoneSettings {
  const text = inputs.string("window");
  const window = text === "" ? undefined : Number(text);
  if (window !== undefined && (!Number.isInteger(window) || window < 1 || window > 10))
    throw new ConfigurationError(
      `Input "window": ${JSON.stringify(text.slice(0, 20))} is not a number of milestones from 1 to 10. The strategy merges PRs of the next two releases (window: 2); leave it empty to use milestones.window of the policy.`,
    );
  return { ...readCommonSettings(inputs, context), window, exemptLabels: inputs.list("exempt-labels") };
}
