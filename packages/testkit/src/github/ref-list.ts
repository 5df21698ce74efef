/**
 * The refs of one repository as `git for-each-ref --sort=refname` lists them, kept between
 * writes. Listing refs takes a git process, and the fake lists them for most requests (get a
 * ref, list branches or tags, the end state of a test); the fake writes refs one at a time. So a
 * write whose effect is known exactly (set or delete named refs to full object ids) updates the
 * kept list instead of dropping it, and git lists the refs again only after any other write.
 */

/** git commands that never write a ref (some write objects, or an index file of their own). */
const KEEPS_REFS = new Set([
  "cat-file",
  "commit-tree",
  "diff",
  "for-each-ref",
  "hash-object",
  "log",
  "ls-tree",
  "merge-base",
  "merge-tree",
  "mktag",
  "read-tree",
  "rev-list",
  "rev-parse",
  "update-index",
  "write-tree",
]);
/**
 * git commands that write only the refs they name and never a symbolic ref (update-ref in the
 * forms updateRefChanges reads; any other form may, in later versions of git).
 */
const PLAIN_REF_WRITERS = new Set(["fast-import", "update-ref"]);

/** A ref, the object it points to and that object's type. */
export interface RefEntry {
  readonly ref: string;
  readonly sha: string;
  readonly type: string;
}

/** A ref set to an object (`sha`) or deleted (`sha: null`) by a write that succeeded. */
export interface RefChange {
  readonly ref: string;
  readonly sha: string | null;
}

const OBJECT_ID = /^[0-9a-f]{40}$/;
const ZERO = "0".repeat(40);

/**
 * What `update-ref --stdin` lines (`update <ref> <new> [<old>]`, `create <ref> <new>`, `delete
 * <ref> [<old>]`) change when they succeed, or undefined when any line does something else
 * (a value that is not a full object id, another command).
 */
function stdinChanges(lines: readonly string[]): RefChange[] | undefined {
  const changes: RefChange[] = [];
  for (const line of lines) {
    const [command, ref = "", ...values] = line.split(" ");
    if (!ref.startsWith("refs/") || !values.every((value) => OBJECT_ID.test(value))) return undefined;
    const [value = ZERO] = values;
    if (command === "delete" && values.length <= 1) changes.push({ ref, sha: null });
    // An update to the zero id deletes the ref.
    else if (command === "update" && values.length >= 1 && values.length <= 2)
      changes.push({ ref, sha: value === ZERO ? null : value });
    else if (command === "create" && values.length === 1) changes.push({ ref, sha: value });
    else return undefined;
  }
  return changes;
}

/**
 * What `git update-ref <args>` changes when it succeeds (`<ref> <new> [<old>]`, `-d <ref>
 * [<old>]`, `--stdin`), or undefined for any other form or value.
 */
function updateRefChanges(args: readonly string[], input: string | undefined): RefChange[] | undefined {
  const [first = "", second = "", ...rest] = args;
  if (first === "--stdin" && args.length === 1 && input !== undefined)
    return stdinChanges(input.replace(/\n$/, "").split("\n"));
  if (first === "-d" && rest.length <= 1 && second.startsWith("refs/")) return [{ ref: second, sha: null }];
  if (first.startsWith("refs/") && OBJECT_ID.test(second) && second !== ZERO && rest.length <= 1)
    return [{ ref: first, sha: second }];
  return undefined;
}

/** for-each-ref sorts by refname as C's strcmp does: by bytes, not by UTF-16 code units. */
function byRefname(a: RefEntry, b: RefEntry): number {
  return Buffer.compare(Buffer.from(a.ref), Buffer.from(b.ref));
}

