/**
 * Release milestones, as the strategy plans with them: milestones exist for the next `window`
 * releases, each new one due `cadence-days` after the latest open one, and only PRs in those
 * milestones are merged. Pure rules shared by rotate-milestones (what to create, reopen and close)
 * and check-milestone (which milestones a PR may be in). Dates are calendar days (`YYYY-MM-DD`):
 * GitHub keeps only the day of a due date, at midnight US-Pacific (reference/github-api.md).
 */
import { extractVersionText, renderTemplate } from "./name-templates.ts";
import {
  compareReleaseVersions,
  finalRelease,
  formatReleaseVersion,
  type ReleaseVersion,
  readReleaseVersion,
} from "./release-version.ts";

/** A milestone as the API lists it, with what the plan and the reports need. */
export interface Milestone {
  readonly number: number;
  readonly title: string;
  readonly state: "open" | "closed";
  /** The due day (`YYYY-MM-DD`, as GitHub shows it), or undefined when none is set. */
  readonly dueDay: string | undefined;
  readonly description: string;
  /** Open issues and pull requests in it. */
  readonly openItems: number;
  readonly closedItems: number;
  readonly url: string;
}

/** A milestone whose title names a release of the scheme by the policy's title template. */
export interface ReleaseMilestone extends Milestone {
  readonly version: ReleaseVersion;
}

