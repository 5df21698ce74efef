import {
  type ActionInputs,
  type CommonSettings,
  type RunnerContext,
  readCommonSettings,
} from "@release-actions/core/runtime";
import {
  ConfigurationError,
  checkRepositoryPath,
  isCalendarDay,
  parseReleaseVersion,
  quote,
  type ReleaseVersion,
} from "@release-actions/core/strategy";

/** The inputs of rotate-milestones (rotate-milestones/action.yml); empty ones fall back to the policy. */
export interface RotateMilestonesSettings extends CommonSettings {
  /** The release just made, when the run follows one. */
  readonly releasedVersion: ReleaseVersion | undefined;
  readonly window: number | undefined;
  readonly cadenceDays: number | undefined;
  readonly scheduleFile: string | undefined;
  readonly scheduleMode: "pr" | "commit" | "none";
  /** GitHub login named in the description of the milestones created. */
  readonly releaseManager: string;
  /** Today, `YYYY-MM-DD`, from the `now` input; undefined: the clock's. */
  readonly today: string | undefined;
  /** Comment on each issue and pull request moved to the next milestone. */
  readonly commentMoved: boolean;
}

function readToday(text: string): string | undefined {
  if (text === "") return undefined;
  const day = text.slice(0, 10);
  const instant = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(text)
    ? Date.parse(text.length === 10 ? `${text}T12:00:00Z` : text)
    : Number.NaN;
  if (!isCalendarDay(day) || Number.isNaN(instant))
    throw new ConfigurationError(
      `Input "now": ${quote(text, 40)} is not a date. Give a day (2026-12-07) or an ISO 8601 time (2026-12-07T09:00:00Z), or leave it empty for the current time.`,
    );
  return new Date(instant).toISOString().slice(0, 10);
}

function readLogin(text: string): string {
  const login = text.replace(/^@/, "");
  if (login !== "" && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(login))
    throw new ConfigurationError(
      `Input "release-manager": ${quote(text, 40)} is not a GitHub login. Give one login, such as alice (or leave it empty).`,
    );
  return login;
}

function readCadence(inputs: ActionInputs): number | undefined {
  const text = inputs.string("cadence-days");
  if (text === "") return undefined;
  const days = Number(text);
  if (!Number.isInteger(days) || days < 14 || days > 21)
    throw new ConfigurationError(
      `Input "cadence-days": ${quote(text, 40)} is outside 14–21. The strategy sets each new milestone 2–3 weeks after the next one; for another cadence set milestones.cadence-days in the policy file.`,
    );
  return days;
}

function readWindow(inputs: ActionInputs): number | undefined {
  const text = inputs.string("window");
  if (text === "") return undefined;
  const window = Number(text);
  if (!Number.isInteger(window) || window < 1 || window > 10)
    throw new ConfigurationError(
      `Input "window": ${quote(text, 40)} is not a number of milestones from 1 to 10. The strategy keeps milestones for the next two releases (window: 2).`,
    );
  return window;
}

/** Reads and checks the inputs; every mistake fails here, before any API request. */
export function readInputs(inputs: ActionInputs, context: RunnerContext): RotateMilestonesSettings {
  const released = inputs.string("released-version");
  const scheduleFile = inputs.string("schedule-file");
  return {
    ...readCommonSettings(inputs, context),
    releasedVersion: released === "" ? undefined : parseReleaseVersion(released, "released-version"),
    window: readWindow(inputs),
    cadenceDays: readCadence(inputs),
    scheduleFile:
      scheduleFile === "" ? undefined : checkRepositoryPath(scheduleFile, 'Input "schedule-file"'),
    scheduleMode: inputs.choice("schedule-mode", ["pr", "commit", "none"], "pr"),
    releaseManager: readLogin(inputs.string("release-manager")),
    today: readToday(inputs.string("now")),
    commentMoved: inputs.boolean("comment-moved"),
  };
}
