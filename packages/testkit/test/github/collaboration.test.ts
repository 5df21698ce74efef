import { createHash, createVerify } from "node:crypto";
import { Octokit } from "@octokit/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  ACTIONS_ISSUER,
  FakeGitHub,
  type FakeRepository,
  type Identity,
  pacificMidnight,
} from "../../src/github/index.ts";

let fake: FakeGitHub;
let repository: FakeRepository;
let bot: Octokit;
let bob: Identity;
const where = { owner: "acme", repo: "cli" };
const as = (login: string, permissions?: Record<string, "read" | "write" | "none">) =>
  new Octokit({
    auth: fake.createToken({ login, ...(permissions && { permissions }) }),
    baseUrl: fake.apiUrl,
  });

beforeAll(async () => {
  fake = await FakeGitHub.start();
  repository = await fake.createRepository("acme/cli", {
    files: { "README.md": "cli\n", "CHANGELOG.md": "## v0.1\n" },
  });
  bot = new Octokit({ auth: fake.defaultToken, baseUrl: fake.apiUrl });
  fake.addUser("alice");
  bob = fake.addUser("bob");
  fake.addUser("carol");
  repository.addCollaborator("alice", "maintain");
  repository.addCollaborator("bob", "write");
  fake.addTeam("acme", "core-maintainers", ["alice", "bob"]);
});

afterEach(() => {
  try {
    fake.assertNoViolations();
  } finally {
    fake.clearLog();
  }
});

afterAll(async () => {
  await fake.stop();
});

async function branchWithChange(name: string, from = "main"): Promise<string> {
  return repository.commit({
    branch: name,
    from,
    files: { [`${name}.txt`]: name },
    message: `change on ${name}`,
  });
}

describe("pull requests", () => {
  it("opens one pull request per head and base, updates it, and lists it by head", async () => {
    await branchWithChange("release-actions/v0.2.0");
    const created = await bot.request("POST /repos/{owner}/{repo}/pulls", {
      ...where,
      head: "release-actions/v0.2.0",
      base: "main",
      title: "Release v0.2.0",
      body: "notes",
    });
    expect(created.data).toMatchObject({
      number: expect.any(Number),
      state: "open",
      merged: false,
      title: "Release v0.2.0",
      user: { login: "github-actions[bot]" },
    });
    await expect(
      bot.request("POST /repos/{owner}/{repo}/pulls", {
        ...where,
        head: "acme:release-actions/v0.2.0",
        base: "main",
        title: "again",
      }),
    ).rejects.toThrow(/A pull request already exists for acme:release-actions\/v0.2.0/);
    await bot.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
      ...where,
      pull_number: created.data.number,
      body: "new notes",
    });
    const listed = await bot.request("GET /repos/{owner}/{repo}/pulls", {
      ...where,
      head: "acme:release-actions/v0.2.0",
      state: "all",
    });
    expect(listed.data.map((pull) => [pull.number, pull.body])).toEqual([[created.data.number, "new notes"]]);
    await repository.createBranch("same-as-main", "main");
    await expect(
      bot.request("POST /repos/{owner}/{repo}/pulls", {
        ...where,
        head: "same-as-main",
        base: "main",
        title: "empty",
      }),
    ).rejects.toThrow(/No commits between main and same-as-main/);
  });

  it("follows the head branch while open, and merges with a real merge commit", async () => {
    await branchWithChange("feature-merge");
    const { data: pull } = await bot.request("POST /repos/{owner}/{repo}/pulls", {
      ...where,
      head: "feature-merge",
      base: "main",
      title: "Add a feature",
    });
    const moved = await repository.commit({
      branch: "feature-merge",
      files: { "more.txt": "more" },
      message: "more",
    });
    const read = await bot.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
      ...where,
      pull_number: pull.number,
    });
    expect(read.data.head.sha).toBe(moved);
    await expect(
      bot.request("PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge", {
        ...where,
        pull_number: pull.number,
        sha: pull.head.sha,
      }),
    ).rejects.toThrow(/Head branch was modified/);
    const mainBefore = (await repository.refSha("heads/main")) as string;
    const merged = await bot.request("PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge", {
      ...where,
      pull_number: pull.number,
    });
    const commit = await repository.git.commit(merged.data.sha);
    expect(commit.parents).toEqual([mainBefore, moved]);
    expect(commit.message).toMatch(/^Merge pull request #\d+ from acme\/feature-merge/);
    expect(await repository.refSha("heads/main")).toBe(merged.data.sha);
    const after = await bot.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
      ...where,
      pull_number: pull.number,
    });
    expect(after.data).toMatchObject({
      state: "closed",
      merged: true,
      merge_commit_sha: merged.data.sha,
      merged_by: { login: "github-actions[bot]" },
    });
    await expect(
      bot.request("PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge", {
        ...where,
        pull_number: pull.number,
      }),
    ).rejects.toThrow(/not mergeable/);
    const associated = await bot.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", {
      ...where,
      commit_sha: merged.data.sha,
    });
    expect(associated.data.map((candidate) => candidate.number)).toEqual([pull.number]);
  });

  it("squash-merges into one commit with the PR number in its title", async () => {
    const { number, mergeCommit } = await repository.landPullRequest({
      base: "main",
      title: "Fix the parser",
      author: bob,
      files: { "parser.py": "ok" },
      method: "squash",
    });
    const commit = await repository.git.commit(mergeCommit);
    expect(commit.parents).toHaveLength(1);
    expect(commit.message).toBe(`Fix the parser (#${number})`);
    expect(commit.author.email).toBe(bob.email);
  });
});

