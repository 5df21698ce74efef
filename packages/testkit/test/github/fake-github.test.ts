import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Octokit } from "@octokit/core";
import { retry } from "@octokit/plugin-retry";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub, type FakeRepository, type HistoryData } from "../../src/github/index.ts";

let fake: FakeGitHub;
let repository: FakeRepository;
let client: Octokit;
const where = { owner: "acme", repo: "widget" };

beforeAll(async () => {
  fake = await FakeGitHub.start();
  repository = await fake.createRepository("acme/widget", {
    files: { "README.md": "widget\n", "src/widget/__init__.py": '__version__ = "0.1.0"\n' },
  });
  client = new Octokit({ auth: fake.defaultToken, baseUrl: fake.apiUrl });
});

afterEach(() => {
  // Tests that provoke violations on purpose clear them; any other violation fails the test.
  try {
    fake.assertNoViolations();
  } finally {
    fake.clearLog();
  }
});

afterAll(async () => {
  await fake.stop();
});

function status(promise: Promise<unknown>): Promise<number | string> {
  return promise.then(
    () => "ok",
    (error: { status?: number }) => error.status ?? "no status",
  );
}

describe("OpenAPI validation", () => {
  it("answers a malformed request with 422 and records the violation", async () => {
    fake.clearLog();
    const error = await client
      .request("POST /repos/{owner}/{repo}/git/refs", { ...where, ref: "refs/heads/x" } as never)
      .catch((thrown) => thrown);
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/Invalid request.*requestBody must have required property 'sha'/s);
    expect(fake.violations).toEqual([
      expect.objectContaining({ kind: "invalid request", operationId: "git/create-ref" }),
    ]);
    expect(() => fake.assertNoViolations()).toThrow(/violation/);
    fake.clearLog();
  });

  it("records a request GitHub's API does not have", async () => {
    fake.clearLog();
    expect(await status(client.request("GET /repos/{owner}/{repo}/no-such-thing", where))).toBe(404);
    expect(fake.violations[0]?.kind).toBe("unknown operation");
    fake.clearLog();
  });

  it("catches a response that does not match GitHub's schema", async () => {
    fake.clearLog();
    const original = fake.routes.get("git/get-ref");
    fake.routes.set("git/get-ref", {
      handle: () => ({ status: 200, body: { ref: "refs/heads/main", object: { sha: "short" } } }),
    });
    try {
      await client.request("GET /repos/{owner}/{repo}/git/ref/{ref}", { ...where, ref: "heads/main" });
    } finally {
      fake.routes.set("git/get-ref", original as never);
    }
    expect(fake.violations).toEqual([
      expect.objectContaining({ kind: "invalid response", operationId: "git/get-ref" }),
    ]);
    expect(fake.violations[0]?.details).toMatch(/object\/sha must NOT have fewer than 40 characters/);
    fake.clearLog();
  });
});