/** The policy's milestone settings (`milestones.*`). */
export interface MilestoneSettings {
  readonly window: number;
  readonly cadenceDays: number;
  /** Title template with one `{version}`: `v{version}`. */
  readonly title: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day a GitHub `due_on` stands for: GitHub stores midnight US-Pacific (07:00Z or 08:00Z). */
export function dueDayOf(dueOn: string): string {
  // Pacific midnight is 07:00 or 08:00 UTC: twelve hours later is still the same UTC day.
  return new Date(Date.parse(dueOn) + 12 * 3600_000).toISOString().slice(0, 10);
}

/** What to send as `due_on` for a day: noon UTC, which GitHub floors to that very day. */
export function dueOnForDay(day: string): string {
  return `${day}T12:00:00Z`;
}

/** `day` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** Whether `text` is a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The milestone title of a release: the final version's, as validate-version names it. */
export function milestoneTitle(template: string, version: ReleaseVersion): string {
  return renderTemplate(template, finalRelease(version));
}

/** The release a milestone title names by the template (finals only), or undefined. */
export function milestoneVersion(template: string, title: string): ReleaseVersion | undefined {
  const text = extractVersionText(template, title);
  if (text === undefined) return undefined;
  const reading = readReleaseVersion(text);
  if (!reading.ok || reading.version.pre) return undefined;
  // Only the canonical spelling: `v0.28` or `v0.28.00` are someone else's milestones.
  return formatReleaseVersion(reading.version) === text ? reading.version : undefined;
}

/** The milestones whose titles name releases, lowest version first. */
export function releaseMilestones(milestones: readonly Milestone[], template: string): ReleaseMilestone[] {
  return milestones
    .flatMap((milestone) => {
      const version = milestoneVersion(template, milestone.title);
      return version ? [{ ...milestone, version }] : [];
    })
    .sort((a, b) => compareReleaseVersions(a.version, b.version));
}

/**
 * The next `window` open release milestones, lowest version first: the milestones whose PRs are
 * prioritized and merged (the check-milestone gate).
 */
export function upcomingMilestones(
  milestones: readonly Milestone[],
  template: string,
  window: number,
): ReleaseMilestone[] {
  return releaseMilestones(
    milestones.filter((milestone) => milestone.state === "open"),
    template,
  ).slice(0, window);
}

/** The Y-stream releases after `latest`: 0.27.3 → 0.28.0, 0.29.0, … (`count` of them). */
export function nextYStreams(latest: ReleaseVersion | undefined, count: number): ReleaseVersion[] {
  const major = latest?.major ?? 0;
  const minor = latest?.minor ?? 0;
  return Array.from({ length: count }, (_, index) => ({ major, minor: minor + index + 1, patch: 0 }));
}

/** One change the rotation makes. */
export type MilestoneChange =
  | {
      readonly kind: "create";
      readonly title: string;
      readonly version: ReleaseVersion;
      readonly dueDay: string;
    }
  | {
      readonly kind: "reopen";
      readonly milestone: ReleaseMilestone;
      /** Set only when the closed milestone had no due date: an existing one is never changed. */
      readonly dueDay: string | undefined;
    }
  | {
      readonly kind: "close";
      readonly milestone: ReleaseMilestone;
      /** Where its open items go: the title of the first milestone kept open, if any. */
      readonly moveTo: string | undefined;
    };

/** What the rotation does, and the release milestones open once it is done. */
export interface MilestonePlan {
  readonly changes: readonly MilestoneChange[];
  /** Titles of the next `window` releases, lowest first. */
  readonly wanted: readonly string[];
  /** The release milestones open after the changes, lowest version first (due days as planned). */
  readonly open: readonly {
    readonly title: string;
    readonly version: ReleaseVersion;
    readonly dueDay: string | undefined;
  }[];
}

/** What the rotation is planned from. */
export interface RotationInput {
  /** Every milestone of the repository, open and closed (titles are unique across both). */
  readonly milestones: readonly Milestone[];
  /** Final releases made so far (from the tags and the `released-version` input). */
  readonly released: readonly ReleaseVersion[];
  /** The release this run follows, when given: a Z-stream closes its own milestone and creates none. */
  readonly releasedVersion: ReleaseVersion | undefined;
  readonly settings: MilestoneSettings;
  /** Today, `YYYY-MM-DD`: a first milestone is due `cadenceDays` from it. */
  readonly today: string;
}

const isReleased = (version: ReleaseVersion, released: readonly ReleaseVersion[]) =>
  released.some((other) => compareReleaseVersions(other, version) === 0);

/**
 * Plans the rotation: close the open milestones of released versions, keep the next `window`
 * releases open (reopening a closed milestone of the same title, creating the missing ones each
 * `cadenceDays` after the latest open due date). Existing due dates are never changed.
 */
export function planMilestoneRotation(input: RotationInput): MilestonePlan {
  const { settings, released, releasedVersion } = input;
  const all = releaseMilestones(input.milestones, settings.title);
  const finals = released.filter((version) => !version.pre);
  const latest = [...finals].sort(compareReleaseVersions).at(-1);
  const wantedVersions = nextYStreams(latest, settings.window);
  const wanted = wantedVersions.map((version) => milestoneTitle(settings.title, version));
  const zStreamRun = releasedVersion !== undefined && !releasedVersion.pre && releasedVersion.patch > 0;

  const toClose = all.filter(
    (milestone) => milestone.state === "open" && isReleased(milestone.version, finals),
  );
  const stillOpen = all.filter((milestone) => milestone.state === "open" && !toClose.includes(milestone));
  const open = stillOpen.map(({ title, version, dueDay }) => ({ title, version, dueDay }));
  const changes: MilestoneChange[] = [];
  if (!zStreamRun) {
    for (const [index, version] of wantedVersions.entries()) {
      const title = wanted[index] as string;
      if (open.some((milestone) => milestone.title === title)) continue;
      const lastDue = open
        .map((milestone) => milestone.dueDay)
        .filter((day): day is string => day !== undefined)
        .sort()
        .at(-1);
      const dueDay = addDays(lastDue ?? input.today, settings.cadenceDays);
      const closed = all.find((milestone) => milestone.title === title);
      if (closed) {
        changes.push({ kind: "reopen", milestone: closed, dueDay: closed.dueDay ? undefined : dueDay });
        open.push({ title, version, dueDay: closed.dueDay ?? dueDay });
      } else {
        changes.push({ kind: "create", title, version, dueDay });
        open.push({ title, version, dueDay });
      }
    }
  }
  open.sort((a, b) => compareReleaseVersions(a.version, b.version));
  const moveTo = open[0]?.title;
  const closes: MilestoneChange[] = toClose.map((milestone) => ({ kind: "close", milestone, moveTo }));
  // Closing comes first in the report, as it happens first after a release.
  return { changes: [...closes, ...changes], wanted, open };
}
