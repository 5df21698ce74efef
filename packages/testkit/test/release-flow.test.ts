/**
 * The release PR end to end, as maintainers live it: open-release-pr opens it, two maintainers
 * approve, one merges, tag-and-changelog tags the merge commit. The tag stage's run() is called as
 * release.yml calls it after the merge: this is the contract between the two stages (DESIGN §5,
 * "nothing ends in a dead end between open-release-pr and tag-and-changelog").
 */
import {
  createSampleRepository,
  type FakeRepository,
  runnerContext,
  type SamplePeople,
  stageDeps,
} from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { OpenReleasePrSettings } from "../../../actions/open-release-pr/src/inputs.ts";
import { report } from "../../../actions/open-release-pr/src/report.ts";
import { run } from "../../../actions/open-release-pr/src/run.ts";
import type { TagAndChangelogSettings } from "../../../actions/tag-and-changelog/src/inputs.ts";
import { run as tagAndChangelog } from "../../../actions/tag-and-changelog/src/run.ts";

const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;
let people: SamplePeople;
let counter = 0;

/** The sample project, arranged once: each test starts from a copy of it. */
let template: FakeRepository;

beforeAll(async () => {
  ({ repository: template, people } = await createSampleRepository(fakeGitHub(), "acme/flow-template"));
});

beforeEach(() => {
  repository = fakeGitHub().copyRepository(template, `acme/flow-${++counter}`);
});

/** A setuptools_scm project: no version file, no caps. */
async function open(version: string, overrides: Partial<OpenReleasePrSettings> = {}, token?: string) {
  const fake = fakeGitHub();
  const settings: OpenReleasePrSettings = {
    token: fake.defaultToken,
    config: ".github/release-strategy.yml",
    dryRun: false,
    context: runnerContext(fake, repository.fullName),
    version,
    releaseBranch: "",
    previousTag: "",
    changelogFile: "",
    versionFiles: [],
    caps: [],
    reviewers: [],
    teamReviewers: [],
    labels: ["release"],
    draft: false,
    ...overrides,
  };
  const result = await run(
    settings,
    stageDeps(fake, repository.fullName, { dryRun: settings.dryRun, token }),
  );
  return { result, ...report(result, settings) };
}

/** Two maintainers approve the PR, alice merges it; returns the merge commit. */
async function approveAndMerge(number: number): Promise<string> {
  repository.addReview(number, people.alice, "APPROVED");
  repository.addReview(number, people.bob, "APPROVED");
  const merge = await repository.mergePullRequest(number, { by: people.alice });
  if (merge === "conflict") throw new Error(`#${number} does not merge`);
  return merge;
}

/** release.yml's tag job after the merge: tag-and-changelog on the merge commit. */
async function tag(version: string, commit: string, token?: string) {
  const fake = fakeGitHub();
  const settings: TagAndChangelogSettings = {
    token: fake.defaultToken,
    config: ".github/release-strategy.yml",
    dryRun: false,
    context: runnerContext(fake, repository.fullName),
    version,
    commit,
    previousTag: "",
    notesConfig: "",
    requiredApprovals: undefined,
    annotated: false,
    draft: false,
    assets: "",
    workspace: "",
    makeLatest: "auto",
    published: undefined,
  };
  return tagAndChangelog(settings, stageDeps(fake, repository.fullName, { token }));
}

/** A token that can read the organization's teams (a GitHub App's, or a PAT with read:org). */
const teamReader = () =>
  fakeGitHub().createToken({
    login: "release-app[bot]",
    permissions: { contents: "write", pull_requests: "write", issues: "write", members: "read" },
  });

const tree = async (sha: string) => (await repository.git.commit(sha)).tree;

