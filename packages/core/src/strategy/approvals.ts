/**
 * The approvals model of the release PR and of the tag gate: who approved, who blocks, and
 * whether the strategy's "2 maintainer approvals" holds. The rule is GitHub's own for required
 * reviews: each reviewer's latest opinionated review counts (APPROVED or CHANGES_REQUESTED; a
 * later COMMENTED never erases an approval; a DISMISSED latest review counts as neither and
 * revives nothing older); the author and bots do not count; only maintainers count.
 */

/** A pull request review as the reviews API lists it. */
export interface Review {
  readonly user: { readonly login: string; readonly type?: string } | null;
  readonly state: string;
  /** The commit the review was made on. */
  readonly commitId?: string | null;
}

/** What to evaluate reviews against. */
export interface ApprovalRules {
  /** The pull request's author, who cannot approve their own change. */
  readonly author: string;
  /** Whether a login is a maintainer (team member, listed user, or write access). */
  readonly isMaintainer: (login: string) => boolean;
  readonly required: number;
  /** When set, only approvals made on this commit count (stale approvals are ignored). */
  readonly headSha?: string;
}

/** Whose reviews did not count, and why. */
export interface IgnoredReviewer {
  readonly login: string;
  readonly why: "author" | "bot" | "not a maintainer" | "approved an older commit" | "dismissed";
}

/** The verdict on a pull request's reviews. */
export interface ApprovalStatus {
  /** Maintainers whose latest opinionated review approves. */
  readonly approvedBy: readonly string[];
  /** Maintainers whose latest opinionated review requests changes. */
  readonly blockedBy: readonly string[];
  readonly ignored: readonly IgnoredReviewer[];
  readonly required: number;
  readonly satisfied: boolean;
  /** `1/2`. */
  readonly count: string;
  /** One line for logs, summaries and refusals: "1 of 2 maintainer approvals: alice". */
  readonly explanation: string;
}

const OPINIONATED = new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);

function isBot(user: { login: string; type?: string }): boolean {
  return user.type === "Bot" || user.login.endsWith("[bot]");
}

/** Applies the approval rule to reviews listed in chronological order. */
export function evaluateApprovals(reviews: readonly Review[], rules: ApprovalRules): ApprovalStatus {
  const latest = new Map<string, Review & { user: { login: string; type?: string } }>();
  for (const review of reviews) {
    if (!review.user || !OPINIONATED.has(review.state)) continue;
    latest.set(
      review.user.login.toLowerCase(),
      review as Review & { user: { login: string; type?: string } },
    );
  }
  const approvedBy: string[] = [];
  const blockedBy: string[] = [];
  const ignored: IgnoredReviewer[] = [];
  for (const review of latest.values()) {
    const login = review.user.login;
    if (login.toLowerCase() === rules.author.toLowerCase()) ignored.push({ login, why: "author" });
    else if (isBot(review.user)) ignored.push({ login, why: "bot" });
    else if (!rules.isMaintainer(login)) ignored.push({ login, why: "not a maintainer" });
    else if (review.state === "DISMISSED") ignored.push({ login, why: "dismissed" });
    else if (review.state === "CHANGES_REQUESTED") blockedBy.push(login);
    else if (rules.headSha && review.commitId && review.commitId !== rules.headSha)
      ignored.push({ login, why: "approved an older commit" });
    else approvedBy.push(login);
  }
  const satisfied = approvedBy.length >= rules.required && blockedBy.length === 0;
  const count = `${approvedBy.length}/${rules.required}`;
  const who = approvedBy.length > 0 ? `: ${approvedBy.join(", ")}` : "";
  const explanation =
    blockedBy.length > 0
      ? `blocked: ${blockedBy.join(", ")} requested changes (${approvedBy.length} of ${rules.required} maintainer approvals${who})`
      : `${approvedBy.length} of ${rules.required} maintainer approval${rules.required === 1 ? "" : "s"}${who}`;
  return { approvedBy, blockedBy, ignored, required: rules.required, satisfied, count, explanation };
}
