import { createHash } from "node:crypto";
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitFields, readCommit } from "../../src/github/commit-object.ts";
import { GitStore } from "../../src/github/git-store.ts";

// The store answers names and objects through one long-lived `git cat-file --batch-command`:
// these are the answers a new git process per question gave, which it must keep giving.
let git: GitStore;
const who = { name: "Tester", email: "tester@example.com", date: "2026-01-02T03:04:05+01:00" };

beforeAll(async () => {
  git = await GitStore.create();
});
afterAll(() => git.close());

async function commitOn(branch: string, text: string, parents: readonly string[] = []): Promise<string> {
  const blob = await git.writeBlob(text);
  const tree = await git.writeTree(undefined, [{ path: "file.txt", mode: "100644", sha: blob }]);
  const sha = await git.writeCommit({ tree, parents, message: text, author: who, committer: who });
  await git.updateRef(`refs/heads/${branch}`, sha);
  return sha;
}

/** Two texts whose blobs' ids share their first four hex digits (git's shortest abbreviation). */
function blobsSharingPrefix(): [string, string, string] {
  const seen = new Map<string, string>();
  for (let i = 0; ; i++) {
    const text = `text ${i}\n`;
    const id = createHash("sha1")
      .update(`blob ${Buffer.byteLength(text)}\0${text}`)
      .digest("hex");
    const prefix = id.slice(0, 4);
    const earlier = seen.get(prefix);
    if (earlier !== undefined) return [prefix, earlier, text];
    seen.set(prefix, text);
  }
}

describe("git store answers", () => {
  it("follow refs and objects written by other git processes after the first question", async () => {
    expect(await git.resolve("main")).toBeUndefined();
    const first = await commitOn("main", "one\n");
    expect(await git.resolve("main")).toBe(first);
    const second = await commitOn("main", "two\n", [first]);
    expect(await git.resolve("main^{commit}")).toBe(second);
    expect(await git.resolve("refs/heads/main~1")).toBe(first);
    await git.deleteRef("refs/heads/main");
    expect(await git.resolve("main")).toBeUndefined();
    expect(await git.objectType(second)).toBe("commit");
  });

  it("tell missing objects and wrong types apart, and a full id names itself as in rev-parse", async () => {
    const missing = "1234567890abcdef1234567890abcdef12345678";
    expect(await git.objectType(missing)).toBeUndefined();
    expect(await git.resolve(missing)).toBe(missing);
    expect(await git.resolve(`${missing}^{commit}`)).toBeUndefined();
    await expect(git.blob(missing)).rejects.toThrow(/cat-file blob .* no such object/);
    const commit = await commitOn("other", "three\n");
    await expect(git.tag(commit)).rejects.toThrow(/cat-file tag .* it is a commit/);
    const bytes = Buffer.from([0x62, 0x00, 0xff, 0x0a]);
    expect(await git.blob(await git.writeBlob(bytes))).toEqual(bytes);
    expect(await git.resolve("has space")).toBeUndefined();
    expect(await git.resolve("")).toBeUndefined();
  });

  it("see an abbreviation become ambiguous when a later object shares it", async () => {
    const [prefix, first, second] = blobsSharingPrefix();
    const one = await git.writeBlob(first);
    expect(await git.resolve(prefix)).toBe(one);
    expect(await git.objectType(prefix)).toBe("blob");
    await git.writeBlob(second);
    expect(await git.resolve(prefix)).toBeUndefined();
    expect(await git.objectType(prefix)).toBeUndefined();
  });

  it("list refs as they stand after every kind of ref write", async () => {
    const sha = await commitOn("listed", "five\n");
    const names = async () => (await git.refs("refs/heads/list")).map((entry) => entry.ref);
    expect(await names()).toEqual(["refs/heads/listed"]);
    await git.updateRefs([`update refs/heads/list-b ${sha}`]);
    expect(await names()).toEqual(["refs/heads/list-b", "refs/heads/listed"]);
    await git.git(["update-ref", "refs/heads/list-a", sha]);
    const listed = await git.refs("refs/heads/list");
    expect(listed.map((entry) => entry.ref)).toEqual([
      "refs/heads/list-a",
      "refs/heads/list-b",
      "refs/heads/listed",
    ]);
    listed.length = 0;
    await git.deleteRef("refs/heads/list-b");
    expect(await names()).toEqual(["refs/heads/list-a", "refs/heads/listed"]);
  });

  it("start the reader again after it was closed", async () => {
    const sha = await commitOn("again", "four\n");
    git.close();
    expect(await git.resolve("again")).toBe(sha);
    expect(
      (
        await git.tag(
          await git.writeTag({ tag: "t", object: sha, type: "commit", tagger: who, message: "m" }),
        )
      ).object,
    ).toBe(sha);
  });
});

