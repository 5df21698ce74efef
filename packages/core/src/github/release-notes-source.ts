/**
 * Reads what the notes of a range need from GitHub, in as few requests as the API allows:
 * the range's commits through the paginated compare API (ceil(C/100)), the merged pull requests
 * through the closed pull requests sorted by last update, newest first, stopping at the range's
 * start (about ceil(P/100)), and the contributors list for first-time contributors.
 */

import {
  buildReleaseNotes,
  type MergedPull,
  type RangeCommit,
  type ReleaseNotes,
} from "../strategy/release-notes.ts";
import type { NotesConfig } from "../strategy/release-notes-config.ts";
import type { Stream } from "../strategy/version-policy.ts";
import type { GitHubGateway } from "./github-gateway.ts";

/** The commits of `base...head`, oldest first, and where the range starts in time. */
export interface CommitRange {
  readonly commits: RangeCommit[];
  /** The date of the merge base: no pull request merged before it can be in the range. */
  readonly since: string | undefined;
}

interface CompareCommit {
  sha: string;
  parents: { sha: string }[];
  commit: {
    message: string;
    tree: { sha: string };
    author: { name?: string; date?: string } | null;
    committer: { date?: string } | null;
  };
  author: { login: string } | null;
}

function toRangeCommit(commit: CompareCommit): RangeCommit {
  return {
    sha: commit.sha,
    parents: commit.parents.map((parent) => parent.sha),
    tree: commit.commit.tree.sha,
    message: commit.commit.message,
    authorLogin: commit.author?.login,
    authorName: commit.commit.author?.name ?? "",
    date: commit.commit.committer?.date ?? commit.commit.author?.date ?? "",
  };
}

/** Reads the commits of a range; without `base` (a first release), all commits reachable from `head`. */
export async function fetchCommitRange(
  github: GitHubGateway,
  base: string | undefined,
  head: string,
): Promise<CommitRange> {
  const where = { owner: github.owner, repo: github.repo };
  if (!base) {
    const commits = await github.client.paginate("GET /repos/{owner}/{repo}/commits", {
      ...where,
      sha: head,
      per_page: 100,
    });
    return { commits: (commits as CompareCommit[]).map(toRangeCommit).reverse(), since: undefined };
  }
  const first = await github.client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
    ...where,
    basehead: `${base}...${head}`,
    per_page: 100,
    page: 1,
  });
  const pages = Math.ceil(first.data.total_commits / 100);
  const rest = await Promise.all(
    Array.from({ length: Math.max(pages - 1, 0) }, (_, index) =>
      github.client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
        ...where,
        basehead: `${base}...${head}`,
        per_page: 100,
        page: index + 2,
      }),
    ),
  );
  const commits = [first, ...rest]
    .flatMap((response) => response.data.commits as CompareCommit[])
    .map(toRangeCommit);
  const mergeBase = first.data.merge_base_commit.commit;
  return { commits, since: mergeBase.committer?.date ?? mergeBase.author?.date ?? undefined };
}

/** Which pull requests to look at. */
export interface PullFilter {
  /** Only pull requests into this branch (a Z-stream's release branch: fewer pages to read). */
  readonly base?: string;
  /**
   * Pull requests from these head branches are left out of the notes (the release PRs
   * themselves); their commits still count as having come through a pull request.
   */
  readonly skipHead?: RegExp;
  /** Pull requests left out by title (`Release vX.Y.Z`: a release PR opened by hand), likewise. */
  readonly skipTitles?: readonly string[];
}

/** The merged pull requests of a range: those for the notes, and those the filter left out. */
export interface RangePulls {
  readonly listed: MergedPull[];
  /** Left out of the notes (release PRs), yet their commits came through a pull request. */
  readonly skipped: MergedPull[];
}

/**
 * The merged pull requests whose merge commit is one of `shas`. Pages through closed pull
 * requests by last update, newest first, and stops once a page reaches back before `since`.
 */