describe("refs", () => {
  it("creates, reads, moves and deletes refs with GitHub's errors", async () => {
    const main = (
      await client.request("GET /repos/{owner}/{repo}/git/ref/{ref}", { ...where, ref: "heads/main" })
    ).data.object.sha;
    const created = await client.request("POST /repos/{owner}/{repo}/git/refs", {
      ...where,
      ref: "refs/heads/feature",
      sha: main,
    });
    expect(created.status).toBe(201);
    await expect(
      client.request("POST /repos/{owner}/{repo}/git/refs", {
        ...where,
        ref: "refs/heads/feature",
        sha: main,
      }),
    ).rejects.toThrow(/Reference already exists/);
    await expect(
      client.request("POST /repos/{owner}/{repo}/git/refs", { ...where, ref: "heads/x", sha: main }),
    ).rejects.toThrow(/not a valid ref name/);
    await expect(
      client.request("POST /repos/{owner}/{repo}/git/refs", {
        ...where,
        ref: "refs/heads/y",
        sha: "f".repeat(40),
      }),
    ).rejects.toThrow(/Object does not exist/);
    const ahead = await repository.commit({ branch: "feature", files: { "b.txt": "b" }, message: "b" });
    const other = await repository.commit({
      branch: "other",
      from: main,
      files: { "c.txt": "c" },
      message: "c",
    });
    await client.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
      ...where,
      ref: "heads/feature",
      sha: ahead,
    });
    await expect(
      client.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
        ...where,
        ref: "heads/feature",
        sha: other,
      }),
    ).rejects.toThrow(/Update is not a fast forward/);
    await client.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
      ...where,
      ref: "heads/feature",
      sha: other,
      force: true,
    });
    expect(await repository.refSha("heads/feature")).toBe(other);
    const matching = await client.request("GET /repos/{owner}/{repo}/git/matching-refs/{ref}", {
      ...where,
      ref: "heads/feat",
    });
    expect(matching.data.map((ref) => ref.ref)).toEqual(["refs/heads/feature"]);
    expect(
      await status(
        client.request("DELETE /repos/{owner}/{repo}/git/refs/{ref}", { ...where, ref: "heads/feature" }),
      ),
    ).toBe("ok");
    await expect(
      client.request("DELETE /repos/{owner}/{repo}/git/refs/{ref}", { ...where, ref: "heads/feature" }),
    ).rejects.toThrow(/Reference does not exist/);
    expect(
      await status(
        client.request("GET /repos/{owner}/{repo}/git/ref/{ref}", { ...where, ref: "heads/feature" }),
      ),
    ).toBe(404);
  });
});

describe("commits and compare", () => {
  it("reports status, ahead/behind and the commit list as git computes them", async () => {
    const base = await repository.commit({
      branch: "cmp-base",
      from: "main",
      files: { "x.txt": "0" },
      message: "base",
    });
    const heads = [];
    for (let i = 1; i <= 5; i++)
      heads.push(
        await repository.commit({
          branch: "cmp-head",
          from: base,
          files: { "x.txt": String(i) },
          message: `head ${i}`,
        }),
      );
    const side = await repository.commit({
      branch: "cmp-side",
      from: base,
      files: { "y.txt": "y" },
      message: "side",
    });
    const compare = (basehead: string, query: Record<string, number> = {}) =>
      client
        .request("GET /repos/{owner}/{repo}/compare/{basehead}", { ...where, basehead, ...query })
        .then((response) => response.data);

    const ahead = await compare(`${base}...cmp-head`);
    expect(ahead).toMatchObject({ status: "ahead", ahead_by: 5, behind_by: 0, total_commits: 5 });
    expect(ahead.merge_base_commit.sha).toBe(base);
    expect(ahead.commits.map((commit) => commit.sha)).toEqual(heads);
    expect(ahead.files?.map((file) => file.filename)).toEqual(["x.txt"]);
    expect(await compare(`cmp-head...${base}`)).toMatchObject({
      status: "behind",
      ahead_by: 0,
      behind_by: 5,
    });
    expect((await compare(`cmp-head...${heads[4]}`)).status).toBe("identical");
    expect(await compare(`cmp-side...cmp-head`)).toMatchObject({
      status: "diverged",
      ahead_by: 5,
      behind_by: 1,
    });

    const page2 = await compare(`${base}...cmp-head`, { per_page: 2, page: 2 });
    expect(page2.commits.map((commit) => commit.sha)).toEqual(heads.slice(2, 4));
    expect(page2.files).toEqual([]);
    expect(
      await status(
        client.request("GET /repos/{owner}/{repo}/compare/{basehead}", { ...where, basehead: "nope...main" }),
      ),
    ).toBe(404);
    expect(side).toHaveLength(40);
  });

  it("lists commits newest first with pagination links", async () => {
    const response = await client.request("GET /repos/{owner}/{repo}/commits", {
      ...where,
      sha: "cmp-head",
      per_page: 2,
    });
    expect(response.data.map((commit) => commit.commit.message)).toEqual(["head 5", "head 4"]);
    expect(response.headers.link).toMatch(/rel="next".*rel="last"/);
    const commit = await client.request("GET /repos/{owner}/{repo}/commits/{ref}", {
      ...where,
      ref: "cmp-head",
    });
    expect(commit.data.files?.[0]).toMatchObject({
      filename: "x.txt",
      status: "modified",
      additions: 1,
      deletions: 1,
    });
  });
});

