import {
  type GitHubGateway,
  listMilestones,
  loadReleasePolicy,
  toMilestone,
} from "@release-actions/core/github";
import type { StageDeps } from "@release-actions/core/runtime";
import {
  daysBetween,
  dueOnForDay,
  getErrorMessage,
  httpStatus,
  type Milestone,
  type MilestoneChange,
  type MilestoneSettings,
  planMilestoneRotation,
  ReleaseHistory,
  type ReleasePolicy,
  releaseMilestones,
  templatePrefix,
} from "@release-actions/core/strategy";
import { type MilestoneProgress, milestoneProgress, type UnplannedPull, unplannedPulls } from "./grooming.ts";
import type { RotateMilestonesSettings } from "./inputs.ts";
import { type ScheduleResult, writeSchedule } from "./schedule-commit.ts";
import { type RecentRelease, renderSchedule } from "./schedule-markdown.ts";

/** An open release milestone after the run. */
export interface OpenMilestone {
  readonly title: string;
  readonly number: number | undefined;
  readonly url: string | undefined;
  readonly dueDay: string | undefined;
  readonly outcome: "kept" | "created" | "reopened" | "would create" | "would reopen";
  /** Undefined for one a dry-run would create. */
  readonly progress: MilestoneProgress | undefined;
  /** Days from today to the due day (negative: overdue). */
  readonly daysLeft: number | undefined;
}

/** A milestone of a released version, closed (or to be) with its open items moved. */
export interface ClosedMilestone {
  readonly title: string;
  readonly url: string;
  readonly moveTo: string | undefined;
  readonly moved: number;
  readonly outcome: "closed" | "would close";
}

/** The result rotate-milestones reports. */
export interface RotateMilestonesResult {
  readonly policy: ReleasePolicy;
  readonly settings: MilestoneSettings;
  readonly today: string;
  /** The Y-stream milestones the window wants, lowest first. */
  readonly wanted: readonly string[];
  readonly open: readonly OpenMilestone[];
  readonly closed: readonly ClosedMilestone[];
  /** Open release milestones outside the window (made by hand), left as they are. */
  readonly others: readonly Milestone[];
  readonly unplanned: readonly UnplannedPull[];
  readonly schedule: ScheduleResult & { readonly path: string; readonly mode: string };
  /** Why nothing was created, when a Z-stream release or a pre-release was given. */
  readonly note: string | undefined;
  readonly requests: number;
}

const RECENT_RELEASES = 5;

/** A title on one log line: a line break in a policy's template must not start a workflow command. */
const named = (title: string) => JSON.stringify(title);

async function recentReleases(github: GitHubGateway, history: ReleaseHistory): Promise<RecentRelease[]> {
  const finals = new Set(history.finals().map((release) => release.tag.name));
  const { data } = await github.client.request("GET /repos/{owner}/{repo}/releases", {
    owner: github.owner,
    repo: github.repo,
    per_page: 30,
  });
  return data
    .filter((release) => !release.draft && release.published_at && finals.has(release.tag_name))
    .sort((a, b) => ((a.published_at as string) < (b.published_at as string) ? 1 : -1))
    .slice(0, RECENT_RELEASES)
    .map((release) => ({
      tag: release.tag_name,
      day: (release.published_at as string).slice(0, 10),
      url: release.html_url,
    }));
}

/** Creates a milestone; one another run created meanwhile (422 already_exists) is read back. */
async function createMilestone(
  github: GitHubGateway,
  title: string,
  dueDay: string,
  description: string,
): Promise<Milestone> {
  try {
    const { data } = await github.write(`create the milestone ${title}`, "issues: write", () =>
      github.client.request("POST /repos/{owner}/{repo}/milestones", {
        owner: github.owner,
        repo: github.repo,
        title,
        due_on: dueOnForDay(dueDay),
        description,
      }),
    );
    return toMilestone(data);
  } catch (error) {
    if (
      httpStatus(error) !== 422 ||
      !/already_exists/.test(
        JSON.stringify((error as { response?: { data?: unknown } }).response?.data ?? ""),
      )
    )
      throw error;
    const raced = (await listMilestones(github, "all")).find((milestone) => milestone.title === title);
    if (!raced)
      throw new Error(
        `GitHub said the milestone ${title} exists, but it cannot be read back: ${getErrorMessage(error)}`,
      );
    return raced;
  }
}

