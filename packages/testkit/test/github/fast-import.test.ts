import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCommit } from "../../src/github/fast-import.ts";
import { GitStore } from "../../src/github/git-store.ts";

// A commit written by one git fast-import must be the object that blobs, an index and
// commit-tree give (what the fake wrote before, and what its Git Data API routes still write).
let git: GitStore;
const who = { name: "Tester", email: "tester@example.com", date: "2026-01-02T03:04:05+01:00" };

beforeAll(async () => {
  git = await GitStore.create();
});
afterAll(() => git.close());

/** The commit of blobs, an index and commit-tree, with no ref moved. */
async function byIndex(
  parents: readonly string[],
  files: Record<string, string | Buffer>,
  deletions: readonly string[],
  message: string,
): Promise<string> {
  const base = parents[0] ? (await git.commit(parents[0])).tree : undefined;
  const entries: { path: string; mode: string; sha: string | null }[] = [];
  for (const [path, content] of Object.entries(files))
    entries.push({ path, mode: "100644", sha: await git.writeBlob(content) });
  for (const path of deletions) entries.push({ path, mode: "100644", sha: null });
  const tree = await git.writeTree(base, entries);
  return git.writeCommit({ tree, parents, message, author: who, committer: who });
}

describe("importCommit", () => {
  it("writes the commit that blobs, an index and commit-tree write, and moves the ref to it", async () => {
    const cases: [readonly string[] | "previous", Record<string, string | Buffer>, string[], string][] = [
      [[], { "README.md": "# x\n", "src/pkg/a.py": "a = 1\n", "src/pkg/b.py": "b = 2\n" }, [], "Initial"],
      [
        "previous",
        { 'odd dir/"quoted" \\ é.txt': Buffer.from([0, 1, 2, 255]), "README.md": "# y\n" },
        ["src/pkg/a.py"],
        "Subject\n\n  body with spaces  \n",
      ],
      ["previous", {}, ["src/pkg/b.py"], "Empties src/ (git drops the empty trees)"],
      [[], {}, [], "An empty root"],
    ];
    const written: string[] = [];
    for (const [given, files, deletions, message] of cases) {
      const parents = given === "previous" ? [written.at(-1) as string] : given;
      const expected = await byIndex(parents, files, deletions, message);
      const sha = await importCommit(git, {
        ref: "refs/heads/imported",
        parents,
        files,
        deletions,
        message,
        author: who,
        committer: who,
      });
      expect(sha).toBe(expected);
      // Moved even when the new commit does not descend from where the ref was (an empty root).
      expect(await git.resolve("refs/heads/imported")).toBe(sha);
      written.push(sha);
    }
    const [first, , third] = written as [string, string, string];
    const merge = { parents: [third, first], files: { "m.txt": "m\n" }, deletions: [], message: "Merge" };
    expect(await importCommit(git, { ref: "refs/heads/merged", ...merge, author: who, committer: who })).toBe(
      await byIndex(merge.parents, merge.files, merge.deletions, merge.message),
    );
    expect((await git.tree(written[2] as string, true)).map((entry) => entry.path)).toEqual([
      "README.md",
      "odd dir",
      'odd dir/"quoted" \\ é.txt',
    ]);
  });
});