describe("reviews and rulesets", () => {
  it("records reviews with GitHub's rules, requests reviewers, and gates merges on approvals", async () => {
    await branchWithChange("guarded-change", "main");
    await repository.createBranch("release-v0.2", "main");
    const admin = as("root-admin", { administration: "write", contents: "write", pull_requests: "write" });
    await admin.request("POST /repos/{owner}/{repo}/rulesets", {
      ...where,
      name: "release branches",
      target: "branch",
      enforcement: "active",
      conditions: { ref_name: { include: ["refs/heads/release-v*"], exclude: [] } },
      rules: [
        { type: "deletion" },
        { type: "non_fast_forward" },
        {
          type: "pull_request",
          parameters: {
            required_approving_review_count: 2,
            dismiss_stale_reviews_on_push: true,
            require_code_owner_review: false,
            require_last_push_approval: false,
            required_review_thread_resolution: false,
          },
        },
      ],
    });
    const author = as("carol");
    const { data: pull } = await author.request("POST /repos/{owner}/{repo}/pulls", {
      ...where,
      head: "guarded-change",
      base: "release-v0.2",
      title: "Backport",
    });
    await expect(
      author.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
        ...where,
        pull_number: pull.number,
        event: "APPROVE",
      }),
    ).rejects.toThrow(/Can not approve your own pull request/);
    await expect(
      bot.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
        ...where,
        pull_number: pull.number,
        reviewers: ["nobody-here"],
      }),
    ).rejects.toThrow(/Reviews may only be requested from collaborators/);
    await bot.request("POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
      ...where,
      pull_number: pull.number,
      reviewers: ["alice"],
      team_reviewers: ["core-maintainers"],
    });
    const requested = await bot.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers", {
      ...where,
      pull_number: pull.number,
    });
    expect(requested.data.users.map((user) => user.login)).toEqual(["alice"]);
    expect(requested.data.teams.map((team) => team.slug)).toEqual(["core-maintainers"]);

    await as("alice").request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
      ...where,
      pull_number: pull.number,
      event: "APPROVE",
    });
    await expect(
      as("carol", { contents: "write", pull_requests: "write" }).request(
        "PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge",
        { ...where, pull_number: pull.number },
      ),
    ).rejects.toThrow(/At least 2 approving reviews are required by reviewers with write access/);
    const changes = await as("bob").request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
      ...where,
      pull_number: pull.number,
      event: "REQUEST_CHANGES",
      body: "no",
    });
    await expect(
      bot.request("PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge", {
        ...where,
        pull_number: pull.number,
      }),
    ).rejects.toThrow(/Changes have been requested/);
    await admin.request("PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals", {
      ...where,
      pull_number: pull.number,
      review_id: Number(changes.data.id),
      message: "stale",
    });
    await as("bob").request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
      ...where,
      pull_number: pull.number,
      event: "COMMENT",
      body: "fine now",
    });
    await expect(
      bot.request("PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge", {
        ...where,
        pull_number: pull.number,
      }),
    ).rejects.toThrow(/At least 2 approving reviews/);
    await as("bob").request("POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
      ...where,
      pull_number: pull.number,
      event: "APPROVE",
    });
    expect(
      (
        await bot.request("PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge", {
          ...where,
          pull_number: pull.number,
        })
      ).data.merged,
    ).toBe(true);
    const reviews = await bot.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
      ...where,
      pull_number: pull.number,
    });
    expect(reviews.data.map((review) => [review.user?.login, review.state])).toEqual([
      ["alice", "APPROVED"],
      ["bob", "DISMISSED"],
      ["bob", "COMMENTED"],
      ["bob", "APPROVED"],
    ]);
  });

  it("refuses direct pushes, force-pushes and deletion of a protected branch, and rulesets to a GITHUB_TOKEN", async () => {
    const head = (await repository.refSha("heads/release-v0.2")) as string;
    const elsewhere = await repository.commit({
      branch: "elsewhere",
      from: "main",
      files: { "x.txt": "x" },
      message: "x",
    });
    await expect(
      bot.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
        ...where,
        ref: "heads/release-v0.2",
        sha: elsewhere,
        force: true,
      }),
    ).rejects.toThrow(/Cannot force-push/);
    await expect(
      bot.request("DELETE /repos/{owner}/{repo}/git/refs/{ref}", { ...where, ref: "heads/release-v0.2" }),
    ).rejects.toThrow(/Cannot delete this branch/);
    await expect(
      bot.request("PUT /repos/{owner}/{repo}/contents/{path}", {
        ...where,
        path: "direct.txt",
        message: "direct",
        content: "eA==",
        branch: "release-v0.2",
      }),
    ).rejects.toThrow(/Changes must be made through a pull request/);
    expect(await repository.refSha("heads/release-v0.2")).toBe(head);
    const denied = await bot
      .request("POST /repos/{owner}/{repo}/rulesets", { ...where, name: "x", enforcement: "active" })
      .catch((error) => error);
    expect(denied.status).toBe(403);
  });

  it("lets only a token with members read see a team, and reports collaborator permissions", async () => {
    expect(
      (
        await bot
          .request("GET /orgs/{org}/teams/{team_slug}/members", {
            org: "acme",
            team_slug: "core-maintainers",
          })
          .catch((error) => error)
      ).status,
    ).toBe(403);
    const reader = as("org-reader", { members: "read" });
    const members = await reader.request("GET /orgs/{org}/teams/{team_slug}/members", {
      org: "acme",
      team_slug: "core-maintainers",
    });
    expect(members.data.map((member) => member.login)).toEqual(["alice", "bob"]);
    const permission = await bot.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
      ...where,
      username: "alice",
    });
    expect(permission.data).toMatchObject({ permission: "write", role_name: "maintain" });
    expect(
      (
        await bot
          .request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
            ...where,
            username: "carol",
          })
          .catch((error) => error)
      ).status,
    ).toBe(404);
  });
});

