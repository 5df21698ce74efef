/**
 * API requests per stage against the fake GitHub (which records every request it receives),
 * for the repository sizes the issues set targets for. validate-version runs as its bundle;
 * open-release-pr and tag-and-changelog run their `run()` over a synthetic range, where the
 * target is the data's minimum, ceil(commits/100) + ceil(PRs/100), plus 15.
 */
import { FakeGitHub, runAction, runnerContext, stageDeps, stageDir } from "@release-actions/testkit";
import { run as openReleasePr } from "../actions/open-release-pr/src/run.ts";
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
      makeLatest: "auto",
      published: undefined,
    },
    stageDeps(fake, repository.fullName),
  );
  return rangeCount("tag-and-changelog", commits, pulls, fake);
}

/** Every request-count scenario. */
export async function requestCounts(): Promise<RequestCount[]> {
  const fake = await FakeGitHub.start();
  try {
    return [
      ...(await validateVersion(fake)),
      await openReleasePrCount(fake, 3000, 1000),
      await tagAndChangelogCount(fake, 5000, 1500),
    ];
  } finally {
    await fake.stop();
  }
}
