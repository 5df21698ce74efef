/**
 * Where the release commit goes: the policy, the release history, the plan of the version, and the
 * branch the release PR targets (the release branch; main for a pre-release before it is cut).
 */
import { type GitHubGateway, loadReleaseHistory, loadReleasePolicy } from "@release-actions/core/github";
import {
  type BranchRef,
  ConfigurationError,
  formatReleaseVersion,
  type Log,
  planRelease,
  type ReleaseHistory,
  type ReleasePlan,
  type ReleasePolicy,
  releasePullHead,
} from "@release-actions/core/strategy";
import type { OpenReleasePrSettings } from "./inputs.ts";

/** The release and the branch its release PR targets. */
export interface ReleaseTarget {
  readonly policy: ReleasePolicy;
  readonly history: ReleaseHistory;
  readonly plan: ReleasePlan;
  /** The branch the release PR targets. */
  readonly base: string;
  /** The branch read for the release commit's content (main in a dry-run before the cut). */
  readonly readFrom: BranchRef;
  /** The release PR's head branch. */
  readonly headBranch: string;
  /** True when the release PR targets the main branch (a pre-release before its branch is cut). */
  readonly onMain: boolean;
}

/** Loads the policy and the history, plans the version, and finds the release PR's base. */
export async function locateReleaseTarget(
  github: GitHubGateway,
  settings: OpenReleasePrSettings,
  log: Log,
): Promise<ReleaseTarget> {
  const policy = await log.group("Release policy", () =>
    loadReleasePolicy(github, settings.config, settings.context.sha, log),
  );
  const history = await log.group("Releases and branches", () => loadReleaseHistory(github, policy));
  const plan = planRelease({ version: settings.version, allowMajor: true, allowOlderStream: true }, history);
  // A final Y- or X-stream release goes onto its release branch; in dry-run, before
  // create-release-branch has cut it, the preview uses main, where it would be cut from.
  const branchToCome = !settings.releaseBranch && !plan.branch && !plan.prerelease && !plan.existing;
  if (branchToCome && !settings.dryRun) {
    throw new ConfigurationError(
      `${plan.releaseBranch} does not exist: the release commit of ${plan.tag} goes onto its release ` +
        `branch. Run create-release-branch first (it cuts ${plan.releaseBranch} from main), or set ` +
        `"release-branch".`,
    );
  }
  const base = settings.releaseBranch || (branchToCome ? plan.releaseBranch : plan.commitBranch);
  const readName = branchToCome ? policy.mainBranch : base;
  if (branchToCome)
    log.info(
      `dry-run: ${plan.releaseBranch} does not exist yet; previewing on ${policy.mainBranch}, where ` +
        `create-release-branch would cut it.`,
    );
  // A static version is set by the release commit, which never lands on main (main would claim
  // the pre-release's version from then on); left out, the tag would build the old version and
  // publish-pypi would refuse it only after the release exists. So it is refused here, first.
  if (base === policy.mainBranch && settings.versionFiles.length > 0) {
    throw new ConfigurationError(
      [
        `${plan.tag} is a pre-release from ${base}, and version-files (${settings.versionFiles.join(", ")})`,
        `would set ${formatReleaseVersion(plan.version)} in its release commit, which must not land on ${base}.`,
        `Cut ${plan.releaseBranch} first (create-release-branch), then open the release PR of ${plan.tag} on it.`,
        "If the version comes from the tag (setuptools-scm, hatch-vcs), leave version-files empty.",
      ].join(" "),
    );
  }
  const readFrom = history.branches.get(readName) ?? (await github.getRef(`heads/${readName}`));
  if (!readFrom) {
    throw new ConfigurationError(
      `The release PR targets ${base}, which does not exist in ${github.owner}/${github.repo}. For a new ` +
        `Y-stream, run create-release-branch first; or set "release-branch".`,
    );
  }
  return {
    policy,
    history,
    plan,
    base,
    readFrom: { ...readFrom, name: readName },
    headBranch: releasePullHead(plan.tag),
    onMain: base === policy.mainBranch,
  };
}
