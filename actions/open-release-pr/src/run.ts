import {
  gatherReleaseNotes,
  loadNotesConfig,
  loadReleaseHistory,
  loadReleasePolicy,
  resolveMaintainers,
} from "@release-actions/core/github";
import type { StageDeps } from "@release-actions/core/runtime";
import {
  type ApprovalStatus,
  ConfigurationError,
  evaluateApprovals,
  planRelease,
  type ReleaseNotes,
  type ReleasePlan,
  type ReleasePolicy,
} from "@release-actions/core/strategy";
import type { OpenReleasePrSettings } from "./inputs.ts";
import { releasePullTitle, renderReleasePullBody } from "./pr-body.ts";
import { type CommitOutcome, writeReleaseCommit } from "./release-branch-commit.ts";
import { computeReleaseChanges, type FileChange, type KeptChangelogSection } from "./release-changes.ts";
import {
  findReleasePulls,
  labelAndMilestone,
  type PullInfo,
  requestReviewers,
  upsertReleasePull,
} from "./release-pull-request.ts";

/** The head branches this stage owns: one per release. */
export const HEAD_BRANCH_PREFIX = "release-actions/";

/** What open-release-pr did. */
export interface OpenReleasePrResult {
  readonly plan: ReleasePlan;
  readonly policy: ReleasePolicy;
  readonly base: string;
  readonly headBranch: string;
  /** Undefined when the release PR was already merged: nothing was gathered. */
  readonly notes: ReleaseNotes | undefined;
  readonly changes: readonly FileChange[];
  /** The release's CHANGELOG section a maintainer wrote, kept instead of the generated one. */
  readonly keptChangelog: KeptChangelogSection | undefined;
  readonly commit: { readonly sha: string; readonly outcome: CommitOutcome | "already merged" };
  /** Undefined in dry-run before a PR exists. */
  readonly pull: PullInfo | undefined;
  readonly created: boolean;
  readonly body: string;
  readonly approvals: ApprovalStatus | undefined;
  readonly maintainers: string;
  readonly warnings: readonly string[];
  readonly requests: number;
}

