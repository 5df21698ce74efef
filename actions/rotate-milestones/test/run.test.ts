import { ActionInputs } from "@release-actions/core/runtime";
import type { ConfigurationError } from "@release-actions/core/strategy";
import { type FakeRepository, runnerContext, stageDeps } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeEach, describe, expect, it } from "vitest";
import { type RotateMilestonesSettings, readInputs } from "../src/inputs.ts";
import { report } from "../src/report.ts";
import { run } from "../src/run.ts";
import { SCHEDULE_END, SCHEDULE_START } from "../src/schedule-markdown.ts";

const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;
let counter = 0;
const TODAY = "2026-12-07";

beforeEach(async () => {
  repository = await fakeGitHub().createRepository(`acme/rotate-${++counter}`, {
    files: { "README.md": "rotate\n" },
  });
});

function settings(overrides: Partial<RotateMilestonesSettings> = {}): RotateMilestonesSettings {
  const fake = fakeGitHub();
  return {
    token: fake.defaultToken,
    config: ".github/release-strategy.yml",
    dryRun: false,
    context: runnerContext(fake, repository.fullName),
    releasedVersion: undefined,
    window: undefined,
    cadenceDays: undefined,
    scheduleFile: undefined,
    scheduleMode: "none",
    releaseManager: "",
    today: TODAY,
    commentMoved: false,
    ...overrides,
  };
}

async function rotate(overrides: Partial<RotateMilestonesSettings> = {}) {
  const fake = fakeGitHub();
  fake.clearLog();
  const deps = stageDeps(fake, repository.fullName, { dryRun: overrides.dryRun ?? false });
  const result = await run(settings(overrides), deps);
  const writes = fake
    .mutatingRequests()
    .map((request) => `${request.method} ${request.path.replace(/^.*\/repos\/[^/]+\/[^/]+/, "")}`);
  return { result, writes, ...report(result, settings(overrides)) };
}

/** Arranges through the API, as a maintainer would in the web UI. */
function api() {
  return stageDeps(fakeGitHub(), repository.fullName).github.client;
}
const where = () => ({ owner: repository.owner.login, repo: repository.fullName.split("/")[1] as string });

async function milestone(title: string, due?: string, state: "open" | "closed" = "open"): Promise<number> {
  const { data } = await api().request("POST /repos/{owner}/{repo}/milestones", {
    ...where(),
    title,
    state,
    ...(due && { due_on: `${due}T12:00:00Z` }),
  });
  return data.number;
}

async function milestones() {
  const { data } = await api().request("GET /repos/{owner}/{repo}/milestones", { ...where(), state: "all" });
  return Object.fromEntries(
    data.map((m) => [
      m.title,
      { state: m.state, due: m.due_on?.slice(0, 10), open: m.open_issues, closed: m.closed_issues },
    ]),
  );
}

async function tag(name: string) {
  await repository.createTag(name, (await repository.refSha("heads/main")) as string);
}

