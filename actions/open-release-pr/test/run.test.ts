import { CHANGELOG_MARKER } from "@release-actions/core/strategy";
import {
  createSampleRepository,
  type FakeRepository,
  runAtPolicy,
  runnerContext,
  type SamplePeople,
  stageDeps,
} from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { OpenReleasePrSettings } from "../src/inputs.ts";
import { report } from "../src/report.ts";
import { run } from "../src/run.ts";

const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;
let people: SamplePeople;
let counter = 0;

/** The sample project with its branch release-v0.2. */
let template: FakeRepository;

beforeAll(async () => {
  ({ repository: template, people } = await createSampleRepository(fakeGitHub(), "acme/sample-template"));
  await template.createBranch("release-v0.2", "main");
});

beforeEach(() => {
  // A fresh copy of the sample project per test: runs here write branches, commits and pull requests.
  repository = fakeGitHub().copyRepository(template, `acme/sample-${++counter}`);
});

function settings(overrides: Partial<OpenReleasePrSettings> = {}): OpenReleasePrSettings {
  const fake = fakeGitHub();
  return {
    token: fake.defaultToken,
    config: ".github/release-strategy.yml",
    dryRun: false,
    context: runnerContext(fake, repository.fullName),
    version: "0.2.0",
    releaseBranch: "",
    previousTag: "",
    changelogFile: "",
    versionFiles: ["pyproject.toml", "src/sample_cli/__init__.py"],
    caps: [{ path: "requirements.txt", packages: ["instructlab-sdg"] }],
    reviewers: ["alice"],
    teamReviewers: ["core-maintainers"],
    labels: ["release"],
    draft: false,
    ...overrides,
  };
}

type Opened = Awaited<ReturnType<typeof open>>;

async function open(overrides: Partial<OpenReleasePrSettings> = {}) {
  const deps = stageDeps(fakeGitHub(), repository.fullName, { dryRun: overrides.dryRun ?? false });
  const result = await run(settings(overrides), deps);
  return { result, ...report(result, settings(overrides)), deps };
}

/** A documentation fix backported to release-v0.2 by carol, approved: the release branch moves. */
const landBackport = () =>
  repository.landPullRequest({
    base: "release-v0.2",
    title: "Fix the docs (backport #9)",
    author: people.carol,
    labels: ["documentation"],
    files: { "README.md": "docs\n" },
    approvals: [people.alice, people.bob],
  });

const pulls = () =>
  [...repository.issues.values()].filter((issue) => issue.pull && issue.title.startsWith("Release "));

/** The release PRs' head branches (the CHANGELOG PR into main has its own). */
const releaseHeads = async () =>
  (await repository.git.refs("refs/heads/release-actions/")).filter((ref) => /\/v\d/.test(ref.ref));

/**
 * The writes that update the CHANGELOG PR into main when the section it carries changed (a
 * maintainer's edit in the release PR reaches main too): tree, commit, branch (its title and body
 * stay the same).
 */
const CHANGELOG_PR_UPDATE = ["git/create-tree", "git/create-commit", "git/update-ref"];

