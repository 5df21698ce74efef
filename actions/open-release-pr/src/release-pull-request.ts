/**
 * The release pull request: found again by its head branch (one per release), opened or
 * updated, labelled, put on the release's milestone, and its reviewers requested.
 */

import type { GitHubGateway } from "@release-actions/core/github";
import type { Log } from "@release-actions/core/strategy";
import { getErrorMessage, httpStatus } from "@release-actions/core/strategy";

/** A pull request as this stage needs it. */
export interface PullInfo {
  readonly number: number;
  readonly url: string;
  readonly state: "open" | "closed";
  readonly merged: boolean;
  readonly headSha: string;
  /** The commit the merge made on the base branch; undefined unless merged. */
  readonly mergeCommitSha: string | undefined;
  readonly author: string;
  readonly labels: readonly string[];
  readonly milestone: string | undefined;
  /** Users whose review is requested and still pending. */
  readonly requested: readonly string[];
  /** Team slugs whose review is requested and still pending. */
  readonly requestedTeams: readonly string[];
  readonly body: string;
  readonly title: string;
}

function toInfo(pull: {
  number: number;
  html_url: string;
  state: string;
  merged_at: string | null;
  merge_commit_sha?: string | null;
  head: { sha: string };
  user: { login: string } | null;
  labels: { name: string }[];
  milestone: { title: string } | null;
  requested_reviewers?: { login: string }[] | null;
  requested_teams?: { slug: string }[] | null;
  body: string | null;
  title: string;
}): PullInfo {
  return {
    number: pull.number,
    url: pull.html_url,
    state: pull.state === "open" ? "open" : "closed",
    merged: pull.merged_at !== null,
    headSha: pull.head.sha,
    // GitHub fills merge_commit_sha for open PRs too (a test merge): only a merged one's counts.
    mergeCommitSha: (pull.merged_at !== null && pull.merge_commit_sha) || undefined,
    author: pull.user?.login ?? "",
    labels: pull.labels.map((label) => label.name),
    milestone: pull.milestone?.title,
    requested: (pull.requested_reviewers ?? []).map((user) => user.login),
    requestedTeams: (pull.requested_teams ?? []).map((team) => team.slug),
    body: pull.body ?? "",
    title: pull.title,
  };
}

/** The release pull requests from `head` into `base`: the open one, and the merged one if any. */
export async function findReleasePulls(
  github: GitHubGateway,
  head: string,
  base: string,
): Promise<{ open: PullInfo | undefined; merged: PullInfo | undefined }> {
  const { data } = await github.client.request("GET /repos/{owner}/{repo}/pulls", {
    owner: github.owner,
    repo: github.repo,
    head: `${github.owner}:${head}`,
    base,
    state: "all",
    per_page: 100,
  });
  const pulls = data.map(toInfo);
  return { open: pulls.find((pull) => pull.state === "open"), merged: pulls.find((pull) => pull.merged) };
}

/** Opens the pull request, or updates the open one's title and body when they changed. */
export async function upsertReleasePull(
  github: GitHubGateway,
  existing: PullInfo | undefined,
  pull: { head: string; base: string; title: string; body: string; draft: boolean },
): Promise<{ info: PullInfo; created: boolean }> {
  const where = { owner: github.owner, repo: github.repo };
  if (existing) {
    if (existing.title === pull.title && existing.body === pull.body)
      return { info: existing, created: false };
    const { data } = await github.write("update the release pull request", "pull-requests: write", () =>
      github.client.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
        ...where,
        pull_number: existing.number,
        title: pull.title,
        body: pull.body,
      }),
    );
    return { info: toInfo(data), created: false };
  }
  try {
    const { data } = await github.write("open the release pull request", "pull-requests: write", () =>
      github.client.request("POST /repos/{owner}/{repo}/pulls", {
        ...where,
        head: pull.head,
        base: pull.base,
        title: pull.title,
        body: pull.body,
        draft: pull.draft,
      }),
    );
    return { info: toInfo(data), created: true };
  } catch (error) {
    // Another run opened it between our lookup and our create.
    if (httpStatus(error) !== 422 || !/already exists/i.test(getErrorMessage(error))) throw error;
    const { open } = await findReleasePulls(github, pull.head, pull.base);
    if (!open) throw error;
    return upsertReleasePull(github, open, pull);
  }
}

/**
 * Adds the labels and sets the milestone in one request (skipped when already so); without a
 * milestone title, only the labels.
 */
export async function labelAndMilestone(
  github: GitHubGateway,
  pull: PullInfo,
  labels: readonly string[],
  milestoneTitle: string | undefined,
  log: Log,
): Promise<{ milestone: string | undefined }> {
  const where = { owner: github.owner, repo: github.repo };
  const missingLabels = labels.filter(
    (label) => !pull.labels.some((existing) => existing.toLowerCase() === label.toLowerCase()),
  );
  let milestone: number | undefined;
  if (milestoneTitle !== undefined && pull.milestone !== milestoneTitle) {
    const milestones = await github.client.paginate("GET /repos/{owner}/{repo}/milestones", {
      ...where,
      state: "open",
      per_page: 100,
    });
    milestone = milestones.find((candidate) => candidate.title === milestoneTitle)?.number;
    if (milestone === undefined)
      log.warning(
        `No open milestone "${milestoneTitle}": the release PR is left without one. rotate-milestones ` +
          `keeps the next releases' milestones open.`,
      );
  }
  if (missingLabels.length === 0 && milestone === undefined) return { milestone: pull.milestone };
  await github.write("label the release pull request", "issues: write", () =>
    github.client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...where,
      issue_number: pull.number,
      labels: [...pull.labels, ...missingLabels],
      ...(milestone !== undefined && { milestone }),
    }),
  );
  return { milestone: milestone === undefined ? pull.milestone : milestoneTitle };
}

const unlisted = (logins: readonly string[]) => {
  const listed = new Set(logins.map((login) => login.toLowerCase()));
  return (name: string) => !listed.has(name.toLowerCase());
};

/**
 * Requests reviews from those not asked yet and who have not reviewed (GitHub drops a user's
 * request once they review), so a re-run notifies nobody twice; GitHub's refusals become warnings.
 */
export async function requestReviewers(
  github: GitHubGateway,
  pull: PullInfo,
  wanted: { users: readonly string[]; teams: readonly string[]; reviewed: readonly string[] },
  log: Log,
): Promise<void> {
  const users = wanted.users.filter(unlisted([pull.author, ...pull.requested, ...wanted.reviewed]));
  const teams = wanted.teams.filter(unlisted(pull.requestedTeams));
  // Users and teams in separate requests: GitHub refuses team reviewers to the workflow's
  // GITHUB_TOKEN (422), and a refused request asks none of its reviewers.
  if (users.length > 0) await ask(users, { reviewers: users });
  if (teams.length > 0)
    await ask(
      teams.map((team) => `team ${team}`),
      { team_reviewers: teams },
    );

  async function ask(names: readonly string[], body: { reviewers?: string[]; team_reviewers?: string[] }) {
    try {
      await github.write("request reviews on the release pull request", "pull-requests: write", () =>
        github.client.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
          owner: github.owner,
          repo: github.repo,
          pull_number: pull.number,
          ...body,
        }),
      );
    } catch (error) {
      if (httpStatus(error) !== 422) throw error;
      log.warning(`GitHub refused to request reviews from ${names.join(", ")}: ${getErrorMessage(error)}`);
    }
  }
}