async function updateMilestone(
  github: GitHubGateway,
  number: number,
  what: string,
  fields: { state?: "open" | "closed"; due_on?: string },
): Promise<Milestone> {
  const { data } = await github.write(what, "issues: write", () =>
    github.client.request("PATCH /repos/{owner}/{repo}/milestones/{milestone_number}", {
      owner: github.owner,
      repo: github.repo,
      milestone_number: number,
      ...fields,
    }),
  );
  return toMilestone(data);
}

/** Moves the open issues and PRs of a milestone to another one; the count of those moved (or to move). */
async function moveOpenItems(
  github: GitHubGateway,
  from: Milestone,
  to: Milestone | undefined,
  comment: boolean,
): Promise<number> {
  const where = { owner: github.owner, repo: github.repo };
  const items = await github.client.paginate("GET /repos/{owner}/{repo}/issues", {
    ...where,
    milestone: String(from.number),
    state: "open",
    per_page: 100,
  });
  if (github.dryRun || !to) return items.length;
  for (const item of items) {
    await github.write(`move #${item.number} to the milestone ${to.title}`, "issues: write", () =>
      github.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        ...where,
        issue_number: item.number,
        milestone: to.number,
      }),
    );
    if (comment)
      await github.write(`comment on #${item.number}`, "issues: write", () =>
        github.client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
          ...where,
          issue_number: item.number,
          body: `${from.title} was released: moved to the next milestone, ${to.title}.`,
        }),
      );
  }
  return items.length;
}

function description(title: string, settings: RotateMilestonesSettings, cadenceDays: number): string {
  const manager = settings.releaseManager ? ` Release manager: @${settings.releaseManager}.` : "";
  return `Release ${title}. Opened by rotate-milestones, due ${cadenceDays} days after the previous milestone; adjust the date at grooming.${manager}`;
}

/**
 * Keeps the next `window` release milestones open, closes the released ones (their open items
 * moved to the next), reports the grooming view and maintains the schedule file. Idempotent.
 */