// What git itself answers, asked with a git process each time, to compare the store's answers with.
const fromGit = {
  async lsTree(store: GitStore, ...args: string[]) {
    return (await store.git(["ls-tree", "-z", "-l", ...args]))
      .split("\0")
      .filter((line) => line !== "")
      .map((line) => {
        const tab = line.indexOf("\t");
        const [mode, type, sha, size] = line.slice(0, tab).split(/ +/);
        return { path: line.slice(tab + 1), mode, type, sha, ...(size !== "-" && { size: Number(size) }) };
      });
  },
  async refs(store: GitStore) {
    const listed = await store.git(["for-each-ref", "--format=%(refname) %(objectname) %(objecttype)"]);
    return listed
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => {
        const [ref, sha, type] = line.split(" ");
        return { ref, sha, type };
      });
  },
  async count(store: GitStore, range: string) {
    return Number((await store.git(["rev-list", "--count", range])).trim());
  },
};

/** What `act` returns, and the git commands the store ran meanwhile (its long-lived reader aside). */
async function commandsDuring<T>(
  store: GitStore,
  act: () => Promise<T>,
): Promise<{ result: T; commands: string[] }> {
  const commands: string[] = [];
  const git = store.git;
  // The store runs every command through git(), which this instance's own property now wraps.
  store.git = (args, options) => {
    commands.push(args[0] as string);
    return git.call(store, args, options);
  };
  try {
    return { result: await act(), commands };
  } finally {
    store.git = git;
  }
}

/** Writes an object exactly as given (no checks), as a broken or foreign tool could have. */
async function literal(store: GitStore, type: "tree" | "commit", content: Buffer | string): Promise<string> {
  return (
    await store.git(["hash-object", "-t", type, "--literally", "-w", "--stdin"], { input: content })
  ).trim();
}

/** A tree object's bytes: `<mode> <name>\0<id>` per entry, in the order given. */
function treeBytes(entries: readonly [mode: string, name: string, sha: string][]): Buffer {
  return Buffer.concat(
    entries.map(([mode, name, sha]) =>
      Buffer.concat([Buffer.from(`${mode} ${name}\0`), Buffer.from(sha, "hex")]),
    ),
  );
}