describe("Git Data API and contents", () => {
  it("builds a commit from a tree with inline content and deletions, signed when a bot makes it", async () => {
    const head = (
      await client.request("GET /repos/{owner}/{repo}/git/ref/{ref}", { ...where, ref: "heads/main" })
    ).data.object.sha;
    const parent = (
      await client.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", {
        ...where,
        commit_sha: head,
      })
    ).data;
    const blob = await client.request("POST /repos/{owner}/{repo}/git/blobs", {
      ...where,
      content: Buffer.from("binary\0data").toString("base64"),
      encoding: "base64",
    });
    const tree = await client.request("POST /repos/{owner}/{repo}/git/trees", {
      ...where,
      base_tree: parent.tree.sha,
      tree: [
        { path: "docs/CHANGELOG.md", mode: "100644", type: "blob", content: "## v0.2\n" },
        { path: "data.bin", mode: "100644", type: "blob", sha: blob.data.sha },
        { path: "README.md", mode: "100644", type: "blob", sha: null },
      ],
    });
    const commit = await client.request("POST /repos/{owner}/{repo}/git/commits", {
      ...where,
      message: "Release v0.2.0",
      tree: tree.data.sha,
      parents: [head],
    });
    expect(commit.data.verification?.verified).toBe(true);
    expect(commit.data.author.name).toBe("github-actions[bot]");
    await client.request("POST /repos/{owner}/{repo}/git/refs", {
      ...where,
      ref: "refs/heads/release-commit",
      sha: commit.data.sha,
    });
    const paths = (
      await client.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
        ...where,
        tree_sha: "release-commit",
        recursive: "1",
      })
    ).data.tree.map((entry) => entry.path);
    expect(paths).toEqual([
      "data.bin",
      "docs",
      "docs/CHANGELOG.md",
      "src",
      "src/widget",
      "src/widget/__init__.py",
    ]);
    expect(await repository.readFile("release-commit", "docs/CHANGELOG.md")).toBe("## v0.2\n");
  });

  it("refuses a tree with an invalid entry, having stored the contents given before it", async () => {
    const blobId = (text: string) =>
      createHash("sha1")
        .update(`blob ${Buffer.byteLength(text)}\0${text}`)
        .digest("hex");
    const [before, after] = ["before the invalid entry\n", "after the invalid entry\n"];
    const refused = client.request("POST /repos/{owner}/{repo}/git/trees", {
      ...where,
      tree: [
        { path: "before.txt", mode: "100644", type: "blob", content: before },
        { path: "bad.txt", mode: "100644", type: "blob", sha: "1234567890abcdef1234567890abcdef12345678" },
        { path: "after.txt", mode: "100644", type: "blob", content: after },
      ],
    });
    expect(await status(refused)).toBe(422);
    const blob = (text: string) =>
      status(
        client.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", {
          ...where,
          file_sha: blobId(text),
        }),
      );
    expect([await blob(before), await blob(after)]).toEqual(["ok", 404]);
  });

  it("reads files and directories and writes files with GitHub's sha preconditions", async () => {
    const file = (
      await client.request("GET /repos/{owner}/{repo}/contents/{path}", {
        ...where,
        path: "src/widget/__init__.py",
      })
    ).data as { content: string; sha: string };
    expect(Buffer.from(file.content, "base64").toString()).toBe('__version__ = "0.1.0"\n');
    const listing = (
      await client.request("GET /repos/{owner}/{repo}/contents/{path}", { ...where, path: "src" })
    ).data as { name: string; type: string }[];
    expect(listing.map((entry) => [entry.name, entry.type])).toEqual([["widget", "dir"]]);
    expect(
      await status(
        client.request("GET /repos/{owner}/{repo}/contents/{path}", { ...where, path: "missing.txt" }),
      ),
    ).toBe(404);
    const put = (content: string, sha?: string) =>
      client.request("PUT /repos/{owner}/{repo}/contents/{path}", {
        ...where,
        path: "src/widget/__init__.py",
        message: "bump",
        content: Buffer.from(content).toString("base64"),
        ...(sha && { sha }),
      });
    expect(await status(put("x"))).toBe(422);
    expect(await status(put("x", "a".repeat(40)))).toBe(409);
    const updated = await put('__version__ = "0.2.0"\n', file.sha);
    expect(updated.status).toBe(200);
    expect(await repository.readFile("main", "src/widget/__init__.py")).toBe('__version__ = "0.2.0"\n');
  });

  it("reads annotated tags", async () => {
    const tagObject = await repository.createTag("v0.1.0", "main", { message: "Release 0.1.0" });
    const tag = await client.request("GET /repos/{owner}/{repo}/git/tags/{tag_sha}", {
      ...where,
      tag_sha: tagObject,
    });
    expect(tag.data).toMatchObject({
      tag: "v0.1.0",
      message: "Release 0.1.0\n",
      object: { type: "commit", sha: await repository.refSha("heads/main") },
    });
  });
});

