/**
 * The release PR's approvals, as both open-release-pr (to report them) and tag-and-changelog
 * (to gate the release) count them: its reviews, which reviewers are maintainers (see
 * {@link resolveMaintainers}), and the strategy's rule applied to them ({@link evaluateApprovals}).
 */

import { type ApprovalStatus, evaluateApprovals, type Review } from "../strategy/approvals.ts";
import type { Log } from "../strategy/log.ts";
import type { ReleasePolicy } from "../strategy/release-policy.ts";
import type { GitHubGateway } from "./github-gateway.ts";
import { type Maintainers, maintainersRule, resolveMaintainers } from "./maintainers.ts";

/** The release PR as the approval rule needs it. */
export interface ReleasePullForApprovals {
  readonly number: number;
  /** Its author, whose own approval never counts. */
  readonly author: string;
  /**
   * The head commit approvals must be on when `approvals.head-commit-only` is set: the PR's head,
   * or the head it has once the caller's rebuilt release commit is pushed.
   */
  readonly headSha: string;
}

/** The verdict on a release PR, and which rule decided who the maintainers are. */
export interface ReleasePullApprovals {
  readonly status: ApprovalStatus;
  /** The reviewers' logins, in review order (for not asking them again). */
  readonly reviewers: readonly string[];
  /** Undefined when nobody reviewed yet (no request was spent resolving them). */
  readonly maintainers: Maintainers | undefined;
  /** In words, for summaries: which rule counted (or will count) the maintainers. */
  readonly rule: string;
}

/** Loads the reviews of a release PR and evaluates them against the policy's approval rule. */
export async function loadReleasePullApprovals(
  github: GitHubGateway,
  policy: ReleasePolicy,
  pull: ReleasePullForApprovals,
  required: number,
  log: Log,
): Promise<ReleasePullApprovals> {
  const list = await github.client.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
    owner: github.owner,
    repo: github.repo,
    pull_number: pull.number,
    per_page: 100,
  });
  const reviews: Review[] = list.map((review) => ({
    user: review.user ? { login: review.user.login, type: review.user.type } : null,
    state: review.state,
    commitId: review.commit_id,
  }));
  const reviewers = reviews.flatMap((review) => (review.user ? [review.user.login] : []));
  const maintainers =
    reviewers.length > 0 ? await resolveMaintainers(github, policy, reviewers, log) : undefined;
  const status = evaluateApprovals(reviews, {
    author: pull.author,
    isMaintainer: (login) => maintainers?.logins.has(login.toLowerCase()) ?? false,
    required,
    ...(policy.approvals.headCommitOnly && { headSha: pull.headSha }),
  });
  return {
    status,
    reviewers,
    maintainers,
    rule: maintainers?.source ?? maintainersRule(policy, `${github.owner}/${github.repo}`),
  };
}