describe("the release PR from open-release-pr to tag-and-changelog", () => {
  it("promotes 0.2.0rc1 (from main) to 0.2.0 (release-v0.2 cut right after) through an empty release commit", async () => {
    // The pre-release from main: its release commit changes only the CHANGELOG there.
    const rc = await open("0.2.0rc1");
    expect(rc.result.base).toBe("main");
    expect(rc.result.changes.map((change) => change.path)).toEqual(["CHANGELOG.md"]);
    const rcMerge = await approveAndMerge(Number(rc.outputs["pr-number"]));
    expect((await tag("0.2.0rc1", rcMerge)).tag).toBe("created");
    expect(await repository.refSha("tags/v0.2.0rc1")).toBe(rcMerge);

    await repository.createBranch("release-v0.2", "main");
    const fake = fakeGitHub();
    fake.clearLog();
    const final = await open("0.2.0");
    // The CHANGELOG has the v0.2 section already: nothing changes, yet there is a PR to approve.
    expect(final.result.changes).toEqual([]);
    expect(final.result.commit.outcome).toBe("created");
    expect(final.outputs.created).toBe("true");
    const commit = await repository.git.commit(final.result.commit.sha);
    expect(commit.parents).toEqual([rcMerge]);
    expect(commit.tree).toBe(await tree(rcMerge));
    expect(fake.mutatingRequests().map((request) => request.operationId)).not.toContain("git/create-tree");
    expect(final.summary).toContain("The release commit is an empty commit (its parent's tree)");
    expect(repository.pull(Number(final.outputs["pr-number"]))?.body).toContain(
      "- [x] No file changes: the release commit is empty",
    );
    // A re-run keeps the one PR and its empty commit.
    fake.clearLog();
    const again = await open("0.2.0");
    expect(fake.mutatingRequests()).toEqual([]);
    expect(again.result.commit).toEqual({ sha: final.result.commit.sha, outcome: "unchanged" });

    const merge = await approveAndMerge(Number(final.outputs["pr-number"]));
    const released = await tag("0.2.0", merge);
    expect(released.tag).toBe("created");
    expect(released.gate?.status.approvedBy).toEqual(["alice", "bob"]);
    expect(await repository.refSha("tags/v0.2.0")).toBe(merge);

    // Nothing left to do: open-release-pr says so, and what comes next.
    const after = await open("0.2.0");
    expect(after.result.commit.outcome).toBe("already released");
    expect(after.summary).toContain("v0.2.0 is already released, nothing to open");
    expect(after.summary).toMatch(/What comes next: publishing and announcing/);
  });

  it("keeps a hand-written section written on main before the cut, and still opens a release PR to approve", async () => {
    const handWritten =
      "## v0.2\n\nHighlights, written by the maintainers.\n\n## v0.1\n\n* The first release.\n";
    await repository.commit({ branch: "main", files: { "CHANGELOG.md": handWritten }, message: "changelog" });
    await repository.createBranch("release-v0.2", "main");
    const opened = await open("0.2.0");
    expect(opened.result.changes).toEqual([]);
    expect(opened.result.keptChangelog?.heading).toBe("## v0.2");
    expect(opened.outputs.created).toBe("true");
    expect(await repository.readFile(opened.result.commit.sha, "CHANGELOG.md")).toBe(handWritten);
    // Main has the same section already: no CHANGELOG PR to main.
    expect(opened.result.backport?.outcome).toBe("up to date");
    const merge = await approveAndMerge(Number(opened.outputs["pr-number"]));
    expect((await tag("0.2.0", merge)).tag).toBe("created");
    expect(await repository.readFile("v0.2.0", "CHANGELOG.md")).toBe(handWritten);
  });

  it("brings each release's section to main, so the next branch starts with the whole history", async () => {
    // 0.1.1 on release-v0.1: its section goes to main through one CHANGELOG PR.
    const patch = await open("0.1.1");
    expect(patch.result.base).toBe("release-v0.1");
    const backport = patch.result.backport;
    expect(backport).toMatchObject({
      base: "main",
      headBranch: "release-actions/changelog-v0.1.1",
      created: true,
    });
    const backportPull = repository.pull(backport?.pull?.number ?? 0);
    expect(backportPull).toMatchObject({ title: "Changelog of v0.1.1 for main", labels: ["release"] });
    // Re-runs update that one PR and write nothing new.
    const fake = fakeGitHub();
    fake.clearLog();
    const again = await open("0.1.1");
    expect(fake.mutatingRequests()).toEqual([]);
    expect(again.result.backport?.outcome).toBe("unchanged");
    await tag("0.1.1", await approveAndMerge(Number(patch.outputs["pr-number"])));
    await repository.mergePullRequest(backportPull?.number ?? 0, { by: people.alice });
    const onMain = (await repository.readFile("main", "CHANGELOG.md")) ?? "";
    expect(onMain.match(/^## .*/gm)).toEqual(["## v0.1.1", "## v0.1"]);

    // 0.2.0: release-v0.2 is cut from main and starts with v0.1.1 and v0.1.
    await repository.createBranch("release-v0.2", "main");
    const y = await open("0.2.0");
    const changelog = (await repository.readFile(y.result.commit.sha, "CHANGELOG.md")) ?? "";
    expect(changelog.match(/^## .*/gm)).toEqual(["## v0.2", "## v0.1.1", "## v0.1"]);
    expect(y.result.backport).toMatchObject({ outcome: "created", created: true });
    expect(y.summary).toMatch(/CHANGELOG on main \| `main` PR opened \[#\d+\]/);
  });

  it("opens a pre-release PR into main with the CHANGELOG only: caps stay for the release branch", async () => {
    const { result, summary } = await open("0.2.0rc1", {
      versionFiles: [],
      caps: [{ path: "requirements.txt", packages: ["instructlab-sdg"] }],
    });
    expect(result.base).toBe("main");
    expect(result.changes.map((change) => change.path)).toEqual(["CHANGELOG.md"]);
    expect(await repository.readFile(result.commit.sha, "requirements.txt")).toBe(
      await repository.readFile("main", "requirements.txt"),
    );
    expect(result.backport).toBeUndefined();
    expect(summary).toContain("cap-requirements (requirements.txt) apply on release-v0.2 only");
  });

  it("refuses, before any write, a pre-release from main of a project whose version is in version-files", async () => {
    const before = fakeGitHub().requests.length;
    await expect(open("0.2.0rc1", { versionFiles: ["pyproject.toml"] })).rejects.toThrow(
      "v0.2.0rc1 is a pre-release from main, and version-files (pyproject.toml) would set 0.2.0rc1 in its release commit, which must not land on main. Cut release-v0.2 first (create-release-branch), then open the release PR of v0.2.0rc1 on it.",
    );
    const writes = fakeGitHub()
      .requests.slice(before)
      .filter((request) => request.method !== "GET");
    expect(writes).toEqual([]);
  });

  describe("who counts as a maintainer: dave can write but is not in core-maintainers", () => {
    /** The release PR of 0.2.0, approved by alice and dave. */
    async function approvedByAliceAndDave() {
      await repository.createBranch("release-v0.2", "main");
      const opened = await open("0.2.0");
      const number = Number(opened.outputs["pr-number"]);
      repository.addReview(number, people.alice, "APPROVED");
      repository.addReview(number, people.dave, "APPROVED");
      return number;
    }

    const merged = async (number: number) =>
      (await repository.mergePullRequest(number, { by: people.alice })) as string;

    it("with a token that reads the team, dave's approval does not count, and both stages say which rule counted", async () => {
      const number = await approvedByAliceAndDave();
      const rule = "members of the team acme/core-maintainers (read with this token)";
      const reopened = await open("0.2.0", {}, teamReader());
      expect(reopened.outputs.approvals).toBe("1/2");
      expect(reopened.summary).toContain(`maintainers counted: ${rule}`);
      await expect(tag("0.2.0", await merged(number), teamReader())).rejects.toThrow(
        `has 1 of 2 maintainer approvals: alice, and 2 are required (maintainers: ${rule}). Not counted: dave (not a maintainer)`,
      );
    });

    it("with the workflow's token, the team cannot be read: writers count, and both stages say it was the fallback", async () => {
      const number = await approvedByAliceAndDave();
      const fallback = `reviewers with write access to ${repository.fullName}: the team acme/core-maintainers could not be read with this token (fallback`;
      const reopened = await open("0.2.0");
      expect(reopened.outputs.approvals).toBe("2/2");
      expect(reopened.summary).toContain(`maintainers counted: ${fallback}`);
      const released = await tag("0.2.0", await merged(number));
      expect(released.gate?.status.approvedBy).toEqual(["alice", "dave"]);
      expect(released.gate?.maintainers).toContain(fallback);
    });
  });
});