describe("issues and milestones", () => {
  it("keeps milestone titles unique, floors due dates to Pacific midnight, and lists items by milestone", async () => {
    const created = await bot.request("POST /repos/{owner}/{repo}/milestones", {
      ...where,
      title: "v0.2.0",
      due_on: "2026-12-08T00:00:00Z",
    });
    expect(created.data.due_on).toBe("2026-12-07T08:00:00Z");
    expect(pacificMidnight("2026-07-08T12:00:00Z")).toBe("2026-07-08T07:00:00Z");
    await bot.request("PATCH /repos/{owner}/{repo}/milestones/{milestone_number}", {
      ...where,
      milestone_number: created.data.number,
      state: "closed",
    });
    await expect(
      bot.request("POST /repos/{owner}/{repo}/milestones", { ...where, title: "v0.2.0" }),
    ).rejects.toThrow(/already_exists/);
    const issue = await bot.request("POST /repos/{owner}/{repo}/issues", {
      ...where,
      title: "Bug",
      milestone: created.data.number,
      labels: ["bug"],
    });
    const pullNumber = [...repository.issues.values()].find((record) => record.pull)?.number as number;
    await bot.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...where,
      issue_number: pullNumber,
      milestone: created.data.number,
    });
    await bot.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
      ...where,
      issue_number: pullNumber,
      labels: ["release"],
    });
    const items = await bot.request("GET /repos/{owner}/{repo}/issues", {
      ...where,
      milestone: String(created.data.number),
      state: "all",
    });
    expect(items.data.map((item) => [item.number, item.pull_request !== undefined])).toEqual(
      expect.arrayContaining([
        [issue.data.number, false],
        [pullNumber, true],
      ]),
    );
    const all = await bot.request("GET /repos/{owner}/{repo}/milestones", { ...where, state: "all" });
    expect(all.data[0]).toMatchObject({ title: "v0.2.0", state: "closed", open_issues: 2, closed_issues: 0 });
    expect(
      (await bot.request("GET /repos/{owner}/{repo}/labels", where)).data.map((label) => label.name),
    ).toEqual(expect.arrayContaining(["bug", "release"]));
  });
});

