/**
 * API requests per stage against the fake GitHub (which records every request it receives),
 * for the repository sizes the issues set targets for. validate-version runs as its bundle;
 * open-release-pr and tag-and-changelog run their `run()` over a synthetic range, where the
 * target is the data's minimum, ceil(commits/100) + ceil(PRs/100), plus 15.
 */
import { FakeGitHub, runAction, runnerContext, stageDeps, stageDir } from "@release-actions/testkit";
import { run as openReleasePr } from "../actions/open-release-pr/src/run.ts";
import { run as rotateMilestones } from "../actions/rotate-milestones/src/run.ts";
import { run as tagAndChangelog } from "../actions/tag-and-changelog/src/run.ts";
import { syntheticRange } from "./synthetic-range.ts";

/** One scenario's count. */
export interface RequestCount {
  readonly scenario: string;
  readonly requests: number;
  /** ceil(C/100) + ceil(P/100) for a release range; undefined elsewhere. */
  readonly minimum: number | undefined;
  readonly limit: number;
  /** Requests per operation id, most first (`repos/compare-commits ×51`). */
  readonly breakdown: string;
}

const pages = (items: number) => Math.ceil(items / 100);

function breakdown(fake: FakeGitHub): string {
  const counts = new Map<string, number>();
  for (const request of fake.requests) {
    const operation = request.operationId ?? `${request.method} ${request.path}`;
    counts.set(operation, (counts.get(operation) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([operation, count]) => `${operation} ×${count}`)
    .join(", ");
}

/** validate-version against a repository with 100 release tags and their branches. */
async function validateVersion(fake: FakeGitHub): Promise<RequestCount[]> {
  const repository = await fake.createRepository("acme/hundred", { files: { "README.md": "x\n" } });
  for (let minor = 1; minor <= 50; minor++) {
    const sha = await repository.commit({
      branch: "main",
      files: { "v.txt": String(minor) },
      message: `m${minor}`,
    });
    await repository.createTag(`v0.${minor}.0`, sha);
    const patch = await repository.commit({
      branch: `release-v0.${minor}`,
      from: sha,
      files: { "p.txt": String(minor) },
      message: `p${minor}`,
    });
    await repository.createTag(`v0.${minor}.1`, patch);
  }
  const context = {
    repository: repository.fullName,
    apiUrl: fake.apiUrl,
    serverUrl: fake.serverUrl,
    token: fake.defaultToken,
  };
  const counts: RequestCount[] = [];
  for (const [scenario, inputs] of [
    ["next-y, 100 tags, 50 release branches", { version: "next-y" }],
    ["next-z, 100 tags, 50 release branches", { version: "next-z" }],
    [
      "explicit commit on main",
      { version: "0.51.0", commit: (await repository.refSha("heads/main")) as string },
    ],
  ] as const) {
    fake.clearLog();
    const step = await runAction(stageDir("validate-version"), { inputs, context });
    if (step.exitCode !== 0) throw new Error(`validate-version failed in the benchmark: ${step.stdout}`);
    counts.push({
      scenario: `validate-version: ${scenario}`,
      requests: fake.requests.length,
      minimum: undefined,
      limit: 5,
      breakdown: breakdown(fake),
    });
  }
  return counts;
}

function rangeCount(stage: string, commits: number, pulls: number, fake: FakeGitHub): RequestCount {
  const minimum = pages(commits) + pages(pulls);
  return {
    scenario: `${stage}: ${commits.toLocaleString("en")} commits, ${pulls.toLocaleString("en")} PRs since v0.1.0`,
    requests: fake.requests.length,
    minimum,
    limit: minimum + 15,
    breakdown: breakdown(fake),
  };
}

/** open-release-pr for 0.2.0 from release-v0.2, whose range since v0.1.0 is `commits` and `pulls`. */
async function openReleasePrCount(fake: FakeGitHub, commits: number, pulls: number): Promise<RequestCount> {
  const repository = await syntheticRange(fake, "acme/large-pr", commits, pulls);
  await repository.createBranch("release-v0.2", "main");
  fake.clearLog();
  await openReleasePr(
    {
      token: fake.defaultToken,
      config: ".github/release-strategy.yml",
      dryRun: false,
      context: runnerContext(fake, repository.fullName),
      version: "0.2.0",
      releaseBranch: "",
      previousTag: "",
      changelogFile: "",
      versionFiles: [],
      caps: [],
      reviewers: [],
      teamReviewers: [],
      labels: ["release"],
      draft: false,
    },
    stageDeps(fake, repository.fullName),
  );
  return rangeCount("open-release-pr", commits, pulls, fake);
}

/**
 * tag-and-changelog for 0.2.0: the range holds the synthetic history plus the release PR merged
 * into release-v0.2 with two maintainers' approvals (two commits, one PR), `commits` and `pulls`
 * in all; the approval gate is on, as by default.
 */
async function tagAndChangelogCount(fake: FakeGitHub, commits: number, pulls: number): Promise<RequestCount> {
  const repository = await syntheticRange(fake, "acme/large-tag", commits - 2, pulls - 1);
  const [alice, bob, carol] = ["alice", "bob", "carol"].map((login) => fake.addUser(login));
  if (!alice || !bob || !carol) throw new Error("unreachable");
  repository.addCollaborator("alice", "maintain");
  repository.addCollaborator("bob", "write");
  fake.addTeam(repository.owner.login, "core-maintainers", ["alice", "bob"]);
  await repository.createBranch("release-v0.2", "main");
  const { mergeCommit } = await repository.landPullRequest({
    base: "release-v0.2",
    title: "Release v0.2.0",
    author: carol,
    files: { "CHANGELOG.md": "## v0.2\n" },
    approvals: [alice, bob],
    mergedBy: alice,
  });
  fake.clearLog();
  await tagAndChangelog(
    {
      token: fake.defaultToken,
      config: ".github/release-strategy.yml",
      dryRun: false,
      context: runnerContext(fake, repository.fullName),
      version: "0.2.0",
      commit: mergeCommit,
      previousTag: "",
      notesConfig: "",
      requiredApprovals: undefined,
      annotated: false,
      draft: false,
      assets: "",
      workspace: "",
      makeLatest: "auto",
      published: undefined,
    },
    stageDeps(fake, repository.fullName),
  );
  return rangeCount("tag-and-changelog", commits, pulls, fake);
}

/**
 * rotate-milestones after v0.2.0 with two open milestones (v0.2.0, v0.3.0) and 50 open items in
 * v0.2.0 (40 issues, 10 PRs) to move to v0.3.0, the schedule pull request opened. The floor is
 * the page count of the items plus one write per item.
 */
async function rotateMilestonesCount(fake: FakeGitHub): Promise<RequestCount> {
  const repository = await fake.createRepository("acme/milestones", { files: { "README.md": "x\n" } });
  const main = (await repository.refSha("heads/main")) as string;
  await repository.createTag("v0.1.0", main);
  await repository.createTag("v0.2.0", main);
  const deps = stageDeps(fake, repository.fullName);
  const where = { owner: "acme", repo: "milestones" };
  for (const [title, due] of [
    ["v0.2.0", "2026-12-06"],
    ["v0.3.0", "2026-12-20"],
  ] as const)
    await deps.github.client.request("POST /repos/{owner}/{repo}/milestones", {
      ...where,
      title,
      due_on: `${due}T12:00:00Z`,
    });
  const author = fake.addUser("contributor");
  for (let item = 1; item <= 50; item++) {
    if (item <= 40) repository.createIssue({ title: `Issue ${item}`, user: author, milestone: 1 });
    else {
      await repository.createBranch(`topic-${item}`, main);
      await repository.openPullRequest({
        head: `topic-${item}`,
        base: "main",
        title: `PR ${item}`,
        author,
        milestone: 1,
      });
    }
  }
  fake.clearLog();
  await rotateMilestones(
    {
      token: fake.defaultToken,
      config: ".github/release-strategy.yml",
      dryRun: false,
      context: runnerContext(fake, repository.fullName),
      releasedVersion: { major: 0, minor: 2, patch: 0 },
      window: undefined,
      cadenceDays: undefined,
      scheduleFile: undefined,
      scheduleMode: "pr",
      releaseManager: "",
      today: "2026-12-07",
      commentMoved: false,
    },
    stageDeps(fake, repository.fullName),
  );
  const minimum = pages(50) + 50;
  return {
    scenario: "rotate-milestones: 2 open milestones, 50 open items to move, schedule PR",
    requests: fake.requests.length,
    minimum,
    limit: minimum + 15,
    breakdown: breakdown(fake),
  };
}

/** Every request-count scenario. */
export async function requestCounts(): Promise<RequestCount[]> {
  const fake = await FakeGitHub.start();
  try {
    return [
      ...(await validateVersion(fake)),
      await openReleasePrCount(fake, 3000, 1000),
      await tagAndChangelogCount(fake, 5000, 1500),
      await rotateMilestonesCount(fake),
    ];
  } finally {
    await fake.stop();
  }
}
