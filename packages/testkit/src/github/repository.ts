/**
 * One repository of the fake: its real bare git repository plus the state GitHub keeps beside
 * git (pull requests, reviews, issues, releases, milestones, labels, rulesets). Tests arrange a
 * repository through the helpers here, which write git directly and do not go through the
 * HTTP API (so they are not in the request log).
 */
import type { GitIdentity, GitStore } from "./git-store.ts";
import type { Identity } from "./identities.ts";
import type {
  IssueRecord,
  LabelRecord,
  MilestoneRecord,
  PullRecord,
  ReleaseRecord,
  ReviewRecord,
  RulesetRecord,
} from "./records.ts";

/** Files to write in a commit: path → text or bytes. */
export type FileMap = Readonly<Record<string, string | Buffer>>;

const DEFAULT_AUTHOR = { name: "Release Tester", email: "tester@example.com" };

/** A collaborator's role on the repository. */
export type RepositoryRole = "admin" | "maintain" | "write" | "triage" | "read";

/** ISO 8601 without milliseconds, as GitHub writes dates. */
export function isoDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * A deep copy of repository state: maps, sets, arrays and plain records are copied (each once,
 * so records shared between two places stay shared); frozen values, the fake's accounts among
 * them, cannot change and are shared.
 */
function copyState(value: unknown, copies: Map<unknown, unknown>): unknown {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  const known = copies.get(value);
  if (known) return known;
  const prototype = Object.getPrototypeOf(value);
  let copy: Map<unknown, unknown> | Set<unknown> | unknown[] | Record<string, unknown> | Uint8Array;
  if (value instanceof Map) copy = new Map();
  else if (value instanceof Set) copy = new Set();
  else if (Array.isArray(value)) copy = [];
  else if (value instanceof Uint8Array) copy = Uint8Array.prototype.slice.call(value);
  else if (prototype === Object.prototype || prototype === null)
    copy = Object.create(prototype) as Record<string, unknown>;
  else
    throw new Error(
      `FakeRepository.copy cannot copy a ${prototype?.constructor?.name}: keep repository state in maps, sets, arrays, plain objects, bytes or frozen values, or teach copyState that class`,
    );
  copies.set(value, copy);
  if (value instanceof Map && copy instanceof Map)
    for (const [key, item] of value) copy.set(copyState(key, copies), copyState(item, copies));
  else if (value instanceof Set && copy instanceof Set)
    for (const item of value) copy.add(copyState(item, copies));
  else if (!(value instanceof Uint8Array))
    for (const [key, item] of Object.entries(value))
      (copy as Record<string, unknown>)[key] = copyState(item, copies);
  return copy;
}

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
  readonly issues = new Map<number, IssueRecord>();
  /** Reviews by pull request number, in submission order. */
  readonly reviews = new Map<number, ReviewRecord[]>();
  /** Labels by lower-cased name. */
  readonly labels = new Map<string, LabelRecord>();
  readonly milestones = new Map<number, MilestoneRecord>();
  nextMilestone = 1;
  readonly releases = new Map<number, ReleaseRecord>();
  /** The release GitHub shows as latest. */
  latestReleaseId: number | null = null;
  /** Repository setting: releases become immutable when published. */
  immutableReleases = false;
  /** Tag names an immutable release has used; they can never be used again. */
  readonly immutableTagNames = new Set<string>();
  readonly rulesets = new Map<number, RulesetRecord>();
  /** Collaborators by lower-cased login (the owner is admin). */
  readonly collaborators = new Map<string, RepositoryRole>();
  readonly #clock: () => Date;
  readonly #nextId: () => number;

  constructor(options: {
    id: number;
    owner: Identity;
    name: string;
    git: GitStore;
    defaultBranch: string;
    clock: () => Date;
    nextId: () => number;
  }) {
    this.id = options.id;
    this.owner = options.owner;
    this.name = options.name;
    this.git = options.git;
    this.defaultBranch = options.defaultBranch;
    this.#clock = options.clock;
    this.#nextId = options.nextId;
  }

  /**
   * A copy of this repository as another one (`id`, `owner`, `name`, `git`): its own copy of
   * everything GitHub keeps beside git, sharing only the fake's accounts. Tests build a
   * repository once and start each test from a copy. Issue comments are kept by the routes,
   * not here, and are not copied.
   */
  copy(options: { id: number; owner: Identity; name: string; git: GitStore }): FakeRepository {
    const copy = new FakeRepository({
      ...options,
      defaultBranch: this.defaultBranch,
      clock: this.#clock,
      nextId: this.#nextId,
    });
    const copies = new Map<unknown, unknown>();
    for (const [field, value] of Object.entries(this))
      if (!(field in options)) Object.assign(copy, { [field]: copyState(value, copies) });
    return copy;
  }

  /** A fresh id for a GitHub object. */
  nextId(): number {
    return this.#nextId();
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
    const files = Object.entries(options.files ?? {});
    const blobs = await this.git.writeBlobs(files.map(([, content]) => content));
    const entries: { path: string; mode: string; sha: string | null }[] = files.map(([path], i) => ({
      path,
      mode: "100644",
      sha: blobs[i] as string,
    }));
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

  /** Gives a user a role on the repository (reviews may only be requested from collaborators). */
  addCollaborator(login: string, role: RepositoryRole = "write"): void {
    this.collaborators.set(login.toLowerCase(), role);
  }

  /** The role of a user, `admin` for the owner, undefined for non-collaborators. */
  roleOf(login: string): RepositoryRole | undefined {
    return login.toLowerCase() === this.owner.login.toLowerCase()
      ? "admin"
      : this.collaborators.get(login.toLowerCase());
  }

  /** The pull request with this number, if any. */
  pull(number: number): (IssueRecord & { pull: PullRecord }) | undefined {
    const issue = this.issues.get(number);
    return issue?.pull ? (issue as IssueRecord & { pull: PullRecord }) : undefined;
  }

  /** Opens an issue or, with `pull`, a pull request; returns its record. */
  createIssue(options: {
    title: string;
    body?: string | null;
    user: Identity;
    labels?: readonly string[];
    milestone?: number | null;
    pull?: Omit<PullRecord, "number" | "id">;
    /** A given number (seeding real history); by default the next one. */
    number?: number;
    createdAt?: string;
  }): IssueRecord {
    const number = options.number ?? this.nextNumber;
    if (this.issues.has(number)) throw new Error(`createIssue: #${number} exists in ${this.fullName}`);
    this.nextNumber = Math.max(this.nextNumber, number + 1);
    const now = options.createdAt ?? isoDate(this.now());
    for (const label of options.labels ?? []) this.ensureLabel(label);
    const issue: IssueRecord = {
      number,
      id: this.nextId(),
      title: options.title,
      body: options.body ?? null,
      state: "open",
      stateReason: null,
      user: options.user,
      labels: [...(options.labels ?? [])],
      milestone: options.milestone ?? null,
      assignees: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      ...(options.pull && { pull: { ...options.pull, number, id: this.nextId() } }),
    };
    this.issues.set(number, issue);
    return issue;
  }

  /** The label record, created with a default color when the repository does not have it. */
  ensureLabel(name: string): LabelRecord {
    const key = name.toLowerCase();
    let label = this.labels.get(key);
    if (!label) {
      label = { id: this.nextId(), name, color: "ededed", description: null };
      this.labels.set(key, label);
    }
    return label;
  }

  /** Opens a pull request from `head` into `base` (both branches of this repository). */
  async openPullRequest(options: {
    head: string;
    base: string;
    title: string;
    body?: string;
    author: Identity;
    labels?: readonly string[];
    draft?: boolean;
    milestone?: number | null;
  }): Promise<number> {
    const headSha = await this.refSha(`heads/${options.head}`);
    if (!headSha) throw new Error(`openPullRequest: no branch ${options.head} in ${this.fullName}`);
    const issue = this.createIssue({
      title: options.title,
      body: options.body ?? null,
      user: options.author,
      labels: options.labels ?? [],
      milestone: options.milestone ?? null,
      pull: {
        headRef: options.head,
        headSha,
        baseRef: options.base,
        draft: options.draft ?? false,
        merged: false,
        mergedAt: null,
        mergedBy: null,
        mergeCommitSha: null,
        requestedReviewers: [],
        requestedTeams: [],
      },
    });
    return issue.number;
  }

  /** Records a review as if `user` had submitted it (arrange helper; no permission checks). */
  addReview(
    number: number,
    user: Identity,
    state: ReviewRecord["state"],
    options: { commitId?: string; submittedAt?: string; body?: string } = {},
  ): ReviewRecord {
    const pull = this.pull(number);
    if (!pull) throw new Error(`addReview: #${number} is not a pull request of ${this.fullName}`);
    const review: ReviewRecord = {
      id: this.nextId(),
      user,
      state,
      body: options.body ?? "",
      commitId: options.commitId ?? pull.pull.headSha,
      submittedAt: options.submittedAt ?? isoDate(this.now()),
    };
    this.reviews.set(number, [...(this.reviews.get(number) ?? []), review]);
    return review;
  }

  /**
   * Merges a pull request the way GitHub does: a real merge (or squash) commit on the base
   * branch, computed by git's merge-tree. Returns the new commit, or "conflict".
   */
  async mergePullRequest(
    number: number,
    options: { by: Identity; method?: "merge" | "squash"; title?: string; message?: string },
  ): Promise<string | "conflict"> {
    const pull = this.pull(number);
    if (!pull) throw new Error(`mergePullRequest: #${number} is not a pull request of ${this.fullName}`);
    const base = (await this.refSha(`heads/${pull.pull.baseRef}`)) as string;
    const head = (await this.refSha(`heads/${pull.pull.headRef}`)) ?? pull.pull.headSha;
    let tree: string;
    try {
      tree = (await this.git.git(["merge-tree", "--write-tree", base, head]))
        .split("\n")[0]
        ?.trim() as string;
    } catch {
      return "conflict";
    }
    const method = options.method ?? "merge";
    const who: GitIdentity = { name: options.by.name, email: options.by.email, date: isoDate(this.now()) };
    const message =
      method === "merge"
        ? `${options.title ?? `Merge pull request #${number} from ${this.owner.login}/${pull.pull.headRef}`}\n\n${options.message ?? pull.title}`
        : `${options.title ?? `${pull.title} (#${number})`}${options.message ? `\n\n${options.message}` : ""}`;
    const sha = await this.git.writeCommit({
      tree,
      parents: method === "merge" ? [base, head] : [base],
      message,
      author: method === "squash" ? { ...who, name: pull.user.name, email: pull.user.email } : who,
      committer: who,
    });
    await this.git.updateRef(`refs/heads/${pull.pull.baseRef}`, sha, base);
    const now = isoDate(this.now());
    Object.assign(pull.pull, {
      merged: true,
      mergedAt: now,
      mergedBy: options.by,
      mergeCommitSha: sha,
      headSha: head,
    });
    Object.assign(pull, { state: "closed", closedAt: now, updatedAt: now });
    return sha;
  }

  /**
   * Arrange helper: a change landed through a pull request (branch from base, one commit,
   * the PR, its merge). Returns the PR number and the merge commit.
   */
  async landPullRequest(options: {
    base: string;
    title: string;
    author: Identity;
    files: FileMap;
    labels?: readonly string[];
    mergedBy?: Identity;
    method?: "merge" | "squash";
    approvals?: readonly Identity[];
  }): Promise<{ number: number; mergeCommit: string }> {
    const branch = `${options.author.login}/change-${this.nextNumber}`;
    await this.commit({
      branch,
      from: options.base,
      files: options.files,
      message: options.title,
      author: { name: options.author.name, email: options.author.email },
    });
    const number = await this.openPullRequest({
      head: branch,
      base: options.base,
      title: options.title,
      author: options.author,
      labels: options.labels ?? [],
    });
    for (const reviewer of options.approvals ?? []) this.addReview(number, reviewer, "APPROVED");
    const mergeCommit = await this.mergePullRequest(number, {
      by: options.mergedBy ?? options.author,
      method: options.method ?? "merge",
    });
    if (mergeCommit === "conflict")
      throw new Error(`landPullRequest: "${options.title}" conflicts with ${options.base}`);
    await this.git.deleteRef(`refs/heads/${branch}`);
    return { number, mergeCommit };
  }
}