export async function run(
  settings: RotateMilestonesSettings,
  { github, log, now }: StageDeps,
): Promise<RotateMilestonesResult> {
  const policy = await log.group("Release policy", () =>
    loadReleasePolicy(github, settings.config, settings.context.sha, log),
  );
  const milestoneSettings: MilestoneSettings = {
    window: settings.window ?? policy.milestones.window,
    cadenceDays: settings.cadenceDays ?? policy.milestones.cadenceDays,
    title: policy.milestones.title,
  };
  // The policy's schedule-file was checked as a path inside the repository when it was read.
  const schedulePath = settings.scheduleFile ?? policy.scheduleFile;
  const today = settings.today ?? now().toISOString().slice(0, 10);
  const [tags, milestones] = await log.group("Releases and milestones", () =>
    Promise.all([
      github.listMatchingRefs(`tags/${templatePrefix(policy.tag)}`),
      listMilestones(github, "all"),
    ]),
  );
  const history = ReleaseHistory.fromRefs(policy, tags, []);
  const released = history.finals().map((release) => release.version);
  const given = settings.releasedVersion;
  if (given && !given.pre) released.push(given);
  const plan = planMilestoneRotation({
    milestones,
    released,
    releasedVersion: given,
    settings: milestoneSettings,
    today,
  });
  const note =
    given?.pre !== undefined
      ? "released-version is a pre-release: its milestone stays open until the final release."
      : given && given.patch > 0
        ? "released-version is a Z-stream release: its own milestone is closed and no milestone is created."
        : undefined;

  const byTitle = new Map(milestones.map((milestone) => [milestone.title, milestone]));
  const outcomes = new Map<string, OpenMilestone["outcome"]>();
  const opening = plan.changes.filter((change) => change.kind !== "close");
  await log.group("Open the next milestones", async () => {
    for (const change of opening) {
      if (change.kind === "create") {
        if (github.dryRun) {
          outcomes.set(change.title, "would create");
          log.info(`dry-run: would create the milestone ${named(change.title)}, due ${change.dueDay}.`);
          continue;
        }
        const created = await createMilestone(
          github,
          change.title,
          change.dueDay,
          description(change.title, settings, milestoneSettings.cadenceDays),
        );
        byTitle.set(created.title, created);
        outcomes.set(created.title, "created");
        log.info(`Created the milestone ${named(created.title)}, due ${created.dueDay}.`);
      } else if (change.kind === "reopen") {
        const { milestone } = change;
        if (github.dryRun) {
          outcomes.set(milestone.title, "would reopen");
          log.info(`dry-run: would reopen the closed milestone ${named(milestone.title)}.`);
          continue;
        }
        const reopened = await updateMilestone(
          github,
          milestone.number,
          `reopen the milestone ${milestone.title}`,
          {
            state: "open",
            ...(change.dueDay && { due_on: dueOnForDay(change.dueDay) }),
          },
        );
        byTitle.set(reopened.title, reopened);
        outcomes.set(reopened.title, "reopened");
        log.info(
          `Reopened the milestone ${named(reopened.title)} (a closed milestone of that title existed; titles are unique).`,
        );
      }
    }
  });

  const closed: ClosedMilestone[] = [];
  const closing = plan.changes.filter(
    (change): change is Extract<MilestoneChange, { kind: "close" }> => change.kind === "close",
  );
  await log.group("Close the released milestones", async () => {
    for (const { milestone, moveTo } of closing) {
      const target = moveTo === undefined ? undefined : byTitle.get(moveTo);
      if (moveTo !== undefined && !target && !github.dryRun)
        throw new Error(
          `The milestone ${moveTo} to move ${milestone.title}'s items to was not found after it was opened.`,
        );
      const moved = await moveOpenItems(github, milestone, target, settings.commentMoved);
      if (moved > 0 && moveTo === undefined)
        log.warning(
          `${named(milestone.title)} has ${moved} open items and no open milestone to move them to: they stay in it.`,
        );
      if (!github.dryRun)
        await updateMilestone(github, milestone.number, `close the milestone ${milestone.title}`, {
          state: "closed",
        });
      log.info(
        `${github.dryRun ? "dry-run: would close" : "Closed"} the milestone ${named(milestone.title)}${moveTo ? `; ${moved} open items ${github.dryRun ? "would move" : "moved"} to ${named(moveTo)}` : ""}.`,
      );
      closed.push({
        title: milestone.title,
        url: milestone.url,
        moveTo,
        moved,
        outcome: github.dryRun ? "would close" : "closed",
      });
    }
  });

  const open = await log.group("Grooming report", () =>
    Promise.all(
      plan.open.map(async (planned): Promise<OpenMilestone> => {
        const milestone = byTitle.get(planned.title);
        const exists = milestone !== undefined && !(outcomes.get(planned.title) ?? "").startsWith("would");
        const dueDay = exists ? milestone.dueDay : planned.dueDay;
        return {
          title: planned.title,
          number: exists ? milestone.number : undefined,
          url: exists ? milestone.url : undefined,
          dueDay,
          outcome: outcomes.get(planned.title) ?? "kept",
          progress: exists ? await milestoneProgress(github, milestone.number) : undefined,
          daysLeft: dueDay === undefined ? undefined : daysBetween(today, dueDay),
        };
      }),
    ),
  );
  const [unplanned, recent] = await Promise.all([unplannedPulls(github), recentReleases(github, history)]);
  const managed = new Set(plan.open.map((milestone) => milestone.title));
  const others = releaseMilestones(milestones, milestoneSettings.title).filter(
    (milestone) =>
      milestone.state === "open" &&
      !managed.has(milestone.title) &&
      !closing.some((change) => change.milestone.title === milestone.title),
  );

  const block = renderSchedule(open, recent);
  const schedule = await log.group(`Schedule ${schedulePath}`, async () => {
    if (settings.scheduleMode === "none")
      return { outcome: "not written (schedule-mode: none)" as const, pullUrl: "", content: block };
    return writeSchedule(github, {
      path: schedulePath,
      base: policy.mainBranch,
      block,
      mode: settings.scheduleMode,
      body: `The release schedule in \`${schedulePath}\`, regenerated by rotate-milestones from the open milestones and the recent releases.\n\nOnly the part between the markers is generated; text around it is kept. Later runs update this pull request until it is merged.`,
    });
  });
  return {
    policy,
    settings: milestoneSettings,
    today,
    wanted: plan.wanted,
    open,
    closed,
    others,
    unplanned,
    schedule: { ...schedule, path: schedulePath, mode: settings.scheduleMode },
    note,
    requests: github.requestCount,
  };
}