describe("rotate-milestones run()", () => {
  it("from nothing: opens the next two releases, due 14 and 28 days from today", async () => {
    const first = await rotate();
    expect(first.outputs.created).toBe('["v0.1.0","v0.2.0"]');
    expect(await milestones()).toEqual({
      "v0.1.0": { state: "open", due: "2026-12-21", open: 0, closed: 0 },
      "v0.2.0": { state: "open", due: "2027-01-04", open: 0, closed: 0 },
    });
    expect(JSON.parse(first.outputs["open-milestones"] as string)).toEqual([
      expect.objectContaining({ title: "v0.1.0", due: "2026-12-21" }),
      expect.objectContaining({ title: "v0.2.0", due: "2027-01-04" }),
    ]);
    // Sent as noon UTC, so GitHub's Pacific-midnight flooring keeps the day.
    expect(first.writes).toEqual(["POST /milestones", "POST /milestones"]);
  });

  it("after a Y-stream: closes its milestone, moves its open items to the next, adds one after the latest due date; a second run writes nothing", async () => {
    const released = await milestone("v0.2.0", "2026-12-06");
    const next = await milestone("v0.3.0", "2026-12-23"); // moved by a maintainer off the 14-day rhythm
    const issue = await api().request("POST /repos/{owner}/{repo}/issues", {
      ...where(),
      title: "Bug",
      milestone: released,
    });
    await repository.commit({ branch: "topic", files: { "t.txt": "t" }, message: "topic" });
    const pull = await repository.openPullRequest({
      head: "topic",
      base: "main",
      title: "Topic",
      author: repository.owner,
      milestone: released,
    });
    const done = await api().request("POST /repos/{owner}/{repo}/issues", {
      ...where(),
      title: "Done",
      milestone: released,
    });
    await api().request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
      ...where(),
      issue_number: done.data.number,
      state: "closed",
    });
    await tag("v0.1.0");
    await tag("v0.2.0");

    const first = await rotate({
      releasedVersion: { major: 0, minor: 2, patch: 0 },
      commentMoved: true,
      releaseManager: "alice",
    });
    expect(first.outputs).toMatchObject({ created: '["v0.4.0"]', closed: '["v0.2.0"]', moved: "2" });
    expect(await milestones()).toEqual({
      "v0.2.0": { state: "closed", due: "2026-12-06", open: 0, closed: 1 },
      "v0.3.0": { state: "open", due: "2026-12-23", open: 2, closed: 0 },
      "v0.4.0": { state: "open", due: "2027-01-06", open: 0, closed: 0 },
    });
    expect(repository.issues.get(issue.data.number)?.milestone).toBe(next);
    expect(repository.issues.get(pull)?.milestone).toBe(next);
    const { data: comments } = await api().request(
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { ...where(), issue_number: pull },
    );
    expect(comments.map((comment) => comment.body)).toEqual([
      "v0.2.0 was released: moved to the next milestone, v0.3.0.",
    ]);
    const created = (await api().request("GET /repos/{owner}/{repo}/milestones", where())).data.find(
      (m) => m.title === "v0.4.0",
    );
    expect(created?.description).toMatch(/Release manager: @alice\./);
    expect(first.summary).toMatch(
      /\| \[v0.3.0\]\(.*\) \| 2026-12-23 \(in 16 days\) \| 1 open \/ 0 closed \| 1 open \/ 0 closed \| 0 % \|/,
    );
    expect(first.summary).toMatch(/Open pull requests without a milestone: 0/);

    const second = await rotate({ releasedVersion: { major: 0, minor: 2, patch: 0 }, commentMoved: true });
    expect(second.writes).toEqual([]);
    expect(second.outputs).toMatchObject({ created: "[]", closed: "[]", moved: "0" });
    expect(second.summary).toMatch(/No change: the next milestones were already open/);
  });

  it("after a Z-stream: closes its own milestone and creates none", async () => {
    await milestone("v0.2.1", "2026-12-01");
    await milestone("v0.3.0", "2026-12-20");
    await tag("v0.2.0");
    await tag("v0.2.1");
    const { outputs, writes, summary } = await rotate({ releasedVersion: { major: 0, minor: 2, patch: 1 } });
    expect(outputs).toMatchObject({ created: "[]", closed: '["v0.2.1"]', moved: "0" });
    expect(writes).toEqual(["PATCH /milestones/1"]);
    expect(summary).toMatch(/Z-stream release: its own milestone is closed and no milestone is created/);
  });

  it("reopens a closed milestone of the wanted title, keeping its due date, never a duplicate", async () => {
    await tag("v0.2.0");
    await milestone("v0.3.0", "2026-12-20");
    await milestone("v0.4.0", "2027-01-10", "closed");
    const { outputs, writes, summary } = await rotate();
    expect(outputs.created).toBe('["v0.4.0"]');
    expect(writes).toEqual(["PATCH /milestones/2"]);
    expect(await milestones()).toMatchObject({ "v0.4.0": { state: "open", due: "2027-01-10" } });
    expect(summary).toMatch(/Reopened \[v0.4.0\]/);
  });

  it("reads back a milestone another run created between its list and its create (422 already_exists)", async () => {
    await tag("v0.1.0");
    await milestone("v0.2.0", "2026-12-21");
    const fake = fakeGitHub();
    fake.injectFault({
      operationId: "issues/create-milestone",
      fault: { before: () => milestone("v0.3.0", "2027-01-05").then(() => undefined) },
    });
    const { outputs } = await rotate();
    expect(JSON.parse(outputs["open-milestones"] as string)).toEqual([
      expect.objectContaining({ title: "v0.2.0", due: "2026-12-21" }),
      expect.objectContaining({ title: "v0.3.0", due: "2027-01-05" }),
    ]);
    expect(Object.keys(await milestones())).toEqual(["v0.2.0", "v0.3.0"]);
  });

  it("flags an overdue milestone and lists the open PRs without a milestone", async () => {
    await tag("v0.2.0");
    await milestone("v0.3.0", "2026-12-01");
    await repository.commit({ branch: "stray", files: { "s.txt": "s" }, message: "stray" });
    await repository.openPullRequest({
      head: "stray",
      base: "main",
      title: "Stray | change",
      author: repository.owner,
    });
    const { summary, outputs } = await rotate();
    expect(outputs.created).toBe('["v0.4.0"]');
    expect(await milestones()).toMatchObject({ "v0.4.0": { due: "2026-12-15" } });
    expect(summary).toMatch(/2026-12-01 \(\*\*overdue by 6 days\*\*\)/);
    expect(summary).toMatch(
      /Open pull requests without a milestone: 1\n\n- \[#\d+\]\(.*\) Stray \\\| change/,
    );
  });

  it("dry-run: reports the same plan and sends no write", async () => {
    await milestone("v0.2.0", "2026-12-06");
    await api().request("POST /repos/{owner}/{repo}/issues", { ...where(), title: "Bug", milestone: 1 });
    await tag("v0.2.0");
    const { writes, outputs, summary } = await rotate({
      dryRun: true,
      scheduleMode: "pr",
      releasedVersion: { major: 0, minor: 2, patch: 0 },
    });
    expect(writes).toEqual([]);
    expect(outputs).toMatchObject({ created: "[]", closed: "[]", moved: "0", "schedule-pr": "" });
    expect(summary).toMatch(/Would close \[v0.2.0\].*1 open items would move to v0.3.0/);
    expect(summary).toMatch(/Would create v0.3.0, due 2026-12-21/);
    expect(summary).toMatch(/Would create v0.4.0, due 2027-01-04/);
    expect(summary).toMatch(/would open or update the pull request/);
  });

  it("commits the schedule between its markers, keeping the text around them", async () => {
    const path = "docs/release-schedule.md";
    await repository.commit({
      branch: "main",
      files: {
        [path]: `# Our schedule\n\nHand-written intro.\n\n${SCHEDULE_START}\nold\n${SCHEDULE_END}\n\nFooter by a maintainer.\n`,
      },
      message: "schedule",
    });
    await tag("v0.1.0");
    const first = await rotate({ scheduleMode: "commit" });
    const text = (await repository.readFile("heads/main", path)) as string;
    expect(
      text.startsWith("# Our schedule\n\nHand-written intro.\n\n<!-- rotate-milestones: schedule start"),
    ).toBe(true);
    expect(text.endsWith(`${SCHEDULE_END}\n\nFooter by a maintainer.\n`)).toBe(true);
    expect(text).toMatch(/\| v0.2.0 \| 2026-12-21 \| \[v0.2.0\]\(.*\/milestone\/1\) \|/);
    expect(text).not.toMatch(/\nold\n/);
    expect(first.summary).toMatch(/docs\/release-schedule.md`: committed/);
    const second = await rotate({ scheduleMode: "commit" });
    expect(second.writes).toEqual([]);
    expect(second.summary).toMatch(/: up to date/);
  });

  it.each([
    ["its answer lost", { lostAnswer: true }],
    ["its answer cut", { cut: true }],
  ] as const)("writes the schedule once when the file's PUT is applied with %s", async (_, fault) => {
    // Sent again after a lost answer, the PUT without the now existing file's sha would get 422
    // "sha wasn't supplied" (issue 15): the stage looks at the file before writing again.
    fakeGitHub().injectFault({ operationId: "repos/create-or-update-file-contents", fault });
    const first = await rotate({ scheduleMode: "pr" });
    expect(first.outputs["schedule-pr"]).toMatch(/\/pull\/\d+$/);
    expect(first.writes.filter((write) => write.startsWith("PUT /contents/"))).toHaveLength(1);
    expect(
      await repository.readFile("heads/release-actions/release-schedule", "docs/release-schedule.md"),
    ).toContain(SCHEDULE_START);
  });

  it("opens one schedule pull request when the PR's creation is applied and its answer lost", async () => {
    // Re-sent, it would get 422 "A pull request already exists" (issue 15): the stage looks first.
    fakeGitHub().injectFault({ operationId: "pulls/create", fault: { lostAnswer: true } });
    const first = await rotate({ scheduleMode: "pr" });
    expect(first.outputs["schedule-pr"]).toMatch(/\/pull\/\d+$/);
    expect(first.writes.filter((write) => write === "POST /pulls")).toHaveLength(1);
  });

  it("opens one schedule pull request and updates it on later runs", async () => {
    await tag("v0.1.0");
    const first = await rotate({ scheduleMode: "pr" });
    expect(first.outputs["schedule-pr"]).toMatch(/\/pull\/\d+$/);
    // A maintainer moves a due date; the next run updates the same pull request.
    await api().request("PATCH /repos/{owner}/{repo}/milestones/{milestone_number}", {
      ...where(),
      milestone_number: 2,
      due_on: "2027-01-08T12:00:00Z",
    });
    const second = await rotate({ scheduleMode: "pr" });
    expect(second.outputs["schedule-pr"]).toBe(first.outputs["schedule-pr"]);
    expect(second.summary).toMatch(/pull request updated/);
    expect(second.writes).toEqual(["PUT /contents/docs/release-schedule.md"]);
    const onBranch = (await repository.readFile(
      "heads/release-actions/release-schedule",
      "docs/release-schedule.md",
    )) as string;
    expect(onBranch).toMatch(/\| v0.3.0 \| 2027-01-08 \|/);
    const third = await rotate({ scheduleMode: "pr" });
    expect(third.writes).toEqual([]);
    expect(third.summary).toMatch(/pull request unchanged/);

    // Once merged, the next change starts a new pull request from main on the same branch.
    const merged = Number(/(\d+)$/.exec(first.outputs["schedule-pr"] as string)?.[1]);
    await repository.mergePullRequest(merged, { by: repository.owner });
    expect(await repository.readFile("heads/main", "docs/release-schedule.md")).toBe(onBranch);
    expect((await rotate({ scheduleMode: "pr" })).writes).toEqual([]);
    await api().request("PATCH /repos/{owner}/{repo}/milestones/{milestone_number}", {
      ...where(),
      milestone_number: 1,
      due_on: "2026-12-22T12:00:00Z",
    });
    const fourth = await rotate({ scheduleMode: "pr" });
    expect(fourth.writes).toEqual([
      "POST /git/refs",
      "PATCH /git/refs/heads/release-actions/release-schedule",
      "PUT /contents/docs/release-schedule.md",
      "POST /pulls",
    ]);
    expect(fourth.outputs["schedule-pr"]).not.toBe(first.outputs["schedule-pr"]);
  });
});

describe("rotate-milestones inputs", () => {
  const read = (inputs: Record<string, string>) =>
    readInputs(
      new ActionInputs(
        Object.fromEntries(
          Object.entries({ token: "t", ...inputs }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
        ),
      ),
      runnerContext(fakeGitHub(), "acme/x"),
    );
  const refusal = (inputs: Record<string, string>) => {
    try {
      read(inputs);
    } catch (error) {
      return `${(error as ConfigurationError).name}: ${(error as Error).message}`;
    }
    return "accepted";
  };

  it("refuses bad input with what to do, before anything is sent", () => {
    expect(refusal({ now: "next tuesday" })).toMatch(
      /^ConfigurationError: Input "now": "next tuesday" is not a date/,
    );
    expect(refusal({ now: "2026-02-30" })).toMatch(/Input "now"/);
    expect(refusal({ "cadence-days": "30" })).toMatch(
      /Input "cadence-days": "30" is outside 14–21\..*milestones.cadence-days in the policy/,
    );
    expect(refusal({ "cadence-days": "7" })).toMatch(/outside 14–21/);
    expect(refusal({ window: "0" })).toMatch(
      /Input "window": "0" is not a number of milestones from 1 to 10/,
    );
    expect(refusal({ "schedule-file": "../other/schedule.md" })).toMatch(
      /Input "schedule-file": "..\/other\/schedule.md" goes up with "\.\."/,
    );
    expect(refusal({ "schedule-file": "/etc/passwd" })).toMatch(/"\/etc\/passwd" is absolute/);
    expect(refusal({ "schedule-file": "docs/../../x.md" })).toMatch(/goes up with "\.\."/);
    expect(refusal({ "released-version": "0.27" })).toMatch(/Input "released-version"/);
    expect(refusal({ "release-manager": "alice\n::warning::x" })).toMatch(
      /Input "release-manager": .* is not a GitHub login/,
    );
    expect(
      read({ now: "2026-12-07T23:30:00-08:00", "cadence-days": "21", "schedule-file": "docs/s.md" }),
    ).toMatchObject({
      today: "2026-12-08",
      cadenceDays: 21,
      scheduleFile: "docs/s.md",
    });
  });

  it("refuses a policy whose milestone title has no {version}, or whose schedule file is outside, before any write", async () => {
    const fake = fakeGitHub();
    for (const [policy, message] of [
      ["milestones:\n  title: Sprint\n", /"milestones.title" must be a template using \{version\}/],
      ["schedule-file: ../elsewhere.md\n", /"schedule-file": "..\/elsewhere.md" goes up with ".."/],
    ] as const) {
      const sha = await repository.commit({
        branch: "main",
        files: { ".github/release-strategy.yml": policy },
        message: "policy",
      });
      fake.clearLog();
      await expect(
        run(
          settings({ context: runnerContext(fake, repository.fullName, { sha }), scheduleMode: "commit" }),
          stageDeps(fake, repository.fullName),
        ),
      ).rejects.toThrow(message);
      expect(fake.mutatingRequests()).toEqual([]);
    }
  });
});
