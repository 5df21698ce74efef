/**
 * A real bare git repository behind each fake repository: refs, commits, trees, blobs, tags,
 * ancestry, merge bases and merges all come from git itself, so compare results and release
 * ranges in tests are what git (and GitHub) would compute.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LAUNCH_MAX_BUFFER, launch, launchFile } from "../process-launcher.ts";
import { type GitObject, GitObjectReader, readerAnswers } from "./git-object-reader.ts";

/** A person in a commit or tag. */
export interface GitIdentity {
  readonly name: string;
  readonly email: string;
  /** ISO 8601. */
  readonly date: string;
}

/** A commit as git stores it. */
export interface GitCommit {
  readonly sha: string;
  readonly tree: string;
  readonly parents: readonly string[];
  readonly author: GitIdentity;
  readonly committer: GitIdentity;
  readonly message: string;
}

/** One entry of a tree listing. */
export interface GitTreeEntry {
  readonly path: string;
  readonly mode: string;
  readonly type: "blob" | "tree" | "commit";
  readonly sha: string;
  readonly size?: number;
}

/** An annotated tag object. */
export interface GitTag {
  readonly sha: string;
  readonly tag: string;
  readonly object: string;
  readonly type: string;
  readonly tagger: GitIdentity;
  readonly message: string;
}

/** A changed file between two commits. */
export interface GitFileChange {
  readonly filename: string;
  readonly status: "added" | "removed" | "modified" | "renamed";
  readonly additions: number;
  readonly deletions: number;
  readonly sha: string;
}

const ZERO = "0".repeat(40);
const OBJECT_ID = /^[0-9a-f]{40}$/;
/** True when every argument is a full object id: what git answers about them can never change. */
const immutable = (...ids: readonly string[]) => ids.every((id) => OBJECT_ID.test(id));
/** git commands that never write a ref; any other drops the store's list of refs. */
const READ_ONLY_COMMANDS = new Set([
  "cat-file",
  "diff",
  "for-each-ref",
  "log",
  "ls-tree",
  "merge-base",
  "rev-list",
  "rev-parse",
]);
const LOG_FORMAT = ["%H", "%T", "%P", "%an", "%ae", "%aI", "%cn", "%ce", "%cI", "%B"].join("%x1f");

/** An ISO 8601 date as git's raw date format: `<unix seconds> <offset>`. */
export function gitDate(iso: string): string {
  // git accepts "<unix seconds> <offset>"; keeping the offset keeps the ISO date identical.
  const match = /([+-]\d{2}):?(\d{2})$|Z$/.exec(iso);
  const offset = match?.[1] ? `${match[1]}${match[2]}` : "+0000";
  return `${Math.floor(Date.parse(iso) / 1000)} ${offset}`;
}

function parseLogRecord(record: string): GitCommit {
  const [
    sha = "",
    tree = "",
    parents = "",
    an = "",
    ae = "",
    ad = "",
    cn = "",
    ce = "",
    cd = "",
    ...message
  ] = record.split("\x1f");
  return {
    sha,
    tree,
    parents: parents === "" ? [] : parents.split(" "),
    author: { name: an, email: ae, date: ad },
    committer: { name: cn, email: ce, date: cd },
    message: message.join("\x1f").replace(/\n$/, ""),
  };
}

/** A bare repository on disk, driven through the git command line. */
export class GitStore {
  readonly path: string;
  readonly #env: NodeJS.ProcessEnv;
  /**
   * Answers about objects named by full id (a commit, its tree, a blob, ancestry of two commits):
   * git objects are content-addressed and never change, so each is asked of git once. A test run
   * asks hundreds of them and each git process costs milliseconds of CPU to start and run. Only
   * answers that found the objects are kept: a missing object may be written later.
   */
  readonly #known = new Map<string, Promise<unknown>>();
  /**
   * Every ref, as git listed it since the last command that may write refs: all ref writes of
   * the fake go through this store (update-ref, fast-import…), and each one drops the list.
   */
  #refList: Promise<{ ref: string; sha: string; type: string }[]> | undefined;
  /** Answers names, types and bytes of objects without a git process per question. */
  readonly #reader: GitObjectReader;

  private constructor(path: string, env: NodeJS.ProcessEnv) {
    this.path = path;
    this.#env = env;
    this.#reader = new GitObjectReader(path, env);
  }

  /** Stops the repository's long-lived git process (the repository stays usable). */
  close(): void {
    this.#reader.close();
  }

