import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getErrorMessage, NOTES_MARKER } from "@release-actions/core/strategy";
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
import type { TagAndChangelogSettings } from "../src/inputs.ts";
import { report } from "../src/report.ts";
import { run } from "../src/run.ts";

const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;
let people: SamplePeople;
let counter = 0;
/** The merge commit of the release PR of v0.2.0 on release-v0.2. */
let releaseCommit: string;
let releasePull: number;

async function landReleasePull(
  approvals: readonly SamplePeople[keyof SamplePeople][],
  method: "merge" | "squash" = "merge",
) {
  const landed = await repository.landPullRequest({
    base: "release-v0.2",
    title: "Release v0.2.0",
    author: people.carol,
    files: { "CHANGELOG.md": "## v0.2\n\n### Features\n\n* Things.\n\n## v0.1\n" },
    approvals,
    method,
  });
  return landed;
}

/** Lands the release PR of v0.1.1 on release-v0.1: a patch of an older stream once v0.2.0 is out. */
const landPatchRelease = () =>
  repository.landPullRequest({
    base: "release-v0.1",
    title: "Release v0.1.1",
    author: people.carol,
    files: { "CHANGELOG.md": "## v0.1.1\n" },
    approvals: [people.alice, people.bob],
  });

/**
 * A release alice created in GitHub's UI (tagging `commit` first, when given), and the settings
 * of the run its `release: published` event starts.
 */
async function publishInUi(
  tag: string,
  commit: string | undefined,
  body = "",
  choices: { make_latest?: "false"; prerelease?: boolean } = {},
) {
  if (commit) await repository.createTag(tag, commit);
  const fake = fakeGitHub();
  const response = await fetch(`${fake.apiUrl}/repos/${repository.fullName}/releases`, {
    method: "POST",
    headers: {
      authorization: `token ${fake.createToken({ login: "alice" })}`,
      "content-type": "application/json",
    },
    body: JSON.stringify({ tag_name: tag, name: tag, body, ...choices }),
  });
  const { id } = (await response.json()) as { id: number };
  return { version: "", commit: "", published: { id, tagName: tag, body, draft: false, prerelease: false } };
}

const latestTag = () =>
  repository.latestReleaseId === null
    ? undefined
    : repository.releases.get(repository.latestReleaseId)?.tagName;

/** The sample project with the release PR of v0.2.0 merged; each test starts from a copy. */
let template: FakeRepository;

beforeAll(async () => {
  ({ repository, people } = await createSampleRepository(fakeGitHub(), "acme/tag-template"));
  await repository.createBranch("release-v0.2", "main");
  const landed = await landReleasePull([people.alice, people.bob]);
  releaseCommit = landed.mergeCommit;
  releasePull = landed.number;
  template = repository;
});

beforeEach(() => {
  repository = fakeGitHub().copyRepository(template, `acme/tag-${++counter}`);
});

function settings(overrides: Partial<TagAndChangelogSettings> = {}): TagAndChangelogSettings {
  const fake = fakeGitHub();
  return {
    token: fake.defaultToken,
    config: ".github/release-strategy.yml",
    dryRun: false,
    context: runnerContext(fake, repository.fullName),
    version: "0.2.0",
    commit: releaseCommit,
    previousTag: "",
    notesConfig: "",
    requiredApprovals: undefined,
    annotated: false,
    draft: false,
    assets: "",
    workspace: "",
    makeLatest: "auto",
    published: undefined,
    ...overrides,
  };
}

async function release(overrides: Partial<TagAndChangelogSettings> = {}) {
  const deps = stageDeps(fakeGitHub(), repository.fullName, { dryRun: overrides.dryRun ?? false });
  const result = await run(settings(overrides), deps);
  return { result, ...report(result, settings(overrides)) };
}

const releases = () => [...repository.releases.values()];