/** Opens (or refreshes) the release commit and its pull request onto the release branch. */
export async function run(
  settings: OpenReleasePrSettings,
  { github, log }: StageDeps,
): Promise<OpenReleasePrResult> {
  const policy = await log.group("Release policy", () =>
    loadReleasePolicy(github, settings.config, settings.context.sha, log),
  );
  const history = await log.group("Releases and branches", () => loadReleaseHistory(github, policy));
  const plan = planRelease({ version: settings.version, allowMajor: true, allowOlderStream: true }, history);
  // A final Y- or X-stream release goes onto its release branch; in dry-run, before
  // create-release-branch has cut it, the preview uses main, where it would be cut from.
  const branchToCome = !settings.releaseBranch && !plan.branch && !plan.prerelease;
  if (branchToCome && !settings.dryRun) {
    throw new ConfigurationError(
      `${plan.releaseBranch} does not exist: the release commit of ${plan.tag} goes onto its release branch. Run create-release-branch first (it cuts ${plan.releaseBranch} from main), or set "release-branch".`,
    );
  }
  const baseName = settings.releaseBranch || (branchToCome ? plan.releaseBranch : plan.commitBranch);
  const readFrom = branchToCome ? policy.mainBranch : baseName;
  if (branchToCome)
    log.info(
      `dry-run: ${plan.releaseBranch} does not exist yet; previewing on ${policy.mainBranch}, where create-release-branch would cut it.`,
    );
  const baseRef = history.branches.get(readFrom) ?? (await github.getRef(`heads/${readFrom}`));
  if (!baseRef) {
    throw new ConfigurationError(
      `The release PR targets ${baseName}, which does not exist in ${github.owner}/${github.repo}. For a new Y-stream, run create-release-branch first; or set "release-branch".`,
    );
  }
  const headBranch = `${HEAD_BRANCH_PREFIX}${plan.tag}`;
  const warnings: string[] = [];
  /** In the log now and in the summary's warnings. */
  const warn = (warning: string) => {
    log.warning(warning);
    warnings.push(warning);
  };
  const finish = (
    fields: Omit<OpenReleasePrResult, "plan" | "policy" | "base" | "headBranch" | "warnings" | "requests">,
  ): OpenReleasePrResult => ({
    plan,
    policy,
    base: baseName,
    headBranch,
    warnings,
    ...fields,
    requests: github.requestCount,
  });

  const existing = await findReleasePulls(github, headBranch, baseName);
  if (existing.merged && !existing.open) {
    // The release PR of this version was merged (perhaps with a maintainer's edits): what comes
    // next is the tag, whatever the release commit would contain now. A second PR would undo
    // those edits or ship a different commit under the same version.
    const merged = existing.merged;
    log.info(
      `#${merged.number} (${merged.url}) was merged into ${baseName}: nothing to open. The next step is tagging (tag-and-changelog, release.yml); for a new release commit, use a new version.`,
    );
    return finish({
      notes: undefined,
      changes: [],
      keptChangelog: undefined,
      commit: { sha: merged.mergeCommitSha ?? baseRef.sha, outcome: "already merged" },
      pull: merged,
      created: false,
      body: "",
      approvals: undefined,
      maintainers: "",
    });
  }
  const previousTag = settings.previousTag || plan.previous?.tag.name;

  const notes = await log.group(`Release notes ${previousTag ?? "(first release)"}…${baseName}`, async () => {
    const config = await loadNotesConfig(
      github,
      policy.changelog.categories,
      settings.context.sha || readFrom,
    );
    const gathered = await gatherReleaseNotes(github, {
      tag: plan.tag,
      previousTag,
      head: baseRef.sha,
      stream: plan.stream,
      config,
      skipHead: new RegExp(`^${HEAD_BRANCH_PREFIX}`),
      skipTitles: [releasePullTitle(plan)],
      newContributors: false,
      ...(plan.stream === "z" && { base: baseName }),
    });
    log.info(
      `${gathered.pulls.length} pull requests and ${gathered.directCommits.length} direct commits since ${previousTag ?? "the first commit"} (notes configuration: ${config.source}).`,
    );
    return gathered;
  });
  for (const warning of notes.contentWarnings) log.warning(warning);

  const { files: changes, keptChangelog } = await log.group("Release commit", () =>
    computeReleaseChanges(github, baseRef.sha, plan, notes, {
      changelogFile: settings.changelogFile || policy.changelog.file,
      versionFiles: settings.versionFiles,
      caps: settings.caps,
    }),
  );
  if (keptChangelog) {
    const { path, heading } = keptChangelog;
    const compare =
      changes.length > 0
        ? `The generated notes are in the release PR's body ("Release notes preview") for comparison, and the section this stage would have written is in this run's summary`
        : `Nothing else changes, so there is no release commit to make; the section this stage would have written is in this run's summary for comparison`;
    warn(
      `${path}: the ${heading.slice(3)} section on ${baseName} was written by hand (it has no "generated by instructlab/release-actions" line under its heading), so it was kept as it is and the release commit does not change ${path}. ${compare}. To have this stage write the section instead, delete it on ${baseName} and re-run.`,
    );
  }
  const baseTree = notes.commits.find((commit) => commit.sha === baseRef.sha)?.tree;

  if (changes.length === 0) {
    // Everything the release commit would change is already on the branch.
    log.info(`${baseName} already has the release commit: nothing to open.`);
    const pull = existing.open ?? existing.merged;
    return result(pull, false, { sha: baseRef.sha, outcome: "already merged" }, "", undefined, "");
  }

  const commit = await log.group(`Head branch ${headBranch}`, () =>
    writeReleaseCommit(
      github,
      {
        base: { name: baseName, sha: baseRef.sha, tree: baseTree },
        headBranch,
        existingHead: existing.open?.headSha,
        message: `${releasePullTitle(plan)}\n\n${changes.map((change) => `- ${change.path}: ${change.reason}`).join("\n")}`,
      },
      changes,
    ),
  );

  const reviewers = existing.open ? await reviewsOf(existing.open) : [];
  const maintainers =
    reviewers.length > 0
      ? await resolveMaintainers(
          github,
          policy,
          reviewers.map((review) => review.user?.login ?? ""),
          log,
        )
      : undefined;
  const approvals =
    existing.open && maintainers
      ? evaluateApprovals(reviewers, {
          author: existing.open.author,
          isMaintainer: (login) => maintainers.logins.has(login.toLowerCase()),
          required: policy.approvals.required,
          // The head the PR has once this run is done: a rebuilt release commit voids older approvals.
          ...(policy.approvals.headCommitOnly && { headSha: commit.sha }),
        })
      : undefined;
  const maintainersText =
    maintainers?.source ??
    (policy.approvals.users.length > 0 ? "approvals.users" : `team ${github.owner}/${policy.approvals.team}`);
  const body = renderReleasePullBody({
    plan,
    base: baseName,
    notes,
    changes,
    keptChangelog,
    approvals,
    required: policy.approvals.required,
    maintainers: maintainersText,
    webUrl: github.webUrl(),
  });

  if (commit.outcome === "left alone" && existing.open) {
    // A maintainer's edit (and the approvals of it) outweighs regenerating the release commit.
    warn(
      `#${existing.open.number} was left as it is: ${headBranch} has commits of its own besides the release commit this stage makes, and a re-run does not overwrite them. To regenerate the release commit, close the PR or delete ${headBranch}, then re-run.`,
    );
    return result(existing.open, false, commit, existing.open.body, approvals, maintainersText);
  }
  if (settings.dryRun) {
    log.info(
      `dry-run: would ${existing.open ? `update #${existing.open.number}` : "open the release PR"} from ${headBranch} into ${baseName}.`,
    );
    return result(existing.open, false, commit, body, approvals, maintainersText);
  }
  const { info, created } = await log.group("Pull request", async () => {
    const upserted = await upsertReleasePull(github, existing.open, {
      head: headBranch,
      base: baseName,
      title: releasePullTitle(plan),
      body,
      draft: settings.draft,
    });
    await labelAndMilestone(github, upserted.info, settings.labels, plan.milestone, log);
    await requestReviewers(
      github,
      upserted.info,
      {
        users: settings.reviewers,
        teams: settings.teamReviewers,
        reviewed: reviewers.flatMap((review) => (review.user ? [review.user.login] : [])),
      },
      log,
    );
    log.info(`${upserted.created ? "Opened" : "Updated"} ${upserted.info.url}.`);
    return upserted;
  });
  return result(info, created, commit, body, approvals, maintainersText);

  async function reviewsOf(pull: PullInfo) {
    const list = await github.client.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
      owner: github.owner,
      repo: github.repo,
      pull_number: pull.number,
      per_page: 100,
    });
    return list.map((review) => ({
      user: review.user ? { login: review.user.login, type: review.user.type } : null,
      state: review.state,
      commitId: review.commit_id,
    }));
  }

  function result(
    pull: PullInfo | undefined,
    created: boolean,
    commitResult: OpenReleasePrResult["commit"],
    text: string,
    status: ApprovalStatus | undefined,
    maintainersSource: string,
  ): OpenReleasePrResult {
    return finish({
      notes,
      changes,
      keptChangelog,
      commit: commitResult,
      pull,
      created,
      body: text,
      approvals: status,
      maintainers: maintainersSource,
    });
  }
}
