import {
  type GitHubGateway,
  gatherReleaseNotes,
  loadNotesConfig,
  loadReleasePullApprovals,
  maintainersRule,
} from "@release-actions/core/github";
import type { StageDeps } from "@release-actions/core/runtime";
import {
  type ApprovalStatus,
  changelogHeading,
  detectChangelogStyle,
  type Log,
  RELEASE_ACTIONS_HEAD,
  type ReleaseNotes,
  type ReleasePlan,
  type ReleasePolicy,
  releasePullTitle,
} from "@release-actions/core/strategy";
import { backportChangelog, type ChangelogBackport, type ReleaseChangelog } from "./changelog-backport.ts";
import type { OpenReleasePrSettings } from "./inputs.ts";
import { renderReleasePullBody } from "./pr-body.ts";
import { type CommitOutcome, writeReleaseCommit } from "./release-branch-commit.ts";
import {
  computeReleaseChanges,
  type FileChange,
  type KeptChangelogSection,
  type ReleaseChanges,
} from "./release-changes.ts";
import {
  findReleasePulls,
  labelAndMilestone,
  type PullInfo,
  requestReviewers,
  upsertReleasePull,
} from "./release-pull-request.ts";
import { locateReleaseTarget, type ReleaseTarget } from "./release-target.ts";

/** How the release commit stands after the run. */
export type ReleaseCommitOutcome = CommitOutcome | "already merged" | "already released";

/** What open-release-pr did. */
export interface OpenReleasePrResult {
  readonly plan: ReleasePlan;
  readonly policy: ReleasePolicy;
  readonly base: string;
  readonly headBranch: string;
  /** Undefined when there was nothing to do (merged or released): nothing was gathered. */
  readonly notes: ReleaseNotes | undefined;
  readonly changes: readonly FileChange[];
  /** The release's CHANGELOG section a maintainer wrote, kept instead of the generated one. */
  readonly keptChangelog: KeptChangelogSection | undefined;
  readonly commit: { readonly sha: string; readonly outcome: ReleaseCommitOutcome };
  /** Undefined in dry-run before a PR exists. */
  readonly pull: PullInfo | undefined;
  readonly created: boolean;
  readonly body: string;
  readonly approvals: ApprovalStatus | undefined;
  /** Which rule counts the maintainers, in words. */
  readonly maintainers: string;
  /** The PR that brings the release's CHANGELOG section to main; undefined when the base is main. */
  readonly backport: ChangelogBackport | undefined;
  /** What the run decided and why, for the summary (not warnings). */
  readonly notices: readonly string[];
  readonly warnings: readonly string[];
  readonly requests: number;
}

type Fields = Omit<
  OpenReleasePrResult,
  "plan" | "policy" | "base" | "headBranch" | "notices" | "warnings" | "requests" | "maintainers"
> & { readonly maintainers?: string };

/** The log and the summary share what a run says: notices (info) and warnings. */
class RunNotes {
  readonly notices: string[] = [];
  readonly warnings: string[] = [];
  readonly #log: Log;

  constructor(log: Log) {
    this.#log = log;
  }

  notice(text: string): void {
    this.#log.info(text);
    this.notices.push(text);
  }

  warn(text: string): void {
    this.#log.warning(text);
    this.warnings.push(text);
  }
}

/** Opens (or refreshes) the release commit and its pull request onto the release branch. */
export async function run(
  settings: OpenReleasePrSettings,
  { github, log }: StageDeps,
): Promise<OpenReleasePrResult> {
  const target = await locateReleaseTarget(github, settings, log);
  const said = new RunNotes(log);
  const finish = (fields: Fields): OpenReleasePrResult => ({
    plan: target.plan,
    policy: target.policy,
    base: target.base,
    headBranch: target.headBranch,
    maintainers: maintainersRule(target.policy, `${github.owner}/${github.repo}`),
    ...fields,
    notices: said.notices,
    warnings: said.warnings,
    requests: github.requestCount,
  });

  const existing = await findReleasePulls(github, target.headBranch, target.base);
  if (target.plan.existing || (existing.merged && !existing.open))
    return finish(await nothingToOpen(github, settings, target, existing.merged, said, log));

  const notes = await gatherNotes(github, settings, target, log);
  const changes = await proposeChanges(github, settings, target, notes, said, log);
  const commit = await makeReleaseCommit(github, target, existing.open, notes, changes, log);
  const approvals = existing.open
    ? await loadReleasePullApprovals(
        github,
        target.policy,
        // The head the PR has once this run is done: a rebuilt release commit voids older approvals.
        { number: existing.open.number, author: existing.open.author, headSha: commit.sha },
        target.policy.approvals.required,
        log,
      )
    : undefined;
  const maintainers = approvals?.rule ?? maintainersRule(target.policy, `${github.owner}/${github.repo}`);
  const body = renderReleasePullBody({
    plan: target.plan,
    base: target.base,
    notes,
    changes: changes.files,
    keptChangelog: changes.keptChangelog,
    approvals: approvals?.status,
    required: target.policy.approvals.required,
    maintainers,
    webUrl: github.webUrl(),
  });
  const published = await publishPull(github, settings, target, {
    open: existing.open,
    commit,
    body,
    reviewed: approvals?.reviewers ?? [],
    said,
    log,
  });
  const changelog =
    commit.outcome === "left alone"
      ? { ...changes.changelog, text: await github.getFileText(changes.changelog.path, commit.sha) }
      : changes.changelog;
  return finish({
    notes,
    changes: changes.files,
    keptChangelog: changes.keptChangelog,
    commit,
    ...published,
    approvals: approvals?.status,
    maintainers,
    backport: await syncMainChangelog(github, settings, target, changelog, published.pull, log),
  });
}

