/**
 * What a release commit must carry over from the releases before it, checked against the
 * repository once the commit is known (DESIGN §5, validate-version's refusals): a Z-stream's
 * commit contains the previous release of its stream, or the patch would silently drop that
 * release's fixes; and a version a stray tag already names under PEP 440 (`v0.25` names 0.25.0)
 * is only that tag's release, at its commit.
 */

import { streamOf } from "../strategy/release-version.ts";
import { type ReleasePlan, ReleaseRefusedError } from "../strategy/version-policy.ts";
import type { GitHubGateway } from "./github-gateway.ts";
import type { ReleaseCommit } from "./release-commit.ts";

const short = (sha: string) => sha.slice(0, 12);

/**
 * Refuses a release commit that breaks the continuity of its stream (reads: a compare, and a
 * tag peel for annotated tags); returns warnings for what is accepted but worth telling.
 */
export async function checkReleaseContinuity(
  github: GitHubGateway,
  plan: ReleasePlan,
  commit: ReleaseCommit,
): Promise<string[]> {
  const warnings: string[] = [];
  for (const tag of plan.sameVersionTags) {
    const tagged = await github.tagCommit(tag);
    const why = `the tag ${tag.name} already names ${plan.text}: under PEP 440 trailing zeros do not count (0.25 is 0.25.0), so Python's tools and PyPI take both for one version`;
    if (tagged !== commit.sha) {
      throw new ReleaseRefusedError(
        `${plan.text} cannot be released at ${short(commit.sha)}: ${why}, and ${tag.name} is at another commit (${short(tagged)}). Release ${plan.text} at ${tag.name}'s commit (commit: ${short(tagged)}) to give that release the scheme's tag ${plan.tag}, or delete ${tag.name} first if it was made by mistake.`,
      );
    }
    warnings.push(`T${why.slice(1)}; ${plan.tag} is made at the same commit, so both name one release.`);
  }
  const previous = plan.previous;
  if (plan.stream === "z" && previous && streamOf(previous.version) === streamOf(plan.version)) {
    const before = await github.tagCommit(previous.tag);
    if (before !== commit.sha && !(await github.isAncestor(before, commit.sha))) {
      throw new ReleaseRefusedError(
        `${short(commit.sha)} (${commit.source}) does not contain ${previous.tag.name} (${short(before)}), the previous release of the ${streamOf(plan.version)} stream: ${plan.text} would silently drop the fixes ${previous.text} shipped. A patch release is made on ${plan.releaseBranch} after ${previous.tag.name}: release a commit of ${plan.releaseBranch} that contains it.`,
      );
    }
  }
  return warnings;
}