describe("auth, permissions and faults", () => {
  it("refuses missing and unknown tokens, and writes the token may not make", async () => {
    expect(
      await status(new Octokit({ baseUrl: fake.apiUrl }).request("GET /repos/{owner}/{repo}", where)),
    ).toBe(401);
    expect(
      await status(
        new Octokit({ auth: "nope", baseUrl: fake.apiUrl }).request("GET /repos/{owner}/{repo}", where),
      ),
    ).toBe(401);
    const reader = new Octokit({
      auth: fake.createToken({ login: "reader", permissions: { contents: "read" } }),
      baseUrl: fake.apiUrl,
    });
    const error = await reader
      .request("POST /repos/{owner}/{repo}/git/refs", {
        ...where,
        ref: "refs/heads/z",
        sha: (await repository.refSha("heads/main")) as string,
      })
      .catch((thrown) => thrown);
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/Resource not accessible by integration/);
    const repo = await reader.request("GET /repos/{owner}/{repo}", where);
    expect(repo.data.permissions).toMatchObject({ pull: true, push: false, admin: false });
  });

  it("injects 5xx, secondary rate limits and dropped connections, which plugin-retry survives", async () => {
    const Retrying = Octokit.plugin(retry);
    const retrying = new Retrying({
      auth: fake.defaultToken,
      baseUrl: fake.apiUrl,
      retry: { retryAfterBaseValue: 1 },
    });
    fake.clearLog();
    fake.injectFault({ operationId: "repos/get", times: 2, fault: { status: 502 } });
    fake.injectFault({ operationId: "repos/get", fault: { drop: true } });
    const response = await retrying.request("GET /repos/{owner}/{repo}", where);
    expect(response.status).toBe(200);
    expect(fake.requests.map((request) => request.status)).toEqual([502, 502, "dropped", 200]);
    fake.injectFault({
      method: "GET",
      path: /\/contents\//,
      fault: { secondaryRateLimit: { retryAfter: 7 } },
    });
    const limited = await client
      .request("GET /repos/{owner}/{repo}/contents/{path}", { ...where, path: "README.md" })
      .catch((thrown) => thrown);
    expect(limited.status).toBe(403);
    expect(limited.response.headers["retry-after"]).toBe("7");
    expect(limited.message).toMatch(/secondary rate limit/);
  });

  it("runs a callback before the handler, to simulate a concurrent writer", async () => {
    const main = (await repository.refSha("heads/main")) as string;
    fake.injectFault({
      operationId: "git/create-ref",
      fault: { before: () => repository.createBranch("raced", main).then(() => undefined) },
    });
    await expect(
      client.request("POST /repos/{owner}/{repo}/git/refs", { ...where, ref: "refs/heads/raced", sha: main }),
    ).rejects.toThrow(/Reference already exists/);
  });

  it("logs writes separately from reads", async () => {
    fake.clearLog();
    await client.request("GET /repos/{owner}/{repo}", where);
    await client.request("POST /repos/{owner}/{repo}/git/blobs", { ...where, content: "x" });
    expect(fake.mutatingRequests().map((request) => request.operationId)).toEqual(["git/create-blob"]);
  });
});

