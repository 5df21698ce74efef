import { readFileSync } from "node:fs";
import { NOTES_MARKER } from "@release-actions/core";
import {
  createSampleRepository,
  type FakeRepository,
  runnerContext,
  type SamplePeople,
  stageDeps,
} from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeEach, describe, expect, it } from "vitest";
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

async function landReleasePull(approvals: readonly SamplePeople[keyof SamplePeople][]) {
  const landed = await repository.landPullRequest({
    base: "release-v0.2",
    title: "Release v0.2.0",
    author: people.carol,
    files: { "CHANGELOG.md": "## v0.2\n\n### Features\n\n* Things.\n\n## v0.1\n" },
    approvals,
  });
  return landed;
}

beforeEach(async () => {
  ({ repository, people } = await createSampleRepository(fakeGitHub(), `acme/tag-${++counter}`));
  await repository.createBranch("release-v0.2", "main");
  const landed = await landReleasePull([people.alice, people.bob]);
  releaseCommit = landed.mergeCommit;
  releasePull = landed.number;
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
  });

  it("never marks a pre-release or a patch of an older stream latest", async () => {
    await release();
    await repository.landPullRequest({
      base: "release-v0.1",
      title: "Release v0.1.1",
      author: people.carol,
      files: { "CHANGELOG.md": "## v0.1.1\n" },
      approvals: [people.alice, people.bob],
    });
    const patch = await release({ version: "0.1.1", commit: "" });
    expect(patch.result.makeLatest).toBe("false");
    expect(patch.result.plan.previous?.tag.name).toBe("v0.1.0");
    expect(repository.releases.get(repository.latestReleaseId as number)?.tagName).toBe("v0.2.0");
  });

  it("completes a release a maintainer created in the UI: checks its tag, fills the empty notes", async () => {
    await repository.createTag("v0.2.0", releaseCommit);
    const ui = fakeGitHub().createToken({ login: "alice" });
    const created = await fetch(`${fakeGitHub().apiUrl}/repos/${repository.fullName}/releases`, {
      method: "POST",
      headers: { authorization: `token ${ui}`, "content-type": "application/json" },
      body: JSON.stringify({ tag_name: "v0.2.0", name: "v0.2.0" }),
    }).then((response) => response.json() as Promise<{ id: number }>);
    const published = { id: created.id, tagName: "v0.2.0", body: "", draft: false, prerelease: false };
    const { result, outputs } = await release({ version: "", commit: "", published });
    expect(result).toMatchObject({ fromUi: true, tag: "existed", outcome: "updated" });
    expect(outputs.created).toBe("false");
    expect(releases()[0]?.body).toMatch(/## What's Changed/);
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
    ["a tag at another commit", async () => ({ commit: "release-v0.1" }), /is not on release-v0.2/],
    [
      "a commit of the wrong branch for the stream",
      async () => ({ version: "0.1.1", commit: releaseCommit }),
      /is not on release-v0.1. release-v0.1 exists, so every release of the 0.1 stream is made on it/,
    ],
  ])("refuses %s before writing anything", async (_, arrange, message) => {
    const overrides = await arrange();
    const fake = fakeGitHub();
    fake.clearLog();
    await expect(release(overrides)).rejects.toThrow(message);
    expect(fake.mutatingRequests()).toEqual([]);
    expect(await repository.refSha("tags/v0.2.0")).toBeUndefined();
  });

  it("counts a maintainer's approval once changes they requested are addressed, and not a dismissed one", async () => {
    repository.addReview(releasePull, people.bob, "DISMISSED");
    await expect(release()).rejects.toThrow(/1 of 2 maintainer approvals: alice/);
  });

  it("turns content warnings into a refusal with policy.strict", async () => {
    await repository.commit({
      branch: "main",
      files: { ".github/release-strategy.yml": "policy:\n  strict: true\n" },
      message: "strict policy",
    });
    const policySha = (await repository.refSha("heads/main")) as string;
    await repository.landPullRequest({
      base: "release-v0.1",
      title: "Add a feature to a patch",
      author: people.carol,
      labels: ["enhancement"],
      files: { "f.txt": "f" },
      approvals: [people.alice, people.bob],
    });
    await repository.landPullRequest({
      base: "release-v0.1",
      title: "Release v0.1.1",
      author: people.carol,
      files: { "CHANGELOG.md": "## v0.1.1\n" },
      approvals: [people.alice, people.bob],
    });
    const context = runnerContext(fakeGitHub(), repository.fullName, { sha: policySha });
    await expect(release({ version: "0.1.1", commit: "", context })).rejects.toThrow(
      /does not fit the strategy \(policy.strict is on\): Features: #\d+\. A Z-stream is for critical bug and documentation fixes/,
    );
    const lenient = await release({ version: "0.1.1", commit: "" });
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
