import {
  type GitHubGateway,
  loadReleaseHistory,
  loadReleasePolicy,
  locateReleaseCommit,
} from "@release-actions/core/github";
import type { StageDeps } from "@release-actions/core/runtime";
import {
  type BranchRef,
  ConfigurationError,
  planRelease,
  quote,
  type ReleasePlan,
  type ReleasePolicy,
} from "@release-actions/core/strategy";
import { ensureBranchRuleset, type RulesetOutcome } from "./branch-ruleset.ts";
import type { CreateReleaseBranchSettings } from "./inputs.ts";

/** What happened to the branch. */
export type BranchOutcome = "created" | "existed" | "created by another run" | "would create";

/** The result create-release-branch reports. */
export interface CreateReleaseBranchResult {
  readonly plan: ReleasePlan;
  readonly policy: ReleasePolicy;
  readonly branch: string;
  /** The release commit the branch contains. */
  readonly commit: string;
  readonly outcome: BranchOutcome;
  readonly ruleset: RulesetOutcome | undefined;
  readonly requests: number;
}

/** The branch as found before anything is written. */
type BranchTarget = { exists: true; commit: string } | { exists: false; commit: string; source: string };

const short = (sha: string) => sha.slice(0, 12);

async function resolve(github: GitHubGateway, commit: string): Promise<string> {
  const sha = /^[0-9a-f]{40}$/i.test(commit) ? commit.toLowerCase() : await github.resolveCommit(commit);
  if (!sha)
    throw new ConfigurationError(
      `Input "commit": ${quote(commit)} is not a commit, branch or tag of ${github.owner}/${github.repo}.`,
    );
  return sha;
}

/** An existing branch is fine when it contains the release commit; otherwise it was cut from elsewhere. */
async function requireContains(github: GitHubGateway, branch: BranchRef, commit: string): Promise<void> {
  if (commit === branch.sha || (await github.isAncestor(commit, branch.sha))) return;
  throw new ConfigurationError(
    `${branch.name} already exists at ${short(branch.sha)} and does not contain ${short(commit)}: it was ` +
      `cut from another commit. Release from the existing branch (leave "commit" empty), or delete ` +
      `${branch.name} if it is wrong and run again.`,
  );
}

/** Cuts the release branch of a Y-stream (or X-stream) from a commit on main. Idempotent. */
export async function run(
  settings: CreateReleaseBranchSettings,
  { github, log }: StageDeps,
): Promise<CreateReleaseBranchResult> {
  const policy = await log.group("Release policy", () =>
    loadReleasePolicy(github, settings.config, settings.context.sha, log),
  );
  const history = await log.group("Releases and branches", () => loadReleaseHistory(github, policy));
  const plan = planRelease(
    { version: settings.version, allowMajor: settings.allowMajor, allowOlderStream: false },
    history,
  );
  if (plan.stream === "z") {
    throw new ConfigurationError(
      `${plan.text} is a Z-stream release: its branch ${plan.releaseBranch} already exists and Z-streams ` +
        `are released from it, so there is no branch to create. Run this step only for new streams: if: ` +
        `steps.<validate-version step id>.outputs.stream != 'z'.`,
    );
  }
  const branchName = plan.releaseBranch;
  // Reads only: the commit to cut from, or the existing branch that must contain it.
  const target = await log.group(`Branch ${branchName}`, async (): Promise<BranchTarget> => {
    if (plan.branch) {
      const commit = settings.commit === "" ? plan.branch.sha : await resolve(github, settings.commit);
      await requireContains(github, plan.branch, commit);
      log.info(
        `${branchName} already exists at ${short(plan.branch.sha)} and contains ${short(commit)}: nothing ` +
          `to create.`,
      );
      return { exists: true, commit };
    }
    const located = await locateReleaseCommit(github, plan, settings.commit, policy.mainBranch);
    return { exists: false, commit: located.sha, source: located.source };
  });
  // The ruleset comes before the branch: GitHub lets any token that can read the repository list
  // rulesets, so only the write tells whether the token may manage them. A token that may not
  // (the workflow's GITHUB_TOKEN) is refused while nothing exists yet, and every re-run applies
  // a missing ruleset, also to a branch that exists.
  const ruleset = settings.protect
    ? await log.group("Ruleset", () => ensureBranchRuleset(github, branchName, policy.approvals.required))
    : undefined;
  const { commit } = target;
  const outcome: BranchOutcome = target.exists
    ? "existed"
    : await log.group(`Create ${branchName}`, async (): Promise<BranchOutcome> => {
        if (settings.dryRun) {
          log.info(`dry-run: would create ${branchName} at ${commit} (${target.source}).`);
          return "would create";
        }
        if ((await github.createRef(`refs/heads/${branchName}`, commit)) === "created") {
          log.info(`Created ${branchName} at ${commit} (${target.source}).`);
          return "created";
        }
        // Another run created it between our read and our write — or this run did, and the answer
        // was lost: GitHub's retry of the create then meets the branch.
        const raced = await github.getRef(`heads/${branchName}`);
        if (!raced) throw new Error(`GitHub said ${branchName} exists, but it cannot be read back.`);
        await requireContains(github, { name: branchName, sha: raced.sha }, commit);
        log.info(
          `${branchName} was there when this run created it (made by another run, or by this run's own ` +
            `request whose answer was lost) at ${short(raced.sha)}; it contains ${short(commit)}.`,
        );
        return "created by another run";
      });
  return { plan, policy, branch: branchName, commit, outcome, ruleset, requests: github.requestCount };
}
