/**
 * This repository releases itself: .github/workflows/release.yml, run through the workflow
 * runner against the fake GitHub with the committed bundles, tags vX.Y.Z, creates the release and
 * moves the major tag `v1` that users' `@v1` resolves to, but not for a pre-release.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { FakeRepository, Identity } from "../src/github/index.ts";
import { useFakeGitHub } from "../src/github/vitest-hooks.ts";
import { REPO_ROOT, runWorkflow, standInActions, type WorkflowRun } from "../src/runner/index.ts";

const REPOSITORY = "instructlab/release-actions";
const WORKFLOW = join(REPO_ROOT, ".github", "workflows", "release.yml");
const fakeGitHub = useFakeGitHub();
let repository: FakeRepository;
let maintainers: Identity[];
let contributor: Identity;

beforeAll(async () => {
  const fake = fakeGitHub();
  repository = await fake.createRepository(REPOSITORY, {
    files: { "README.md": "# release-actions\n", "CHANGELOG.md": "# Changelog\n" },
    message: "Initial import",
  });
  // Immutable releases on, as a security-sensitive project would have them: the tag of a published
  // release can never move, which is why v1 is a plain tag and never a release of its own.
  repository.immutableReleases = true;
  maintainers = [fake.addUser("alice"), fake.addUser("bob")];
  for (const maintainer of maintainers) repository.addCollaborator(maintainer.login, "maintain");
  contributor = fake.addUser("carol");
  fake.addTeam(repository.owner.login, "core-maintainers", ["alice", "bob"]);
});

/** A change landed on main through a PR the two maintainers approved, as branch protection requires. */
async function land(title: string, files: Record<string, string>): Promise<string> {
  const [alice, bob] = maintainers as [Identity, Identity];
  const { mergeCommit } = await repository.landPullRequest({
    base: "main",
    title,
    author: contributor,
    labels: ["enhancement"],
    files,
    mergedBy: alice,
    approvals: [bob, alice],
  });
  return mergeCommit;
}

function release(version: string): Promise<WorkflowRun> {
  const fake = fakeGitHub();
  return runWorkflow(WORKFLOW, {
    event: { name: "workflow_dispatch" },
    inputs: { version },
    builtins: standInActions(fake),
    context: {
      repository: REPOSITORY,
      apiUrl: fake.apiUrl,
      serverUrl: fake.serverUrl,
      token: fake.defaultToken,
      ref: "refs/heads/main",
      actor: "alice",
    },
  });
}

/** The commit a tag names (peeled), or undefined. */
function tagged(tag: string): Promise<string | undefined> {
  return repository.git.resolveCommit(`refs/tags/${tag}`);
}

function releaseTags(): string[] {
  return [...repository.releases.values()].map((entry) => entry.tagName).sort();
}

function failures(run: WorkflowRun): string[] {
  return Object.values(run.jobs)
    .flatMap((job) => job.steps)
    .filter((step) => step.outcome === "failure")
    .map((step) => `${step.name}: ${step.log}`);
}

// One release per test, in order: each builds on the repository the previous one left.
describe(".github/workflows/release.yml", () => {
  let first: string;

  it("releases v1.0.0 and creates the major tag v1 at it", async () => {
    first = await land("Add the stages", { "validate-version/action.yml": "name: x\n" });
    const one = await release("1.0.0");
    expect(failures(one)).toEqual([]);
    expect(one.conclusion).toBe("success");
    expect(one.leaks).toEqual([]);
    expect(await tagged("v1.0.0")).toBe(first);
    expect(await tagged("v1")).toBe(first);
    expect(await repository.refSha("heads/release-v1.0")).toBe(first);
    const moved = one.jobs.release?.steps.find((step) => step.name === "Move the major tag");
    expect(moved?.summary).toContain(`**v1** now points to **v1.0.0** (\`${first}\`)`);
    expect(releaseTags()).toEqual(["v1.0.0"]);
  });

  it("leaves v1 on the latest final release when it releases a pre-release", async () => {
    const second = await land("Add publish-pypi", { "publish-pypi/action.yml": "name: y\n" });
    const rc = await release("1.1.0rc1");
    expect(failures(rc)).toEqual([]);
    expect(await tagged("v1.1.0rc1")).toBe(second);
    expect(await tagged("v1")).toBe(first);
  });

  it("moves v1 to the next Y-stream, v1.1.0, and never makes v1 a release", async () => {
    // Each release has a commit of its own (the strategy never releases one commit twice).
    const third = await land("CHANGELOG for v1.1", { "CHANGELOG.md": "# Changelog\n\n## v1.1\n" });
    const minor = await release("next-y");
    expect(failures(minor)).toEqual([]);
    expect(minor.jobs.release?.steps[1]?.outputs.version).toBe("1.1.0");
    expect(await tagged("v1.1.0")).toBe(third);
    expect(await tagged("v1")).toBe(third);
    // v1 is a plain tag: no GitHub release is made for it (an immutable release's tag cannot move).
    expect(releaseTags()).toEqual(["v1.0.0", "v1.1.0", "v1.1.0rc1"]);
  });
});