describe("git store reading trees through the reader", () => {
  it("lists trees and finds entries as ls-tree does", async () => {
    const store = await GitStore.create();
    const [text, script, link] = await store.writeBlobs(["text\n", "#!/bin/sh\n", "target"]);
    const sub = await store.writeTree(undefined, [
      { path: "deep/file.txt", mode: "100644", sha: text as string },
      { path: "run.sh", mode: "100755", sha: script as string },
    ]);
    const root = await literal(
      store,
      "tree",
      treeBytes([
        ["100644", ":odd", text as string],
        ["100664", "group-writable.txt", text as string],
        ["120000", "link", link as string],
        ["40000", "sub", sub],
        ["100644", "star*", text as string],
        ["160000", "submodule", "1234567890abcdef1234567890abcdef12345678"],
        ["100644", "tab\tand ünïcode", text as string],
      ]),
    );
    const commit = await store.writeCommit({
      tree: root,
      parents: [],
      message: "m",
      author: who,
      committer: who,
    });
    const read = await commandsDuring(store, () =>
      Promise.all([store.tree(root), store.tree(root, true), store.tree(commit, true)]),
    );
    expect(read.commands).toEqual([]);
    expect(read.result).toEqual([
      await fromGit.lsTree(store, root),
      await fromGit.lsTree(store, "-r", "-t", root),
      await fromGit.lsTree(store, "-r", "-t", commit),
    ]);
    for (const path of [
      "group-writable.txt",
      "link",
      "sub",
      "sub/deep",
      "sub/deep/file.txt",
      "/sub/run.sh/",
      "submodule",
      "submodule/x",
      "tab\tand ünïcode",
      "missing",
      "sub/missing",
      "link/x",
      "sub//run.sh",
      "./sub",
      "sub/../link",
      "star*",
      "st*",
      // A leading colon is pathspec magic to ls-tree.
      ":odd",
      ":(literal):odd",
    ]) {
      const clean = path.replace(/^\/+|\/+$/g, "");
      const listed = (await fromGit.lsTree(store, commit, "--", clean)).find((entry) => entry.path === clean);
      const { result, commands } = await commandsDuring(store, () => store.entryAt(commit, path));
      expect(result, path).toEqual(listed);
      // Names git normalizes or reads as patterns are left to it.
      expect(commands, path).toEqual(/[*:]|\/\/|\.\//.test(path) ? ["ls-tree"] : []);
    }
  });

  it("leaves trees git would read otherwise to ls-tree", async () => {
    const store = await GitStore.create();
    const blob = await store.writeBlob("x\n");
    const slashed = await literal(store, "tree", treeBytes([["100644", "a/b", blob]]));
    const commit = await store.writeCommit({
      tree: slashed,
      parents: [],
      message: "m",
      author: who,
      committer: who,
    });
    expect(await store.tree(slashed)).toEqual(await fromGit.lsTree(store, slashed));
    expect(await store.entryAt(commit, "a/b")).toEqual(
      (await fromGit.lsTree(store, commit, "--", "a/b")).find((entry) => entry.path === "a/b"),
    );
  });
});

describe("git store reading commits through the reader", () => {
  it("shows every commit as git log does, and reads plain ones without git once git's dates are known", async () => {
    const person = (date: string) => ({ name: "Zoë Tester", email: "zoe@example.com", date });
    /** Commits in the form the fake writes: a root, one without a message, a merge. */
    const plainCommits = async (store: GitStore) => {
      const tree = await store.writeTree(undefined, []);
      const root = await store.writeCommit({
        tree,
        parents: [],
        message: "Root\n\nWith a body.\n\n",
        author: person("2026-01-02T03:04:05Z"),
        committer: person("2026-01-02T03:04:05Z"),
      });
      const child = await store.writeCommit({
        tree,
        parents: [root],
        message: "",
        author: person("2026-03-04T05:06:07+05:30"),
        committer: person("2025-12-31T23:59:59-08:00"),
      });
      const merge = await store.writeCommit({
        tree,
        parents: [root, child],
        message: "Merge\x1fwith a separator",
        author: person("1999-12-31T23:59:59+14:00"),
        committer: person("2026-01-02T03:04:05Z"),
      });
      return { tree, root, plain: [root, child, merge] };
    };
    const store = await GitStore.create();
    const { tree, root, plain } = await plainCommits(store);
    const header = `tree ${tree}\nparent ${root}\n`;
    const odd = [
      await literal(
        store,
        "commit",
        `${header}author A <a@x> 1700000000 -0000\ncommitter A <a@x> 1700000000 +0000\n\nm\n`,
      ),
      await literal(
        store,
        "commit",
        `${header}author A <a@x> 1700000000 +0000\ncommitter A <a@x> 1700000000 +0000\nencoding ISO-8859-1\n\nm\xe9\n`,
      ),
      await literal(
        store,
        "commit",
        `${header}author A  <a@x> 1700000000 +0000\ncommitter A <a@x> 1700000000 +0000\n\nm\n`,
      ),
      await literal(
        store,
        "commit",
        `${header}author A <a@x> 1700000000 +0000\ncommitter A <a@x> 1700000000 +0000\n`,
      ),
    ];
    for (const sha of [...plain, ...odd]) {
      const [logged] = await store.log([sha], { maxCount: 1, noWalk: true });
      expect(await store.commit(sha), sha).toEqual(logged);
    }
    const reading = async (sha: string) => {
      const fields = commitFields(await store.gitBuffer(["cat-file", "commit", sha]));
      return fields && readCommit(sha, fields);
    };
    for (const sha of odd) expect(await reading(sha)).toBeUndefined();
    await store.updateRef("refs/heads/main", root);
    expect(await store.commit("refs/heads/main")).toEqual(await store.commit(root));
    // Git has shown a commit with a zero offset: a store that never asked reads without git.
    const fresh = await GitStore.create();
    expect((await plainCommits(fresh)).plain).toEqual(plain);
    expect(await commandsDuring(fresh, () => Promise.all(plain.map((sha) => fresh.commit(sha))))).toEqual({
      result: await Promise.all(plain.map((sha) => store.commit(sha))),
      commands: [],
    });
  });
});

describe("git store answers shared with copies", () => {
  it("are taken only about objects the asking repository holds", async () => {
    const template = await GitStore.create();
    const base = await template.writeCommit({
      tree: await template.writeTree(undefined, [
        { path: "a", mode: "100644", sha: await template.writeBlob("a\n") },
      ]),
      parents: [],
      message: "base",
      author: who,
      committer: who,
    });
    const copy = template.copy();
    const later = await template.writeCommit({
      tree: await template.writeTree(undefined, [
        { path: "b", mode: "100644", sha: await template.writeBlob("b\n") },
      ]),
      parents: [base],
      message: "only in the template",
      author: who,
      committer: who,
    });
    // The template answers first, then the copy, which does not hold `later`, asks its own git.
    const asked = (store: GitStore) =>
      Promise.all([
        store.mergeBase(base, later),
        store.isAncestor(base, later),
        store.log([`${base}..${later}`]),
        store.diff(base, later),
        store.count(`${base}..${later}`),
      ]);
    const answers = await asked(template);
    expect(answers.slice(0, 2)).toEqual([base, true]);
    expect(answers[2].map(({ sha }) => sha)).toEqual([later]);
    expect(answers[3]).toHaveLength(2);
    expect(answers[4]).toBe(1);
    expect((await template.commit(later)).parents).toEqual([base]);
    // A later copy holds `later` and takes the answers without a git process.
    const holder = template.copy();
    expect(await commandsDuring(holder, () => asked(holder))).toEqual({ result: answers, commands: [] });
    expect(await copy.mergeBase(base, later)).toBeUndefined();
    expect(await copy.isAncestor(base, later)).toBe(false);
    await expect(copy.log([`${base}..${later}`])).rejects.toThrow(/git log/);
    await expect(copy.diff(base, later)).rejects.toThrow(/git diff/);
    await expect(copy.count(`${base}..${later}`)).rejects.toThrow(/git rev-list/);
    await expect(copy.commit(later)).rejects.toThrow(/git log/);
    expect(await copy.objectType(later)).toBeUndefined();
  });

  it("hard-link the template's objects, and stay whole and apart after either writes", async () => {
    const template = await GitStore.create();
    const base = await template.writeBlob("in both\n");
    await template.updateRef("refs/tags/base", base);
    const copy = template.copy();
    // Every object file of the copy is the template's own file (git never rewrites one).
    const objects = (store: GitStore) =>
      readdirSync(join(store.path, "objects"), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name));
    expect(objects(copy).map((file) => statSync(file).nlink)).toEqual([2]);
    // Each writes an object of its own, one the same as the other's, and a ref.
    const own = await copy.writeBlob("copy only\n");
    const same = await Promise.all([template.writeBlob("both later\n"), copy.writeBlob("both later\n")]);
    await copy.updateRef("refs/tags/base", own);
    expect(same[0]).toBe(same[1]);
    expect(await template.objectType(own)).toBeUndefined();
    expect(await template.resolve("refs/tags/base")).toBe(base);
    expect(await copy.resolve("refs/tags/base")).toBe(own);
    for (const store of [template, copy])
      expect(await store.git(["fsck", "--strict", "--no-dangling"])).toBe("");
  });

  it("write an object a copy does not hold, though a store sharing them wrote the same", async () => {
    const template = await GitStore.create();
    const copy = template.copy();
    const file = { content: "same\n", path: "same.txt" };
    const written = async (store: GitStore) => {
      const blob = await store.writeBlob(file.content);
      const tree = await store.writeTree(undefined, [{ path: file.path, mode: "100644", sha: blob }]);
      const commit = await store.writeCommit({
        tree,
        parents: [],
        message: "m",
        author: who,
        committer: who,
      });
      const tag = await store.writeTag({
        tag: "t",
        object: commit,
        type: "commit",
        tagger: who,
        message: "m",
      });
      return [blob, tree, commit, tag];
    };
    const ids = await written(template);
    expect(await commandsDuring(copy, () => written(copy))).toEqual({
      result: ids,
      commands: ["hash-object", "update-index", "write-tree", "commit-tree", "mktag"],
    });
    for (const id of ids)
      expect((await copy.git(["cat-file", "-t", id])).trim()).toMatch(/blob|tree|commit|tag/);
    expect(await commandsDuring(copy, () => written(copy))).toEqual({ result: ids, commands: [] });
  });
});

