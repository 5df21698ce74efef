/**
 * Commits written with one `git fast-import` process instead of one git process per blob, plus
 * read-tree, update-index, write-tree, commit-tree and update-ref: the commit is the same object
 * (git builds the same tree from the parent's and hashes the same commit), at a fraction of the
 * processes, each of which forks the test worker. Imports this small are unpacked into loose
 * objects (`fastimport.unpackLimit`), as the other commands write them.
 */
import { type GitIdentity, type GitStore, gitDate } from "./git-store.ts";

/** The `data` command: exact bytes, counted, so any text or binary content passes unchanged. */
export function fastImportData(content: string | Buffer): Buffer {
  const bytes = Buffer.from(content);
  return Buffer.concat([Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from("\n")]);
}

/** A path as fast-import reads it whatever its characters: C-style quoted. */
function quotedPath(path: string): string {
  return `"${path.replace(/[\\"]/g, "\\$&").replace(/\n/g, "\\n")}"`;
}

/** A person line: `Name <email> <unix seconds> <offset>` (`--date-format=raw`). */
const person = (identity: GitIdentity) => `${identity.name} <${identity.email}> ${gitDate(identity.date)}`;

/**
 * Writes a commit of `parents` (none: a root commit) whose tree is the first parent's with
 * `files` set (mode 100644) and `deletions` removed, points `ref` at it whatever it pointed to,
 * and returns its sha.
 */
export async function importCommit(
  git: GitStore,
  commit: {
    ref: string;
    parents: readonly string[];
    files: Readonly<Record<string, string | Buffer>>;
    deletions: readonly string[];
    message: string;
    author: GitIdentity;
    committer: GitIdentity;
  },
): Promise<string> {
  const [first, ...merges] = commit.parents;
  const stream = [
    Buffer.from(
      [
        // A branch fast-import has not written starts with no history unless `from` names one.
        `commit ${commit.ref}`,
        "mark :1",
        `author ${person(commit.author)}`,
        `committer ${person(commit.committer)}`,
        "",
      ].join("\n"),
    ),
    fastImportData(commit.message),
    Buffer.from(
      [...(first ? [`from ${first}`] : []), ...merges.map((parent) => `merge ${parent}`), ""].join("\n"),
    ),
    ...Object.entries(commit.files).flatMap(([path, content]) => [
      Buffer.from(`M 100644 inline ${quotedPath(path)}\n`),
      fastImportData(content),
    ]),
    // After the files, as update-index took them: a path both set and deleted ends deleted.
    Buffer.from(
      [...commit.deletions.map((path) => `D ${quotedPath(path)}`), "", "get-mark :1", ""].join("\n"),
    ),
  ];
  const output = await git.git(["fast-import", "--quiet", "--force", "--date-format=raw"], {
    input: Buffer.concat(stream),
  });
  return output.trim();
}
