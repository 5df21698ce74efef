/**
 * Pull requests: create, list, get, update, merge (a real merge or squash commit, gated by the
 * repository's rulesets), commits, reviews, requested reviewers, and the pull requests
 * associated with a commit.
 */
import type { FakeGitHub } from "../fake-github.ts";
import {
  HttpError,
  notFound,
  paginate,
  type RequestContext,
  type Route,
  unprocessable,
  validationFailed,
} from "../http.ts";
import type { IssueRecord, PullRecord, ReviewRecord } from "../records.ts";
import { type FakeRepository, isoDate } from "../repository.ts";
import { commitObject, pullObject, reviewObject } from "../rest-objects.ts";
import { checkMerge } from "../rules.ts";

type Pull = IssueRecord & { pull: PullRecord };

const READ = ["pull_requests", "read"] as const;
const WRITE = ["pull_requests", "write"] as const;

function repo(context: RequestContext): FakeRepository {
  if (!context.repository) throw notFound();
  return context.repository;
}

/** The routes of this module, keyed by operationId. */
export function pullRoutes(github: FakeGitHub): Record<string, Route> {
  const urls = github.urls;

  /** An open pull request follows its head branch, as on GitHub. */
  async function refreshed(repository: FakeRepository, number: number): Promise<Pull> {
    const pull = repository.pull(number);
    if (!pull) throw notFound();
    if (pull.state === "open") {
      const head = await repository.refSha(`heads/${pull.pull.headRef}`);
      if (head) pull.pull.headSha = head;
    }
    return pull;
  }

  async function render(repository: FakeRepository, pull: Pull): Promise<Record<string, unknown>> {
    const baseSha = (await repository.refSha(`heads/${pull.pull.baseRef}`)) ?? "0".repeat(40);
    return pullObject(urls, repository, pull, { user: (login) => github.user(login), baseSha });
  }

  function headName(head: string, repository: FakeRepository): string {
    const [owner, branch] = head.includes(":") ? head.split(":") : [repository.owner.login, head];
    if (owner?.toLowerCase() !== repository.owner.login.toLowerCase())
      throw validationFailed(
        "PullRequest",
        "Pull requests from forks are not supported by the fake",
        "head",
        "invalid",
      );
    return branch ?? "";
  }

  return {
    "pulls/create": {
      scope: WRITE,
      handle: async (context) => {
        const repository = repo(context);
        const head = headName(String(context.body.head), repository);
        const base = String(context.body.base);
        const headSha = await repository.refSha(`heads/${head}`);
        if (!headSha) throw validationFailed("PullRequest", `head ${head} does not exist`, "head", "invalid");
        const baseSha = await repository.refSha(`heads/${base}`);
        if (!baseSha) throw validationFailed("PullRequest", `base ${base} does not exist`, "base", "invalid");
        const open = [...repository.issues.values()].find(
          (issue) =>
            issue.pull &&
            issue.state === "open" &&
            issue.pull.headRef === head &&
            issue.pull.baseRef === base,
        );
        if (open)
          throw validationFailed(
            "PullRequest",
            `A pull request already exists for ${repository.owner.login}:${head}.`,
          );
        if ((await repository.git.count(`${baseSha}..${headSha}`)) === 0)
          throw validationFailed("PullRequest", `No commits between ${base} and ${head}`);
        const number = await repository.openPullRequest({
          head,
          base,
          title: String(context.body.title ?? head),
          body: context.body.body === undefined ? "" : String(context.body.body),
          author: context.caller,
          draft: context.body.draft === true,
        });
        return { status: 201, body: await render(repository, await refreshed(repository, number)) };
      },
    },
    "pulls/list": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        const state = context.query.state ?? "open";
        const head = context.query.head ? headName(context.query.head, repository) : undefined;
        const sort = context.query.sort ?? "created";
        const direction =
          context.query.direction ?? (sort === "created" || sort === "updated" ? "desc" : "asc");
        const pulls = [...repository.issues.values()]
          .filter((issue): issue is Pull => issue.pull !== undefined)
          .filter((issue) => state === "all" || issue.state === state)
          .filter((issue) => head === undefined || issue.pull.headRef === head)
          .filter((issue) => context.query.base === undefined || issue.pull.baseRef === context.query.base)
          .sort((a, b) => {
            const key = sort === "updated" ? "updatedAt" : "createdAt";
            const order = a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.number - b.number;
            return direction === "desc" ? -order : order;
          });
        const { page, headers } = paginate(context, pulls, urls.api);
        const body = [];
        for (const pull of page)
          body.push(await render(repository, await refreshed(repository, pull.number)));
        return { status: 200, body, headers };
      },
    },
    "pulls/get": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        return {
          status: 200,
          body: await render(repository, await refreshed(repository, Number(context.params.pull_number))),
        };
      },
    },
    "pulls/update": {
      scope: WRITE,
      handle: async (context) => {
        const repository = repo(context);
        const pull = await refreshed(repository, Number(context.params.pull_number));
        if (typeof context.body.title === "string") pull.title = context.body.title;
        if (typeof context.body.body === "string") pull.body = context.body.body;
        if (typeof context.body.base === "string") {
          if (!(await repository.refSha(`heads/${context.body.base}`)))
            throw validationFailed(
              "PullRequest",
              `base ${context.body.base} does not exist`,
              "base",
              "invalid",
            );
          pull.pull.baseRef = context.body.base;
        }
        if (context.body.state === "closed" && pull.state === "open")
          Object.assign(pull, { state: "closed", closedAt: isoDate(github.now()) });
        if (context.body.state === "open" && pull.state === "closed") {
          if (pull.pull.merged)
            throw validationFailed("PullRequest", "Cannot reopen a merged pull request", "state", "invalid");
          Object.assign(pull, { state: "open", closedAt: null });
        }
        pull.updatedAt = isoDate(github.now());
        return { status: 200, body: await render(repository, pull) };
      },
    },
    "pulls/merge": {
      scope: ["contents", "write"],
      handle: async (context) => {
        const repository = repo(context);
        const pull = await refreshed(repository, Number(context.params.pull_number));
        if (pull.state !== "open" || pull.pull.draft)
          throw new HttpError(405, "Pull Request is not mergeable");
        if (context.body.sha !== undefined && context.body.sha !== pull.pull.headSha) {
          throw new HttpError(409, "Head branch was modified. Review and try the merge again.");
        }
        checkMerge(repository, pull.number, pull.pull.baseRef, pull.user.login);
        const method = context.body.merge_method ?? "merge";
        if (method !== "merge" && method !== "squash")
          throw new HttpError(405, `The fake GitHub merges with merge or squash, not ${String(method)}`);
        const sha = await repository.mergePullRequest(pull.number, {
          by: context.caller,
          method,
          ...(typeof context.body.commit_title === "string" && { title: context.body.commit_title }),
          ...(typeof context.body.commit_message === "string" && { message: context.body.commit_message }),
        });
        if (sha === "conflict") throw new HttpError(405, "Pull Request is not mergeable");
        return { status: 200, body: { sha, merged: true, message: "Pull Request successfully merged" } };
      },
    },
    "pulls/list-commits": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        const pull = await refreshed(repository, Number(context.params.pull_number));
        const base = pull.pull.merged
          ? (await repository.git.commit(pull.pull.mergeCommitSha as string)).parents[0]
          : await repository.refSha(`heads/${pull.pull.baseRef}`);
        const commits = (
          await repository.git.log([`${base}..${pull.pull.headSha}`], { reverse: true })
        ).slice(0, 250);
        const { page, headers } = paginate(context, commits, urls.api);
        return {
          status: 200,
          body: page.map((commit) =>
            commitObject(urls, repository, commit, (email) => github.userByEmail(email)),
          ),
          headers,
        };
      },
    },
    "pulls/list-reviews": {
      scope: READ,
      handle: (context) => {
        const repository = repo(context);
        const number = Number(context.params.pull_number);
        if (!repository.pull(number)) throw notFound();
        const { page, headers } = paginate(context, repository.reviews.get(number) ?? [], urls.api);
        return {
          status: 200,
          body: page.map((review) => reviewObject(urls, repository, number, review)),
          headers,
        };
      },
    },
    "pulls/create-review": {
      scope: WRITE,
      handle: async (context) => {
        const repository = repo(context);
        const pull = await refreshed(repository, Number(context.params.pull_number));
        const event = context.body.event as string | undefined;
        const own = pull.user.login.toLowerCase() === context.caller.login.toLowerCase();
        if (own && event === "APPROVE") throw unprocessable("Can not approve your own pull request");
        if (own && event === "REQUEST_CHANGES")
          throw unprocessable("Can not request changes on your own pull request");
        if ((event === "REQUEST_CHANGES" || event === "COMMENT") && !context.body.body) {
          throw unprocessable(`Review body is required for ${event} events`);
        }
        const states: Record<string, ReviewRecord["state"]> = {
          APPROVE: "APPROVED",
          REQUEST_CHANGES: "CHANGES_REQUESTED",
          COMMENT: "COMMENTED",
        };
        const review = repository.addReview(
          pull.number,
          context.caller,
          event ? (states[event] ?? "PENDING") : "PENDING",
          {
            body: String(context.body.body ?? ""),
            commitId: String(context.body.commit_id ?? pull.pull.headSha),
          },
        );
        pull.pull.requestedReviewers = pull.pull.requestedReviewers.filter(
          (login) => login.toLowerCase() !== context.caller.login.toLowerCase(),
        );
        return { status: 200, body: reviewObject(urls, repository, pull.number, review) };
      },
    },
    "pulls/dismiss-review": {
      scope: WRITE,
      handle: (context) => {
        const repository = repo(context);
        const number = Number(context.params.pull_number);
        const review = (repository.reviews.get(number) ?? []).find(
          (candidate) => candidate.id === Number(context.params.review_id),
        );
        if (!review) throw notFound();
        if (review.state !== "APPROVED" && review.state !== "CHANGES_REQUESTED")
          throw unprocessable("Can not dismiss a commented or pending pull request review");
        review.state = "DISMISSED";
        return { status: 200, body: reviewObject(urls, repository, number, review) };
      },
    },
    "pulls/request-reviewers": {
      scope: WRITE,
      handle: async (context) => {
        const repository = repo(context);
        const pull = await refreshed(repository, Number(context.params.pull_number));
        const reviewers = ((context.body.reviewers ?? []) as string[]).map(String);
        const teams = ((context.body.team_reviewers ?? []) as string[]).map(String);
        if (reviewers.some((login) => login.toLowerCase() === pull.user.login.toLowerCase())) {
          throw validationFailed("PullRequest", "Review cannot be requested from pull request author.");
        }
        const strangers = reviewers.filter((login) => !repository.roleOf(login));
        const unknownTeams = teams.filter((slug) => !github.team(repository.owner.login, slug));
        if (strangers.length > 0 || unknownTeams.length > 0) {
          throw validationFailed(
            "PullRequest",
            `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${repository.fullName} repository.`,
          );
        }
        pull.pull.requestedReviewers = [...new Set([...pull.pull.requestedReviewers, ...reviewers])];
        pull.pull.requestedTeams = [...new Set([...pull.pull.requestedTeams, ...teams])];
        return { status: 201, body: await render(repository, pull) };
      },
    },
    "pulls/list-requested-reviewers": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        const pull = await refreshed(repository, Number(context.params.pull_number));
        const rendered = await render(repository, pull);
        return {
          status: 200,
          body: { users: rendered.requested_reviewers, teams: rendered.requested_teams },
        };
      },
    },
    "repos/list-pull-requests-associated-with-commit": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        const sha = await repository.git.resolveCommit(context.params.commit_sha ?? "");
        if (!sha) throw new HttpError(422, `No commit found for SHA: ${context.params.commit_sha}`);
        const pulls = [...repository.issues.values()].filter(
          (issue): issue is Pull =>
            issue.pull !== undefined && (issue.pull.mergeCommitSha === sha || issue.pull.headSha === sha),
        );
        const body = [];
        for (const pull of pulls) body.push(await render(repository, pull));
        return { status: 200, body };
      },
    },
  };
}
