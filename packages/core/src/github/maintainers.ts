/**
 * Who counts as a maintainer for the approval rule: the users listed in `approvals.users`, or
 * the members of the `approvals.team` organization team. The workflow's GITHUB_TOKEN cannot read
 * organization teams; then the reviewers' own access to the repository decides (write, maintain
 * or admin, as GitHub's required reviews count them), and the summary says so.
 */

import { httpStatus } from "../strategy/errors.ts";
import type { Log } from "../strategy/log.ts";
import type { ReleasePolicy } from "../strategy/release-policy.ts";
import type { GitHubGateway } from "./github-gateway.ts";

/** Which rule decided who the maintainers are. */
export type MaintainersRuleKind = "approvals.users" | "team" | "write-access fallback";

/** The maintainers among a set of reviewers, and where that answer came from. */
export interface Maintainers {
  readonly logins: ReadonlySet<string>;
  readonly rule: MaintainersRuleKind;
  /** For summaries, plainly: which rule counted, e.g. "members of the team acme/core-maintainers". */
  readonly source: string;
}

/** The rule that will count maintainers, in words, before any reviewer is known (no request). */
export function maintainersRule(policy: ReleasePolicy, repository: string): string {
  if (policy.approvals.users.length > 0) return usersRule(policy);
  const org = repository.split("/")[0] ?? "";
  return `members of the team ${org}/${policy.approvals.team} (when this token cannot read the team: reviewers with write access to ${repository})`;
}

const usersRule = (policy: ReleasePolicy) =>
  `the users listed in approvals.users (${policy.approvals.users.join(", ")})`;

const lower = (login: string) => login.toLowerCase();

/** Decides which of `reviewers` are maintainers (at most one request per reviewer in the fallback). */
export async function resolveMaintainers(
  github: GitHubGateway,
  policy: ReleasePolicy,
  reviewers: readonly string[],
  log: Log,
): Promise<Maintainers> {
  if (policy.approvals.users.length > 0)
    return {
      logins: new Set(policy.approvals.users.map(lower)),
      rule: "approvals.users",
      source: usersRule(policy),
    };
  const team = policy.approvals.team;
  try {
    const members = await github.client.paginate("GET /orgs/{org}/teams/{team_slug}/members", {
      org: github.owner,
      team_slug: team,
      per_page: 100,
    });
    return {
      logins: new Set(members.map((member) => lower(member.login))),
      rule: "team",
      source: `members of the team ${github.owner}/${team} (read with this token)`,
    };
  } catch (error) {
    const status = httpStatus(error);
    if (status !== 403 && status !== 404) throw error;
  }
  log.warning(
    `Cannot read the team ${github.owner}/${team} with this token (organization members read is needed; the workflow's GITHUB_TOKEN never has it): counting reviewers with write access to ${github.owner}/${github.repo} as maintainers. Pass a token that can read the team, or list the maintainers in approvals.users.`,
  );
  const logins = new Set<string>();
  for (const login of new Set(reviewers.map(lower))) {
    try {
      const { data } = await github.client.request(
        "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
        {
          owner: github.owner,
          repo: github.repo,
          username: login,
        },
      );
      if (data.permission === "admin" || data.permission === "write" || data.role_name === "maintain")
        logins.add(login);
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
    }
  }
  return {
    logins,
    rule: "write-access fallback",
    source: `reviewers with write access to ${github.owner}/${github.repo}: the team ${github.owner}/${team} could not be read with this token (fallback; use a token that can read it, or approvals.users)`,
  };
}