describe("history seeding", () => {
  it("recreates instructlab's commit graph, branches and tags", async () => {
    const history = JSON.parse(
      readFileSync(new URL("../../fixtures/instructlab-history.json", import.meta.url), "utf8"),
    ) as HistoryData;
    const started = performance.now();
    const seed = await fake.seedHistory("instructlab/instructlab", history);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const git = seed.repository.git;
    expect(Number((await git.git(["rev-list", "--all", "--count"])).trim())).toBe(history.commits.length);
    expect((await git.refs("refs/tags/")).length).toBe(history.tags.length);
    expect((await git.refs("refs/heads/")).length).toBe(Object.keys(history.branches).length);
    expect(await git.isAncestor(seed.tag("v0.24.1"), "refs/heads/main")).toBe(false);
    expect(await git.isAncestor(seed.tag("v0.26.0"), "refs/heads/release-v0.26")).toBe(true);
    expect(await git.isAncestor(seed.tag("v0.26.0"), "refs/heads/main")).toBe(false);
    expect(seed.tag("v0.25.0")).toBe(seed.tag("v0.25.1"));
    const merge = history.commits.find(
      (commit) => commit.parents.length === 2,
    ) as HistoryData["commits"][number];
    const seeded = await git.commit(seed.fake(merge.sha));
    expect(seeded.parents).toEqual(merge.parents.map(seed.fake));
    expect(seeded.message).toBe(merge.subject);
    expect(seed.real(seed.fake(merge.sha))).toBe(merge.sha);
    console.log(`seeded ${history.commits.length} commits in ${seconds} s`);
  });
});