describe("releases", () => {
  it("creates the tag only when a draft is published, and sees only published releases by tag", async () => {
    const target = (await repository.refSha("heads/main")) as string;
    const draft = await bot.request("POST /repos/{owner}/{repo}/releases", {
      ...where,
      tag_name: "v0.2.0",
      target_commitish: target,
      draft: true,
      name: "v0.2.0",
    });
    expect(await repository.refSha("tags/v0.2.0")).toBeUndefined();
    expect(
      (
        await bot
          .request("GET /repos/{owner}/{repo}/releases/tags/{tag}", { ...where, tag: "v0.2.0" })
          .catch((error) => error)
      ).status,
    ).toBe(404);
    const reader = as("reader", { contents: "read" });
    expect((await reader.request("GET /repos/{owner}/{repo}/releases", where)).data).toEqual([]);
    await bot.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
      ...where,
      release_id: draft.data.id,
      draft: false,
    });
    expect(await repository.refSha("tags/v0.2.0")).toBe(target);
    expect((await bot.request("GET /repos/{owner}/{repo}/releases/latest", where)).data.tag_name).toBe(
      "v0.2.0",
    );
    await expect(
      bot.request("POST /repos/{owner}/{repo}/releases", { ...where, tag_name: "v0.2.0" }),
    ).rejects.toThrow(/already_exists/);
  });

  it("keeps latest where make_latest says, and freezes immutable releases", async () => {
    repository.immutableReleases = true;
    const older = await repository.commit({
      branch: "release-v0.1",
      from: "main",
      files: { "fix.txt": "fix" },
      message: "fix",
    });
    const patch = await bot.request("POST /repos/{owner}/{repo}/releases", {
      ...where,
      tag_name: "v0.1.1",
      target_commitish: older,
      make_latest: "false",
    });
    expect(patch.data.immutable).toBe(true);
    expect((await bot.request("GET /repos/{owner}/{repo}/releases/latest", where)).data.tag_name).toBe(
      "v0.2.0",
    );
    await expect(
      bot.request("DELETE /repos/{owner}/{repo}/git/refs/{ref}", { ...where, ref: "tags/v0.1.1" }),
    ).rejects.toThrow(/immutable release/);
    await bot.request("DELETE /repos/{owner}/{repo}/releases/{release_id}", {
      ...where,
      release_id: patch.data.id,
    });
    await repository.git.deleteRef("refs/tags/v0.1.1");
    await expect(
      bot.request("POST /repos/{owner}/{repo}/releases", {
        ...where,
        tag_name: "v0.1.1",
        target_commitish: older,
      }),
    ).rejects.toThrow(/tag_name was used by an immutable release/);
    repository.immutableReleases = false;
  });

  // Facts: GitHub's OpenAPI description of repos/upload-release-asset (raw bytes to the release's
  // upload_url, `?name=`, 422 for a second file of the same name: {"resource":"ReleaseAsset",
  // "code":"already_exists","field":"name"} in octokit/octokit.js#721, cli/cli#5008); GHES serves
  // uploads at https://HOSTNAME/api/uploads (google/go-github#3985); digests `sha256:<hex>`
  // (github.blog changelog 2025-06-03); immutable releases lock their files once published
  // (docs.github.com immutable-releases: "Release assets cannot be modified or deleted"), with
  // "Cannot upload assets to an immutable release" (softprops/action-gh-release#653) and
  // "Cannot delete asset from an immutable release" (uutils/coreutils#13839).
  it("takes release assets at upload_url once per name, and locks them when an immutable release is published", async () => {
    repository.immutableReleases = true;
    const target = await branchWithChange("assets");
    const draft = await bot.request("POST /repos/{owner}/{repo}/releases", {
      ...where,
      tag_name: "v0.9.0",
      target_commitish: target,
      draft: true,
    });
    expect(draft.data.upload_url).toMatch(
      /\/api\/uploads\/repos\/acme\/cli\/releases\/\d+\/assets\{\?name,label\}$/,
    );
    const wheel = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x7b]);
    const upload = (name: string, data: Buffer) =>
      bot.request({
        method: "POST",
        url: draft.data.upload_url,
        name,
        data,
        headers: { "content-type": "application/octet-stream" },
      });
    const uploaded = await upload("cli-0.9.0-py3-none-any.whl", wheel);
    expect(uploaded.status).toBe(201);
    expect(uploaded.data).toMatchObject({
      name: "cli-0.9.0-py3-none-any.whl",
      size: wheel.length,
      digest: `sha256:${createHash("sha256").update(wheel).digest("hex")}`,
    });
    const json = await upload("cli-0.9.0.tar.gz.publish.attestation", Buffer.from('{"version":1}'));
    expect(json.data.size).toBe(13);
    await expect(upload("cli-0.9.0-py3-none-any.whl", Buffer.from("other"))).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: "ReleaseAsset", code: "already_exists", field: "name" }] } },
    });
    // The API host does not take uploads: a client must follow upload_url.
    await expect(
      bot.request("POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}", {
        ...where,
        release_id: draft.data.id,
        name: "x.whl",
        data: wheel,
        headers: { "content-type": "application/octet-stream" },
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(fake.violations.map((violation) => violation.kind)).toEqual(["wrong host"]);
    fake.clearLog();
    const listed = await bot.request("GET /repos/{owner}/{repo}/releases/{release_id}/assets", {
      ...where,
      release_id: draft.data.id,
    });
    expect(listed.data.map((asset) => asset.name)).toEqual([
      "cli-0.9.0-py3-none-any.whl",
      "cli-0.9.0.tar.gz.publish.attestation",
    ]);
    await bot.request("DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}", {
      ...where,
      asset_id: json.data.id,
    });
    const published = await bot.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
      ...where,
      release_id: draft.data.id,
      draft: false,
    });
    expect(published.data).toMatchObject({
      immutable: true,
      assets: [{ name: "cli-0.9.0-py3-none-any.whl" }],
    });
    await expect(upload("cli-0.9.0.tar.gz", wheel)).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/Cannot upload assets to an immutable release/),
    });
    await expect(
      bot.request("DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}", {
        ...where,
        asset_id: uploaded.data.id,
      }),
    ).rejects.toThrow(/Cannot delete asset from an immutable release/);
    repository.immutableReleases = false;
  });

  it("marks a release published without make_latest latest; on PATCH only make_latest true moves the mark", async () => {
    const latest = async () =>
      (await bot.request("GET /repos/{owner}/{repo}/releases/latest", where)).data.tag_name;
    const older = await repository.commit({
      branch: "release-v0.1-ui",
      from: "main",
      files: { "fix.txt": "ui" },
      message: "fix in the UI",
    });
    const patch = await bot.request("POST /repos/{owner}/{repo}/releases", {
      ...where,
      tag_name: "v0.1.2",
      target_commitish: older,
    });
    expect(await latest()).toBe("v0.1.2");
    await bot.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
      ...where,
      release_id: patch.data.id,
      make_latest: "false",
    });
    expect(await latest()).toBe("v0.1.2");
    const newest = await bot.request("GET /repos/{owner}/{repo}/releases/tags/{tag}", {
      ...where,
      tag: "v0.2.0",
    });
    await bot.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
      ...where,
      release_id: newest.data.id,
      make_latest: "true",
    });
    expect(await latest()).toBe("v0.2.0");
  });
});