describe("open-release-pr run()", () => {
  it("makes the release commit and opens the one release PR, with notes, labels, milestone and reviewers", async () => {
    const fake = fakeGitHub();
    repository.milestones.set(1, {
      number: 1,
      id: 1,
      title: "v0.2.0",
      description: null,
      state: "open",
      dueOn: null,
      creator: people.alice,
      createdAt: "2026-11-01T00:00:00Z",
      updatedAt: "2026-11-01T00:00:00Z",
      closedAt: null,
    });
    repository.nextMilestone = 2;
    fake.clearLog();
    const { result, outputs, summary } = await open();
    expect(outputs).toMatchObject({
      "head-branch": "release-actions/v0.2.0",
      created: "true",
      approvals: "0/2",
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    const pr = repository.pull(Number(outputs["pr-number"]));
    expect(pr).toMatchObject({
      title: "Release v0.2.0",
      labels: ["release"],
      milestone: 1,
      pull: {
        headRef: "release-actions/v0.2.0",
        baseRef: "release-v0.2",
        requestedReviewers: ["alice"],
        requestedTeams: ["core-maintainers"],
      },
    });
    expect(pr?.body).toContain("- [ ] Approvals 0/2 from maintainers");

    const changelog = await repository.readFile(result.commit.sha, "CHANGELOG.md");
    expect(changelog?.split("\n").slice(0, 13)).toEqual([
      "## v0.2",
      CHANGELOG_MARKER,
      "",
      "### Features",
      "",
      expect.stringMatching(/^\* Add a config file \(\[#\d+\]\(.*\/pull\/\d+\)\)$/),
      expect.stringMatching(/^\* Add the serve command/),
      "",
      "### Fixes",
      "",
      expect.stringMatching(/^\* Fix a crash on an empty config \(\[#/),
      "",
      "## v0.1",
    ]);
    expect(await repository.readFile(result.commit.sha, "pyproject.toml")).toContain('version = "0.2.0"');
    expect(await repository.readFile(result.commit.sha, "src/sample_cli/__init__.py")).toContain(
      '__version__ = "0.2.0"',
    );
    expect(await repository.readFile(result.commit.sha, "requirements.txt")).toContain(
      "instructlab-sdg>=0.8.2,<0.9.0",
    );
    const commit = await repository.git.commit(result.commit.sha);
    expect(commit.parents).toEqual([await repository.refSha("heads/release-v0.2")]);
    expect(repository.verifiedCommits.has(result.commit.sha)).toBe(true);
    expect(summary).toMatch(/```diff\n--- a\/CHANGELOG.md/);
    // Within the budget ceil(commits/100) + ceil(PRs/100) + 15, plus one read per optional file,
    // plus the CHANGELOG PR into main (3 reads, 5 writes).
    expect(result.requests).toBeLessThanOrEqual(1 + 1 + 15 + 3 + 8);
    expect(result.backport).toMatchObject({ base: "main", outcome: "created", created: true });
  });

  it("converges: three runs give one PR, one head branch and one release commit; re-runs write nothing", async () => {
    const fake = fakeGitHub();
    const first = await open();
    fake.clearLog();
    const second = await open();
    const third = await open();
    expect(fake.mutatingRequests()).toEqual([]);
    expect(pulls()).toHaveLength(1);
    expect([second.result.commit.outcome, third.result.commit.outcome]).toEqual(["unchanged", "unchanged"]);
    expect(second.outputs).toMatchObject({
      created: "false",
      "pr-number": first.outputs["pr-number"],
      commit: first.outputs.commit,
    });
    expect(await releaseHeads()).toHaveLength(1);
  });

  it("does not ask again for a review from someone who already reviewed", async () => {
    const fake = fakeGitHub();
    const first = await open();
    const number = first.outputs["pr-number"];
    // Through the API, so the fake drops alice's pending request the way GitHub does.
    const review = await fetch(`${fake.apiUrl}/repos/${repository.fullName}/pulls/${number}/reviews`, {
      method: "POST",
      headers: { authorization: `token ${fake.createToken({ login: "alice" })}` },
      body: JSON.stringify({ event: "APPROVE" }),
    });
    expect(review.status).toBe(200);
    fake.clearLog();
    await open();
    expect(fake.mutatingRequests().map((request) => request.operationId)).toEqual(["pulls/update"]);
    expect(repository.pull(Number(number))?.pull).toMatchObject({
      requestedReviewers: [],
      requestedTeams: ["core-maintainers"],
    });
  });

  it("requests the users even when GitHub refuses the team reviewers", async () => {
    const fake = fakeGitHub();
    fake.clearLog();
    const { outputs, deps } = await open({ teamReviewers: ["no-such-team"] });
    expect(repository.pull(Number(outputs["pr-number"]))?.pull).toMatchObject({
      requestedReviewers: ["alice"],
      requestedTeams: [],
    });
    expect(deps.log.messages("warning").filter((message) => message.startsWith("GitHub refused"))).toEqual([
      expect.stringMatching(/^GitHub refused to request reviews from team no-such-team: /),
    ]);
    expect(
      fake.mutatingRequests().filter((request) => request.operationId === "pulls/request-reviewers"),
    ).toHaveLength(2);
  });

  it("rebuilds the head branch on the release branch when it moved, and reports approvals", async () => {
    const first = await open();
    const number = Number(first.outputs["pr-number"]);
    await landBackport();
    repository.addReview(number, people.bob, "APPROVED");
    repository.addReview(number, people.carol, "APPROVED");
    const second = await open();
    expect(second.result.commit.outcome).toBe("rebuilt");
    expect((await repository.git.commit(second.result.commit.sha)).parents).toEqual([
      await repository.refSha("heads/release-v0.2"),
    ]);
    expect(second.outputs.approvals).toBe("1/2");
    expect(second.result.approvals?.ignored).toEqual([{ login: "carol", why: "not a maintainer" }]);
    expect(repository.pull(number)?.body).toContain("Fix the docs (backport #9)");
    expect(pulls()).toHaveLength(1);
  });

  it("leaves a release PR with a maintainer's commit alone, with its approvals, and says how to regenerate", async () => {
    const fake = fakeGitHub();
    const context = await runAtPolicy(fake, repository, "approvals:\n  head-commit-only: true\n");
    const first = await open({ context });
    const number = Number(first.outputs["pr-number"]);
    const edited = await repository.commit({
      branch: "release-actions/v0.2.0",
      files: { "CHANGELOG.md": "## v0.2\n\nEdited by a maintainer.\n" },
      message: "Reword the changelog",
    });
    repository.addReview(number, people.alice, "APPROVED", { commitId: edited });
    repository.addReview(number, people.bob, "APPROVED", { commitId: edited });
    // The release branch moved too: the stage's own commit alone would be rebuilt.
    await repository.commit({ branch: "release-v0.2", files: { "README.md": "docs\n" }, message: "docs" });
    fake.clearLog();
    const { result, outputs, summary, deps } = await open({ context });
    // Only the CHANGELOG PR into main follows the maintainer's section.
    expect(fake.mutatingRequests().map((request) => request.operationId)).toEqual(CHANGELOG_PR_UPDATE);
    expect(result.backport?.change?.after).toMatch(/^## v0\.2\n\nEdited by a maintainer\.\n\n## v0\.1\n/);
    expect(result.commit.outcome).toBe("left alone");
    expect(await repository.refSha("heads/release-actions/v0.2.0")).toBe(edited);
    expect(outputs).toMatchObject({
      "pr-number": String(number),
      created: "false",
      commit: edited,
      approvals: "2/2",
    });
    const warning = `#${number} was left as it is: release-actions/v0.2.0 has commits of its own`;
    expect(deps.log.messages("warning")).toContainEqual(expect.stringContaining(warning));
    expect(summary).toContain(warning);
    expect(summary).toContain("close the PR or delete release-actions/v0.2.0, then re-run");
    expect(pulls()).toHaveLength(1);
  });

  it.each([
    [false, "2/2", []],
    [true, "0/2", ["alice", "bob"]],
  ])(
    "with approvals.head-commit-only: %s, approvals of a since rebuilt release commit give %s",
    async (headOnly, count, stale) => {
      const context = await runAtPolicy(
        fakeGitHub(),
        repository,
        `approvals:\n  head-commit-only: ${headOnly}\n`,
      );
      const number = Number((await open({ context })).outputs["pr-number"]);
      repository.addReview(number, people.alice, "APPROVED");
      repository.addReview(number, people.bob, "APPROVED");
      await repository.commit({ branch: "release-v0.2", files: { "README.md": "docs\n" }, message: "docs" });
      const second = await open({ context });
      expect(second.result.commit.outcome).toBe("rebuilt");
      expect(second.outputs.approvals).toBe(count);
      expect(second.result.approvals?.ignored).toEqual(
        stale.map((login) => ({ login, why: "approved an older commit" })),
      );
    },
  );

  const mergeOf = (title: string) =>
    [...repository.issues.values()].find((issue) => issue.title === title)?.pull?.mergeCommitSha as string;

  it.each<[string, () => Promise<Partial<OpenReleasePrSettings>>, (opened: Opened) => Promise<void>]>([
    [
      "previous-tag: the notes start there",
      async () => {
        await repository.createTag("v0.2.0rc1", mergeOf("Add the serve command"));
        return { previousTag: "v0.2.0rc1" };
      },
      async ({ result }) => {
        expect(result.notes?.pulls.map((pull) => pull.title)).toEqual(["Fix a crash on an empty config"]);
      },
    ],
    [
      "changelog-file: the section goes there, CHANGELOG.md is left alone",
      async () => ({ changelogFile: "docs/CHANGES.md" }),
      async ({ result }) => {
        expect(await repository.readFile(result.commit.sha, "docs/CHANGES.md")).toMatch(
          /^## v0\.2\n<!-- generated by instructlab\/release-actions: .* -->\n\n### Features\n\n\* Add a config file/,
        );
        expect(result.changes.map((change) => change.path)).not.toContain("CHANGELOG.md");
      },
    ],
    [
      "draft: the PR is opened as a draft",
      async () => ({ draft: true }),
      async ({ outputs }) => {
        expect(repository.pull(Number(outputs["pr-number"]))?.pull.draft).toBe(true);
      },
    ],
    [
      "release-branch: the PR targets that branch",
      async () => {
        await repository.createBranch("stable-0.2", "main");
        return { releaseBranch: "stable-0.2" };
      },
      async ({ result, outputs }) => {
        expect(result.base).toBe("stable-0.2");
        expect(repository.pull(Number(outputs["pr-number"]))?.pull.baseRef).toBe("stable-0.2");
        expect((await repository.git.commit(result.commit.sha)).parents).toEqual([
          await repository.refSha("heads/stable-0.2"),
        ]);
      },
    ],
  ])("honours %s", async (_, arrange, check) => {
    await check(await open(await arrange()));
  });

  it("resumes after a run that pushed its head branch and died before opening the PR", async () => {
    fakeGitHub().injectFault({
      operationId: "pulls/create",
      fault: { status: 403, body: { message: "Resource not accessible by integration" } },
    });
    await expect(open()).rejects.toThrow(
      /Could not open the release pull request: .* "pull-requests: write"/,
    );
    const left = await repository.refSha("heads/release-actions/v0.2.0");
    expect(left).toBeDefined();
    const { result, outputs } = await open();
    expect(outputs.created).toBe("true");
    expect(result.commit.outcome).toBe("rebuilt");
    expect(await repository.refSha("heads/release-actions/v0.2.0")).toBe(result.commit.sha);
    expect(pulls()).toHaveLength(1);
    expect(await releaseHeads()).toHaveLength(1);
  });

  it("opens a Z-stream PR onto its release branch with a patch heading", async () => {
    const { result, outputs } = await open({ version: "0.1.1", versionFiles: [], caps: [] });
    expect(result.base).toBe("release-v0.1");
    expect(outputs["head-branch"]).toBe("release-actions/v0.1.1");
    const changelog = await repository.readFile(result.commit.sha, "CHANGELOG.md");
    expect(
      changelog?.startsWith(
        `## v0.1.1\n${CHANGELOG_MARKER}\n\n### Fixes\n\n* Fix a crash on an empty config (backport #`,
      ),
    ).toBe(true);
    expect(result.notes?.pulls).toHaveLength(1);
  });

  describe("with a v0.2 section already in the CHANGELOG of release-v0.2", () => {
    const SAMPLE_CHANGELOG = "## v0.1\n\n### Features\n\n* The first release of sample-cli.\n";
    const HAND_WRITTEN = `## v0.2\n\nHighlights: a config file and the serve command.\n\n${SAMPLE_CHANGELOG}`;

    async function withChangelog(text: string) {
      await repository.commit({
        branch: "release-v0.2",
        files: { "CHANGELOG.md": text },
        message: "changelog",
      });
    }

    it("keeps a maintainer's hand-written section, changes the rest, and says where the generated notes are", async () => {
      await withChangelog(HAND_WRITTEN);
      const fake = fakeGitHub();
      fake.clearLog();
      const { result, outputs, summary, deps } = await open();
      expect(result.changes.map((change) => change.path)).toEqual([
        "pyproject.toml",
        "src/sample_cli/__init__.py",
        "requirements.txt",
      ]);
      expect(await repository.readFile(result.commit.sha, "CHANGELOG.md")).toBe(HAND_WRITTEN);
      expect(await repository.readFile(result.commit.sha, "pyproject.toml")).toContain('version = "0.2.0"');
      const warning =
        'CHANGELOG.md: the v0.2 section on release-v0.2 was written by hand (it has no "generated by instructlab/release-actions" line under its heading), so it was kept as it is and the release commit does not change CHANGELOG.md. The generated notes are in the release PR\'s body ("Release notes preview") for comparison';
      expect(result.warnings).toEqual([expect.stringContaining(warning)]);
      expect(deps.log.messages("warning")).toContainEqual(expect.stringContaining(warning));
      expect(summary).toContain(warning);
      expect(summary).toContain("delete it on release-v0.2 and re-run");
      expect(summary).toMatch(
        /<summary>The v0.2 section this stage would have written \(CHANGELOG.md has a hand-written one, kept\)<\/summary>\n\n```markdown\n## v0.2\n<!-- generated by instructlab\/release-actions/,
      );
      const body = repository.pull(Number(outputs["pr-number"]))?.body ?? "";
      expect(body).toContain(
        "- [x] `CHANGELOG.md`: the v0.2 section was written by hand and is kept as it is",
      );
      expect(body).toMatch(/<summary>Release notes preview<\/summary>[\s\S]*\* Add a config file by @/);
      // One read per file, as when the section is generated (and the CHANGELOG PR into main).
      expect(result.requests).toBeLessThanOrEqual(1 + 1 + 15 + 3 + 8);

      fake.clearLog();
      const again = await open();
      expect(fake.mutatingRequests()).toEqual([]);
      expect(again.result.commit.outcome).toBe("unchanged");
      expect(again.result.warnings).toEqual(result.warnings);
    });

    it("keeps it without version files: nothing else changes, and the release PR carries an empty commit to approve", async () => {
      await withChangelog(HAND_WRITTEN);
      const fake = fakeGitHub();
      fake.clearLog();
      const { result, outputs, summary } = await open({ versionFiles: [], caps: [] });
      expect(result.changes).toEqual([]);
      expect(outputs.created).toBe("true");
      const commit = await repository.git.commit(result.commit.sha);
      const base = await repository.git.commit((await repository.refSha("heads/release-v0.2")) as string);
      expect(commit.tree).toBe(base.tree);
      // One tree only: the CHANGELOG PR's, which brings the hand-written section to main.
      expect(
        fake.mutatingRequests().filter((request) => request.operationId === "git/create-tree"),
      ).toHaveLength(1);
      expect(result.backport?.change?.after.startsWith(HAND_WRITTEN.split("\n\n## v0.1")[0] ?? "")).toBe(
        true,
      );
      expect(result.warnings).toEqual([
        expect.stringMatching(
          /^CHANGELOG\.md: the v0\.2 section on release-v0\.2 was written by hand .* The section this stage would have written is in this run's summary for comparison\./,
        ),
      ]);
      expect(summary).toContain(
        "the CHANGELOG section is a maintainer's. The release commit is an empty commit",
      );
      expect(summary).toContain("<summary>The v0.2 section this stage would have written");
      expect(summary).toContain("* Add a config file ([#");
    });

    it("replaces a section it generated (the marker under the heading) on a re-run, without a warning", async () => {
      await withChangelog(
        `## v0.2\n${CHANGELOG_MARKER}\n\n### Features\n\n* A stale entry\n\n${SAMPLE_CHANGELOG}`,
      );
      const { result, summary } = await open();
      expect(result.warnings).toEqual([]);
      expect(result.keptChangelog).toBeUndefined();
      expect(summary).not.toContain("would have written");
      const changelog = (await repository.readFile(result.commit.sha, "CHANGELOG.md")) ?? "";
      expect(changelog).not.toContain("A stale entry");
      expect(changelog).toMatch(/^## v0\.2\n<!-- generated by .*\n\n### Features\n\n\* Add a config file/);
      expect(changelog.endsWith(`\n\n${SAMPLE_CHANGELOG}`)).toBe(true);
      expect(changelog.split("\n").filter((line) => line === CHANGELOG_MARKER)).toHaveLength(1);
    });
  });

  it("shows the full diff and body in dry-run and writes nothing", async () => {
    const fake = fakeGitHub();
    fake.clearLog();
    const { outputs, summary } = await open({ dryRun: true });
    expect(fake.mutatingRequests()).toEqual([]);
    expect(outputs).toMatchObject({ "pr-number": "", created: "false", commit: "" });
    expect(summary).toMatch(/would open the release PR/);
    expect(summary).toMatch(/\+## v0.2/);
    expect(summary).toMatch(/-version = "0.1.0"\n\+version = "0.2.0"/);
    expect(summary).toContain("- [ ] Approvals 0/2 from maintainers");
    expect(pulls()).toHaveLength(0);
  });

  it("reports the merged release PR on a re-run after the merge", async () => {
    const first = await open();
    const number = Number(first.outputs["pr-number"]);
    await repository.mergePullRequest(number, { by: people.alice });
    const after = await open();
    expect(after.result.commit.outcome).toBe("already merged");
    expect(after.outputs).toMatchObject({ "pr-number": String(number), created: "false" });
    expect(pulls()).toHaveLength(1);
  });

  describe("after its release PR was merged and the tag job failed", () => {
    // A maintainer reworded the CHANGELOG in the PR before merging it: the release commit this
    // stage would make now differs from what was merged, and must not be proposed again.
    async function mergedWithEdits(overrides: Partial<OpenReleasePrSettings> = {}) {
      const first = await open({ ...overrides, dryRun: false });
      const number = Number(first.outputs["pr-number"]);
      await repository.commit({
        branch: "release-actions/v0.2.0",
        files: { "CHANGELOG.md": "## v0.2\n\nEdited by a maintainer.\n" },
        message: "Reword the changelog",
      });
      const merge = await repository.mergePullRequest(number, { by: people.alice });
      return { number, merge, url: first.outputs["pr-url"] };
    }

    it.each<[string, Partial<OpenReleasePrSettings>]>([
      ["a re-run", {}],
      ["a re-run without version files (setuptools_scm)", { versionFiles: [], caps: [] }],
      ["a dry-run", { dryRun: true }],
    ])("%s reports the merged PR, writes nothing and points to tagging", async (_, overrides) => {
      const { number, merge, url } = await mergedWithEdits(overrides);
      const fake = fakeGitHub();
      fake.clearLog();
      const { result, outputs, summary } = await open(overrides);
      // The maintainer's CHANGELOG edit reaches main's CHANGELOG PR; nothing else is written.
      expect(fake.mutatingRequests().map((request) => request.operationId)).toEqual(
        overrides.dryRun ? [] : CHANGELOG_PR_UPDATE,
      );
      expect(result.backport?.change?.after).toMatch(/^## v0\.2\n\nEdited by a maintainer\.\n/);
      expect(result.commit.outcome).toBe("already merged");
      expect(outputs).toMatchObject({
        "pr-number": String(number),
        "pr-url": url,
        created: "false",
        commit: merge,
      });
      expect(pulls()).toHaveLength(1);
      expect(
        (await repository.readFile("release-v0.2", "CHANGELOG.md"))?.startsWith("## v0.2\n\nEdited"),
      ).toBe(true);
      expect(summary).toContain(`#${number} was merged into \`release-v0.2\``);
      expect(summary).toMatch(/next step is tagging: tag-and-changelog \(release\.yml\)/);
      expect(summary).toMatch(/To prepare a new release commit, use a new version/);
      expect(summary).not.toContain("The release commit changes");
      // Policy, tags and branches, the release PRs, then the CHANGELOG PR into main (the section
      // as merged, main's CHANGELOG, its PR, its head, its base tree): no notes gathered.
      expect(fake.requests.length - fake.mutatingRequests().length).toBeLessThanOrEqual(4 + 6);
    });

    it("reports the merged PR even when the release branch moved since", async () => {
      const { number, merge } = await mergedWithEdits({ versionFiles: [], caps: [] });
      await landBackport();
      const fake = fakeGitHub();
      fake.clearLog();
      const { result, outputs } = await open({ versionFiles: [], caps: [] });
      expect(fake.mutatingRequests().map((request) => request.operationId)).toEqual(CHANGELOG_PR_UPDATE);
      expect(result.commit).toEqual({ sha: merge, outcome: "already merged" });
      expect(outputs["pr-number"]).toBe(String(number));
      expect(pulls()).toHaveLength(1);
    });
  });

  it("survives another run opening the PR between its lookup and its create", async () => {
    const fake = fakeGitHub();
    fake.injectFault({
      operationId: "pulls/create",
      fault: {
        before: async () => {
          await repository.openPullRequest({
            head: "release-actions/v0.2.0",
            base: "release-v0.2",
            title: "Release v0.2.0",
            author: fake.user("github-actions[bot]") as never,
          });
        },
      },
    });
    const { outputs } = await open();
    expect(outputs.created).toBe("false");
    expect(pulls()).toHaveLength(1);
  });

  it.each<[string, Partial<OpenReleasePrSettings>, RegExp]>([
    [
      "a version file that would not change while the rest does",
      { versionFiles: ["README.md"] },
      /README.md is neither a pyproject-style .toml file nor a Python module/,
    ],
    [
      "a cap on a package that is not there",
      { caps: [{ path: "requirements.txt", packages: ["torch"] }] },
      /torch is not in requirements.txt/,
    ],
  ])("refuses %s before writing", async (_, overrides, message) => {
    const fake = fakeGitHub();
    fake.clearLog();
    await expect(open(overrides)).rejects.toThrow(message);
    expect(fake.mutatingRequests()).toEqual([]);
  });

  it("refuses a Y-stream whose branch was not cut, before writing", async () => {
    await repository.git.deleteRef("refs/heads/release-v0.2");
    const fake = fakeGitHub();
    fake.clearLog();
    await expect(open()).rejects.toThrow(
      /release-v0.2 does not exist: the release commit of v0.2.0 goes onto its release branch. Run create-release-branch first/,
    );
    expect(fake.mutatingRequests()).toEqual([]);
  });

  it("refuses a version file that already has the version when the rest of the commit is new", async () => {
    await repository.commit({
      branch: "release-v0.2",
      files: { "src/sample_cli/__init__.py": '__version__ = "0.2.0"\n' },
      message: "bump by hand",
    });
    await expect(open()).rejects.toThrow(
      /src\/sample_cli\/__init__.py already says 0.2.0 on .* while the rest of the release commit is not there yet/,
    );
  });
});