describe("copies of repositories", () => {
  it("start with the source's history and state, and neither sees what is done to the other", async () => {
    const source = await fake.createRepository("acme/template", { files: { "README.md": "template\n" } });
    const alice = fake.addUser("alice");
    source.addCollaborator("alice", "maintain");
    const landed = await source.landPullRequest({
      base: "main",
      title: "Add a file",
      author: alice,
      files: { "a.txt": "a\n" },
      labels: ["enhancement"],
      approvals: [alice],
    });
    const sourceClient = { owner: "acme", repo: "template" };
    await client.request("POST /repos/{owner}/{repo}/releases", { ...sourceClient, tag_name: "v1.0.0" });
    await client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...sourceClient,
      issue_number: landed.number,
      body: "Shipped",
    });

    const copy = fake.copyRepository(source, "acme/copy");
    const copyClient = { owner: "acme", repo: "copy" };
    expect(copy.fullName).toBe("acme/copy");
    expect(copy.id).not.toBe(source.id);
    expect(copy.git.path).not.toBe(source.git.path);
    expect(await copy.refSha("heads/main")).toBe(landed.mergeCommit);
    expect(await copy.refSha("tags/v1.0.0")).toBe(landed.mergeCommit);
    expect(copy.pull(landed.number)?.pull.mergeCommitSha).toBe(landed.mergeCommit);
    expect(copy.pull(landed.number)?.user).toBe(alice);
    expect(copy.roleOf("alice")).toBe("maintain");
    const { data: pulls } = await client.request("GET /repos/{owner}/{repo}/pulls", {
      ...copyClient,
      state: "closed",
    });
    expect(pulls.map((pull) => [pull.number, pull.title, pull.base.repo.full_name])).toEqual([
      [landed.number, "Add a file", "acme/copy"],
    ]);
    const { data: release } = await client.request("GET /repos/{owner}/{repo}/releases/latest", copyClient);
    expect(release.tag_name).toBe("v1.0.0");
    const { data: comments } = await client.request(
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { ...copyClient, issue_number: landed.number },
    );
    expect(comments.map((comment) => [comment.body, comment.issue_url])).toEqual([
      ["Shipped", `${fake.apiUrl}/repos/acme/copy/issues/${landed.number}`],
    ]);

    await copy.commit({ branch: "main", files: { "b.txt": "b\n" }, message: "Only in the copy" });
    await client.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
      ...copyClient,
      release_id: release.id,
      name: "Renamed in the copy",
    });
    copy.addCollaborator("bob");
    copy.pull(landed.number)?.labels.push("bug");
    expect(await source.refSha("heads/main")).toBe(landed.mergeCommit);
    expect(await source.readFile("main", "b.txt")).toBeUndefined();
    expect(source.releases.get(release.id)?.name).not.toBe("Renamed in the copy");
    expect(source.roleOf("bob")).toBeUndefined();
    expect(source.pull(landed.number)?.labels).toEqual(["enhancement"]);
    await source.commit({ branch: "main", files: { "c.txt": "c\n" }, message: "Only in the source" });
    expect(await copy.readFile("main", "c.txt")).toBeUndefined();
    expect(await copy.readFile("main", "b.txt")).toBe("b\n");
    expect(() => fake.copyRepository(source, "acme/copy")).toThrow(/acme\/copy exists/);
  });
});

