/**
 * Puts the regenerated schedule file in the repository through the contents API: as one pull
 * request from a branch this stage owns (updated on re-runs, never a second one), or as a commit
 * on the main branch. Nothing is written when the file already says what it should.
 */
import { type GitHubGateway, writeOnce } from "@release-actions/core/github";
import { ConfigurationError, getErrorMessage, httpStatus } from "@release-actions/core/strategy";
import { updateScheduleFile } from "./schedule-markdown.ts";

/** The branch of the schedule pull request. */
export const SCHEDULE_BRANCH = "release-actions/release-schedule";
const TITLE = "Update the release schedule";

/** How the schedule file reached the repository. */
export type ScheduleOutcome =
  | "up to date"
  | "committed"
  | "pull request opened"
  | "pull request updated"
  | "pull request unchanged"
  | "would commit"
  | "would open or update the pull request"
  | "not written (schedule-mode: none)";

/** What happened, with the pull request when there is one. */
export interface ScheduleResult {
  readonly outcome: ScheduleOutcome;
  readonly pullUrl: string;
  /** The file's content as it should be. */
  readonly content: string;
}

/**
 * Puts the file's content on the branch. Sent once at a time: a PUT whose answer was lost may
 * have been applied, and sent again with the old sha (or none) it is refused (409, or 422 "sha
 * wasn't supplied"); so after such a failure the file is read again, and found as it should be
 * it is not written twice.
 */
async function putFile(
  github: GitHubGateway,
  path: string,
  branch: string,
  content: string,
  sha: string | undefined,
): Promise<void> {
  await github.write(`commit ${path} to ${branch}`, "contents: write", async () => {
    try {
      await writeOnce({
        send: async (noRetry): Promise<unknown> =>
          github.client.request("PUT /repos/{owner}/{repo}/contents/{path}", {
            owner: github.owner,
            repo: github.repo,
            path,
            branch,
            message: TITLE,
            content: Buffer.from(content, "utf8").toString("base64"),
            ...(sha && { sha }),
            ...noRetry,
          }),
        find: async () => ((await github.getFile(path, branch))?.text === content ? "found" : undefined),
      });
    } catch (error) {
      if (httpStatus(error) === 409)
        throw new Error(
          `${branch} moved while the schedule was written (${getErrorMessage(error)}): run the job again.`,
          { cause: error },
        );
      throw error;
    }
  });
}

/** The open pull requests from {@link SCHEDULE_BRANCH} into `base` (one, or none). */
async function openSchedulePulls(github: GitHubGateway, base: string) {
  const { data } = await github.client.request("GET /repos/{owner}/{repo}/pulls", {
    owner: github.owner,
    repo: github.repo,
    head: `${github.owner}:${SCHEDULE_BRANCH}`,
    base,
    state: "open",
    per_page: 10,
  });
  return data;
}

/**
 * Writes the schedule block into `path` on `base` (mode `commit`) or through the pull request
 * from {@link SCHEDULE_BRANCH} (mode `pr`).
 */
export async function writeSchedule(
  github: GitHubGateway,
  options: { path: string; base: string; block: string; mode: "pr" | "commit"; body: string },
): Promise<ScheduleResult> {
  const { path, base, block, mode } = options;
  const current = await github.getFile(path, base);
  const content = updateScheduleFile(current?.text, block);
  if (current?.text === content) return { outcome: "up to date", pullUrl: "", content };
  if (mode === "commit") {
    if (github.dryRun) return { outcome: "would commit", pullUrl: "", content };
    await putFile(github, path, base, content, current?.sha);
    return { outcome: "committed", pullUrl: "", content };
  }
  const where = { owner: github.owner, repo: github.repo };
  const pull = (await openSchedulePulls(github, base))[0];
  if (pull) {
    // The open pull request's file, with maintainers' edits around the block kept.
    const onBranch = await github.getFile(path, SCHEDULE_BRANCH);
    const updated = updateScheduleFile(onBranch?.text, block);
    if (onBranch?.text === updated)
      return { outcome: "pull request unchanged", pullUrl: pull.html_url, content };
    if (github.dryRun)
      return { outcome: "would open or update the pull request", pullUrl: pull.html_url, content };
    await putFile(github, path, SCHEDULE_BRANCH, updated, onBranch?.sha);
    return { outcome: "pull request updated", pullUrl: pull.html_url, content };
  }
  if (github.dryRun) return { outcome: "would open or update the pull request", pullUrl: "", content };
  const head = await github.getRef(`heads/${base}`);
  if (!head)
    throw new ConfigurationError(
      `The main branch "${base}" does not exist: set "main-branch" in the policy file.`,
    );
  // A branch left by a merged or closed pull request starts again from the main branch.
  if ((await github.createRef(`refs/heads/${SCHEDULE_BRANCH}`, head.sha)) === "exists") {
    await github.write(`reset ${SCHEDULE_BRANCH}`, "contents: write", () =>
      github.client.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
        ...where,
        ref: `heads/${SCHEDULE_BRANCH}`,
        sha: head.sha,
        force: true,
      }),
    );
  }
  await putFile(github, path, SCHEDULE_BRANCH, content, current?.sha);
  // Sent once at a time: re-sent after a lost answer, it would be refused as already existing.
  const { value: pullUrl } = await github.write(
    "open the schedule pull request",
    "pull-requests: write",
    () =>
      writeOnce({
        send: async (noRetry) =>
          (
            await github.client.request("POST /repos/{owner}/{repo}/pulls", {
              ...where,
              head: SCHEDULE_BRANCH,
              base,
              title: TITLE,
              body: options.body,
              ...noRetry,
            })
          ).data.html_url,
        find: async () => (await openSchedulePulls(github, base))[0]?.html_url,
      }),
  );
  return { outcome: "pull request opened", pullUrl, content };
}