describe("tag-and-changelog run()", () => {
  it("tags the approved release commit on its branch and creates the release with its notes", async () => {
    const { result, outputs, summary } = await release();
    expect(await repository.refSha("tags/v0.2.0")).toBe(releaseCommit);
    expect(outputs).toMatchObject({
      tag: "v0.2.0",
      "previous-tag": "v0.1.0",
      created: "true",
      "release-url": expect.stringMatching(/releases\/tag\/v0.2.0$/),
    });
    const [created] = releases();
    expect(created).toMatchObject({ tagName: "v0.2.0", draft: false, prerelease: false, name: "v0.2.0" });
    expect(repository.latestReleaseId).toBe(created?.id);
    expect(created?.body?.startsWith(NOTES_MARKER)).toBe(true);
    expect(created?.body).toMatch(
      /### Features\n\n\* Add a config file by @carol in .*\n\* Add the serve command by @bob/,
    );
    expect(created?.body).toMatch(/### Fixes\n\n\* Fix a crash on an empty config by @alice/);
    expect(created?.body).not.toMatch(/Release v0.2.0 by/);
    expect(created?.body).toMatch(/\*\*Full Changelog\*\*: .*\/compare\/v0.1.0\.\.\.v0.2.0/);
    expect(readFileSync(outputs["notes-file"] as string, "utf8")).toBe(created?.body);
    expect(result.gate?.status.explanation).toBe("2 of 2 maintainer approvals: alice, bob");
    expect(summary).toMatch(/Approvals \| \[#\d+\]\(.*\): 2 of 2 maintainer approvals: alice, bob/);
  });

  it.each(["merge", "squash"] as const)(
    "lists no commit without a pull request when every commit came through one (release PR landed by %s)",
    async (method) => {
      await repository.git.deleteRef("refs/heads/release-v0.2");
      await repository.createBranch("release-v0.2", "main");
      const landed = await landReleasePull([people.alice, people.bob], method);
      const { result } = await release({ commit: landed.mergeCommit });
      expect(result.notes.directCommits).toEqual([]);
      expect(result.notes.pulls.map((pull) => pull.title)).not.toContain("Release v0.2.0");
      expect(releases()[0]?.body).not.toContain("without a pull request");
    },
  );

  it("converges on re-runs, refreshing only notes it wrote and keeping a maintainer's own text", async () => {
    await release();
    const second = await release();
    expect(second.result).toMatchObject({ tag: "existed", outcome: "unchanged" });
    expect(second.outputs.created).toBe("false");
    expect(releases()).toHaveLength(1);
    const [only] = releases();
    (only as { body: string }).body = "Our hand-written highlights.";
    const third = await release();
    expect(third.result.outcome).toBe("kept maintainer's notes");
    expect(releases()[0]?.body).toBe("Our hand-written highlights.");
  });

  it("never rewrites the notes of a published release on a re-run, even when a later patch changes its previous tag", async () => {
    await release();
    const published = releases()[0]?.body;
    await landPatchRelease();
    await release({ version: "0.1.1", commit: "" });
    const fake = fakeGitHub();
    fake.clearLog();
    // By version, v0.1.1 now comes right before v0.2.0: the notes computed again start there.
    const { result, outputs, summary } = await release();
    expect(result.notes.previousTag).toBe("v0.1.1");
    expect(result).toMatchObject({ tag: "existed", outcome: "unchanged" });
    expect(outputs.created).toBe("false");
    expect(fake.mutatingRequests()).toEqual([]);
    const v020 = releases().find((created) => created.tagName === "v0.2.0");
    expect(v020?.body).toBe(published);
    expect(v020?.body).toMatch(/compare\/v0\.1\.0\.\.\.v0\.2\.0/);
    expect(readFileSync(outputs["notes-file"] as string, "utf8")).toBe(published);
    expect(summary).toContain("compare/v0.1.0...v0.2.0");
  });

  it("refreshes the notes of a draft it wrote when they change", async () => {
    await release({ draft: true });
    await landPatchRelease();
    await release({ version: "0.1.1", commit: "" });
    const { result, outputs } = await release({ draft: true });
    expect(result.outcome).toBe("updated");
    const draft = releases().find((created) => created.tagName === "v0.2.0");
    expect(draft).toMatchObject({ draft: true });
    expect(draft?.body).toMatch(/compare\/v0\.1\.1\.\.\.v0\.2\.0/);
    expect(readFileSync(outputs["notes-file"] as string, "utf8")).toBe(draft?.body);
  });

  it("leaves a draft with its tag in place, and publishes it on a later run", async () => {
    const draft = await release({ draft: true });
    expect(draft.result.tag).toBe("created");
    expect(await repository.refSha("tags/v0.2.0")).toBe(releaseCommit);
    expect(releases()[0]?.draft).toBe(true);
    const final = await release();
    expect(final.result.outcome).toBe("published");
    expect(releases()).toMatchObject([{ draft: false }]);
  });

  it("makes an annotated tag when asked", async () => {
    await release({ annotated: true });
    const tagObject = (await repository.refSha("tags/v0.2.0")) as string;
    expect(await repository.git.objectType(tagObject)).toBe("tag");
    expect((await repository.git.tag(tagObject)).object).toBe(releaseCommit);
    expect((await release({ annotated: true })).result).toMatchObject({
      tag: "existed",
      outcome: "unchanged",
    });
  });

  it.each<[string, () => Promise<Partial<TagAndChangelogSettings>>, "true" | "false", string | undefined]>([
    ["a pre-release", async () => ({ version: "0.2.0rc1" }), "false", undefined],
    [
      "a patch of an older stream",
      async () => {
        await release();
        await landPatchRelease();
        return { version: "0.1.1", commit: "" };
      },
      "false",
      "v0.2.0",
    ],
    ["the newest release with make-latest: false", async () => ({ makeLatest: "false" }), "false", undefined],
    [
      "a patch of an older stream with make-latest: true",
      async () => {
        await release();
        await landPatchRelease();
        return { version: "0.1.1", commit: "", makeLatest: "true" };
      },
      "true",
      "v0.1.1",
    ],
  ])("marks latest as the strategy says: %s", async (_, arrange, makeLatest, latest) => {
    const { result } = await release(await arrange());
    expect(result.makeLatest).toBe(makeLatest);
    expect(releases().find((created) => created.tagName === result.plan.tag)?.prerelease).toBe(
      result.plan.prerelease,
    );
    expect(latestTag()).toBe(latest);
  });

  it("creates the release on a re-run after a crash between the tag and the release", async () => {
    await repository.createTag("v0.2.0", releaseCommit);
    const { result, outputs } = await release();
    expect(result).toMatchObject({ tag: "existed", outcome: "created" });
    expect(outputs.created).toBe("true");
    expect(releases()).toMatchObject([{ tagName: "v0.2.0", draft: false }]);
  });

  it("releases any commit of the branch with required-approvals: 0 (gate off)", async () => {
    const direct = await repository.commit({
      branch: "release-v0.2",
      files: { "x.txt": "direct" },
      message: "direct push",
    });
    const { result, summary } = await release({ commit: direct, requiredApprovals: 0 });
    expect(result.gate).toBeUndefined();
    expect(releases()[0]?.body).toMatch(/### Commits without a pull request\n\n\* direct push \(/);
    expect(await repository.refSha("tags/v0.2.0")).toBe(direct);
    expect(summary).toContain("not required (required-approvals: 0)");
  });

  it("starts the notes at an explicit previous-tag and categorizes them by release-notes-config", async () => {
    const serve = [...repository.issues.values()].find((issue) => issue.title === "Add the serve command");
    await repository.createTag("v0.2.0rc1", serve?.pull?.mergeCommitSha as string);
    await repository.commit({
      branch: "main",
      files: {
        ".github/all-in-one.yml": "changelog:\n  categories:\n    - title: Everything\n      labels: ['*']\n",
      },
      message: "notes configuration",
    });
    const context = runnerContext(fakeGitHub(), repository.fullName, {
      sha: (await repository.refSha("heads/main")) as string,
    });
    const { outputs } = await release({
      previousTag: "v0.2.0rc1",
      notesConfig: ".github/all-in-one.yml",
      context,
    });
    expect(outputs["previous-tag"]).toBe("v0.2.0rc1");
    expect(releases()[0]?.body).toMatch(
      /## What's Changed\n\n### Everything\n\n\* Fix a crash on an empty config by @alice in [^\n]*\n\n/,
    );
    expect(releases()[0]?.body).toMatch(/compare\/v0.2.0rc1\.\.\.v0.2.0/);
  });

  it.each<{
    does: string;
    arrange: () => Promise<Partial<TagAndChangelogSettings>>;
    outcome: string;
    notes: RegExp;
    prerelease: boolean;
    writes: number;
    sentence?: RegExp;
  }>([
    {
      does: "fills its empty notes",
      arrange: () => publishInUi("v0.2.0", releaseCommit),
      outcome: "updated",
      notes: /^<!-- .*## What's Changed/s,
      prerelease: false,
      writes: 1,
    },
    {
      does: "keeps the notes a maintainer wrote",
      arrange: () => publishInUi("v0.2.0", releaseCommit, "Our highlights."),
      outcome: "kept maintainer's notes",
      notes: /^Our highlights\.$/,
      prerelease: false,
      writes: 0,
    },
    {
      does: "marks a pre-release published as a full release pre-release, in the write that fills its notes",
      arrange: () => publishInUi("v0.2.0rc1", releaseCommit),
      outcome: "updated",
      notes: /^<!-- .*## What's Changed/s,
      prerelease: true,
      writes: 1,
      sentence:
        /v0\.2\.0rc1 was created as a full release .* classifies it as a pre-release: it is marked pre-release now\./,
    },
    {
      does: "marks a pre-release published as a full release pre-release, keeping the notes a maintainer wrote",
      arrange: () => publishInUi("v0.2.0rc1", releaseCommit, "Our highlights."),
      outcome: "updated",
      notes: /^Our highlights\.$/,
      prerelease: true,
      writes: 1,
      sentence: /: it is marked pre-release now\./,
    },
    {
      does: "reports the pre-release mark it would set in dry-run",
      arrange: async () => ({
        ...(await publishInUi("v0.2.0rc1", releaseCommit, "Our highlights.")),
        dryRun: true,
      }),
      outcome: "would update",
      notes: /^Our highlights\.$/,
      prerelease: false,
      writes: 0,
      sentence: /classifies it as a pre-release: dry-run, it would be marked pre-release\./,
    },
    {
      does: "finds the pre-release mark in place on a re-run",
      arrange: async () => {
        const overrides = await publishInUi("v0.2.0rc1", releaseCommit, "Our highlights.");
        await release(overrides);
        return overrides;
      },
      outcome: "kept maintainer's notes",
      notes: /^Our highlights\.$/,
      prerelease: true,
      writes: 0,
    },
  ])(
    "completes a release a maintainer created in the UI: checks its tag, $does",
    async ({ arrange, outcome, notes, prerelease, writes, sentence }) => {
      const overrides = await arrange();
      const fake = fakeGitHub();
      fake.clearLog();
      const { result, outputs, summary } = await release(overrides);
      expect(result).toMatchObject({ fromUi: true, tag: "existed", outcome });
      expect(outputs.created).toBe("false");
      expect(releases()).toHaveLength(1);
      expect(releases()[0]).toMatchObject({ prerelease });
      expect(releases()[0]?.body).toMatch(notes);
      expect(fake.mutatingRequests()).toHaveLength(writes);
      if (sentence) expect(summary).toMatch(sentence);
      else expect(summary).not.toMatch(/marked pre-release/);
    },
  );

  it("accepts a patch of an older stream a maintainer published in the UI, with a warning", async () => {
    await release();
    const patch = await landPatchRelease();
    const { result, summary } = await release(await publishInUi("v0.1.1", patch.mergeCommit));
    expect(result.outcome).toBe("updated");
    expect(summary).toMatch(
      /#### Warnings\n\n- 0.1.1 patches the 0.1 stream, .* Allowed by the maintainer who published the release in GitHub's UI\./,
    );
  });

  it.each<[string, () => Promise<Partial<TagAndChangelogSettings>>, string, string, RegExp]>([
    [
      "a patch of an older stream",
      async () => {
        await release();
        return publishInUi("v0.1.1", (await landPatchRelease()).mergeCommit);
      },
      "restored",
      "v0.2.0",
      /v0\.1\.1 had GitHub's "latest" mark .* on the highest final version: v0\.2\.0 is marked latest again\. \(\[v0\.2\.0\]\(.*\/releases\/tag\/v0\.2\.0\)\)/,
    ],
    [
      "a patch of an older stream, in dry-run",
      async () => {
        await release();
        return { ...(await publishInUi("v0.1.1", (await landPatchRelease()).mergeCommit)), dryRun: true };
      },
      "would restore",
      "v0.1.1",
      /: dry-run, v0\.2\.0 would be marked latest again\./,
    ],
    [
      "a pre-release as a full release",
      async () => {
        await release();
        const main = (await repository.refSha("heads/main")) as string;
        return { ...(await publishInUi("v0.3.0rc1", main)), requiredApprovals: 0 };
      },
      "restored",
      "v0.2.0",
      /v0\.3\.0rc1 had GitHub's "latest" mark .*: v0\.2\.0 is marked latest again\./,
    ],
    [
      "a pre-release as a full release, before any final version has a GitHub release",
      () => publishInUi("v0.2.0rc1", releaseCommit),
      "no release to mark",
      "v0.2.0rc1",
      /, and v0\.1\.0 has no published release to mark instead\. Mark the right release latest in GitHub's UI\./,
    ],
  ])(
    "gives GitHub's latest mark back to the highest final version when the UI published %s",
    async (_, arrange, outcome, latest, sentence) => {
      const overrides = await arrange();
      expect(latestTag()).toBe(overrides.published?.tagName);
      const fake = fakeGitHub();
      fake.clearLog();
      const { result, summary } = await release(overrides);
      expect(result.makeLatest).toBe("false");
      expect(result.latestRestore?.outcome).toBe(outcome);
      expect(latestTag()).toBe(latest);
      expect(summary).toMatch(sentence);
      if (overrides.dryRun) expect(fake.mutatingRequests()).toEqual([]);
    },
  );

  it("makes a final release published in the UI with 'pre-release' ticked a full release, marked latest (issue 10 §4)", async () => {
    const overrides = await publishInUi("v0.2.0", releaseCommit, "", { prerelease: true });
    expect(releases().find((candidate) => candidate.tagName === "v0.2.0")?.prerelease).toBe(true);
    const { result, summary } = await release(overrides);
    expect(releases().find((candidate) => candidate.tagName === "v0.2.0")?.prerelease).toBe(false);
    expect(latestTag()).toBe("v0.2.0");
    expect(result.makeLatest).toBe("true");
    expect(summary).toMatch(
      /v0\.2\.0 was published as a pre-release \(GitHub's "pre-release" box ticked\), but the policy makes it a final release: it is a full release now, marked latest\./,
    );
  });

  it("leaves GitHub's latest mark alone when the maintainer unticked it in the UI", async () => {
    await release();
    const patch = await landPatchRelease();
    const overrides = await publishInUi("v0.1.1", patch.mergeCommit, "", { make_latest: "false" });
    const { result, summary } = await release(overrides);
    expect(result.latestRestore).toBeUndefined();
    expect(latestTag()).toBe("v0.2.0");
    expect(summary).not.toMatch(/"latest" mark/);
  });

  it.each<[string, () => Promise<Partial<TagAndChangelogSettings>>, RegExp]>([
    [
      "a commit that is not the merge of a release PR",
      async () => ({
        commit: await repository.commit({
          branch: "release-v0.2",
          files: { "x.txt": "direct" },
          message: "direct push",
        }),
      }),
      /is not the merge commit of a pull request into release-v0.2: the strategy releases what 2 maintainers approved/,
    ],
    [
      "a release PR with one maintainer approval",
      async () => {
        await repository.git.deleteRef("refs/heads/release-v0.2");
        await repository.createBranch("release-v0.2", "main");
        const landed = await landReleasePull([people.alice]);
        return { commit: landed.mergeCommit };
      },
      /The release PR #\d+ .* has 1 of 2 maintainer approvals: alice, and 2 are required/,
    ],
    [
      "a release PR whose only other approval is not a maintainer's",
      async () => {
        await repository.git.deleteRef("refs/heads/release-v0.2");
        await repository.createBranch("release-v0.2", "main");
        repository.addCollaborator("dave", "read");
        const landed = await landReleasePull([people.alice, fakeGitHub().addUser("dave")]);
        return { commit: landed.mergeCommit };
      },
      /has 1 of 2 maintainer approvals: alice/,
    ],
    [
      "a tag v0.2.0 at another commit of release-v0.2",
      async () => {
        const other = await repository.commit({
          branch: "release-v0.2",
          files: { "x.txt": "after" },
          message: "after the release PR",
        });
        await repository.createTag("v0.2.0", other);
        return {};
      },
      /v0\.2\.0 already exists at [0-9a-f]{12}, not at [0-9a-f]{12} \(input "commit" \([0-9a-f]{40}\)\)\. A release tag is never moved/,
    ],
    [
      "a release published in the UI on a tag off the release branch",
      async () => {
        const offBranch = await repository.commit({
          branch: "main",
          files: { "x.txt": "main" },
          message: "on main only",
        });
        return publishInUi("v0.2.0", offBranch);
      },
      /[0-9a-f]{12} \(v0\.2\.0, which already exists\) is not on release-v0\.2\. release-v0\.2 exists/,
    ],
    [
      "a release published in the UI on a tag outside the tag template",
      () => publishInUi("stable", releaseCommit),
      /The published release's tag stable is not a release of this strategy: it does not fit the tag template "v\{version\}"/,
    ],
    [
      "a release published in the UI on a stray tag inside the template",
      () => publishInUi("v0.2", releaseCommit),
      /The published release's tag v0.2 is not a release of this strategy: "0.2" has 2 release components/,
    ],
    [
      "the commit of the release before (the head of release-v0.2, still v0.2.0's commit)",
      async () => {
        await release();
        return { version: "0.2.1", commit: "" };
      },
      /^[0-9a-f]{12} \(the head of release-v0\.2\) already carries v0\.2\.0, the tag of 0\.2\.0: .* Each release needs its own release PR merged first: .* into release-v0\.2/,
    ],
    [
      "a commit that carries another release's annotated tag",
      async () => {
        await release({ annotated: true });
        return { version: "0.2.1", commit: releaseCommit };
      },
      /\(input "commit" \([0-9a-f]{40}\)\) already carries v0\.2\.0, the tag of 0\.2\.0/,
    ],
    [
      "a release published in the UI on the commit of the release it follows",
      async () => {
        await release();
        return publishInUi("v0.2.1", releaseCommit);
      },
      /\(v0\.2\.1, which already exists\) already carries v0\.2\.0/,
    ],
    [
      "a release-notes-config the token may not read",
      async () => {
        // The first read is the policy's.
        fakeGitHub().injectFault({
          operationId: "repos/get-content",
          skip: 1,
          fault: { status: 403, body: { message: "Resource not accessible by integration" } },
        });
        return { notesConfig: ".github/notes.yml" };
      },
      /^Could not read the release-notes categories \.github\/notes\.yml \(input "release-notes-config"\) at [0-9a-f]{12}: GitHub answered 403 .* The token needs "contents: read"/,
    ],
    [
      "a commit of the wrong branch for the stream",
      async () => ({ version: "0.1.1", commit: releaseCommit }),
      /is not on release-v0.1. release-v0.1 exists, so every release of the 0.1 stream is made on it/,
    ],
  ])("refuses %s before writing anything", async (_, arrange, message) => {
    const overrides = await arrange();
    const tagBefore = await repository.refSha("tags/v0.2.0");
    const releasesBefore = structuredClone(releases());
    const fake = fakeGitHub();
    fake.clearLog();
    await expect(release(overrides)).rejects.toThrow(message);
    expect(fake.mutatingRequests()).toEqual([]);
    expect(await repository.refSha("tags/v0.2.0")).toBe(tagBefore);
    expect(releases()).toEqual(releasesBefore);
  });

  it("counts a maintainer's approval once changes they requested are addressed, and not a dismissed one", async () => {
    repository.addReview(releasePull, people.bob, "DISMISSED");
    await expect(release()).rejects.toThrow(/1 of 2 maintainer approvals: alice/);
  });

  it.each([
    [false, /^released$/],
    [
      true,
      /0 of 2 maintainer approvals, and 2 are required .* Not counted: alice \(approved an older commit\), bob \(approved an older commit\)\./,
    ],
  ])(
    "with approvals.head-commit-only: %s, approvals before the last push of the release PR %s",
    async (headOnly, verdict) => {
      const context = await runAtPolicy(
        fakeGitHub(),
        repository,
        `approvals:\n  head-commit-only: ${headOnly}\n`,
      );
      await repository.git.deleteRef("refs/heads/release-v0.2");
      await repository.createBranch("release-v0.2", "main");
      const head = "carol/release-v0.2.0";
      await repository.commit({
        branch: head,
        from: "release-v0.2",
        files: { "CHANGELOG.md": "## v0.2\n" },
        message: "Release v0.2.0",
      });
      const number = await repository.openPullRequest({
        head,
        base: "release-v0.2",
        title: "Release v0.2.0",
        author: people.carol,
      });
      repository.addReview(number, people.alice, "APPROVED");
      repository.addReview(number, people.bob, "APPROVED");
      await repository.commit({
        branch: head,
        files: { "CHANGELOG.md": "## v0.2\n\nFixed.\n" },
        message: "Fix the changelog",
      });
      const merge = (await repository.mergePullRequest(number, { by: people.alice })) as string;
      const outcome = await release({ commit: merge, context }).then(
        () => "released",
        (error: unknown) => getErrorMessage(error),
      );
      expect(outcome).toMatch(verdict);
    },
  );

  it("turns content warnings into a refusal with policy.strict (read on main when the runner gives no sha)", async () => {
    const beforePolicy = (await repository.refSha("heads/main")) as string;
    await repository.commit({
      branch: "main",
      files: { ".github/release-strategy.yml": "policy:\n  strict: true\n" },
      message: "strict policy",
    });
    await repository.landPullRequest({
      base: "release-v0.1",
      title: "Add a feature to a patch",
      author: people.carol,
      labels: ["enhancement"],
      files: { "f.txt": "f" },
      approvals: [people.alice, people.bob],
    });
    await landPatchRelease();
    await expect(release({ version: "0.1.1", commit: "" })).rejects.toThrow(
      /does not fit the strategy \(policy.strict is on\): Features: #\d+\. A Z-stream is for critical bug and documentation fixes/,
    );
    const context = runnerContext(fakeGitHub(), repository.fullName, { sha: beforePolicy });
    const lenient = await release({ version: "0.1.1", commit: "", context });
    expect(lenient.result.notes.contentWarnings).toHaveLength(1);
    expect(lenient.summary).toMatch(/Does not fit the strategy/);
  });

  it("checks everything and writes only the notes file in dry-run", async () => {
    const fake = fakeGitHub();
    fake.clearLog();
    const { outputs, result } = await release({ dryRun: true });
    expect(fake.mutatingRequests()).toEqual([]);
    expect(result).toMatchObject({ tag: "would create", outcome: "would create" });
    expect(readFileSync(outputs["notes-file"] as string, "utf8")).toMatch(/## What's Changed/);
  });
});

describe("tag-and-changelog under faults of the connection to GitHub (issue 15)", () => {
  // A 200 cut mid-body is what Octokit reads as `data: ""` and pagination as an empty list: the
  // release would ship notes saying no pull request was merged, and published notes are never
  // rewritten. Each read the notes and the gate make is cut once here.
  it.each([
    "pulls/list",
    "repos/compare-commits-with-basehead",
    "pulls/list-reviews",
    "repos/list-pull-requests-associated-with-commit",
    "repos/list-contributors",
    "git/list-matching-refs",
  ])("reads a %s answer cut mid-body again, and the notes list every pull request", async (operationId) => {
    const fake = fakeGitHub();
    fake.injectFault({ operationId, fault: { cut: true } });
    const { result } = await release();
    expect(fake.requests.filter((request) => request.faultKind === "cut")).toHaveLength(1);
    expect(result.notes.pulls.map((pull) => pull.title)).toEqual(
      expect.arrayContaining([
        "Add a config file",
        "Add the serve command",
        "Fix a crash on an empty config",
      ]),
    );
    expect(releases()[0]?.body).toMatch(/### Features\n\n\* Add a config file by @carol/);
    expect(result.gate?.status.explanation).toBe("2 of 2 maintainer approvals: alice, bob");
  });

  it("refuses, writing nothing, when the pull requests keep coming cut — never notes without them", async () => {
    const fake = fakeGitHub();
    fake.clearLog();
    fake.injectFault({ operationId: "pulls/list", times: 100, fault: { cut: true } });
    const failed = await release().catch((error: unknown) => error);
    expect(getErrorMessage(failed)).toMatch(
      /^GitHub's answer to GET .*\/pulls is not what its API promises: the body is empty or was cut off before its end\./,
    );
    expect(fake.mutatingRequests()).toEqual([]);
    expect(releases()).toEqual([]);
  });
});

describe("tag-and-changelog after a write whose answer was lost, and beside another run (issues 10, 15)", () => {
  it.each<[string, { lostAnswer: true } | { cut: true }, boolean]>([
    ["lost", { lostAnswer: true }, false],
    ["cut mid-body", { cut: true }, false],
    ["lost, for a draft", { lostAnswer: true }, true],
  ])(
    "looks before creating the release again when the answer to its creation was %s",
    async (_, fault, draft) => {
      const fake = fakeGitHub();
      fake.injectFault({ operationId: "repos/create-release", fault });
      const { result, summary } = await release({ draft });
      // One release: not a second draft, not GitHub's 422 already_exists for a re-sent create.
      expect(releases()).toEqual([expect.objectContaining({ tagName: "v0.2.0", draft })]);
      expect(fake.requests.filter((request) => request.operationId === "repos/create-release")).toHaveLength(
        1,
      );
      expect(result.outcome).toBe("found existing");
      expect(summary).toMatch(/GitHub already had the release v0\.2\.0 when this run created it/);
      if (!draft) expect(latestTag()).toBe("v0.2.0");
    },
  );

  it("converges when another run creates the same release at the same time (no raw 422 already_exists)", async () => {
    const fake = fakeGitHub();
    let other: Awaited<ReturnType<typeof release>> | undefined;
    // The other run goes all the way while this run's create is on its way to GitHub.
    fake.injectFault({
      operationId: "repos/create-release",
      fault: {
        before: async () => {
          other = await release();
        },
      },
    });
    const { result, outputs } = await release();
    expect(other?.result.outcome).toBe("created");
    expect(result.outcome).toBe("found existing");
    expect(outputs).toMatchObject({ created: "false", "release-id": other?.outputs["release-id"] });
    expect(releases()).toHaveLength(1);
  });
});

describe("tag-and-changelog attaching the released files to a draft, then publishing it (issue 15 §5)", () => {
  const DISTS: Record<string, string> = {
    "sample-0.2.0-py3-none-any.whl": "PK\u0003\u0004 the wheel",
    "sample-0.2.0.tar.gz": "\u001f\u008b the sdist",
    "sample-0.2.0.tar.gz.publish.attestation": '{"version":1,"envelope":{}}',
  };
  const digest = (text: string) => `sha256:${createHash("sha256").update(Buffer.from(text)).digest("hex")}`;

  /** A job's workspace with the build's dist/ downloaded (and a file that is not a dist). */
  function workspace(files: Record<string, string> = DISTS): string {
    const root = mkdtempSync(join(tmpdir(), "workspace-"));
    mkdirSync(join(root, "dist"));
    for (const [name, text] of Object.entries({ ...files, "README.txt": "not a dist" }))
      writeFileSync(join(root, "dist", name), text);
    return root;
  }
  const attach = (root: string, overrides: Partial<TagAndChangelogSettings> = {}) =>
    release({ assets: "dist", workspace: root, ...overrides });
  const assetsOf = (tag = "v0.2.0") =>
    releases()
      .find((candidate) => candidate.tagName === tag)
      ?.assets.map((asset) => [asset.name, asset.digest]);
  const EXPECTED = Object.entries(DISTS)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, text]) => [name, digest(text)]);
  /** The end state every path must reach: one published release, its three files, marked latest. */
  async function expectReleased() {
    expect(releases()).toEqual([expect.objectContaining({ tagName: "v0.2.0", draft: false })]);
    expect(assetsOf()).toEqual(EXPECTED);
    expect(latestTag()).toBe("v0.2.0");
    expect(await repository.refSha("tags/v0.2.0")).toBe(releaseCommit);
  }

  beforeEach(() => {
    repository.immutableReleases = true;
  });

  it("drafts in one job, then attaches the dists and attestations and publishes the release in a later one", async () => {
    const drafted = await release({ draft: true });
    expect(drafted.result.outcome).toBe("created");
    expect(releases()).toMatchObject([{ draft: true, assets: [] }]);
    const root = workspace();
    const { result, outputs, summary } = await attach(root);
    expect(result.outcome).toBe("published");
    await expectReleased();
    expect(releases()[0]?.immutable).toBe(true);
    expect(JSON.parse(outputs.assets as string)).toEqual(
      EXPECTED.map(([name, sha]) => expect.objectContaining({ name, digest: sha, status: "attached" })),
    );
    expect(summary).toMatch(/Files on the release \(from `dist`\)/);
    expect(summary).toMatch(/`sample-0\.2\.0-py3-none-any\.whl` \| \d+ \| `[0-9a-f]{16}` \| attached/);

    const fake = fakeGitHub();
    fake.clearLog();
    const again = await attach(root);
    expect(fake.mutatingRequests()).toEqual([]);
    expect(again.result.assets.map((asset) => asset.status)).toEqual(Array(3).fill("already attached"));
    await expectReleased();
  });

  it("creates the draft itself when none exists, and says in dry-run what it would attach", async () => {
    const root = workspace();
    const fake = fakeGitHub();
    fake.clearLog();
    const dry = await attach(root, { dryRun: true });
    expect(fake.mutatingRequests()).toEqual([]);
    expect(dry.result.outcome).toBe("would create");
    expect(dry.result.assets.map((asset) => asset.status)).toEqual(Array(3).fill("would attach"));
    const { result, outputs } = await attach(root);
    expect(result.outcome).toBe("created");
    expect(outputs.created).toBe("true");
    await expectReleased();
  });

  // Killed right after write k: write k+1 fails before GitHub applies it, and the job runs again.
  it.each<[string, string, number]>([
    ["the tag", "repos/create-release", 0],
    ["the draft", "repos/upload-release-asset", 0],
    ["the first file", "repos/upload-release-asset", 1],
    ["the last file", "repos/update-release", 0],
  ])("converges when killed right after writing %s", async (_, next, skip) => {
    const root = workspace();
    const fake = fakeGitHub();
    fake.injectFault({ operationId: next, skip, fault: { status: 400, body: { message: "killed" } } });
    await expect(attach(root)).rejects.toThrow();
    await attach(root);
    await expectReleased();
    fake.clearLog();
    await attach(root);
    expect(fake.mutatingRequests()).toEqual([]);
  });

  it("looks before uploading again when the answer to an upload was lost", async () => {
    const root = workspace();
    const fake = fakeGitHub();
    fake.injectFault({ operationId: "repos/upload-release-asset", skip: 1, fault: { lostAnswer: true } });
    const { result } = await attach(root);
    await expectReleased();
    expect(
      fake.requests.filter((request) => request.operationId === "repos/upload-release-asset"),
    ).toHaveLength(3);
    expect(result.assets.map((asset) => asset.status)).toEqual(["attached", "already attached", "attached"]);
  });

  it("refuses a file the draft has under the same name with other content, and publishes nothing", async () => {
    await release({ draft: true });
    await attach(workspace({ "sample-0.2.0.tar.gz": "another build" }), { draft: true });
    const failed = await attach(workspace()).catch((error: unknown) => error);
    expect(getErrorMessage(failed)).toMatch(
      /^The release v0\.2\.0 already has an asset "sample-0\.2\.0\.tar\.gz" with other content \(sha256:[0-9a-f]{64} on the release, sha256:[0-9a-f]{64} here\).*Nothing was published\. Delete that asset from the draft/,
    );
    expect(releases()).toMatchObject([{ draft: true }]);
  });

  it("refuses a missing dist folder before any request", async () => {
    const fake = fakeGitHub();
    fake.clearLog();
    const failed = await attach(mkdtempSync(join(tmpdir(), "workspace-"))).catch((error: unknown) => error);
    expect(getErrorMessage(failed)).toMatch(/^Input "assets": "dist" does not exist in the workspace\./);
    expect(fake.requests).toEqual([]);
  });

  it("says why it cannot attach to a published immutable release, and how to get the files on a release", async () => {
    await release();
    const failed = await attach(workspace()).catch((error: unknown) => error);
    expect(getErrorMessage(failed)).toMatch(
      /^The release v0\.2\.0 is published and immutable, so GitHub takes no more files on it.*release through the workflow/,
    );
    expect(assetsOf()).toEqual([]);
  });

  it.each([
    [true, /this repository's releases are immutable/],
    [false, /the workflow attaches files only to the draft it makes itself/],
  ])(
    "tells, on a release published in the UI (immutable: %s), what it could not attach and why",
    async (immutable, why) => {
      repository.immutableReleases = immutable;
      const { summary } = await release(await publishInUi("v0.2.0", releaseCommit));
      expect(summary).toMatch(/Not attached: the wheel, the sdist and their PEP 740 attestations/);
      expect(summary).toMatch(why);
      expect(summary).toMatch(
        /release through the workflow instead — merge the release PR, or run the workflow by workflow_dispatch/,
      );
    },
  );
});
