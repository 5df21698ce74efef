/**
 * One repository of the fake: its real bare git repository plus the state GitHub keeps beside
 * git (pull requests, reviews, issues, releases, milestones, labels, rulesets). Tests arrange a
 * repository through the helpers here, which write git directly and do not go through the
 * HTTP API (so they are not in the request log).
 */
import type { GitIdentity, GitStore } from "./git-store.ts";
import type { Identity } from "./identities.ts";

/** Files to write in a commit: path → text or bytes. */
export type FileMap = Readonly<Record<string, string | Buffer>>;

const DEFAULT_AUTHOR = { name: "Release Tester", email: "tester@example.com" };

/** A repository of the fake GitHub. */
export class FakeRepository {
  readonly id: number;
  readonly owner: Identity;
  readonly name: string;
  readonly git: GitStore;
  defaultBranch: string;
  /** Issues and pull requests share one number sequence, as on GitHub. */
  nextNumber = 1;
  /** Commits GitHub created itself through the API, which it signs (shown as Verified). */
  readonly verifiedCommits = new Set<string>();
  readonly #clock: () => Date;

  constructor(options: {
    id: number;
    owner: Identity;
    name: string;
    git: GitStore;
    defaultBranch: string;
    clock: () => Date;
  }) {
    this.id = options.id;
    this.owner = options.owner;
    this.name = options.name;
    this.git = options.git;
    this.defaultBranch = options.defaultBranch;
    this.#clock = options.clock;
  }

  /** `owner/name`. */
  get fullName(): string {
    return `${this.owner.login}/${this.name}`;
  }

  /** The current time of the fake (tests may freeze it). */
  now(): Date {
    return this.#clock();
  }

  /** The sha a ref points to (`heads/main`, `tags/v1.0.0`, `refs/heads/x`), or undefined. */
  async refSha(ref: string): Promise<string | undefined> {
    const full = ref.startsWith("refs/") ? ref : `refs/${ref}`;
    return this.git.resolve(full);
  }

  /**
   * Commits files on a branch (creating the branch from `from`, or as a root commit, when it
   * does not exist) and returns the new commit's sha.
   */
  async commit(options: {
    branch: string;
    files?: FileMap;
    deletions?: readonly string[];
    message: string;
    author?: { name: string; email: string };
    date?: string;
    from?: string;
    parents?: readonly string[];
  }): Promise<string> {
    const head =
      (await this.refSha(`heads/${options.branch}`)) ??
      (options.from ? await this.git.resolveCommit(options.from) : undefined);
    const parents = options.parents ?? (head ? [head] : []);
    const baseTree = parents[0] ? (await this.git.commit(parents[0])).tree : undefined;
    const entries = [];
    for (const [path, content] of Object.entries(options.files ?? {})) {
      entries.push({ path, mode: "100644", sha: await this.git.writeBlob(content) });
    }
    for (const path of options.deletions ?? []) entries.push({ path, mode: "100644", sha: null });
    const tree = await this.git.writeTree(baseTree, entries);
    const identity: GitIdentity = {
      ...(options.author ?? DEFAULT_AUTHOR),
      date: options.date ?? this.now().toISOString(),
    };
    const sha = await this.git.writeCommit({
      tree,
      parents,
      message: options.message,
      author: identity,
      committer: identity,
    });
    await this.git.updateRef(`refs/heads/${options.branch}`, sha);
    return sha;
  }

  /** Creates (or moves) a branch to a commit. */
  async createBranch(name: string, from: string): Promise<string> {
    const sha = await this.git.resolveCommit(from);
    if (!sha) throw new Error(`createBranch: ${from} is not a commit of ${this.fullName}`);
    await this.git.updateRef(`refs/heads/${name}`, sha);
    return sha;
  }

  /** Creates a tag (lightweight unless `message` is given) and returns the ref's target sha. */
  async createTag(
    name: string,
    target: string,
    options: { message?: string; tagger?: { name: string; email: string } } = {},
  ): Promise<string> {
    const commit = await this.git.resolveCommit(target);
    if (!commit) throw new Error(`createTag: ${target} is not a commit of ${this.fullName}`);
    const sha =
      options.message === undefined
        ? commit
        : await this.git.writeTag({
            tag: name,
            object: commit,
            type: "commit",
            tagger: { ...(options.tagger ?? DEFAULT_AUTHOR), date: this.now().toISOString() },
            message: options.message,
          });
    await this.git.updateRef(`refs/tags/${name}`, sha);
    return sha;
  }

  /** The text of a file at a ref, or undefined. */
  async readFile(ref: string, path: string): Promise<string | undefined> {
    const commit = await this.git.resolveCommit(ref);
    const entry = commit ? await this.git.entryAt(commit, path) : undefined;
    return entry?.type === "blob" ? (await this.git.blob(entry.sha)).toString("utf8") : undefined;
  }
}
