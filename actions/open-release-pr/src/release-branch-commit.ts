/**
 * The release commit, made through the Git Data API (so GitHub signs it when the token is the
 * workflow's or an app's) on a head branch owned by the action, on top of the release branch.
 * A re-run whose commit would be the same keeps the existing one; when the release branch moved,
 * the head branch is rebuilt on it. A head branch with commits of its own (a maintainer's edit on
 * top of the release commit) is left alone: rebuilding it would throw the edit and its approvals away.
 * When no file changes (a final promoted from its pre-release, a hand-written CHANGELOG section),
 * the commit has its parent's tree: there is still a release PR for the maintainers to approve.
 */
import { createHash } from "node:crypto";
import type { GitHubGateway } from "@release-actions/core/github";
import type { FileChange } from "./release-changes.ts";

/** What happened to the head branch. */
export type CommitOutcome = "created" | "unchanged" | "rebuilt" | "left alone" | "would create";

/** Where the commit goes. */
export interface CommitTarget {
  /** The release branch and its head commit. */
  readonly base: { readonly name: string; readonly sha: string; readonly tree: string | undefined };
  readonly headBranch: string;
  /** The head branch's commit when it exists (from its pull request). */
  readonly existingHead: string | undefined;
  readonly message: string;
}

/** The id git gives a file with this content, to compare without uploading anything. */
function blobSha(content: string): string {
  const bytes = Buffer.from(content, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

/**
 * What `head` holds over the base: `current` is one commit on the base that changes exactly these
 * files to these contents; `stale` is only this stage's commit (titled as `message`), made on an
 * older base or with other contents; `edited` holds someone else's commits too.
 */
async function headState(
  github: GitHubGateway,
  base: string,
  head: string,
  message: string,
  changes: readonly FileChange[],
): Promise<"current" | "stale" | "edited"> {
  const { data } = await github.client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
    owner: github.owner,
    repo: github.repo,
    basehead: `${base}...${head}`,
  });
  const title = (text: string) => text.split("\n", 1)[0];
  if (data.ahead_by > 1 || data.commits.some((commit) => title(commit.commit.message) !== title(message)))
    return "edited";
  if (data.ahead_by !== 1 || data.behind_by !== 0) return "stale";
  const files = new Map((data.files ?? []).map((file) => [file.filename, file.sha]));
  return files.size === changes.length &&
    changes.every((change) => files.get(change.path) === blobSha(change.after))
    ? "current"
    : "stale";
}

/**
 * Writes the release commit and points the head branch at it; a re-run with nothing new, or whose
 * head branch has commits of its own, writes nothing.
 */
export async function writeReleaseCommit(
  github: GitHubGateway,
  target: CommitTarget,
  changes: readonly FileChange[],
): Promise<{ sha: string; outcome: CommitOutcome }> {
  if (target.existingHead) {
    const state = await headState(github, target.base.sha, target.existingHead, target.message, changes);
    if (state === "current") return { sha: target.existingHead, outcome: "unchanged" };
    if (state === "edited") return { sha: target.existingHead, outcome: "left alone" };
  }
  if (github.dryRun) return { sha: "", outcome: "would create" };
  const where = { owner: github.owner, repo: github.repo };
  const baseTree =
    target.base.tree ??
    (
      await github.client.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", {
        ...where,
        commit_sha: target.base.sha,
      })
    ).data.tree.sha;
  // An empty change keeps the parent's tree: GitHub takes such a commit like any other.
  const tree =
    changes.length === 0
      ? baseTree
      : (
          await github.write(`create the release commit's tree`, "contents: write", () =>
            github.client.request("POST /repos/{owner}/{repo}/git/trees", {
              ...where,
              base_tree: baseTree,
              tree: changes.map((change) => ({
                path: change.path,
                mode: "100644" as const,
                type: "blob" as const,
                content: change.after,
              })),
            }),
          )
        ).data.sha;
  const commit = await github.write("create the release commit", "contents: write", () =>
    github.client.request("POST /repos/{owner}/{repo}/git/commits", {
      ...where,
      message: target.message,
      tree,
      parents: [target.base.sha],
    }),
  );
  const ref = `refs/heads/${target.headBranch}`;
  if (!target.existingHead && (await github.createRef(ref, commit.data.sha)) === "created")
    return { sha: commit.data.sha, outcome: "created" };
  // The head branch exists (our pull request's, or left by a run that died before opening it).
  await github.write(`move ${target.headBranch}`, "contents: write", () =>
    github.client.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
      ...where,
      ref: `heads/${target.headBranch}`,
      sha: commit.data.sha,
      force: true,
    }),
  );
  return { sha: commit.data.sha, outcome: "rebuilt" };
}
