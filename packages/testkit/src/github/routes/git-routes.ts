/**
 * Repository contents and git data: refs, branches, tags, commits, compare, the Git Data API
 * (blobs, trees, commits, annotated tags) and the contents API. Every answer comes from the
 * repository's real git store.
 */
import type { FakeGitHub } from "../fake-github.ts";
import type { GitIdentity } from "../git-store.ts";
import { HttpError, notFound, paginate, type Reply, type RequestContext, type Route } from "../http.ts";
import { allows } from "../identities.ts";
import type { FakeRepository } from "../repository.ts";
import {
  commitObject,
  contentFileObject,
  gitCommitObject,
  refObject,
  repositoryObject,
  tagObject,
  treeObject,
  userObject,
} from "../rest-objects.ts";
import { checkImmutableTag, checkRefChange } from "../rules.ts";

const READ = ["contents", "read"] as const;
const WRITE = ["contents", "write"] as const;
const ONE_MB = 1024 * 1024;

function repo(context: RequestContext): FakeRepository {
  if (!context.repository) throw notFound();
  return context.repository;
}

function fullRef(ref: string): string {
  return ref.startsWith("refs/") ? ref : `refs/${ref}`;
}

function iso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The routes of this module, keyed by operationId. */
export function gitRoutes(github: FakeGitHub): Record<string, Route> {
  const urls = github.urls;
  const account = (email: string) => github.userByEmail(email);

  async function commitOf(
    repository: FakeRepository,
    ref: string,
    status = 404,
    message = "Not Found",
  ): Promise<string> {
    const sha = await repository.git.resolveCommit(ref);
    if (!sha) throw new HttpError(status, message);
    return sha;
  }

  async function restCommit(
    repository: FakeRepository,
    sha: string,
    withFiles: boolean,
  ): Promise<Record<string, unknown>> {
    const commit = await repository.git.commit(sha);
    if (!withFiles) return commitObject(urls, repository, commit, account);
    const base = commit.parents[0] ?? (await repository.git.writeTree(undefined, []));
    const files = await repository.git.diff(base, sha);
    const additions = files.reduce((sum, file) => sum + file.additions, 0);
    const deletions = files.reduce((sum, file) => sum + file.deletions, 0);
    return commitObject(urls, repository, commit, account, {
      stats: { additions, deletions, total: additions + deletions },
      files: files.map((file) => fileObject(repository, sha, file)),
    });
  }

  function fileObject(
    repository: FakeRepository,
    sha: string,
    file: { filename: string; status: string; additions: number; deletions: number; sha: string },
  ) {
    return {
      sha: file.sha,
      filename: file.filename,
      status: file.status,
      additions: file.additions,
      deletions: file.deletions,
      changes: file.additions + file.deletions,
      blob_url: `${urls.repoWeb(repository)}/blob/${sha}/${file.filename}`,
      raw_url: `${urls.repoWeb(repository)}/raw/${sha}/${file.filename}`,
      contents_url: `${urls.repoApi(repository)}/contents/${file.filename}?ref=${sha}`,
    };
  }

  function identity(context: RequestContext, given: unknown): GitIdentity {
    const person = (given ?? {}) as { name?: string; email?: string; date?: string };
    return {
      name: person.name ?? context.caller.name,
      email: person.email ?? context.caller.email,
      date: person.date ?? iso(github.now()),
    };
  }

  async function directoryOrFile(context: RequestContext, repository: FakeRepository): Promise<Reply> {
    const ref = context.query.ref ?? repository.defaultBranch;
    const commit = await repository.git.resolveCommit(ref);
    if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
    const path = (context.params.path ?? "").replace(/^\/+|\/+$/g, "");
    const entry = await repository.git.entryAt(commit, path);
    if (!entry) throw notFound();
    if (entry.type === "tree") {
      const entries = await repository.git.tree(entry.sha);
      return {
        status: 200,
        body: entries.map((child) => {
          const childPath = path === "" ? child.path : `${path}/${child.path}`;
          const self = `${urls.repoApi(repository)}/contents/${childPath}?ref=${encodeURIComponent(ref)}`;
          const git = `${urls.repoApi(repository)}/git/${child.type === "tree" ? "trees" : "blobs"}/${child.sha}`;
          const html = `${urls.repoWeb(repository)}/${child.type === "tree" ? "tree" : "blob"}/${ref}/${childPath}`;
          return {
            type: child.type === "tree" ? "dir" : "file",
            size: child.size ?? 0,
            name: child.path,
            path: childPath,
            sha: child.sha,
            url: self,
            git_url: git,
            html_url: html,
            download_url:
              child.type === "tree" ? null : `${urls.web}/raw/${repository.fullName}/${ref}/${childPath}`,
            _links: { self, git, html },
          };
        }),
      };
    }
    const content = await repository.git.blob(entry.sha);
    const file = contentFileObject(urls, repository, path, entry.sha, content, ref);
    // GitHub leaves out the content of files over 1 MB; clients read them as blobs.
    return { status: 200, body: content.length > ONE_MB ? { ...file, content: "", encoding: "none" } : file };
  }

  const routes: Record<string, Route> = {
    "repos/get": {
      scope: ["metadata", "read"],
      handle: (context) => ({
        status: 200,
        body: repositoryObject(urls, repo(context), {
          admin: allows(context.grant, "administration", "write"),
          maintain: allows(context.grant, "administration", "write"),
          push: allows(context.grant, "contents", "write"),
          triage: allows(context.grant, "issues", "write"),
          pull: true,
        }),
      }),
    },
    "users/get-authenticated": {
      handle: (context) => ({ status: 200, body: userObject(urls, context.caller) }),
    },
    "users/get-by-username": {
      handle: (context) => {
        const user = github.user(context.params.username ?? "");
        if (!user) throw notFound();
        return { status: 200, body: userObject(urls, user) };
      },
    },
    "git/get-ref": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        const ref = fullRef(context.params.ref ?? "");
        const [match] = await repository.git
          .refs(ref)
          .then((refs) => refs.filter((entry) => entry.ref === ref));
        if (!match) throw notFound();
        return { status: 200, body: refObject(urls, repository, match.ref, match.sha, match.type) };
      },
    },
    "git/list-matching-refs": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        const refs = await repository.git.refs(fullRef(context.params.ref ?? ""));
        return {
          status: 200,
          body: refs.map((entry) => refObject(urls, repository, entry.ref, entry.sha, entry.type)),
        };
      },
    },
    "git/create-ref": {
      scope: WRITE,
      handle: async (context) => {
        const repository = repo(context);
        const ref = String(context.body.ref);
        const sha = String(context.body.sha);
        if (!ref.startsWith("refs/") || ref.split("/").length < 3) {
          throw new HttpError(422, `${ref} is not a valid ref name.`);
        }
        const type = await repository.git.objectType(sha);
        if (!type || sha.length !== 40) throw new HttpError(422, "Object does not exist");
        if (await repository.git.resolve(ref)) throw new HttpError(422, "Reference already exists");
        await repository.git.updateRef(ref, sha, null).catch(() => {
          throw new HttpError(422, "Reference already exists");
        });
        return { status: 201, body: refObject(urls, repository, ref, sha, type) };
      },
    },
    "git/update-ref": {
      scope: WRITE,
      handle: async (context) => {
        const repository = repo(context);
        const ref = fullRef(context.params.ref ?? "");
        const sha = String(context.body.sha);
        const current = await repository.git.resolve(ref);
        if (!current) throw new HttpError(422, "Reference does not exist");
        const type = await repository.git.objectType(sha);
        if (!type) throw new HttpError(422, "Object does not exist");
        const fastForward = await repository.git.isAncestor(current, sha);
        if (context.body.force !== true && !fastForward)
          throw new HttpError(422, "Update is not a fast forward");
        checkRefChange(repository, ref, fastForward ? "update" : "force");
        checkImmutableTag(repository, ref);
        await repository.git.updateRef(ref, sha, current);
        return { status: 200, body: refObject(urls, repository, ref, sha, type) };
      },
    },
    "git/delete-ref": {
      scope: WRITE,
      handle: async (context) => {
        const repository = repo(context);
        const ref = fullRef(context.params.ref ?? "");
        if (!(await repository.git.resolve(ref))) throw new HttpError(422, "Reference does not exist");
        checkRefChange(repository, ref, "delete");
        checkImmutableTag(repository, ref);
        await repository.git.deleteRef(ref);
        return { status: 204 };
      },
    },
    "repos/get-branch": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        const name = context.params.branch ?? "";
        const sha = await repository.refSha(`heads/${name}`);
        if (!sha) throw new HttpError(404, "Branch not found");
        return {
          status: 200,
          body: {
            name,
            commit: await restCommit(repository, sha, false),
            _links: {
              self: `${urls.repoApi(repository)}/branches/${name}`,
              html: `${urls.repoWeb(repository)}/tree/${name}`,
            },
            protected: false,
            protection_url: `${urls.repoApi(repository)}/branches/${name}/protection`,
          },
        };
      },
    },
    "repos/list-branches": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        const refs = await repository.git.refs("refs/heads/");
        const { page, headers } = paginate(context, refs, urls.api);
        const body = page.map((entry) => ({
          name: entry.ref.slice("refs/heads/".length),
          commit: { sha: entry.sha, url: `${urls.repoApi(repository)}/commits/${entry.sha}` },
          protected: false,
        }));
        return { status: 200, body, headers };
      },
    },
    "repos/list-tags": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        const refs = (await repository.git.refs("refs/tags/")).reverse();
        const { page, headers } = paginate(context, refs, urls.api);
        const body = [];
        for (const entry of page) {
          const name = entry.ref.slice("refs/tags/".length);
          const sha = (await repository.git.resolveCommit(entry.ref)) as string;
          body.push({
            name,
            commit: { sha, url: `${urls.repoApi(repository)}/commits/${sha}` },
            zipball_url: `${urls.repoApi(repository)}/zipball/refs/tags/${name}`,
            tarball_url: `${urls.repoApi(repository)}/tarball/refs/tags/${name}`,
            node_id: `TAG_${entry.sha}`,
          });
        }
        return { status: 200, body, headers };
      },
    },
    "repos/get-commit": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        const ref = context.params.ref ?? "";
        const sha = await commitOf(repository, ref, 422, `No commit found for SHA: ${ref}`);
        return { status: 200, body: await restCommit(repository, sha, true) };
      },
    },
    "repos/list-commits": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        const start = await commitOf(repository, context.query.sha ?? repository.defaultBranch);
        const all = await repository.git.log([start], {
          ...(context.query.path && { paths: [context.query.path] }),
        });
        const since = context.query.since ? Date.parse(context.query.since) : undefined;
        const until = context.query.until ? Date.parse(context.query.until) : undefined;
        const filtered = all.filter((commit) => {
          const date = Date.parse(commit.committer.date);
          return (since === undefined || date >= since) && (until === undefined || date <= until);
        });
        const { page, headers } = paginate(context, filtered, urls.api);
        return {
          status: 200,
          body: page.map((commit) => commitObject(urls, repository, commit, account)),
          headers,
        };
      },
    },
    "repos/compare-commits-with-basehead": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        // The deprecated `{base}...{head}` form of the path routes here too.
        const basehead = context.params.basehead ?? `${context.params.base}...${context.params.head}`;
        const separator = basehead.includes("...") ? "..." : "..";
        const [baseRef = "", headRef = ""] = basehead.split(separator);
        const base = await commitOf(repository, baseRef);
        const head = await commitOf(repository, headRef);
        const mergeBase = await repository.git.mergeBase(base, head);
        if (!mergeBase) throw notFound();
        // A side that is the merge base has nothing the other lacks: base..head is then empty
        // when head is, and head..base when base is. ahead_by counts what base..head lists.
        const commits =
          mergeBase === head ? [] : await repository.git.log([`${base}..${head}`], { reverse: true });
        const aheadBy = commits.length;
        const behindBy = mergeBase === base ? 0 : await repository.git.count(`${head}..${base}`);
        const status =
          base === head ? "identical" : behindBy === 0 ? "ahead" : aheadBy === 0 ? "behind" : "diverged";
        const paginated = context.query.page !== undefined || context.query.per_page !== undefined;
        let listed = commits.slice(-250);
        let headers: Record<string, string> = {};
        let files = (await repository.git.diff(mergeBase, head)).slice(0, 300);
        if (paginated) {
          ({ page: listed, headers } = paginate(context, commits, urls.api));
          if (Number(context.query.page ?? 1) > 1) files = [];
        }
        const web = urls.repoWeb(repository);
        return {
          status: 200,
          headers,
          body: {
            url: `${urls.repoApi(repository)}/compare/${basehead}`,
            html_url: `${web}/compare/${basehead}`,
            permalink_url: `${web}/compare/${base}...${head}`,
            diff_url: `${web}/compare/${basehead}.diff`,
            patch_url: `${web}/compare/${basehead}.patch`,
            base_commit: await restCommit(repository, base, false),
            merge_base_commit: await restCommit(repository, mergeBase, false),
            status,
            ahead_by: aheadBy,
            behind_by: behindBy,
            total_commits: aheadBy,
            commits: listed.map((commit) => commitObject(urls, repository, commit, account)),
            files: files.map((file) => fileObject(repository, head, file)),
          },
        };
      },
    },
    "git/create-blob": {
      scope: WRITE,
      handle: async (context) => {
        const repository = repo(context);
        const encoding = context.body.encoding === "base64" ? "base64" : "utf8";
        const sha = await repository.git.writeBlob(Buffer.from(String(context.body.content), encoding));
        return { status: 201, body: { url: `${urls.repoApi(repository)}/git/blobs/${sha}`, sha } };
      },
    },
    "git/get-blob": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        const sha = context.params.file_sha ?? "";
        if ((await repository.git.objectType(sha)) !== "blob") throw notFound();
        const content = await repository.git.blob(sha);
        return {
          status: 200,
          body: {
            sha,
            node_id: `B_${sha}`,
            size: content.length,
            url: `${urls.repoApi(repository)}/git/blobs/${sha}`,
            content: content.toString("base64"),
            encoding: "base64",
          },
        };
      },
    },
    "git/create-tree": {
      scope: WRITE,
      handle: async (context) => {
        const repository = repo(context);
        const baseTree = context.body.base_tree === undefined ? undefined : String(context.body.base_tree);
        if (baseTree && (await repository.git.objectType(baseTree)) !== "tree")
          throw new HttpError(422, "Invalid tree info");
        const given = (context.body.tree ?? []) as {
          path: string;
          mode: string;
          content?: string;
          sha?: string | null;
        }[];
        // Entries are checked first (reads only), so that one git process stores the contents
        // given before the first invalid entry, as storing them one by one up to it did.
        let valid = given.length;
        for (const [i, { content, sha }] of given.entries())
          if (content === undefined && sha !== null && (!sha || !(await repository.git.objectType(sha)))) {
            valid = i;
            break;
          }
        const blobs = await repository.git.writeBlobs(
          given.slice(0, valid).flatMap(({ content }) => content ?? []),
        );
        if (valid < given.length) throw new HttpError(422, "Invalid tree info");
        const entries = given.map(({ path, mode, content, sha }) => ({
          path,
          mode,
          sha: content === undefined ? (sha ?? null) : (blobs.shift() as string),
        }));
        const sha = await repository.git.writeTree(baseTree, entries);
        return { status: 201, body: treeObject(urls, repository, sha, await repository.git.tree(sha)) };
      },
    },
    "git/get-tree": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        const sha = await repository.git.resolve(`${context.params.tree_sha}^{tree}`);
        if (!sha) throw notFound();
        const recursive =
          context.query.recursive !== undefined &&
          context.query.recursive !== "false" &&
          context.query.recursive !== "0";
        return {
          status: 200,
          body: treeObject(urls, repository, sha, await repository.git.tree(sha, recursive)),
        };
      },
    },
    "git/create-commit": {
      scope: WRITE,
      handle: async (context) => {
        const repository = repo(context);
        const tree = String(context.body.tree);
        if ((await repository.git.objectType(tree)) !== "tree")
          throw new HttpError(422, "Tree SHA does not exist");
        const parents = ((context.body.parents ?? []) as string[]).map(String);
        for (const parent of parents) {
          if ((await repository.git.objectType(parent)) !== "commit")
            throw new HttpError(422, "Parent SHA does not exist or is not a commit object");
        }
        const author = identity(context, context.body.author);
        const committer = context.body.committer ? identity(context, context.body.committer) : author;
        const sha = await repository.git.writeCommit({
          tree,
          parents,
          message: String(context.body.message),
          author,
          committer,
        });
        // GitHub signs the commits it creates for an app or GITHUB_TOKEN when no signature is supplied.
        const signed = context.caller.type === "Bot" && context.body.signature === undefined;
        if (signed) repository.verifiedCommits.add(sha);
        return {
          status: 201,
          body: gitCommitObject(urls, repository, await repository.git.commit(sha), signed),
        };
      },
    },
    "git/get-commit": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        const sha = context.params.commit_sha ?? "";
        if ((await repository.git.objectType(sha)) !== "commit") throw notFound();
        return {
          status: 200,
          body: gitCommitObject(
            urls,
            repository,
            await repository.git.commit(sha),
            repository.verifiedCommits.has(sha),
          ),
        };
      },
    },
    "git/create-tag": {
      scope: WRITE,
      handle: async (context) => {
        const repository = repo(context);
        const object = String(context.body.object);
        const type = String(context.body.type);
        if ((await repository.git.objectType(object)) !== type)
          throw new HttpError(422, "Object does not exist");
        const sha = await repository.git.writeTag({
          tag: String(context.body.tag),
          object,
          type,
          tagger: identity(context, context.body.tagger),
          message: String(context.body.message),
        });
        return { status: 201, body: tagObject(urls, repository, await repository.git.tag(sha)) };
      },
    },
    "git/get-tag": {
      scope: READ,
      handle: async (context) => {
        const repository = repo(context);
        const sha = context.params.tag_sha ?? "";
        if ((await repository.git.objectType(sha)) !== "tag") throw notFound();
        return { status: 200, body: tagObject(urls, repository, await repository.git.tag(sha)) };
      },
    },
    "repos/get-content": { scope: READ, handle: (context) => directoryOrFile(context, repo(context)) },
    "repos/create-or-update-file-contents": {
      scope: WRITE,
      handle: async (context) => {
        const repository = repo(context);
        const path = (context.params.path ?? "").replace(/^\/+/, "");
        const branch = String(context.body.branch ?? repository.defaultBranch);
        const head = await repository.refSha(`heads/${branch}`);
        if (!head) throw new HttpError(404, `Branch ${branch} not found`);
        checkRefChange(repository, `refs/heads/${branch}`, "update");
        const existing = await repository.git.entryAt(head, path);
        if (existing && context.body.sha === undefined)
          throw new HttpError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
        if (existing && context.body.sha !== existing.sha)
          throw new HttpError(409, `${path} does not match ${context.body.sha}`);
        if (!existing && context.body.sha !== undefined)
          throw new HttpError(409, `${path} does not match ${context.body.sha}`);
        const content = Buffer.from(String(context.body.content), "base64");
        const blob = await repository.git.writeBlob(content);
        const tree = await repository.git.writeTree((await repository.git.commit(head)).tree, [
          { path, mode: "100644", sha: blob },
        ]);
        const author = identity(context, context.body.author);
        const committer = context.body.committer ? identity(context, context.body.committer) : author;
        const sha = await repository.git.writeCommit({
          tree,
          parents: [head],
          message: String(context.body.message),
          author,
          committer,
        });
        try {
          await repository.git.updateRef(`refs/heads/${branch}`, sha, head);
        } catch {
          throw new HttpError(409, `${branch} has moved; read ${path} again`);
        }
        if (context.caller.type === "Bot") repository.verifiedCommits.add(sha);
        return {
          status: existing ? 200 : 201,
          body: {
            content: contentFileObject(urls, repository, path, blob, content, branch),
            commit: gitCommitObject(
              urls,
              repository,
              await repository.git.commit(sha),
              context.caller.type === "Bot",
            ),
          },
        };
      },
    },
  };
  routes["repos/compare-commits"] = routes["repos/compare-commits-with-basehead"] as Route;
  return routes;
}
