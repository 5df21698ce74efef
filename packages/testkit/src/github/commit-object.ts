/**
 * A commit read from its object bytes as `git log --format=%H %T %P %an %ae %aI %cn %ce %cI %B`
 * shows it. The store reads commits through its long-lived `git cat-file` reader instead of
 * starting `git log` for each one (the fake reads a commit for most requests about one).
 *
 * The only part that depends on git's version is how `%aI` writes an offset of zero: git 2.45
 * writes `Z` where older versions write `+00:00`. So git shows the first commits read in a
 * process, and this module formats commits itself only once git's answer for one with a zero
 * offset (and every answer before) matched its own reading; it leaves commits in any other
 * form (signed, re-encoded, odd identities or dates) to git.
 */
import type { GitCommit, GitIdentity } from "./git-store.ts";

/** An identity line of a commit object, its date as written there. */
interface RawIdentity {
  readonly name: string;
  readonly email: string;
  readonly seconds: number;
  /** The offset as written, `+hhmm` or `-hhmm`. */
  readonly offset: string;
}

/** The fields of a commit object in the plain form the fake writes. */
export interface CommitFields {
  readonly tree: string;
  readonly parents: readonly string[];
  readonly author: RawIdentity;
  readonly committer: RawIdentity;
  readonly message: string;
}

/** What was learned of this git's `%aI` (one git binary serves the whole process). */
const dates = {
  /** How git writes an offset of zero (`Z` or `+00:00`), once seen. */
  zero: undefined as string | undefined,
  /** A reading compared equal to git's answer. */
  confirmed: false,
  /** A reading differed from git's answer: git shows every commit from then on. */
  differed: false,
};

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const ID = /^[0-9a-f]{40}$/;
/**
 * `Name <email> <seconds> <±hhmm>`: a name with no angle brackets that does not end in a space
 * (git trims those), an email with none, an offset with minutes under 60.
 */
const IDENTITY = /^([^<>\n]*[^<>\s]) <([^<>\n]*)> (\d{1,11}) ([+-]\d\d[0-5]\d)$/;

function identity(line: string | undefined, field: string): RawIdentity | undefined {
  if (!line?.startsWith(`${field} `)) return undefined;
  const match = IDENTITY.exec(line.slice(field.length + 1));
  if (!match) return undefined;
  const seconds = Number(match[3]);
  // git refuses a date that its offset (up to 99:59) takes before 1970; years past 9999 are odd.
  if (seconds < 360_000 || seconds > 32_503_680_000) return undefined;
  return { name: match[1] as string, email: match[2] as string, seconds, offset: match[4] as string };
}

/**
 * The fields of a commit object, or undefined when it has more than tree, parents, author and
 * committer (a signature, an encoding…), is not UTF-8, or holds what the store's `git log -z`
 * format could not show as is (a NUL; the field separator 0x1f in a header).
 */
export function commitFields(content: Buffer): CommitFields | undefined {
  let text: string;
  try {
    text = UTF8.decode(content);
  } catch {
    return undefined;
  }
  const end = text.indexOf("\n\n");
  if (end < 0 || text.includes("\0") || text.slice(0, end).includes("\x1f")) return undefined;
  const headers = text.slice(0, end).split("\n");
  const tree = headers.shift()?.match(/^tree ([0-9a-f]{40})$/)?.[1];
  const parents: string[] = [];
  while (headers[0]?.startsWith("parent ")) parents.push((headers.shift() as string).slice("parent ".length));
  const author = identity(headers.shift(), "author");
  const committer = identity(headers.shift(), "committer");
  if (!tree || !author || !committer || headers.length > 0 || !parents.every((id) => ID.test(id)))
    return undefined;
  return { tree, parents, author, committer, message: text.slice(end + 2) };
}

/** `%aI`: the date in its own offset, or undefined while this git's way is not known. */
function isoDate({ seconds, offset }: RawIdentity): string | undefined {
  const sign = offset[0] === "-" ? -1 : 1;
  const minutes = Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3));
  // "-0000" has been written three ways by git's versions; git shows it.
  if (offset === "-0000" || (minutes === 0 && dates.zero === undefined)) return undefined;
  const local = new Date((seconds + sign * minutes * 60) * 1000).toISOString().slice(0, 19);
  return `${local}${minutes === 0 ? dates.zero : `${offset.slice(0, 3)}:${offset.slice(3)}`}`;
}

function person(raw: RawIdentity): GitIdentity | undefined {
  const date = isoDate(raw);
  return date === undefined ? undefined : { name: raw.name, email: raw.email, date };
}

/** The commit as git log shows it, or undefined while git must show it (see the module's note). */
export function readCommit(sha: string, fields: CommitFields): GitCommit | undefined {
  if (!dates.confirmed || dates.differed) return undefined;
  return shown(sha, fields);
}

function shown(sha: string, fields: CommitFields): GitCommit | undefined {
  const author = person(fields.author);
  const committer = person(fields.committer);
  if (!author || !committer) return undefined;
  const message = fields.message.replace(/\n$/, "");
  return { sha, tree: fields.tree, parents: [...fields.parents], author, committer, message };
}

/**
 * Compares git's answer for a commit with this module's reading of its object: learns how git
 * writes an offset of zero, and stops reading commits for good at the first difference.
 */
export function compareWithGit(fields: CommitFields, fromGit: GitCommit): void {
  for (const [raw, date] of [
    [fields.author, fromGit.author.date],
    [fields.committer, fromGit.committer.date],
  ] as const)
    if (raw.offset === "+0000" && dates.zero === undefined && date.length > 19) dates.zero = date.slice(19);
  const read = shown(fromGit.sha, fields);
  if (read && JSON.stringify(read) === JSON.stringify(fromGit)) dates.confirmed = true;
  else if (read) dates.differed = true;
}
