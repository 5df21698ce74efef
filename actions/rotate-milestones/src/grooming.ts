/**
 * What the weekly grooming session looks at: each open release milestone's issues and pull
 * requests (open and closed), and the open pull requests that are in no milestone yet.
 */
import type { GitHubGateway } from "@release-actions/core/github";

/** Progress of one milestone. */
export interface MilestoneProgress {
  readonly openIssues: number;
  readonly closedIssues: number;
  readonly openPulls: number;
  readonly closedPulls: number;
}

/** An open pull request without a milestone. */
export interface UnplannedPull {
  readonly number: number;
  readonly title: string;
  readonly url: string;
}

/** Counts a milestone's issues and pull requests (the issues API lists both; PRs carry `pull_request`). */
export async function milestoneProgress(github: GitHubGateway, number: number): Promise<MilestoneProgress> {
  const items = await github.client.paginate("GET /repos/{owner}/{repo}/issues", {
    owner: github.owner,
    repo: github.repo,
    milestone: String(number),
    state: "all",
    per_page: 100,
  });
  const count = (pull: boolean, state: string) =>
    items.filter((item) => (item.pull_request !== undefined) === pull && item.state === state).length;
  return {
    openIssues: count(false, "open"),
    closedIssues: count(false, "closed"),
    openPulls: count(true, "open"),
    closedPulls: count(true, "closed"),
  };
}

/** The open pull requests in no milestone, oldest first. */
export async function unplannedPulls(github: GitHubGateway): Promise<UnplannedPull[]> {
  const pulls = await github.client.paginate("GET /repos/{owner}/{repo}/pulls", {
    owner: github.owner,
    repo: github.repo,
    state: "open",
    sort: "created",
    direction: "asc",
    per_page: 100,
  });
  return pulls
    .filter((pull) => pull.milestone === null)
    .map((pull) => ({ number: pull.number, title: pull.title, url: pull.html_url }));
}