describe("git store writing trees", () => {
  it("writes the tree read-tree, update-index and write-tree give", async () => {
    const store = await GitStore.create();
    const blobs = await store.writeBlobs(["one\n", "two\n", "one\n", "three\n"]);
    expect(blobs[2]).toBe(blobs[0]);
    const [one, two, , three] = blobs as [string, string, string, string];
    const base = await store.writeTree(undefined, [
      { path: "README.md", mode: "100644", sha: one },
      { path: "src/pkg/__init__.py", mode: "100644", sha: two },
      { path: "src/pkg/tool.sh", mode: "100755", sha: three },
      { path: "docs/a b.md", mode: "100644", sha: one },
      { path: "link", mode: "120000", sha: two },
    ]);
    const quoted = await literal(store, "tree", treeBytes([["100644", '"quoted"', one]]));
    const byGit = async (tree: string, lines: string[]) => {
      const env = { GIT_INDEX_FILE: join(store.path, "test-index") };
      await store.git(["read-tree", tree], { env });
      await store.git(["update-index", "--add", "--remove", "--index-info"], {
        input: `${lines.join("\n")}\n`,
        env,
      });
      const written = (await store.git(["write-tree"], { env })).trim();
      rmSync(env.GIT_INDEX_FILE);
      return written;
    };
    const changes = [
      { path: "src/pkg/__init__.py", mode: "100644", sha: three },
      { path: "src/new/deeper/file", mode: "100644", sha: one },
      { path: "docs", mode: "100644", sha: null },
      { path: "docs/a b.md", mode: "100644", sha: null },
      { path: "README.md", mode: "100755", sha: one },
    ];
    const lines = changes.map(({ path, mode, sha }) =>
      sha === null ? `0 ${"0".repeat(40)}\t${path}` : `${mode} ${sha}\t${path}`,
    );
    for (const [tree, commands] of [
      [base, ["update-index", "write-tree"]],
      // A path update-index would unquote: read-tree reads the base.
      [quoted, ["read-tree", "update-index", "write-tree"]],
    ] as const)
      expect(await commandsDuring(store, () => store.writeTree(tree, changes))).toEqual({
        result: await byGit(tree, lines),
        commands,
      });
    // update-index replaces a file by a directory of that name.
    expect(await store.writeTree(base, [{ path: "README.md/x", mode: "100644", sha: one }])).toBe(
      await byGit(base, [`100644 ${one}\tREADME.md/x`]),
    );
    await expect(store.writeTree("1234567890abcdef1234567890abcdef12345678", [])).rejects.toThrow(
      /read-tree/,
    );
  });
});

