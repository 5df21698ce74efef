/**
 * Finds the commit a release is made from and checks it is where the strategy says: on main
 * while the stream's release branch does not exist yet, on that branch once it does, and at
 * the existing tag when the release was already made.
 */
import { ConfigurationError } from "../strategy/errors.ts";
import { streamOf } from "../strategy/release-version.ts";
import { type ReleasePlan, ReleaseRefusedError } from "../strategy/version-policy.ts";
import type { GitHubGateway } from "./github-gateway.ts";

/** The release commit and how it was chosen. */
export interface ReleaseCommit {
  /** Full sha. */
  readonly sha: string;
  /** In words, for summaries: `input "commit" (abc123)`, `the head of release-v0.27`. */
  readonly source: string;
  /** True when the release's tag already exists at this very commit. */
  readonly released: boolean;
}

const FULL_SHA = /^[0-9a-f]{40}$/i;

/**
 * Resolves the release commit: `requested` when given (sha, branch or tag), else the existing
 * tag's commit, else the head of the branch the plan says the release is made on. Refuses a
 * commit off that branch, and a tag that exists at another commit.
 */
export async function locateReleaseCommit(
  github: GitHubGateway,
  plan: ReleasePlan,
  requested: string,
  mainBranch: string,
): Promise<ReleaseCommit> {
  const repository = `${github.owner}/${github.repo}`;
  const tagSha = plan.existing ? await github.tagCommit(plan.existing.tag) : undefined;
  let sha: string;
  let source: string;
  let isBranchHead = false;
  if (requested !== "") {
    const resolved = FULL_SHA.test(requested)
      ? requested.toLowerCase()
      : await github.resolveCommit(requested);
    if (!resolved)
      throw new ConfigurationError(
        `Input "commit": "${requested}" is not a commit, branch or tag of ${repository}.`,
      );
    sha = resolved;
    source = `input "commit" (${requested})`;
  } else if (tagSha) {
    sha = tagSha;
    source = `${plan.tag}, which already exists`;
  } else {
    const branch = plan.branch ?? (await github.getRef(`heads/${mainBranch}`));
    if (!branch) {
      throw new ConfigurationError(
        `The main branch "${mainBranch}" does not exist in ${repository}: set "main-branch" in the policy file.`,
      );
    }
    sha = branch.sha;
    source = `the head of ${plan.commitBranch}`;
    isBranchHead = true;
  }
  if (tagSha && tagSha !== sha) {
    throw new ReleaseRefusedError(
      `${plan.tag} already exists at ${tagSha.slice(0, 12)}, not at ${sha.slice(0, 12)} (${source}). A release tag is never moved: if ${plan.text} is out, release the next version; if the commit is wrong, fix the "commit" input.`,
    );
  }
  if (!isBranchHead) {
    const comparison = await github.compare(plan.commitBranch, sha);
    if (!comparison) {
      throw new ConfigurationError(
        `${sha.slice(0, 12)} (${source}) is not a commit of ${repository}, or ${plan.commitBranch} does not exist.`,
      );
    }
    if (comparison.status !== "behind" && comparison.status !== "identical") {
      const rule = plan.branch
        ? `${plan.releaseBranch} exists, so every release of the ${streamOf(plan.version)} stream is made on it: merge the release PR into ${plan.releaseBranch} and release its merge commit, or leave "commit" empty to use the head of ${plan.releaseBranch}.`
        : `${plan.releaseBranch} does not exist yet, so ${plan.text} is cut from ${plan.commitBranch}: pick a commit on ${plan.commitBranch}.`;
      throw new ReleaseRefusedError(
        `${sha.slice(0, 12)} (${source}) is not on ${plan.commitBranch}. ${rule}`,
      );
    }
  }
  return { sha, source, released: tagSha === sha };
}