/** The release notes since the previous release, the source of the CHANGELOG section and the body. */
async function gatherNotes(
  github: GitHubGateway,
  settings: OpenReleasePrSettings,
  { plan, policy, base, readFrom }: ReleaseTarget,
  log: Log,
): Promise<ReleaseNotes> {
  const previousTag = settings.previousTag || plan.previous?.tag.name;
  const notes = await log.group(`Release notes ${previousTag ?? "(first release)"}…${base}`, async () => {
    const config = await loadNotesConfig(
      github,
      policy.changelog.categories,
      settings.context.sha || readFrom.name,
    );
    const gathered = await gatherReleaseNotes(github, {
      tag: plan.tag,
      previousTag,
      head: readFrom.sha,
      stream: plan.stream,
      config,
      skipHead: RELEASE_ACTIONS_HEAD,
      skipTitles: [releasePullTitle(plan.tag)],
      newContributors: false,
      ...(plan.stream === "z" && { base }),
    });
    log.info(
      `${gathered.pulls.length} pull requests and ${gathered.directCommits.length} direct commits since ` +
        `${previousTag ?? "the first commit"} (notes configuration: ${config.source}).`,
    );
    return gathered;
  });
  for (const warning of notes.contentWarnings) log.warning(warning);
  return notes;
}

/** The files the release commit changes, and what the run says about them. */
async function proposeChanges(
  github: GitHubGateway,
  settings: OpenReleasePrSettings,
  { plan, policy, base, readFrom, onMain }: ReleaseTarget,
  notes: ReleaseNotes,
  said: RunNotes,
  log: Log,
): Promise<ReleaseChanges> {
  const changes = await log.group("Release commit", () =>
    computeReleaseChanges(github, readFrom.sha, plan, notes, {
      changelogFile: settings.changelogFile || policy.changelog.file,
      versionFiles: settings.versionFiles,
      caps: settings.caps,
      onMain,
    }),
  );
  if (changes.leftToReleaseBranch.length > 0)
    said.notice(
      `${plan.tag} is a pre-release from ${base}: its release commit changes only the CHANGELOG there. ` +
        `${changes.leftToReleaseBranch.join(" and ")} apply on ${plan.releaseBranch} only, once it is ` +
        `cut.`,
    );
  if (changes.keptChangelog) {
    const { path, heading } = changes.keptChangelog;
    const compare =
      changes.files.length > 0
        ? `The generated notes are in the release PR's body ("Release notes preview") for comparison, and ` +
          `the section this stage would have written is in this run's summary`
        : `The section this stage would have written is in this run's summary for comparison`;
    said.warn(
      `${path}: the ${heading.slice(3)} section on ${base} was written by hand (it has no "generated by ` +
        `instructlab/release-actions" line under its heading), so it was kept as it is and the release ` +
        `commit does not change ${path}. ${compare}. To have this stage write the section instead, ` +
        `delete it on ${base} and re-run.`,
    );
  }
  if (changes.files.length === 0) {
    const from = plan.previous?.version.pre ? ` (from ${plan.previous.tag.name})` : "";
    const why = changes.keptChangelog
      ? "the CHANGELOG section is a maintainer's"
      : `${base} already has the ${changes.changelog.heading.slice(3)} section${from}`;
    said.notice(
      `No file changes on ${base}: ${why}. The release commit is an empty commit (its parent's ` +
        `tree), so ${plan.tag} still goes through a release PR that maintainers approve; ` +
        `merging it releases ${plan.tag}.`,
    );
  }
  return changes;
}

/** The release commit on the head branch (kept, rebuilt, or left alone: see writeReleaseCommit). */
function makeReleaseCommit(
  github: GitHubGateway,
  { plan, base, readFrom, headBranch }: ReleaseTarget,
  open: PullInfo | undefined,
  notes: ReleaseNotes,
  changes: ReleaseChanges,
  log: Log,
): Promise<{ sha: string; outcome: CommitOutcome }> {
  return log.group(`Head branch ${headBranch}`, () =>
    writeReleaseCommit(
      github,
      {
        base: {
          name: base,
          sha: readFrom.sha,
          tree: notes.commits.find((one) => one.sha === readFrom.sha)?.tree,
        },
        headBranch,
        existingHead: open?.headSha,
        message: commitMessage(plan, changes),
      },
      changes.files,
    ),
  );
}