describe("git store ancestry and diffs", () => {
  it("count, compare and diff as git does, a commit with itself included", async () => {
    const store = await GitStore.create();
    const on = async (parents: string[], files: Record<string, string | null>) => {
      const base = parents[0] ? (await store.commit(parents[0])).tree : undefined;
      const entries = [];
      for (const [path, text] of Object.entries(files))
        entries.push({ path, mode: "100644", sha: text === null ? null : await store.writeBlob(text) });
      const tree = await store.writeTree(base, entries);
      return store.writeCommit({ tree, parents, message: "m", author: who, committer: who });
    };
    const root = await on([], { "a.txt": "a\n", "gone.txt": "x\n", bin: "\0\x01" });
    const left = await on([root], { "a.txt": "a\nleft\n", "gone.txt": null });
    const right = await on([root], { "new.txt": "1\n2\n", bin: "\0\x02" });
    const merge = await on([left, right], {});
    for (const [base, head] of [
      [left, right],
      [root, merge],
      [merge, root],
      [left, left],
    ] as const) {
      expect(await store.count(`${base}..${head}`)).toBe(await fromGit.count(store, `${base}..${head}`));
      expect(await store.mergeBase(base, head)).toBe((await store.git(["merge-base", base, head])).trim());
      const logged = (await store.git(["log", "--reverse", "--format=%H", `${base}..${head}`])).split("\n");
      expect((await store.log([`${base}..${head}`], { reverse: true })).map(({ sha }) => sha)).toEqual(
        logged.filter((sha) => sha !== ""),
      );
      // The two diffs git gave in two processes before.
      const numstat = await store.git(["diff", "--numstat", "--no-renames", base, head]);
      const lines = new Map(numstat.split("\n").map((line) => [line.split("\t")[2], line.split("\t")]));
      const raw = await store.git(["diff", "--raw", "--no-abbrev", "--no-renames", base, head]);
      const statuses: Record<string, string> = { A: "added", D: "removed", M: "modified" };
      expect(await store.diff(base, head)).toEqual(
        raw
          .split("\n")
          .filter((line) => line !== "")
          .map((line) => {
            const [meta = "", filename = ""] = line.split("\t");
            const [, , , sha, letter = ""] = meta.split(" ");
            const [additions, deletions] = lines.get(filename) ?? [];
            return {
              filename,
              status: statuses[letter],
              additions: Number(additions) || 0,
              deletions: Number(deletions) || 0,
              sha,
            };
          }),
      );
    }
    expect(await store.count(merge)).toBe(await fromGit.count(store, merge));
    expect(await store.isAncestor(left, right)).toBe(false);
    // A commit with itself needs no git process; a diff takes one.
    const itself = await commandsDuring(store, () =>
      Promise.all([
        store.mergeBase(right, right),
        store.isAncestor(right, right),
        store.log([`${right}..${right}`]),
        store.count(`${right}..${right}`),
        store.diff(right, right),
      ]),
    );
    expect(itself).toEqual({ result: [right, true, [], 0, []], commands: [] });
    expect((await store.git(["merge-base", right, right])).trim()).toBe(right);
    expect(await store.git(["diff", right, right])).toBe("");
    expect((await commandsDuring(store, () => store.diff(right, merge))).commands).toEqual(["diff"]);
  });
});

