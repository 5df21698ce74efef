/**
 * The entries of a tree object as `git ls-tree` shows them. The store reads trees through its
 * long-lived `git cat-file` reader and walks them here, instead of starting `ls-tree` for each
 * file the fake is asked about (a stage reads a handful of files per run).
 */

/** An entry of a tree object (ls-tree shows the size of blobs too). */
export interface TreeObjectEntry {
  readonly name: string;
  /** Six octal digits, as ls-tree shows the mode git reads (e.g. 100644, 040000). */
  readonly mode: string;
  readonly type: "blob" | "tree" | "commit";
  readonly sha: string;
}

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
const S_IFGITLINK = 0o160000;
const ID_BYTES = 20;

/**
 * The mode git reads from a tree entry (canon_mode in git: a file is 100644 or 100755 by its
 * owner's execute bit, any unknown kind reads as a submodule) and the object type it implies.
 */
function canonical(mode: number): { mode: number; type: TreeObjectEntry["type"] } {
  const kind = mode & S_IFMT;
  if (kind === S_IFREG) return { mode: S_IFREG | (mode & 0o100 ? 0o755 : 0o644), type: "blob" };
  if (kind === S_IFLNK) return { mode: S_IFLNK, type: "blob" };
  if (kind === S_IFDIR) return { mode: S_IFDIR, type: "tree" };
  return { mode: S_IFGITLINK, type: "commit" };
}

/**
 * The entries of a tree object in the order it stores them (`<octal mode> <name>\0<20-byte
 * id>` each), or undefined when git would find it corrupt or a name holds a "/" (which git's
 * path lookups would not treat as one name): git itself answers about such a tree.
 */
export function treeEntries(content: Buffer): TreeObjectEntry[] | undefined {
  const entries: TreeObjectEntry[] = [];
  let at = 0;
  while (at < content.length) {
    const space = content.indexOf(0x20, at);
    const nul = content.indexOf(0, space + 1);
    const modeText = content.toString("latin1", at, space);
    if (space < 0 || nul < 0 || !/^[0-7]{1,6}$/.test(modeText) || nul + 1 + ID_BYTES > content.length)
      return undefined;
    const name = content.toString("utf8", space + 1, nul);
    if (name === "" || name.includes("/")) return undefined;
    const { mode, type } = canonical(Number.parseInt(modeText, 8));
    const sha = content.toString("hex", nul + 1, nul + 1 + ID_BYTES);
    entries.push({ name, mode: mode.toString(8).padStart(6, "0"), type, sha });
    at = nul + 1 + ID_BYTES;
  }
  return entries;
}

/**
 * True when ls-tree's pathspec for `path` means exactly the entry at these names: no empty,
 * "." or ".." name (git normalizes those), no leading ":" (pathspec magic), no wildcard
 * characters, no U+FFFD (which a name read from bytes that are not UTF-8 would show).
 */
export function plainPath(path: string): boolean {
  return (
    !path.startsWith(":") &&
    !/[*?[\\\uFFFD]/.test(path) &&
    path.split("/").every((name) => name !== "" && name !== "." && name !== "..")
  );
}
