/**
 * The milestone rules of GitHub that rotate-milestones and check-milestone rely on, held by the
 * fake (reference/github-api.md, "Milestones").
 */
import { Octokit } from "@octokit/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FakeGitHub, type FakeRepository } from "../../src/github/index.ts";

let fake: FakeGitHub;
let repository: FakeRepository;
let bot: Octokit;
const where = { owner: "acme", repo: "milestones" };

beforeAll(async () => {
  fake = await FakeGitHub.start();
  repository = await fake.createRepository("acme/milestones", { files: { "README.md": "m\n" } });
  bot = new Octokit({ auth: fake.defaultToken, baseUrl: fake.apiUrl });
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

const create = (title: string, dueOn?: string) =>
  bot.request("POST /repos/{owner}/{repo}/milestones", { ...where, title, ...(dueOn && { due_on: dueOn }) });

describe("milestones", () => {
  // wordpress-mobile/release-toolkit#419: GitHub floors due_on to 00:00 US-Pacific and drops the
  // time, so a date computed as "previous due + 14 days" at 07:00Z lands a day early after the
  // November DST change; sending T12:00:00Z keeps the day (also microsoft/PowerShellForGitHub#133).
  it("floors due_on to midnight US-Pacific across DST, and T12:00:00Z keeps the day", async () => {
    expect((await create("dst-early", "2022-11-14T07:00:00Z")).data.due_on).toBe("2022-11-13T08:00:00Z");
    expect((await create("dst-noon", "2022-11-14T12:00:00Z")).data.due_on).toBe("2022-11-14T08:00:00Z");
    expect((await create("summer-noon", "2022-10-31T12:00:00Z")).data.due_on).toBe("2022-10-31T07:00:00Z");
  });

  // docs.github.com/rest/issues/milestones#create-a-milestone: 422 already_exists, also for a
  // closed milestone's title; state=all lists both, and reopening keeps the due date.
  it("refuses a title a closed milestone has, lists it with state=all and reopens it as it was", async () => {
    const closed = await create("v0.3.0", "2026-12-20T12:00:00Z");
    await bot.request("PATCH /repos/{owner}/{repo}/milestones/{milestone_number}", {
      ...where,
      milestone_number: closed.data.number,
      state: "closed",
    });
    const refused = await create("v0.3.0").catch((error) => error);
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.response.data.errors)).toMatch(/already_exists/);
    const open = await bot.request("GET /repos/{owner}/{repo}/milestones", where);
    expect(open.data.map((milestone) => milestone.title)).not.toContain("v0.3.0");
    const all = await bot.request("GET /repos/{owner}/{repo}/milestones", { ...where, state: "all" });
    expect(all.data.find((milestone) => milestone.title === "v0.3.0")).toMatchObject({ state: "closed" });
    const reopened = await bot.request("PATCH /repos/{owner}/{repo}/milestones/{milestone_number}", {
      ...where,
      milestone_number: closed.data.number,
      state: "open",
    });
    expect(reopened.data).toMatchObject({ state: "open", closed_at: null, due_on: "2026-12-20T08:00:00Z" });
  });

  // docs.github.com/rest/issues/issues#update-an-issue: `milestone` moves issues and pull requests
  // alike; the milestone's open_issues/closed_issues count both; the pulls API shows the milestone.
  it("moves an issue and a pull request between milestones, with the counts following", async () => {
    const from = await create("v0.4.0");
    const to = await create("v0.5.0");
    await repository.commit({ branch: "topic", files: { "t.txt": "t" }, message: "topic" });
    const pull = await repository.openPullRequest({
      head: "topic",
      base: "main",
      title: "Topic",
      author: fake.addUser("dana"),
      milestone: from.data.number,
    });
    const issue = await bot.request("POST /repos/{owner}/{repo}/issues", {
      ...where,
      title: "Bug",
      milestone: from.data.number,
    });
    const items = await bot.request("GET /repos/{owner}/{repo}/issues", {
      ...where,
      milestone: String(from.data.number),
      state: "open",
    });
    expect(items.data.map((item) => [item.number, item.pull_request !== undefined]).sort()).toEqual(
      [
        [pull, true],
        [issue.data.number, false],
      ].sort(),
    );
    for (const item of items.data) {
      await bot.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        ...where,
        issue_number: item.number,
        milestone: to.data.number,
      });
      await bot.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...where,
        issue_number: item.number,
        body: "Moved to v0.5.0",
      });
    }
    const counts = async (number: number) => {
      const { data } = await bot.request("GET /repos/{owner}/{repo}/milestones/{milestone_number}", {
        ...where,
        milestone_number: number,
      });
      return [data.open_issues, data.closed_issues];
    };
    expect(await counts(from.data.number)).toEqual([0, 0]);
    expect(await counts(to.data.number)).toEqual([2, 0]);
    const pulled = await bot.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", {
      ...where,
      pull_number: pull,
    });
    expect(pulled.data.milestone?.title).toBe("v0.5.0");
    const comments = await bot.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...where,
      issue_number: pull,
    });
    expect(comments.data.map((comment) => comment.body)).toEqual(["Moved to v0.5.0"]);
  });
});

describe("issue comments", () => {
  it("belong to one repository: issue #1 of another repository shows none of them", async () => {
    const other = { owner: "acme", repo: "comments-elsewhere" };
    await fake.createRepository("acme/comments-elsewhere", { files: { "README.md": "c\n" } });
    for (const place of [where, other])
      await bot.request("POST /repos/{owner}/{repo}/issues", { ...place, title: "first" });
    const [mine, theirs] = await Promise.all(
      [where, other].map(async (place) => {
        const { data: issues } = await bot.request("GET /repos/{owner}/{repo}/issues", {
          ...place,
          state: "all",
        });
        return { ...place, issue_number: Math.min(...issues.map((issue) => issue.number)) };
      }),
    );
    const posted = await bot.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...(theirs as typeof other & { issue_number: number }),
      body: "only here",
    });
    const listed = await bot.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...(mine as typeof where & { issue_number: number }),
    });
    expect(listed.data.map((comment) => comment.body)).not.toContain("only here");
    await expect(
      bot.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        ...where,
        comment_id: posted.data.id,
        body: "moved",
      }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