describe("Actions OIDC tokens", () => {
  it("issues GitHub-shaped tokens to the holder of the request token, verifiable with the public key", async () => {
    const endpoint = fake.idTokenEndpoint({
      repository: "acme/cli",
      workflowFile: ".github/workflows/release.yml",
      ref: "refs/tags/v0.2.0",
      sha: "a".repeat(40),
      eventName: "release",
      environment: "pypi",
    });
    const denied = await fetch(`${endpoint.requestUrl}&audience=pypi`);
    expect(denied.status).toBe(401);
    const response = await fetch(`${endpoint.requestUrl}&audience=pypi`, {
      headers: { authorization: `bearer ${endpoint.requestToken}` },
    });
    const { value } = (await response.json()) as { value: string };
    const [header = "", payload = "", signature = ""] = value.split(".");
    expect(
      createVerify("RSA-SHA256")
        .update(`${header}.${payload}`)
        .verify(fake.oidc.publicKey, Buffer.from(signature, "base64url")),
    ).toBe(true);
    expect(JSON.parse(Buffer.from(payload, "base64url").toString())).toMatchObject({
      iss: ACTIONS_ISSUER,
      aud: "pypi",
      sub: "repo:acme/cli:environment:pypi",
      repository: "acme/cli",
      workflow_ref: "acme/cli/.github/workflows/release.yml@refs/tags/v0.2.0",
      job_workflow_ref: "acme/cli/.github/workflows/release.yml@refs/tags/v0.2.0",
      environment: "pypi",
    });
  });
});
