/**
 * The strategy's gate before a release: the release commit must be the merge commit of a pull
 * request into the release branch that the required number of maintainers approved (latest
 * opinionated review per reviewer, author and bots excluded).
 */
import { type GitHubGateway, loadReleasePullApprovals } from "@release-actions/core/github";
import {
  type ApprovalStatus,
  type Log,
  type ReleasePolicy,
  ReleaseRefusedError,
} from "@release-actions/core/strategy";

/** The pull request that merged the release commit, and its approvals. */
export interface ApprovalGate {
  readonly number: number;
  readonly url: string;
  readonly status: ApprovalStatus;
  readonly maintainers: string;
}

/** Checks the gate; throws ReleaseRefusedError saying what is missing. */
export async function checkApprovalGate(
  github: GitHubGateway,
  commit: string,
  branch: string,
  required: number,
  policy: ReleasePolicy,
  log: Log,
): Promise<ApprovalGate> {
  const where = { owner: github.owner, repo: github.repo };
  const { data: pulls } = await github.client.request(
    "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
    { ...where, commit_sha: commit },
  );
  const pull = pulls.find(
    (candidate) =>
      candidate.merged_at && candidate.merge_commit_sha === commit && candidate.base.ref === branch,
  );
  if (!pull) {
    throw new ReleaseRefusedError(
      `${commit.slice(0, 12)} is not the merge commit of a pull request into ${branch}: the strategy releases what ${required} maintainer${required === 1 ? "" : "s"} approved in the release PR. Merge the release PR (open-release-pr opens it) and release its merge commit.`,
    );
  }
  const { status, rule } = await loadReleasePullApprovals(
    github,
    policy,
    { number: pull.number, author: pull.user?.login ?? "", headSha: pull.head.sha },
    required,
    log,
  );
  log.info(`Maintainers: ${rule}.`);
  if (!status.satisfied) {
    const uncounted =
      status.ignored.length > 0
        ? ` Not counted: ${status.ignored.map((reviewer) => `${reviewer.login} (${reviewer.why})`).join(", ")}.`
        : "";
    throw new ReleaseRefusedError(
      `The release PR #${pull.number} (${pull.html_url}) has ${status.explanation}, and ${required} are required (maintainers: ${rule}).${uncounted} Get the missing approvals, then run again.`,
    );
  }
  return { number: pull.number, url: pull.html_url, status, maintainers: rule };
}