/** The kept list of one repository's refs. */
export class RefList {
  readonly #listRefs: () => Promise<RefEntry[]>;
  readonly #typeOf: (sha: string) => Promise<string | undefined>;
  /** The list as git gave it or as the writes since changed it; undefined: ask git. */
  #list: Promise<RefEntry[]> | undefined;
  /**
   * True when `#list` no longer depends on when git reads the refs: a listing git has
   * finished, or one the writes since changed. A write changes only such a list: a listing
   * under way when the write starts may or may not see it.
   */
  #settled = false;
  /** Ref writes under way: a listing taken meanwhile may or may not see them. */
  #writing = 0;
  /** Ref writes started so far (tells a write whether another one overlapped it). */
  #started = 0;
  /**
   * False once a command ran that may have made a symbolic ref (one not known to write only
   * the refs it names): a write to one ref could then move another too.
   */
  #follows = true;

  constructor(listRefs: () => Promise<RefEntry[]>, typeOf: (sha: string) => Promise<string | undefined>) {
    this.#listRefs = listRefs;
    this.#typeOf = typeOf;
  }

  /** The refs now (a fresh array of fresh entries: callers may change them). */
  async entries(): Promise<RefEntry[]> {
    if (!this.#list) this.#keep(this.#listRefs(), false);
    return ((await this.#list) as RefEntry[]).map((entry) => ({ ...entry }));
  }

  /**
   * Runs a git command (`args`, with `input` on its stdin): one that may write refs drops the
   * list, or changes it as the command changed the refs when that is known exactly.
   */
  run<T>(args: readonly string[], input: string | undefined, command: () => Promise<T>): Promise<T> {
    const name = args[0] ?? "";
    if (KEEPS_REFS.has(name)) return command();
    const changes = name === "update-ref" ? updateRefChanges(args.slice(1), input) : undefined;
    if (!PLAIN_REF_WRITERS.has(name) || (name === "update-ref" && changes === undefined))
      this.#follows = false;
    return this.#write(command, changes);
  }

  async #write<T>(command: () => Promise<T>, changes: readonly RefChange[] | undefined): Promise<T> {
    const before = this.#writing === 0 && this.#settled ? this.#list : undefined;
    const started = ++this.#started;
    this.#writing++;
    this.#keep(undefined, false);
    let succeeded = false;
    try {
      const result = await command();
      succeeded = true;
      return result;
    } finally {
      this.#writing--;
      const alone = this.#writing === 0 && this.#started === started;
      if (succeeded && alone && before && changes && this.#follows)
        this.#keep(
          before.then((list) => this.#changed(list, changes)),
          true,
        );
      else this.#keep(undefined, false);
    }
  }

  /** Gives a copy of the repository (its refs as they are now) what this list knows. */
  copyTo(copy: RefList): void {
    copy.#follows = this.#follows;
    if (this.#writing > 0) return;
    if (!this.#list) this.#keep(this.#listRefs(), false);
    const list = this.#list as Promise<RefEntry[]>;
    if (this.#settled) copy.#keep(list, true);
    // A listing under way sees the refs as they are now, unless a write here starts first:
    // then the copy lists its own.
    else {
      const started = this.#started;
      copy.#keep(
        list.then((entries) => (this.#started === started ? entries : copy.#listRefs())),
        false,
      );
    }
  }

  async #changed(before: readonly RefEntry[], changes: readonly RefChange[]): Promise<RefEntry[]> {
    const refs = new Map(before.map((entry) => [entry.ref, entry]));
    for (const { ref, sha } of changes) {
      if (sha === null) {
        refs.delete(ref);
        continue;
      }
      const type = await this.#typeOf(sha);
      // update-ref refuses a missing object, so this only happens if the object went away.
      if (type === undefined) throw new Error(`${ref} was set to ${sha}, which git no longer has`);
      refs.set(ref, { ref, sha, type });
    }
    return [...refs.values()].sort(byRefname);
  }

  #keep(list: Promise<RefEntry[]> | undefined, settled: boolean): void {
    this.#list = list;
    this.#settled = settled;
    list?.then(
      () => {
        if (this.#list === list) this.#settled = true;
      },
      () => {
        if (this.#list === list) this.#keep(undefined, false);
      },
    );
  }
}
