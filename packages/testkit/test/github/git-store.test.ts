import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