function commitMessage(plan: ReleasePlan, changes: ReleaseChanges): string {
  const lines =
    changes.files.length > 0
      ? changes.files.map((change) => `- ${change.path}: ${change.reason}`)
      : ["No file changes: this commit is the release PR's, for maintainers to approve."];
  return `${releasePullTitle(plan.tag)}\n\n${lines.join("\n")}`;
}

/** Opens or updates the release PR (a PR with a maintainer's commits, or a dry-run, is left as it is). */
async function publishPull(
  github: GitHubGateway,
  settings: OpenReleasePrSettings,
  { plan, base, headBranch }: ReleaseTarget,
  run: {
    open: PullInfo | undefined;
    commit: { sha: string; outcome: CommitOutcome };
    body: string;
    reviewed: readonly string[];
    said: RunNotes;
    log: Log;
  },
): Promise<{ pull: PullInfo | undefined; created: boolean; body: string }> {
  const { open, log } = run;
  if (run.commit.outcome === "left alone" && open) {
    // A maintainer's edit (and the approvals of it) outweighs regenerating the release commit.
    run.said.warn(
      `#${open.number} was left as it is: ${headBranch} has commits of its own besides the release commit ` +
        `this stage makes, and a re-run does not overwrite them. To regenerate the release commit, close ` +
        `the PR or delete ${headBranch}, then re-run.`,
    );
    return { pull: open, created: false, body: open.body };
  }
  if (settings.dryRun) {
    log.info(
      `dry-run: would ${open ? `update #${open.number}` : "open the release PR"} from ${headBranch} into ` +
        `${base}.`,
    );
    return { pull: open, created: false, body: run.body };
  }
  return log.group("Pull request", async () => {
    const { info, created } = await upsertReleasePull(github, open, {
      head: headBranch,
      base,
      title: releasePullTitle(plan.tag),
      body: run.body,
      draft: settings.draft,
    });
    await labelAndMilestone(github, info, settings.labels, plan.milestone, log);
    await requestReviewers(
      github,
      info,
      { users: settings.reviewers, teams: settings.teamReviewers, reviewed: run.reviewed },
      log,
    );
    log.info(`${created ? "Opened" : "Updated"} ${info.url}.`);
    return { pull: info, created, body: run.body };
  });
}

/**
 * The release was made (its tag exists) or its release PR was merged: nothing to open. What comes
 * next is the tag (or nothing); main's CHANGELOG still gets the section as it was merged.
 */
async function nothingToOpen(
  github: GitHubGateway,
  settings: OpenReleasePrSettings,
  target: ReleaseTarget,
  merged: PullInfo | undefined,
  said: RunNotes,
  log: Log,
): Promise<Fields> {
  const { plan, base } = target;
  const released = plan.existing ? await github.tagCommit(plan.existing.tag) : undefined;
  const sha = released ?? merged?.mergeCommitSha ?? target.readFrom.sha;
  said.notice(
    released
      ? `${plan.tag} is already released (the tag exists at ${sha.slice(0, 12)}): there is no release PR ` +
          `to open. What comes next: publishing and announcing (release.yml); for new changes, prepare the ` +
          `next version.`
      : `#${merged?.number} (${merged?.url}) was merged into ${base}: nothing to open. The next step is ` +
          `tagging (tag-and-changelog, release.yml); for a new release commit, use a new version.`,
  );
  const path = settings.changelogFile || target.policy.changelog.file;
  const text = await github.getFileText(path, sha);
  const heading = changelogHeading(plan.version, plan.stream, detectChangelogStyle(text));
  return {
    notes: undefined,
    changes: [],
    keptChangelog: undefined,
    commit: { sha, outcome: released ? "already released" : "already merged" },
    pull: merged,
    created: false,
    body: "",
    approvals: undefined,
    backport: await syncMainChangelog(github, settings, target, { path, text, heading }, merged, log),
  };
}

/** For a release made on a release branch, the PR that brings its CHANGELOG section to main. */
async function syncMainChangelog(
  github: GitHubGateway,
  settings: OpenReleasePrSettings,
  { plan, policy, history, base, onMain }: ReleaseTarget,
  changelog: ReleaseChangelog,
  releasePull: PullInfo | undefined,
  log: Log,
): Promise<ChangelogBackport | undefined> {
  const main = history.branches.get(policy.mainBranch) ?? (await github.getRef(`heads/${policy.mainBranch}`));
  if (onMain || !main) return undefined;
  return log.group(`CHANGELOG on ${policy.mainBranch}`, () =>
    backportChangelog(
      github,
      {
        plan,
        main: { name: policy.mainBranch, sha: main.sha },
        changelog,
        releaseBranch: base,
        releasePull,
        labels: settings.labels,
      },
      log,
    ),
  );
}
