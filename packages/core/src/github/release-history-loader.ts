/**
 * Loads what a repository has released from its refs; the classification of those refs is
 * strategy/release-history.ts.
 */
import { templatePrefix } from "../strategy/name-templates.ts";
import { ReleaseHistory } from "../strategy/release-history.ts";
import type { ReleasePolicy } from "../strategy/release-policy.ts";
import type { GitHubGateway } from "./github-gateway.ts";

/**
 * Reads the history from the repository: two requests, the tags under the tag template's
 * prefix and the branches under the release-branch template's prefix.
 */
export async function loadReleaseHistory(
  github: GitHubGateway,
  policy: ReleasePolicy,
): Promise<ReleaseHistory> {
  const [tags, branches] = await Promise.all([
    // Only tags under the template's prefix: others (`stable`) cannot be releases and are never read.
    github.listMatchingRefs(`tags/${templatePrefix(policy.tag)}`),
    github.listMatchingRefs(`heads/${templatePrefix(policy.releaseBranch)}`),
  ]);
  return ReleaseHistory.fromRefs(policy, tags, branches);
}
