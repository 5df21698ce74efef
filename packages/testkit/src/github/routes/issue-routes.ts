/**
 * Issues (pull requests included, as GitHub's issues API lists them), labels, comments and
 * milestones, with GitHub's quirks: milestone titles are unique across open and closed ones,
 * and `due_on` keeps only the day, at midnight US-Pacific.
 */
import type { FakeGitHub } from "../fake-github.ts";
import { HttpError, notFound, paginate, type RequestContext, type Route, validationFailed } from "../http.ts";
import type { CommentRecord, IssueRecord, MilestoneRecord } from "../records.ts";
import { type FakeRepository, isoDate } from "../repository.ts";
import { issueObject, labelObject, milestoneObject, userObject } from "../rest-objects.ts";

const READ = ["issues", "read"] as const;
const WRITE = ["issues", "write"] as const;

function repo(context: RequestContext): FakeRepository {
  if (!context.repository) throw notFound();
  return context.repository;
}

/**
 * GitHub stores a milestone's due date as midnight of that day in US-Pacific time, whatever time
 * was sent: `…T00:00:00Z` is still the previous day there.
 */
export function pacificMidnight(iso: string): string {
  const instant = new Date(iso);
  const day = new Intl.DateTimeFormat("en-CA", {
    timeZone: "America/Los_Angeles",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
  const noon = new Date(`${day}T12:00:00Z`);
  const offset = new Intl.DateTimeFormat("en-US", {
    timeZone: "America/Los_Angeles",
    timeZoneName: "shortOffset",
  })
    .formatToParts(noon)
    .find((part) => part.type === "timeZoneName")?.value;
  const hours = -Number(/GMT([+-]\d+)/.exec(offset ?? "GMT-8")?.[1] ?? -8);
  return `${day}T${String(hours).padStart(2, "0")}:00:00Z`;
}

/** The routes of this module, keyed by operationId. */
export function issueRoutes(github: FakeGitHub): Record<string, Route> {
  const urls = github.urls;

  function issue(repository: FakeRepository, number: unknown): IssueRecord {
    const record = repository.issues.get(Number(number));
    if (!record) throw notFound();
    return record;
  }

  function milestone(repository: FakeRepository, number: unknown): MilestoneRecord {
    const record = repository.milestones.get(Number(number));
    if (!record) throw notFound();
    return record;
  }

  function commentObject(repository: FakeRepository, comment: CommentRecord) {
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${urls.repoApi(repository)}/issues/comments/${comment.id}`,
      html_url: `${urls.repoWeb(repository)}/issues/${comment.issue}#issuecomment-${comment.id}`,
      issue_url: `${urls.repoApi(repository)}/issues/${comment.issue}`,
      body: comment.body,
      user: userObject(urls, comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: "MEMBER",
    };
  }

  function applyEdits(repository: FakeRepository, record: IssueRecord, body: Record<string, unknown>): void {
    if (typeof body.title === "string") record.title = body.title;
    if (typeof body.body === "string" || body.body === null) record.body = body.body as string | null;
    if (Array.isArray(body.labels)) {
      record.labels = body.labels.map((label) =>
        typeof label === "string" ? label : String((label as { name?: string }).name),
      );
      for (const label of record.labels) repository.ensureLabel(label);
    }
    if (body.milestone !== undefined) {
      if (body.milestone !== null && !repository.milestones.has(Number(body.milestone)))
        throw validationFailed("Issue", "milestone does not exist", "milestone", "invalid");
      record.milestone = body.milestone === null ? null : Number(body.milestone);
    }
    if (body.state === "closed" && record.state === "open") {
      Object.assign(record, {
        state: "closed",
        closedAt: isoDate(github.now()),
        stateReason: body.state_reason ?? "completed",
      });
    } else if (body.state === "open" && record.state === "closed") {
      if (record.pull?.merged)
        throw validationFailed("Issue", "Cannot reopen a merged pull request", "state", "invalid");
      Object.assign(record, { state: "open", closedAt: null, stateReason: "reopened" });
    }
    record.updatedAt = isoDate(github.now());
  }

  function applyMilestone(
    repository: FakeRepository,
    record: MilestoneRecord,
    body: Record<string, unknown>,
  ): void {
    if (typeof body.title === "string" && body.title !== record.title) {
      if ([...repository.milestones.values()].some((other) => other.title === body.title))
        throw validationFailed("Milestone", "already_exists", "title", "already_exists");
      record.title = body.title;
    }
    if (body.description !== undefined) record.description = body.description as string | null;
    if (body.due_on !== undefined)
      record.dueOn = body.due_on === null ? null : pacificMidnight(String(body.due_on));
    if (body.state === "closed" || body.state === "open") {
      record.closedAt = body.state === "closed" ? (record.closedAt ?? isoDate(github.now())) : null;
      record.state = body.state;
    }
    record.updatedAt = isoDate(github.now());
  }

  return {
    "issues/list-for-repo": {
      scope: READ,
      handle: (context) => {
        const repository = repo(context);
        const state = context.query.state ?? "open";
        const wantedMilestone = context.query.milestone;
        const labels = context.query.labels?.split(",").map((label) => label.trim().toLowerCase());
        const direction = context.query.direction ?? "desc";
        const key = context.query.sort === "updated" ? "updatedAt" : "createdAt";
        const records = [...repository.issues.values()]
          .filter((record) => state === "all" || record.state === state)
          .filter((record) => {
            if (wantedMilestone === undefined) return true;
            if (wantedMilestone === "*") return record.milestone !== null;
            if (wantedMilestone === "none") return record.milestone === null;
            return record.milestone === Number(wantedMilestone);
          })
          .filter(
            (record) =>
              !labels || labels.every((label) => record.labels.some((name) => name.toLowerCase() === label)),
          )
          .filter((record) => context.query.since === undefined || record.updatedAt >= context.query.since)
          .sort(
            (a, b) =>
              (a[key] === b[key] ? a.number - b.number : a[key] < b[key] ? -1 : 1) *
              (direction === "desc" ? -1 : 1),
          );
        const { page, headers } = paginate(context, records, urls.api);
        return { status: 200, body: page.map((record) => issueObject(urls, repository, record)), headers };
      },
    },
    "issues/get": {
      scope: READ,
      handle: (context) => ({
        status: 200,
        body: issueObject(urls, repo(context), issue(repo(context), context.params.issue_number)),
      }),
    },
    "issues/create": {
      scope: WRITE,
      handle: (context) => {
        const repository = repo(context);
        const record = repository.createIssue({
          title: String(context.body.title),
          body: (context.body.body as string | undefined) ?? null,
          user: context.caller,
        });
        applyEdits(repository, record, { ...context.body, title: undefined });
        return { status: 201, body: issueObject(urls, repository, record) };
      },
    },
    "issues/update": {
      scope: WRITE,
      handle: (context) => {
        const repository = repo(context);
        const record = issue(repository, context.params.issue_number);
        applyEdits(repository, record, context.body);
        return { status: 200, body: issueObject(urls, repository, record) };
      },
    },
    "issues/add-labels": {
      scope: WRITE,
      handle: (context) => {
        const repository = repo(context);
        const record = issue(repository, context.params.issue_number);
        const given = Array.isArray(context.body) ? context.body : ((context.body.labels ?? []) as unknown[]);
        const names = given.map((label) =>
          typeof label === "string" ? label : String((label as { name?: string }).name),
        );
        for (const name of names) {
          repository.ensureLabel(name);
          if (!record.labels.some((existing) => existing.toLowerCase() === name.toLowerCase()))
            record.labels.push(name);
        }
        record.updatedAt = isoDate(github.now());
        return {
          status: 200,
          body: record.labels.map((name) => labelObject(urls, repository, repository.ensureLabel(name))),
        };
      },
    },
    "issues/set-labels": {
      scope: WRITE,
      handle: (context) => {
        const repository = repo(context);
        const record = issue(repository, context.params.issue_number);
        applyEdits(repository, record, {
          labels: Array.isArray(context.body) ? context.body : (context.body.labels ?? []),
        });
        return {
          status: 200,
          body: record.labels.map((name) => labelObject(urls, repository, repository.ensureLabel(name))),
        };
      },
    },
    "issues/remove-label": {
      scope: WRITE,
      handle: (context) => {
        const repository = repo(context);
        const record = issue(repository, context.params.issue_number);
        const name = String(context.params.name).toLowerCase();
        if (!record.labels.some((label) => label.toLowerCase() === name))
          throw new HttpError(404, "Label does not exist");
        record.labels = record.labels.filter((label) => label.toLowerCase() !== name);
        return {
          status: 200,
          body: record.labels.map((label) => labelObject(urls, repository, repository.ensureLabel(label))),
        };
      },
    },
    "issues/list-labels-for-repo": {
      scope: READ,
      handle: (context) => {
        const repository = repo(context);
        const { page, headers } = paginate(context, [...repository.labels.values()], urls.api);
        return { status: 200, body: page.map((label) => labelObject(urls, repository, label)), headers };
      },
    },
    "issues/create-label": {
      scope: WRITE,
      handle: (context) => {
        const repository = repo(context);
        const name = String(context.body.name);
        if (repository.labels.has(name.toLowerCase()))
          throw validationFailed("Label", "already_exists", "name", "already_exists");
        const label = repository.ensureLabel(name);
        label.color = String(context.body.color ?? label.color).replace(/^#/, "");
        label.description = (context.body.description as string | undefined) ?? null;
        return { status: 201, body: labelObject(urls, repository, label) };
      },
    },
    "issues/create-comment": {
      scope: WRITE,
      handle: (context) => {
        const repository = repo(context);
        const record = issue(repository, context.params.issue_number);
        const now = isoDate(github.now());
        const comment: CommentRecord = {
          id: github.nextId(),
          issue: record.number,
          body: String(context.body.body),
          user: context.caller,
          createdAt: now,
          updatedAt: now,
        };
        repository.comments.set(comment.id, comment);
        return { status: 201, body: commentObject(repository, comment) };
      },
    },
    "issues/list-comments": {
      scope: READ,
      handle: (context) => {
        const repository = repo(context);
        const record = issue(repository, context.params.issue_number);
        const { page, headers } = paginate(
          context,
          [...repository.comments.values()].filter((comment) => comment.issue === record.number),
          urls.api,
        );
        return { status: 200, body: page.map((comment) => commentObject(repository, comment)), headers };
      },
    },
    "issues/update-comment": {
      scope: WRITE,
      handle: (context) => {
        const repository = repo(context);
        const comment = repository.comments.get(Number(context.params.comment_id));
        if (!comment) throw notFound();
        comment.body = String(context.body.body);
        comment.updatedAt = isoDate(github.now());
        return { status: 200, body: commentObject(repository, comment) };
      },
    },
    "issues/list-milestones": {
      scope: READ,
      handle: (context) => {
        const repository = repo(context);
        const state = context.query.state ?? "open";
        const direction = context.query.direction ?? "asc";
        const sort = context.query.sort ?? "due_on";
        const key = (record: MilestoneRecord) =>
          sort === "due_on" ? (record.dueOn ?? "9999") : String(record.number);
        const records = [...repository.milestones.values()]
          .filter((record) => state === "all" || record.state === state)
          .sort(
            (a, b) =>
              (key(a) === key(b) ? a.number - b.number : key(a) < key(b) ? -1 : 1) *
              (direction === "desc" ? -1 : 1),
          );
        const { page, headers } = paginate(context, records, urls.api);
        return {
          status: 200,
          body: page.map((record) => milestoneObject(urls, repository, record)),
          headers,
        };
      },
    },
    "issues/get-milestone": {
      scope: READ,
      handle: (context) => ({
        status: 200,
        body: milestoneObject(urls, repo(context), milestone(repo(context), context.params.milestone_number)),
      }),
    },
    "issues/create-milestone": {
      scope: WRITE,
      handle: (context) => {
        const repository = repo(context);
        const title = String(context.body.title);
        if ([...repository.milestones.values()].some((record) => record.title === title)) {
          throw validationFailed("Milestone", "already_exists", "title", "already_exists");
        }
        const now = isoDate(github.now());
        const record: MilestoneRecord = {
          number: repository.nextMilestone++,
          id: github.nextId(),
          title,
          description: null,
          state: "open",
          dueOn: null,
          creator: context.caller,
          createdAt: now,
          updatedAt: now,
          closedAt: null,
        };
        applyMilestone(repository, record, { ...context.body, title: undefined });
        repository.milestones.set(record.number, record);
        return { status: 201, body: milestoneObject(urls, repository, record) };
      },
    },
    "issues/update-milestone": {
      scope: WRITE,
      handle: (context) => {
        const repository = repo(context);
        const record = milestone(repository, context.params.milestone_number);
        applyMilestone(repository, record, context.body);
        return { status: 200, body: milestoneObject(urls, repository, record) };
      },
    },
    "issues/delete-milestone": {
      scope: WRITE,
      handle: (context) => {
        const repository = repo(context);
        const record = milestone(repository, context.params.milestone_number);
        repository.milestones.delete(record.number);
        for (const item of repository.issues.values())
          if (item.milestone === record.number) item.milestone = null;
        return { status: 204 };
      },
    },
  };
}
