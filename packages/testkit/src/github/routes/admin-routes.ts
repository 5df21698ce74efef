/**
 * Who may do what: repository rulesets (administration), organization teams and their
 * members, collaborator permissions, and the contributors list (computed from git authors).
 */
import type { FakeGitHub } from "../fake-github.ts";
import { notFound, paginate, type RequestContext, type Route } from "../http.ts";
import type { RulesetRecord } from "../records.ts";
import { type FakeRepository, isoDate } from "../repository.ts";
import { rulesetObject, userObject } from "../rest-objects.ts";

function repo(context: RequestContext): FakeRepository {
  if (!context.repository) throw notFound();
  return context.repository;
}

/** The routes of this module, keyed by operationId. */
export function adminRoutes(github: FakeGitHub): Record<string, Route> {
  const urls = github.urls;

  function ruleset(repository: FakeRepository, id: unknown): RulesetRecord {
    const record = repository.rulesets.get(Number(id));
    if (!record) throw notFound();
    return record;
  }

  function apply(record: RulesetRecord, body: Record<string, unknown>): void {
    if (typeof body.name === "string") record.name = body.name;
    if (body.target !== undefined) record.target = body.target as RulesetRecord["target"];
    if (body.enforcement !== undefined) record.enforcement = body.enforcement as RulesetRecord["enforcement"];
    if (body.conditions !== undefined) record.conditions = body.conditions as RulesetRecord["conditions"];
    if (body.rules !== undefined) record.rules = body.rules as RulesetRecord["rules"];
    record.updatedAt = isoDate(github.now());
  }

  return {
    // Anyone who can read the repository can read its rulesets (GitHub: "Metadata" read); only
    // creating, updating and deleting them needs "Administration" write.
    "repos/get-repo-rulesets": {
      scope: ["metadata", "read"],
      handle: (context) => {
        const repository = repo(context);
        const { page, headers } = paginate(context, [...repository.rulesets.values()], urls.api);
        const body = page.map((record) => {
          const { conditions: _, rules: __, ...summary } = rulesetObject(urls, repository, record);
          return summary;
        });
        return { status: 200, body, headers };
      },
    },
    "repos/get-repo-ruleset": {
      scope: ["metadata", "read"],
      handle: (context) => ({
        status: 200,
        body: rulesetObject(urls, repo(context), ruleset(repo(context), context.params.ruleset_id)),
      }),
    },
    "repos/create-repo-ruleset": {
      scope: ["administration", "write"],
      handle: (context) => {
        const repository = repo(context);
        const now = isoDate(github.now());
        const record: RulesetRecord = {
          id: github.nextId(),
          name: "",
          target: "branch",
          enforcement: "disabled",
          conditions: null,
          rules: [],
          createdAt: now,
          updatedAt: now,
        };
        apply(record, context.body);
        repository.rulesets.set(record.id, record);
        return { status: 201, body: rulesetObject(urls, repository, record) };
      },
    },
    "repos/update-repo-ruleset": {
      scope: ["administration", "write"],
      handle: (context) => {
        const repository = repo(context);
        const record = ruleset(repository, context.params.ruleset_id);
        apply(record, context.body);
        return { status: 200, body: rulesetObject(urls, repository, record) };
      },
    },
    "repos/delete-repo-ruleset": {
      scope: ["administration", "write"],
      handle: (context) => {
        const repository = repo(context);
        repository.rulesets.delete(ruleset(repository, context.params.ruleset_id).id);
        return { status: 204 };
      },
    },
    "teams/list-members-in-org": {
      scope: ["members", "read"],
      handle: (context) => {
        const team = github.team(context.params.org ?? "", context.params.team_slug ?? "");
        if (!team) throw notFound();
        const members = [...team].map((login) => github.user(login)).filter((user) => user !== undefined);
        const { page, headers } = paginate(context, members, urls.api);
        return { status: 200, body: page.map((user) => userObject(urls, user)), headers };
      },
    },
    "repos/get-collaborator-permission-level": {
      scope: ["metadata", "read"],
      handle: (context) => {
        const repository = repo(context);
        const user = github.user(context.params.username ?? "");
        const role = user && repository.roleOf(user.login);
        if (!user || !role) throw notFound();
        const permission = role === "maintain" ? "write" : role === "triage" ? "read" : role;
        return {
          status: 200,
          body: {
            permission,
            role_name: role,
            user: {
              ...userObject(urls, user),
              permissions: {
                admin: role === "admin",
                maintain: role === "maintain" || role === "admin",
                push: permission !== "read",
                triage: true,
                pull: true,
              },
            },
          },
        };
      },
    },
    "repos/list-contributors": {
      scope: ["contents", "read"],
      handle: async (context) => {
        const repository = repo(context);
        const branch = `refs/heads/${repository.defaultBranch}`;
        // By the branch's commit, so that git's answer is kept for the next request.
        const head = (await repository.git.resolve(branch)) ?? branch;
        const counts = new Map<string, number>();
        for (const { author } of await repository.git.log([head])) {
          const user = github.userByEmail(author.email);
          if (user) counts.set(user.login, (counts.get(user.login) ?? 0) + 1);
        }
        const contributors = [...counts]
          .sort((a, b) => b[1] - a[1])
          .map(([login, contributions]) => ({
            ...userObject(urls, github.user(login) as never),
            contributions,
          }));
        const { page, headers } = paginate(context, contributors, urls.api);
        return { status: 200, body: page, headers };
      },
    },
  };
}
