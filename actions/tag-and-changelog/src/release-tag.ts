/**
 * The release tag, created as a ref before the release so that a draft release cannot lose it
 * (a draft has no tag until it is published). Lightweight by default, as InstructLab's tags are;
 * `annotated: true` makes a tag object through the Git Data API, its tagger the token's identity.
 */

import type { GitHubGateway, ReleaseCommit } from "@release-actions/core/github";
import {
  type ReleaseHistory,
  type ReleasePlan,
  ReleaseRefusedError,
  streamOf,
} from "@release-actions/core/strategy";

/** What happened to the tag. */
export type TagOutcome = "created" | "existed" | "would create";

/** Creates the tag at the commit unless it exists (its commit was checked before). */
export async function ensureTag(
  github: GitHubGateway,
  tag: string,
  commit: string,
  options: { annotated: boolean; exists: boolean; message: string },
): Promise<TagOutcome> {
  if (options.exists) return "existed";
  if (github.dryRun) return "would create";
  let target = commit;
  if (options.annotated) {
    const { data } = await github.write(`create the tag object ${tag}`, "contents: write", () =>
      github.client.request("POST /repos/{owner}/{repo}/git/tags", {
        owner: github.owner,
        repo: github.repo,
        tag,
        message: options.message,
        object: commit,
        type: "commit",
      }),
    );
    target = data.sha;
  }
  // "exists" here means a concurrent run tagged between our check and now; the release step below
  // then finds the tag in place.
  return (await github.createRef(`refs/tags/${tag}`, target)) === "created" ? "created" : "existed";
}

/**
 * Refuses a release commit that already carries the tag of another release (run before any
 * write): the head of a release branch is still the previous release's commit until the next
 * release PR is merged, and that commit passes the approval gate (its own release PR's merge).
 * Lightweight tags are matched from the refs already listed; annotated ones are peeled (one read
 * each) only for the candidates a commit of this release could carry: its stream's releases and
 * the one its notes start from.
 */
export async function refuseOtherReleaseTag(
  github: GitHubGateway,
  history: ReleaseHistory,
  plan: ReleasePlan,
  commit: ReleaseCommit,
): Promise<void> {
  const stream = streamOf(plan.version);
  for (const release of history.releases) {
    if (release.text === plan.text) continue;
    const peel =
      release.tag.type === "tag" &&
      (streamOf(release.version) === stream || release.tag.name === plan.previous?.tag.name);
    const sha =
      release.tag.type === "commit" ? release.tag.sha : peel ? await github.tagCommit(release.tag) : "";
    if (sha !== commit.sha) continue;
    throw new ReleaseRefusedError(
      `${commit.sha.slice(0, 12)} (${commit.source}) already carries ${release.tag.name}, the tag of ${release.text}: it is that release's commit, and tagging it ${plan.tag} would release the same code again under another version. Each release needs its own release PR merged first: open it for ${plan.text} (open-release-pr), merge it into ${plan.commitBranch} once approved, and release its merge commit.`,
    );
  }
}
