/**
 * The release tag, created as a ref before the release so that a draft release cannot lose it
 * (a draft has no tag until it is published). Lightweight by default, as InstructLab's tags are;
 * `annotated: true` makes a tag object through the Git Data API, its tagger the token's identity.
 */
import type { GitHubGateway } from "@release-actions/core";

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
