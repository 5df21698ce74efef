/**
 * A real bare git repository behind each fake repository: refs, commits, trees, blobs, tags,
 * ancestry, merge bases and merges all come from git itself, so compare results and release
 * ranges in tests are what git (and GitHub) would compute.
 */
import { createHash } from "node:crypto";
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { LAUNCH_MAX_BUFFER, launch, launchFile } from "../process-launcher.ts";
import { commitFields, compareWithGit, readCommit } from "./commit-object.ts";
import { type GitObject, GitObjectReader, readerAnswers } from "./git-object-reader.ts";
import { type RefEntry, RefList } from "./ref-list.ts";
import { plainPath, type TreeObjectEntry, treeEntries } from "./tree-object.ts";

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
/** A revision argument of full object ids (`<id>`, `^<id>`, `<id>..<id>`): the ids, else undefined. */
function revisionIds(revision: string): string[] | undefined {
  const ids = revision.replace(/^\^/, "").split("..");
  return ids.length <= 2 && immutable(...ids) ? ids : undefined;
}
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
   * Answers about objects named by full id (a commit, its tree, a blob, ancestry of two commits,
   * the commits between two): git objects are content-addressed, so such an answer is the same
   * in every repository that holds the objects, and never changes. A test run asks hundreds of
   * them and each git process costs milliseconds of CPU to start and run, so a store shares them
   * with its copies (tests arrange a template once and ask the same of each copy), and a store
   * takes an answer only about objects it holds. Only answers that found the objects are kept.
   */
  readonly #known: Map<string, Promise<unknown>>;
  /** Objects this repository is known to hold (git never removes one here). */
  readonly #held: Set<string>;
  /** Every ref, as git listed it or as the store's ref writes since changed it. */
  readonly #refs = new RefList(
    () => this.#listRefs(),
    (sha) => this.objectType(sha),
  );
  /** Answers names, types and bytes of objects without a git process per question. */
  readonly #reader: GitObjectReader;

  private constructor(
    path: string,
    env: NodeJS.ProcessEnv,
    known = new Map<string, Promise<unknown>>(),
    held = new Set<string>(),
  ) {
    this.path = path;
    this.#env = env;
    this.#known = known;
    this.#held = held;
    this.#reader = new GitObjectReader(path, env);
  }

  /** Stops the repository's long-lived git process (the repository stays usable). */
  close(): void {
    this.#reader.close();
  }

  /** Stops its git process and deletes the repository's temporary directory: the store is gone. */
  remove(): void {
    this.close();
    rmSync(dirname(this.path), { recursive: true, force: true });
  }

  /**
   * The answer about objects `ids` (full ids, else no answer is kept): a known one when this
   * repository holds the objects, otherwise git's, kept when `keep` says so.
   */
  #memo<T>(
    key: string,
    ids: readonly string[],
    ask: () => Promise<T>,
    keep: (answer: T) => boolean = () => true,
  ): Promise<T> {
    if (ids.length === 0 || !immutable(...ids)) return ask();
    if (ids.every((id) => this.#held.has(id))) return this.#recall(key, ask, keep);
    return this.#holds(ids).then((held) => (held ? this.#recall(key, ask, keep) : ask()));
  }

  /** True when the repository holds every object (asked of the long-lived reader). */
  async #holds(ids: readonly string[]): Promise<boolean> {
    if (!immutable(...ids)) return false;
    for (const id of ids) {
      if (this.#held.has(id)) continue;
      if ((await this.#reader.info(id))?.sha !== id) return false;
      this.#held.add(id);
    }
    return true;
  }

  #recall<T>(key: string, ask: () => Promise<T>, keep: (answer: T) => boolean): Promise<T> {
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
    // No template: git's sample hooks and info/exclude are files every copy would copy again.
    await launchFile(
      "git",
      ["init", "--quiet", "--bare", "--template=", `--initial-branch=${defaultBranch}`, path],
      { env },
    );
    return new GitStore(path, env);
  }

  /**
   * A copy of this repository (its files copied, its objects hard-linked; no git process started
   * but, once per template, the listing of its refs, which the copies then share) in a new
   * temporary directory. It holds the same objects and refs, and shares the answers about objects.
   */
  copy(): GitStore {
    const { path, env } = GitStore.#place();
    copyTree(this.path, path, copyFileSync, "objects");
    const copy = new GitStore(path, env, this.#known, new Set(this.#held));
    this.#refs.copyTo(copy.#refs);
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

  /** Runs a command (with `input` on its stdin) that may write refs through the list of refs. */
  #tracked<T>(args: readonly string[], command: () => Promise<T>, input?: string | Buffer): Promise<T> {
    return this.#refs.run(args, input?.toString("utf8"), command);
  }

  /** Runs git with optional stdin and returns stdout as bytes. */
  gitBuffer(
    args: readonly string[],
    options: { input?: string | Buffer; env?: Record<string, string> } = {},
  ): Promise<Buffer> {
    return this.#tracked(args, () => this.#spawn(args, options), options.input);
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
        [peeled[1] as string],
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
    return this.#memo(
      `type ${sha}`,
      [sha],
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
    return this.#memo(`commit ${sha}`, [sha], () => this.#readCommit(sha));
  }

  /** A commit read through the long-lived reader, or shown by git log (see commit-object.ts). */
  async #readCommit(sha: string): Promise<GitCommit> {
    // Only a full id: the reader would not tell the commit's id for another name (or take it).
    const object = immutable(sha) ? await this.#reader.contents(sha) : undefined;
    const fields = object?.type === "commit" && object.content ? commitFields(object.content) : undefined;
    const read = fields && readCommit(sha, fields);
    if (read) return read;
    const [logged] = await this.log([sha], { maxCount: 1, noWalk: true });
    if (!logged) throw new Error(`No commit ${sha}`);
    if (fields) compareWithGit(fields, logged);
    return logged;
  }

  /** Commits in `git log` order for revision arguments (`b..a`, `^a`, `main`…). */
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
    const ids = revisions.map(revisionIds);
    if (ids.some((id) => id === undefined)) return this.#log(args);
    const [from = "", to] = revisions.length === 1 ? (revisions[0] as string).split("..") : [];
    if (to !== undefined && (await this.#sameCommit(from, to))) return [];
    // A copy each time: callers may change the list they get.
    return [...(await this.#memo(`log ${args.join(" ")}`, ids.flat() as string[], () => this.#log(args)))];
  }

  async #log(args: readonly string[]): Promise<GitCommit[]> {
    return (await this.git(args))
      .split("\0")
      .filter((record) => record !== "")
      .map(parseLogRecord);
  }

  /** Lists a tree (recursively with `recursive`, trees included). */
  async tree(sha: string, recursive = false): Promise<GitTreeEntry[]> {
    // A copy each time: callers may change the list they get.
    return [...(await this.#memo(`tree ${recursive} ${sha}`, [sha], () => this.#tree(sha, recursive)))];
  }

  async #tree(sha: string, recursive: boolean): Promise<GitTreeEntry[]> {
    const walked = immutable(sha) ? await this.#walk(`${sha}^{tree}`, recursive, "") : undefined;
    return walked ?? this.#lsTree([...(recursive ? ["-r", "-t"] : []), sha]);
  }

  /** What `git ls-tree -z -l <args>` lists. */
  async #lsTree(args: readonly string[]): Promise<GitTreeEntry[]> {
    const output = await this.git(["ls-tree", "-z", "-l", ...args]);
    return output
      .split("\0")
      .filter((line) => line !== "")
      .map((line) => {
        const tab = line.indexOf("\t");
        const [mode = "", type = "", object = "", size = "-"] = line.slice(0, tab).split(/\s+/);
        return {
          path: line.slice(tab + 1),
          mode,
          type: type as GitTreeEntry["type"],
          sha: object,
          ...(size !== "-" && { size: Number(size) }),
        };
      });
  }

  /**
   * The entries of a tree (and of its subtrees, each after its tree, with `recursive`) as
   * ls-tree lists them, read through the long-lived reader; undefined where git must answer.
   */
  async #walk(treeish: string, recursive: boolean, prefix: string): Promise<GitTreeEntry[] | undefined> {
    const entries = await this.#treeObject(treeish);
    if (!entries) return undefined;
    const listed = await Promise.all(entries.map((entry) => this.#listed(entry, `${prefix}${entry.name}`)));
    if (listed.includes(undefined)) return undefined;
    const all: GitTreeEntry[] = [];
    for (const entry of listed as GitTreeEntry[]) {
      all.push(entry);
      if (!recursive || entry.type !== "tree") continue;
      const inner = await this.#walk(entry.sha, true, `${entry.path}/`);
      if (!inner) return undefined;
      all.push(...inner);
    }
    return all;
  }

  /** A tree's entries, or undefined when it is no tree or git must read it (see treeEntries). */
  async #treeObject(treeish: string): Promise<TreeObjectEntry[] | undefined> {
    const object = await this.#reader.contents(treeish);
    return object?.type === "tree" && object.content ? treeEntries(object.content) : undefined;
  }

  /** An entry at `path` as ls-tree -l lists it: with the size of a blob (undefined if missing). */
  async #listed(entry: TreeObjectEntry, path: string): Promise<GitTreeEntry | undefined> {
    const { mode, type, sha } = entry;
    if (type !== "blob") return { path, mode, type, sha };
    const size = (await this.#reader.info(sha))?.size;
    return size === undefined ? undefined : { path, mode, type, sha, size };
  }

  /** The entry at a path of a commit's tree, or undefined. */
  async entryAt(commit: string, path: string): Promise<GitTreeEntry | undefined> {
    // A copy each time: callers may change the entry they get.
    const entry = await this.#memo(`entry ${commit} ${path}`, [commit], () => this.#entryAt(commit, path));
    return entry && { ...entry };
  }

  async #entryAt(commit: string, path: string): Promise<GitTreeEntry | undefined> {
    const clean = path.replace(/^\/+|\/+$/g, "");
    if (clean === "") {
      const tree = (await this.commit(commit)).tree;
      return { path: "", mode: "040000", type: "tree", sha: tree };
    }
    if (immutable(commit) && plainPath(clean)) {
      const found = await this.#find(`${commit}^{tree}`, clean.split("/"), clean);
      if (found !== "ask git") return found;
    }
    return (await this.#lsTree([commit, "--", clean])).find((entry) => entry.path === clean);
  }

  /** The entry at `names` below a tree, as ls-tree -l lists it at `path`; "ask git" where git must. */
  async #find(
    treeish: string,
    names: readonly string[],
    path: string,
  ): Promise<GitTreeEntry | undefined | "ask git"> {
    const [name, ...rest] = names;
    const entries = await this.#treeObject(treeish);
    if (!entries) return "ask git";
    const entry = entries.find((candidate) => candidate.name === name);
    if (!entry) return undefined;
    if (rest.length > 0) return entry.type === "tree" ? this.#find(entry.sha, rest, path) : undefined;
    return (await this.#listed(entry, path)) ?? "ask git";
  }

  /** The bytes of a blob. */
  async blob(sha: string): Promise<Buffer> {
    // A copy each time: a Buffer can be written to.
    return Buffer.from(await this.#memo(`blob ${sha}`, [sha], () => this.#bytes(sha, "blob")));
  }

  /** Reads an annotated tag object. */
  tag(sha: string): Promise<GitTag> {
    return this.#memo(`tag ${sha}`, [sha], () => this.#tag(sha));
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

  /**
   * Stores an object through `write` (a git process that prints its id) and returns its id, or
   * the id git gave before when this repository holds that object already: what an object is
   * made of (`key`) fixes its id, so git would write nothing new. Tests write the same files,
   * trees and tags again in each copy of a template. `inputs`: the objects git reads to write it.
   */
  async #stored(key: string, inputs: readonly string[], write: () => Promise<string>): Promise<string> {
    return (await this.#written(key, inputs)) ?? this.#remember(key, write());
  }

  /** The id git gave for the object made of `key`, when this repository holds it and `inputs`. */
  async #written(key: string, inputs: readonly string[]): Promise<string | undefined> {
    const sha = await (this.#known.get(key) as Promise<string> | undefined)?.catch(() => undefined);
    return sha !== undefined && (await this.#holds([...inputs, sha])) ? sha : undefined;
  }

  #remember(key: string, written: Promise<string>): Promise<string> {
    this.#known.set(key, written);
    written.catch(() => {
      if (this.#known.get(key) === written) this.#known.delete(key);
    });
    return written;
  }

  /** Stores a blob and returns its sha. */
  async writeBlob(content: Buffer | string): Promise<string> {
    return (await this.writeBlobs([content]))[0] as string;
  }

  /** Stores blobs and returns their shas, in order: one git process for all it must write. */
  async writeBlobs(contents: readonly (Buffer | string)[]): Promise<string[]> {
    const keys = contents.map(
      (content) => `write-blob ${createHash("sha256").update(content).digest("hex")}`,
    );
    const shas = new Map<string, Promise<string>>();
    const missing = new Map<string, Buffer | string>();
    for (const [i, key] of keys.entries()) {
      if (shas.has(key) || missing.has(key)) continue;
      const known = await this.#written(key, []);
      if (known === undefined) missing.set(key, contents[i] as Buffer | string);
      else shas.set(key, Promise.resolve(known));
    }
    if (missing.size > 0) {
      const written = this.#hashObjects([...missing.values()]);
      for (const [i, key] of [...missing.keys()].entries())
        shas.set(
          key,
          this.#remember(
            key,
            written.then((all) => all[i] as string),
          ),
        );
    }
    return Promise.all(keys.map((key) => shas.get(key) as Promise<string>));
  }

  /** `git hash-object -w` of each content, through files (git takes one object on its stdin). */
  async #hashObjects(contents: readonly (Buffer | string)[]): Promise<string[]> {
    // Beside the repository, not in it: a copy made meanwhile does not take these files.
    const dir = mkdtempSync(join(dirname(this.path), "blobs-"));
    try {
      const files = contents.map((content, i) => {
        const file = join(dir, String(i));
        writeFileSync(file, content);
        return file;
      });
      const output = await this.git(["hash-object", "-w", "--no-filters", "--stdin-paths"], {
        input: `${files.join("\n")}\n`,
      });
      return output.trim().split("\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /**
   * Writes a tree: `base` (a tree sha) with entries set (`sha`) or removed (`sha: null`) at
   * nested paths. Uses a private index file, so depth costs nothing extra.
   */
  writeTree(
    base: string | undefined,
    entries: readonly { path: string; mode: string; sha: string | null }[],
  ): Promise<string> {
    const inputs = [...(base === undefined ? [] : [base]), ...entries.flatMap(({ sha }) => sha ?? [])];
    const key = `write-tree ${base} ${JSON.stringify(entries.map(({ path, mode, sha }) => [path, mode, sha]))}`;
    return this.#stored(key, inputs, () => this.#writeTree(base, entries));
  }

  async #writeTree(
    base: string | undefined,
    entries: readonly { path: string; mode: string; sha: string | null }[],
  ): Promise<string> {
    const index = join(this.path, `index-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const env = { GIT_INDEX_FILE: index };
    try {
      // The base's files as index lines give the index read-tree would, without its process.
      const baseFiles = base ? await this.#indexLines(base) : [];
      if (!baseFiles) await this.git(["read-tree", base as string], { env });
      const lines = [
        ...(baseFiles ?? []),
        ...entries.map((entry) =>
          entry.sha === null ? `0 ${ZERO}\t${entry.path}` : `${entry.mode} ${entry.sha}\t${entry.path}`,
        ),
      ];
      // Without a line, git reads the missing index file as an empty index.
      if (lines.length > 0)
        await this.git(["update-index", "--add", "--remove", "--index-info"], {
          input: `${lines.join("\n")}\n`,
          env,
        });
      return (await this.git(["write-tree"], { env })).trim();
    } finally {
      rmSync(index, { force: true });
    }
  }

  /**
   * `update-index --index-info` lines for every file of a tree, or undefined when read-tree
   * must read it: a tree the repository does not hold (read-tree fails), or a path the lines
   * would not carry as is (a newline, or a leading quote, which update-index unquotes).
   */
  async #indexLines(tree: string): Promise<string[] | undefined> {
    if (!(await this.#holds([tree]))) return undefined;
    const entries = await this.tree(tree, true);
    if (entries.some(({ path }) => path.startsWith('"') || path.includes("\n"))) return undefined;
    return entries
      .filter(({ type }) => type !== "tree")
      .map(({ mode, sha, path }) => `${mode} ${sha}\t${path}`);
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
    return this.#stored(
      `write-commit ${JSON.stringify([args, env, commit.message])}`,
      [commit.tree, ...commit.parents],
      async () => (await this.git(args, { input: commit.message, env })).trim(),
    );
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
    return this.#stored(`write-tag ${body}`, [tag.object], async () =>
      (await this.git(["mktag"], { input: body })).trim(),
    );
  }

  /** Refs under a prefix (`refs/tags/v`), with the object each points to and its type. */
  async refs(prefix = "refs/"): Promise<RefEntry[]> {
    return (await this.#refs.entries()).filter((entry) => entry.ref.startsWith(prefix));
  }

  async #listRefs(): Promise<RefEntry[]> {
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
    return this.#memo(
      `merge-base ${a} ${b}`,
      [a, b],
      () => this.#mergeBase(a, b),
      (base) => base !== undefined,
    );
  }

  async #mergeBase(a: string, b: string): Promise<string | undefined> {
    if (await this.#sameCommit(a, b)) return a;
    try {
      return (await this.git(["merge-base", a, b])).trim() || undefined;
    } catch {
      return undefined;
    }
  }

  /** True when `ancestor` is reachable from `descendant` (or is it). */
  isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return this.#memo(
      `is-ancestor ${ancestor} ${descendant}`,
      [ancestor, descendant],
      () => this.#isAncestor(ancestor, descendant),
      (answer) => answer !== "unknown",
    ).then((answer) => answer === true);
  }

  /** git's answer; "unknown" when it failed otherwise than by saying no (exit code 1), e.g. a missing object. */
  async #isAncestor(ancestor: string, descendant: string): Promise<boolean | "unknown"> {
    if (await this.#sameCommit(ancestor, descendant)) return true;
    try {
      await this.git(["merge-base", "--is-ancestor", ancestor, descendant]);
      return true;
    } catch (error) {
      return (error as { code?: unknown }).code === 1 ? false : "unknown";
    }
  }

  /** Number of commits in a revision range (`a..b`, or all a commit reaches). */
  count(range: string): Promise<number> {
    return this.#memo(`count ${range}`, revisionIds(range) ?? [], async () => {
      const [from = "", to] = range.split("..");
      if (to !== undefined && (await this.#sameCommit(from, to))) return 0;
      return Number((await this.git(["rev-list", "--count", range])).trim());
    });
  }

  /**
   * True when `a` and `b` are one commit, named by its full id: what git answers about a
   * commit and itself needs no git process (it is its own merge base, and nothing lies between).
   */
  async #sameCommit(a: string, b: string): Promise<boolean> {
    return a === b && immutable(a) && (await this.objectType(a)) === "commit";
  }

  /** Files changed from `base` to `head`, with line counts. */
  async diff(base: string, head: string): Promise<GitFileChange[]> {
    return [...(await this.#memo(`diff ${base} ${head}`, [base, head], () => this.#diff(base, head)))];
  }

  async #diff(base: string, head: string): Promise<GitFileChange[]> {
    if (await this.#sameCommit(base, head)) return [];
    // One process: git writes the --raw records (":<modes> <ids> <status>", path), then the
    // --numstat ones ("<added>\t<deleted>\t<path>", which never start with ":").
    const fields = (
      await this.git(["diff", "--raw", "--numstat", "--no-abbrev", "-z", "--no-renames", base, head])
    ).split("\0");
    const raw: { meta: string; file: string }[] = [];
    const counts = new Map<string, [number, number]>();
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] ?? "";
      if (field.startsWith(":")) raw.push({ meta: field, file: fields[++i] ?? "" });
      else if (field !== "") {
        const [added = "0", removed = "0", file = ""] = field.split("\t");
        counts.set(file, [Number(added) || 0, Number(removed) || 0]);
      }
    }
    return raw.map(({ meta, file }) => {
      const [, , , newSha = "", letter = ""] = meta.slice(1).split(" ");
      const [additions, deletions] = counts.get(file) ?? [0, 0];
      const kind = letter === "A" ? "added" : letter === "D" ? "removed" : "modified";
      return { filename: file, status: kind, additions, deletions, sha: newSha };
    });
  }
}

/**
 * Makes `to` a tree of the same directories as `from`, each file made by `file`, except in its
 * subdirectory `linked` (not deeper), whose files are hard-links.
 *
 * A repository is copied with `linked` "objects", as `git clone --local` does: git writes an
 * object or a pack to a temporary file, then renames it, and never changes one in place, so what
 * either repository writes later stays its own (only the time of an object written again is
 * shared, which matters to nothing but gc's prune age).
 */
function copyTree(
  from: string,
  to: string,
  file: (source: string, target: string) => void,
  linked?: string,
): void {
  mkdirSync(to);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (!entry.isDirectory()) file(source, target);
    else copyTree(source, target, entry.name === linked ? linkSync : file);
  }
}