describe("copies of the whole fake", () => {
  it("serve the same world on a port of their own (names, numbers, tokens, clock), and neither sees what is done to the other", async () => {
    const source = await FakeGitHub.start();
    const now = new Date("2026-12-01T12:00:00Z");
    source.setClock(() => now);
    const template = await source.createRepository("acme/world", { files: { "README.md": "world\n" } });
    const alice = source.addUser("alice", { name: "Alice" });
    source.addTeam("acme", "core", ["alice"]);
    const aliceToken = source.createToken({ login: "alice" });
    const bot = (fake: FakeGitHub, token = fake.defaultToken) =>
      new Octokit({ auth: token, baseUrl: fake.apiUrl });
    const place = { owner: "acme", repo: "world" };
    const { data: issue } = await bot(source).request("POST /repos/{owner}/{repo}/issues", {
      ...place,
      title: "Before the copy",
    });
    await bot(source).request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...place,
      issue_number: issue.number,
      body: "A comment before the copy",
    });
    const { requestToken } = source.idTokenEndpoint({
      repository: "acme/world",
      workflowFile: ".github/workflows/release.yml",
      ref: "refs/heads/main",
      sha: (await template.refSha("heads/main")) as string,
      eventName: "push",
    });
    source.injectFault({ operationId: "repos/get", fault: { status: 502 } });

    const copy = await source.copy();
    try {
      // The same requests give the same numbers and ids in both (each answer takes an id too).
      const [inCopy, inSource] = await Promise.all(
        [copy, source].map(async (fake) => {
          const { data } = await bot(fake).request("POST /repos/{owner}/{repo}/issues", {
            ...place,
            title: "After the copy",
          });
          return [data.number, data.id];
        }),
      );
      expect(inCopy).toEqual([issue.number + 1, expect.any(Number)]);
      expect(inSource).toEqual(inCopy);
      expect(copy.createToken({ login: "bob" })).toBe(source.createToken({ login: "bob" }));
      expect(copy.apiUrl).not.toBe(source.apiUrl);
      expect(copy.defaultToken).toBe(source.defaultToken);
      expect(copy.now()).toEqual(now);
      expect(copy.user("alice")).toBe(alice);
      expect(copy.team("acme", "core")).toEqual(new Set(["alice"]));
      expect(copy.oidc.publicKey).toBe(source.oidc.publicKey);
      // Its log starts empty: the issue created above is all it served.
      expect(copy.requests.map((request) => request.operationId)).toEqual(["issues/create"]);
      const world = copy.repository("acme/world");
      expect(world).not.toBe(template);
      expect([world.id, world.fullName, world.git.path === template.git.path]).toEqual([
        template.id,
        "acme/world",
        false,
      ]);
      expect(await world.refSha("heads/main")).toBe(await template.refSha("heads/main"));
      const { data: comments } = await bot(copy, aliceToken).request(
        "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
        { ...place, issue_number: issue.number },
      );
      expect(comments.map((comment) => [comment.body, comment.user?.login])).toEqual([
        ["A comment before the copy", "github-actions[bot]"],
      ]);
      const token = await fetch(`${copy.serverUrl}/_services/token/idtoken?api-version=2.0&audience=pypi`, {
        headers: { authorization: `bearer ${requestToken}` },
      });
      expect(token.status).toBe(200);

      // Faults are the source's traffic, not its state.
      const gets = [copy, source].map((fake) =>
        bot(fake)
          .request("GET /repos/{owner}/{repo}", place)
          .then(
            ({ status }) => status,
            (error: { status?: number }) => error.status,
          ),
      );
      expect(await Promise.all(gets)).toEqual([200, 502]);

      // Separate from here on: git, records, accounts, teams, tokens.
      await world.commit({ branch: "main", files: { "copy.txt": "c\n" }, message: "Only in the copy" });
      world.addCollaborator("alice", "admin");
      copy.addTeam("acme", "core", ["alice", "carol"]);
      const copyOnly = copy.createToken({ login: "carol" });
      expect(await template.readFile("main", "copy.txt")).toBeUndefined();
      expect(template.roleOf("alice")).toBeUndefined();
      expect(source.team("acme", "core")).toEqual(new Set(["alice"]));
      expect(source.user("carol")).toBeUndefined();
      const refused = await bot(source, copyOnly)
        .request("GET /repos/{owner}/{repo}", place)
        .catch((error: { status?: number }) => error.status);
      expect(refused).toBe(401);
      await bot(source).request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...place,
        issue_number: issue.number,
        body: "Only in the source",
      });
      expect([...world.comments.values()].map((comment) => comment.body)).toEqual([
        "A comment before the copy",
      ]);
      expect(world.issues.size).toBe(2);
      expect(template.issues.size).toBe(2);
    } finally {
      await copy.stop();
    }
    // The source serves on after its copy stopped.
    expect(await source.repository("acme/world").readFile("main", "README.md")).toBe("world\n");
    await bot(source).request("GET /repos/{owner}/{repo}", place);
    source.assertNoViolations();
    await source.stop();
  });
});

describe("job tokens", () => {
  it("see only the workflow's repository, as GITHUB_TOKEN does, and answer 404 elsewhere", async () => {
    await fake.createRepository("acme/website", { files: { "index.md": "# Site\n" } });
    const job = new Octokit({
      auth: fake.jobToken("acme/widget", { contents: "write" }),
      baseUrl: fake.apiUrl,
    });
    expect(
      await status(job.request("GET /repos/{owner}/{repo}/contents/{path}", { ...where, path: "README.md" })),
    ).toBe("ok");
    expect(
      await status(
        job.request("GET /repos/{owner}/{repo}/contents/{path}", {
          owner: "acme",
          repo: "website",
          path: "index.md",
        }),
      ),
    ).toBe(404);
  });
});