  #memo<T>(key: string, ask: () => Promise<T>, keep: (answer: T) => boolean = () => true): Promise<T> {
    const known = this.#known.get(key) as Promise<T> | undefined;
    if (known) return known;
    const answer = ask();
    this.#known.set(key, answer);
    answer.then(
      (value) => {
        if (!keep(value)) this.#known.delete(key);
      },
      () => this.#known.delete(key),
    );
    return answer;
  }

  /** A new temporary directory for a bare repository, and the environment git runs in there. */
  static #place(): { path: string; env: NodeJS.ProcessEnv } {
    const root = mkdtempSync(join(tmpdir(), "fake-github-"));
    const home = join(root, "home");
    mkdirSync(home);
    // Never read the developer's or the machine's git configuration.
    const env = {
      PATH: process.env.PATH,
      HOME: home,
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
      GIT_TERMINAL_PROMPT: "0",
      LC_ALL: "C",
    };
    return { path: join(root, "repo.git"), env };
  }

  /** Creates an empty bare repository in a new temporary directory. */
  static async create(defaultBranch = "main"): Promise<GitStore> {
    const { path, env } = GitStore.#place();
    await launchFile("git", ["init", "--quiet", "--bare", `--initial-branch=${defaultBranch}`, path], {
      env,
    });
    return new GitStore(path, env);
  }

  /**
   * A copy of this repository (its files copied, no git process started) in a new temporary
   * directory. It holds the same objects, so it starts with what this store already asked git.
   */
  copy(): GitStore {
    const { path, env } = GitStore.#place();
    cpSync(this.path, path, { recursive: true });
    const copy = new GitStore(path, env);
    for (const [key, answer] of this.#known) copy.#known.set(key, answer);
    return copy;
  }

  /** Runs git in the repository and returns its stdout. */
  async git(
    args: readonly string[],
    options: { input?: string | Buffer; env?: Record<string, string> } = {},
  ): Promise<string> {
    if (options.input !== undefined) return (await this.gitBuffer(args, options)).toString("utf8");
    return this.#tracked(args, async () => {
      const { stdout } = await launchFile("git", ["-C", this.path, ...args], {
        env: { ...this.#env, ...options.env },
        maxBuffer: LAUNCH_MAX_BUFFER,
      });
      return stdout;
    });
  }

  /** Runs a command; one that may write refs drops the listed refs, before it runs and once done. */
  async #tracked<T>(args: readonly string[], command: () => Promise<T>): Promise<T> {
    if (READ_ONLY_COMMANDS.has(args[0] ?? "")) return command();
    this.#refList = undefined;
    try {
      return await command();
    } finally {
      this.#refList = undefined;
    }
  }

  /** Runs git with optional stdin and returns stdout as bytes. */
  gitBuffer(
    args: readonly string[],
    options: { input?: string | Buffer; env?: Record<string, string> } = {},
  ): Promise<Buffer> {
    return this.#tracked(args, () => this.#spawn(args, options));
  }

  async #spawn(
    args: readonly string[],
    options: { input?: string | Buffer; env?: Record<string, string> },
  ): Promise<Buffer> {
    // A git that exits early closes its stdin unread: its exit code tells what went wrong.
    const { code, stdout, stderr } = await launch("git", ["-C", this.path, ...args], {
      env: { ...this.#env, ...options.env },
      input: options.input,
    });
    if (code === 0) return stdout;
    throw new Error(`git ${args.join(" ")} failed (${code}): ${stderr.toString("utf8").trim()}`);
  }

  /** The sha an expression names (`main`, `v1.0^{commit}`, a short sha), or undefined. */
  resolve(revision: string): Promise<string | undefined> {
    if (revision.startsWith("-")) return Promise.resolve(undefined);
    const peeled = /^([0-9a-f]{40})(\^\{commit\})?$/.exec(revision);
    if (peeled)
      return this.#memo(
        `resolve ${revision}`,
        () => this.#resolve(revision),
        (sha) => sha !== undefined,
      );
    return this.#resolve(revision);
  }

  async #resolve(revision: string): Promise<string | undefined> {
    // A full object id names itself for git even when no such object exists: only the
    // reader's "missing" would differ, so that one question goes to rev-parse.
    if (readerAnswers(revision) && !/^[0-9a-f]{40}$/i.test(revision))
      return (await this.#reader.info(revision))?.sha;
    try {
      return (
        (await this.git(["rev-parse", "--verify", "--quiet", "--end-of-options", revision])).trim() ||
        undefined
      );
    } catch {
      return undefined;
    }
  }

  /** The commit a revision names, peeling tags; undefined when it names none. */
  resolveCommit(revision: string): Promise<string | undefined> {
    return this.resolve(`${revision}^{commit}`);
  }

  /** The type of an object, or undefined when it does not exist. */
  objectType(sha: string): Promise<"commit" | "tree" | "blob" | "tag" | undefined> {
    if (!immutable(sha)) return this.#objectType(sha);
    return this.#memo(
      `type ${sha}`,
      () => this.#objectType(sha),
      (type) => type !== undefined,
    );
  }

  async #objectType(sha: string): Promise<"commit" | "tree" | "blob" | "tag" | undefined> {
    return (await this.#object(sha, false))?.type as "commit" | "tree" | "blob" | "tag" | undefined;
  }

  /** The object a name means (with its bytes when `contents`), asked of the long-lived reader. */
  async #object(name: string, contents: boolean): Promise<GitObject | undefined> {
    const exact = readerAnswers(name) ? name : await this.#resolve(name);
    if (exact === undefined) return undefined;
    return contents ? this.#reader.contents(exact) : this.#reader.info(exact);
  }

  /** The bytes of an object that must have this type (what `git cat-file <type> <name>` checks). */
  async #bytes(name: string, type: "blob" | "tag"): Promise<Buffer> {
    const object = await this.#object(name, true);
    if (object?.type !== type || !object.content)
      throw new Error(
        `git cat-file ${type} ${name} failed: ${object ? `it is a ${object.type}` : "no such object"}`,
      );
    return object.content;
  }

  /** Reads one commit. */
  commit(sha: string): Promise<GitCommit> {
    return immutable(sha) ? this.#memo(`commit ${sha}`, () => this.#commit(sha)) : this.#commit(sha);
  }

  async #commit(sha: string): Promise<GitCommit> {
    const [commit] = await this.log([sha], { maxCount: 1, noWalk: true });
    if (!commit) throw new Error(`No commit ${sha}`);
    return commit;
  }

  /** Commits in `git log` order for revision arguments (`b..a`, `--first-parent`…). */
  async log(
    revisions: readonly string[],
    options: {
      maxCount?: number;
      skip?: number;
      reverse?: boolean;
      noWalk?: boolean;
      paths?: readonly string[];
    } = {},
  ): Promise<GitCommit[]> {
    const args = ["log", "-z", `--format=${LOG_FORMAT}`];
    if (options.maxCount !== undefined) args.push(`--max-count=${options.maxCount}`);
    if (options.skip) args.push(`--skip=${options.skip}`);
    if (options.reverse) args.push("--reverse");
    if (options.noWalk) args.push("--no-walk");
    args.push(...revisions, "--", ...(options.paths ?? []));
    const output = await this.git(args);
    return output
      .split("\0")
      .filter((record) => record !== "")
      .map(parseLogRecord);
  }

  /** Lists a tree (recursively with `recursive`, trees included). */
  async tree(sha: string, recursive = false): Promise<GitTreeEntry[]> {
    // A copy each time: callers may change the list they get.
    if (immutable(sha))
      return [...(await this.#memo(`tree ${recursive} ${sha}`, () => this.#tree(sha, recursive)))];
    return this.#tree(sha, recursive);
  }

  async #tree(sha: string, recursive: boolean): Promise<GitTreeEntry[]> {
    const output = await this.git(["ls-tree", "-z", "-l", ...(recursive ? ["-r", "-t"] : []), sha]);
    return output
      .split("\0")
      .filter((line) => line !== "")
      .map((line) => {
        const [meta = "", path = ""] = line.split("\t");
        const [mode = "", type = "", object = "", size = "-"] = meta.split(/\s+/);
        return {
          path,
          mode,
          type: type as GitTreeEntry["type"],
          sha: object,
          ...(size !== "-" && { size: Number(size) }),
        };
      });
  }

  /** The entry at a path of a commit's tree, or undefined. */
  async entryAt(commit: string, path: string): Promise<GitTreeEntry | undefined> {
    if (!immutable(commit)) return this.#entryAt(commit, path);
    // A copy each time: callers may change the entry they get.
    const entry = await this.#memo(`entry ${commit} ${path}`, () => this.#entryAt(commit, path));
    return entry && { ...entry };
  }

  async #entryAt(commit: string, path: string): Promise<GitTreeEntry | undefined> {
    const clean = path.replace(/^\/+|\/+$/g, "");
    if (clean === "") {
      const tree = (await this.commit(commit)).tree;
      return { path: "", mode: "040000", type: "tree", sha: tree };
    }
    const output = await this.git(["ls-tree", "-z", "-l", commit, "--", clean]);
    const line = output.split("\0").find((entry) => entry.endsWith(`\t${clean}`));
    if (!line) return undefined;
    const [meta = ""] = line.split("\t");
    const [mode = "", type = "", object = "", size = "-"] = meta.split(/\s+/);
    return {
      path: clean,
      mode,
      type: type as GitTreeEntry["type"],
      sha: object,
      ...(size !== "-" && { size: Number(size) }),
    };
  }

  /** The bytes of a blob. */
  async blob(sha: string): Promise<Buffer> {
    if (!immutable(sha)) return this.#bytes(sha, "blob");
    // A copy each time: a Buffer can be written to.
    return Buffer.from(await this.#memo(`blob ${sha}`, () => this.#bytes(sha, "blob")));
  }

  /** Reads an annotated tag object. */
  tag(sha: string): Promise<GitTag> {
    return immutable(sha) ? this.#memo(`tag ${sha}`, () => this.#tag(sha)) : this.#tag(sha);
  }

  async #tag(sha: string): Promise<GitTag> {
    const raw = (await this.#bytes(sha, "tag")).toString("utf8");
    const [head = "", ...body] = raw.split("\n\n");
    const fields = new Map(
      head.split("\n").map((line) => [line.slice(0, line.indexOf(" ")), line.slice(line.indexOf(" ") + 1)]),
    );
    const tagger = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(fields.get("tagger") ?? "");
    return {
      sha,
      tag: fields.get("tag") ?? "",
      object: fields.get("object") ?? "",
      type: fields.get("type") ?? "",
      tagger: {
        name: tagger?.[1] ?? "",
        email: tagger?.[2] ?? "",
        date: new Date(Number(tagger?.[3] ?? 0) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z"),
      },
      message: body.join("\n\n"),
    };
  }

  /** Stores a blob and returns its sha. */
  async writeBlob(content: Buffer | string): Promise<string> {
    return (await this.git(["hash-object", "-w", "--stdin"], { input: content })).trim();
  }

  /**
   * Writes a tree: `base` (a tree sha) with entries set (`sha`) or removed (`sha: null`) at
   * nested paths. Uses a private index file, so depth costs nothing extra.
   */
  async writeTree(
    base: string | undefined,
    entries: readonly { path: string; mode: string; sha: string | null }[],
  ): Promise<string> {
    const index = join(this.path, `index-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const env = { GIT_INDEX_FILE: index };
    if (base) await this.git(["read-tree", base], { env });
    else await this.git(["read-tree", "--empty"], { env });
    const lines = entries.map((entry) =>
      entry.sha === null ? `0 ${ZERO}\t${entry.path}` : `${entry.mode} ${entry.sha}\t${entry.path}`,
    );
    if (lines.length > 0)
      await this.git(["update-index", "--add", "--remove", "--index-info"], {
        input: `${lines.join("\n")}\n`,
        env,
      });
    const tree = (await this.git(["write-tree"], { env })).trim();
    rmSync(index, { force: true });
    return tree;
  }

  /** Stores a commit object and returns its sha. */
  async writeCommit(commit: {
    tree: string;
    parents: readonly string[];
    message: string;
    author: GitIdentity;
    committer: GitIdentity;
  }): Promise<string> {
    const args = ["commit-tree", commit.tree, ...commit.parents.flatMap((parent) => ["-p", parent])];
    const env = {
      GIT_AUTHOR_NAME: commit.author.name,
      GIT_AUTHOR_EMAIL: commit.author.email,
      GIT_AUTHOR_DATE: gitDate(commit.author.date),
      GIT_COMMITTER_NAME: commit.committer.name,
      GIT_COMMITTER_EMAIL: commit.committer.email,
      GIT_COMMITTER_DATE: gitDate(commit.committer.date),
    };
    return (await this.git(args, { input: commit.message, env })).trim();
  }

  /** Stores an annotated tag object and returns its sha. */
  async writeTag(tag: {
    tag: string;
    object: string;
    type: string;
    tagger: GitIdentity;
    message: string;
  }): Promise<string> {
    const body = `object ${tag.object}\ntype ${tag.type}\ntag ${tag.tag}\ntagger ${tag.tagger.name} <${tag.tagger.email}> ${gitDate(tag.tagger.date)}\n\n${tag.message}${tag.message.endsWith("\n") ? "" : "\n"}`;
    return (await this.git(["mktag"], { input: body })).trim();
  }

  /** Refs under a prefix (`refs/tags/v`), with the object each points to and its type. */
  async refs(prefix = "refs/"): Promise<{ ref: string; sha: string; type: string }[]> {
    if (!this.#refList) {
      const listing = this.#listRefs();
      this.#refList = listing;
      listing.catch(() => {
        if (this.#refList === listing) this.#refList = undefined;
      });
    }
    // Copies: callers may change what they get.
    return (await this.#refList)
      .filter((entry) => entry.ref.startsWith(prefix))
      .map((entry) => ({ ...entry }));
  }

  async #listRefs(): Promise<{ ref: string; sha: string; type: string }[]> {
    const output = await this.git([
      "for-each-ref",
      "--format=%(refname)%09%(objectname)%09%(objecttype)",
      "--sort=refname",
    ]);
    return output
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => {
        const [ref = "", sha = "", type = ""] = line.split("\t");
        return { ref, sha, type };
      });
  }

  /** Sets a ref; with `expected`, only if it still points there (compare-and-swap). */
  async updateRef(ref: string, sha: string, expected?: string | null): Promise<void> {
    const args = ["update-ref", ref, sha];
    if (expected !== undefined) args.push(expected ?? ZERO);
    await this.git(args);
  }

  /** Deletes a ref. */
  async deleteRef(ref: string): Promise<void> {
    await this.git(["update-ref", "-d", ref]);
  }

  /** Applies many ref updates at once (`update <ref> <sha>` lines). */
  async updateRefs(commands: readonly string[]): Promise<void> {
    if (commands.length > 0) await this.git(["update-ref", "--stdin"], { input: `${commands.join("\n")}\n` });
  }

  /** The best common ancestor of two commits, or undefined when they share none. */
  mergeBase(a: string, b: string): Promise<string | undefined> {
    if (!immutable(a, b)) return this.#mergeBase(a, b);
    return this.#memo(
      `merge-base ${a} ${b}`,
      () => this.#mergeBase(a, b),
      (base) => base !== undefined,
    );
  }

  async #mergeBase(a: string, b: string): Promise<string | undefined> {
    try {
      return (await this.git(["merge-base", a, b])).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** True when `ancestor` is reachable from `descendant` (or is it). */
  isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    if (!immutable(ancestor, descendant))
      return this.#isAncestor(ancestor, descendant).then((answer) => answer === true);
    return this.#memo(
      `is-ancestor ${ancestor} ${descendant}`,
      () => this.#isAncestor(ancestor, descendant),
      (answer) => answer !== "unknown",
    ).then((answer) => answer === true);
  }

  /** git's answer; "unknown" when it failed otherwise than by saying no (exit code 1), e.g. a missing object. */
  async #isAncestor(ancestor: string, descendant: string): Promise<boolean | "unknown"> {
    try {
      await this.git(["merge-base", "--is-ancestor", ancestor, descendant]);
      return true;
    } catch (error) {
      return (error as { code?: unknown }).code === 1 ? false : "unknown";
    }
  }

  /** Number of commits in a revision range (`a..b`). */
  count(range: string): Promise<number> {
    const [from = "", to = "", ...rest] = range.split("..");
    if (rest.length === 0 && immutable(from, to))
      return this.#memo(`count ${range}`, () => this.#count(range));
    return this.#count(range);
  }

  async #count(range: string): Promise<number> {
    return Number((await this.git(["rev-list", "--count", range])).trim());
  }

  /** Files changed from `base` to `head`, with line counts. */
  async diff(base: string, head: string): Promise<GitFileChange[]> {
    if (immutable(base, head))
      return [...(await this.#memo(`diff ${base} ${head}`, () => this.#diff(base, head)))];
    return this.#diff(base, head);
  }

  async #diff(base: string, head: string): Promise<GitFileChange[]> {
    const numstat = await this.git(["diff", "--numstat", "-z", "--no-renames", base, head]);
    const status = await this.git(["diff", "--raw", "--no-abbrev", "-z", "--no-renames", base, head]);
    const counts = new Map<string, [number, number]>();
    for (const record of numstat.split("\0").filter((entry) => entry !== "")) {
      const [added = "0", removed = "0", file = ""] = record.split("\t");
      counts.set(file, [Number(added) || 0, Number(removed) || 0]);
    }
    const fields = status.split("\0");
    const changes: GitFileChange[] = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const meta = fields[i] ?? "";
      const file = fields[i + 1] ?? "";
      const [, , , newSha = "", letter = ""] = meta.replace(/^:/, "").split(" ");
      const [additions, deletions] = counts.get(file) ?? [0, 0];
      const kind = letter === "A" ? "added" : letter === "D" ? "removed" : "modified";
      changes.push({ filename: file, status: kind, additions, deletions, sha: newSha });
    }
    return changes;
  }
}