export async function fetchMergedPulls(
  github: GitHubGateway,
  shas: ReadonlySet<string>,
  since: string | undefined,
  filter: PullFilter = {},
): Promise<RangePulls> {
  const found: RangePulls = { listed: [], skipped: [] };
  const iterator = github.client.paginate.iterator("GET /repos/{owner}/{repo}/pulls", {
    owner: github.owner,
    repo: github.repo,
    state: "closed",
    sort: "updated",
    direction: "desc",
    per_page: 100,
    ...(filter.base && { base: filter.base }),
  });
  for await (const { data } of iterator) {
    for (const pull of data) {
      if (!pull.merged_at || !pull.merge_commit_sha || !shas.has(pull.merge_commit_sha)) continue;
      const skip = filter.skipHead?.test(pull.head.ref) || filter.skipTitles?.includes(pull.title);
      (skip ? found.skipped : found.listed).push({
        number: pull.number,
        title: pull.title,
        url: pull.html_url,
        author: { login: pull.user?.login ?? "ghost", ...(pull.user?.type && { type: pull.user.type }) },
        labels: pull.labels.map((label) => label.name),
        mergeCommitSha: pull.merge_commit_sha,
        headSha: pull.head.sha,
        mergedAt: pull.merged_at,
      });
    }
    const oldest = data.at(-1)?.updated_at;
    if (data.length < 100 || (since !== undefined && oldest !== undefined && oldest < since)) break;
  }
  return found;
}

/**
 * Which authors contribute for the first time: those whose commits on the default branch
 * (GitHub's contributors list) are all in this range.
 */
export async function fetchFirstTimeContributors(
  github: GitHubGateway,
  commits: readonly RangeCommit[],
): Promise<Set<string>> {
  const inRange = new Map<string, number>();
  for (const commit of commits)
    if (commit.authorLogin) inRange.set(commit.authorLogin, (inRange.get(commit.authorLogin) ?? 0) + 1);
  if (inRange.size === 0) return new Set();
  const contributors = await github.client.paginate("GET /repos/{owner}/{repo}/contributors", {
    owner: github.owner,
    repo: github.repo,
    per_page: 100,
  });
  const total = new Map(
    contributors.filter((entry) => entry.login).map((entry) => [entry.login as string, entry.contributions]),
  );
  return new Set(
    [...inRange].filter(([login, count]) => (total.get(login) ?? count) <= count).map(([login]) => login),
  );
}

/** What a stage knows about the release whose notes it needs. */
export interface NotesRequest extends PullFilter {
  readonly tag: string;
  readonly previousTag: string | undefined;
  /** The commit (or ref) the release is made from. */
  readonly head: string;
  readonly stream: Stream;
  readonly config: NotesConfig;
  /** Read first-time contributors (one more request per 100 contributors). */
  readonly newContributors?: boolean;
}

/** Gathers the data of a range and builds its notes model. */
export async function gatherReleaseNotes(
  github: GitHubGateway,
  request: NotesRequest,
): Promise<ReleaseNotes> {
  const range = await fetchCommitRange(github, request.previousTag, request.head);
  const shas = new Set(range.commits.map((commit) => commit.sha));
  const [pulls, newcomers] = await Promise.all([
    fetchMergedPulls(github, shas, range.since, request),
    request.newContributors === false ? new Set<string>() : fetchFirstTimeContributors(github, range.commits),
  ]);
  const head = /^[0-9a-f]{40}$/i.test(request.head)
    ? request.head.toLowerCase()
    : (range.commits.at(-1)?.sha ?? request.head);
  return buildReleaseNotes({
    tag: request.tag,
    previousTag: request.previousTag,
    compareUrl: request.previousTag
      ? github.webUrl(`/compare/${request.previousTag}...${request.tag}`)
      : undefined,
    head,
    commits: range.commits,
    pulls: pulls.listed,
    skippedPulls: pulls.skipped,
    config: request.config,
    stream: request.stream,
    isNewContributor: (login) => newcomers.has(login),
  });
}