describe("git store list of refs", () => {
  it("follows the store's ref writes, failed and overlapping ones included, as for-each-ref lists them", async () => {
    const store = await GitStore.create();
    const blob = await store.writeBlob("b\n");
    const tree = await store.writeTree(undefined, [{ path: "b", mode: "100644", sha: blob }]);
    const one = await store.writeCommit({ tree, parents: [], message: "1", author: who, committer: who });
    const two = await store.writeCommit({ tree, parents: [one], message: "2", author: who, committer: who });
    const tag = await store.writeTag({ tag: "v1", object: one, type: "commit", tagger: who, message: "v1" });
    const refs = (repository: GitStore) => commandsDuring(repository, () => repository.refs());
    /** The store's list, as git lists the refs, and whether git had to list them for it. */
    const listed = async (listedByGit: boolean, repository = store) =>
      expect(await refs(repository)).toEqual({
        result: await fromGit.refs(repository),
        commands: listedByGit ? ["for-each-ref"] : [],
      });
    await listed(true);
    await store.updateRef("refs/heads/main", one);
    await listed(false);
    // Refs sorted by their bytes: U+FF5E before U+1F600, whose UTF-16 code units sort first.
    await store.updateRefs([
      `update refs/heads/\uff5e ${one}`,
      `create refs/heads/\u{1f600} ${two}`,
      `update refs/tags/v1 ${tag}`,
      `update refs/heads/Z ${one} ${"0".repeat(40)}`,
    ]);
    await listed(false);
    await expect(store.updateRef("refs/heads/main", two, two)).rejects.toThrow(/update-ref/);
    await listed(true);
    await store.updateRef("refs/heads/main", two, one);
    await store.updateRefs([`update refs/heads/Z ${"0".repeat(40)}`, `delete refs/heads/\uff5e ${one}`]);
    await listed(false);
    // Two writes at once, and a listing while they run (it sees either state of each ref): git
    // lists the refs again after them.
    await Promise.all([
      store.deleteRef("refs/heads/main"),
      store.updateRef("refs/heads/other", two),
      store.refs(),
    ]);
    await listed(true);
    // A value git resolves (a ref name) is not followed; nor is anything after it.
    await store.updateRef("refs/heads/named", "refs/heads/other");
    await listed(true);
    const copy = store.copy();
    await store.deleteRef("refs/heads/other");
    await listed(false, copy);
    await listed(true);
  });

  it("lists refs again after a command that may make a symbolic ref", async () => {
    const store = await GitStore.create();
    const own = await store.writeCommit({
      tree: await store.writeTree(undefined, []),
      parents: [],
      message: "m",
      author: who,
      committer: who,
    });
    await store.updateRef("refs/heads/main", own);
    expect(await store.refs()).toEqual(await fromGit.refs(store));
    await store.git(["symbolic-ref", "refs/heads/alias", "refs/heads/main"]);
    expect(await store.refs()).toEqual(await fromGit.refs(store));
    const moved = await store.writeCommit({
      tree: await store.writeTree(undefined, []),
      parents: [own],
      message: "moved",
      author: who,
      committer: who,
    });
    await store.updateRef("refs/heads/main", moved);
    const refs = await store.refs();
    expect(refs).toEqual(await fromGit.refs(store));
    expect(refs.filter((entry) => entry.sha === moved).map((entry) => entry.ref)).toEqual([
      "refs/heads/alias",
      "refs/heads/main",
    ]);
  });
});
