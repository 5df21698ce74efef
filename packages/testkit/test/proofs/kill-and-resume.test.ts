/**
 * Kill-and-resume (issue 15 §2): every writing stage, killed right after each of its writes and
 * run again, converges on the end state of an uninterrupted run with nothing created twice (no
 * second branch, PR, tag, release, milestone, upload or message). In process through run(), each
 * kill point in a fresh fake GitHub (same names, same numbers): a copy of the stage's world,
 * which is arranged once (FakeGitHub.copy); the kill points are the writes of an uninterrupted
 * run (kill-and-resume.ts).
 *
 * announce is proven here on its GitHub channel (the website PR and the record of what was sent,
 * both found again before any write). Its chat and mail channels cannot be: a Slack or Discord
 * webhook and an SMTP server offer nothing to read back, so a run killed between a post and its
 * record on the release posts that channel again on the re-run (at least once, never lost); the
 * announce README says so.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ActionInputs, type RunnerContext } from "@release-actions/core/runtime";
import {
  ACTIONS_ISSUER,
  buildDistributions,
  createSampleRepository,
  FakeGitHub,
  FakePyPI,
  type FakeRepository,
  runnerContext,
  SAMPLE_FILES,
  stageDeps,
  testGateway,
  writeFiles,
} from "@release-actions/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInputs as announceInputs } from "../../../../actions/announce/src/inputs.ts";
import { run as announce } from "../../../../actions/announce/src/run.ts";
import { readInputs as branchInputs } from "../../../../actions/create-release-branch/src/inputs.ts";
import { run as createReleaseBranch } from "../../../../actions/create-release-branch/src/run.ts";
import { readInputs as pullInputs } from "../../../../actions/open-release-pr/src/inputs.ts";
import { run as openReleasePr } from "../../../../actions/open-release-pr/src/run.ts";
import { readInputs as publishInputs } from "../../../../actions/publish-pypi/src/inputs.ts";
import { run as publishPypi } from "../../../../actions/publish-pypi/src/run.ts";
import { readInputs as milestoneInputs } from "../../../../actions/rotate-milestones/src/inputs.ts";
import { run as rotateMilestones } from "../../../../actions/rotate-milestones/src/run.ts";
import { readInputs as tagInputs } from "../../../../actions/tag-and-changelog/src/inputs.ts";
import { run as tagAndChangelog } from "../../../../actions/tag-and-changelog/src/run.ts";
import { captureEndState } from "../../src/end-state.ts";
import {
  differencesUnderFaults,
  type Fetch,
  type KillScenario,
  killAfterEachWrite,
  uninterrupted,
} from "../../src/kill-and-resume.ts";

/** A fake GitHub with the sample project (v0.1.0 released, a fix backported to release-v0.1). */
interface World {
  readonly fake: FakeGitHub;
  readonly repository: FakeRepository;
  readonly context: RunnerContext;
  readonly pypi?: FakePyPI;
  readonly website?: FakeRepository;
}

/** The settings a stage's main() would read from these inputs. */
function settingsOf<T>(
  read: (inputs: ActionInputs, context: RunnerContext) => T,
  world: World,
  inputs: Record<string, string>,
): T {
  const env: Record<string, string> = { INPUT_TOKEN: world.fake.defaultToken };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return read(new ActionInputs(env), world.context);
}

async function sampleWorld(): Promise<World> {
  const fake = await FakeGitHub.start();
  // One instant for every run: the end states compare due dates and release dates as days.
  const now = new Date("2026-12-01T12:00:00Z");
  fake.setClock(() => now);
  const { repository } = await createSampleRepository(fake);
  return { fake, repository, context: runnerContext(fake, repository.fullName) };
}

/** A world in a copy of `world`'s fake GitHub: the same repositories, names and numbers. */
async function copyOf(world: World): Promise<World> {
  const fake = await world.fake.copy();
  return {
    fake,
    repository: fake.repository(world.repository.fullName),
    context: runnerContext(fake, world.repository.fullName),
    ...(world.website && { website: fake.repository(world.website.fullName) }),
  };
}

const stop = async (world: World) => {
  await world.pypi?.stop();
  await world.fake.stop();
};

/** The sample project, arranged once; each scenario prepares its world in a copy of it. */
let sample: World;
/** The scenarios' prepared worlds, which their kill points copy. */
const prepared: World[] = [];

/**
 * A scenario whose world is the sample project, prepared by `prepare` (once: each world is a
 * copy), with a fresh fake PyPI in each world when `pypi`.
 */
function scenario(
  run: (world: World, fetch: Fetch) => Promise<unknown>,
  prepare: (world: World) => Promise<World> = async (world) => world,
  options: { pypi?: boolean } = {},
): KillScenario<World> {
  let template: Promise<World> | undefined;
  return {
    setUp: async () => {
      template ??= copyOf(sample)
        .then(prepare)
        .then((world) => {
          prepared.push(world);
          return world;
        });
      const world = await copyOf(await template);
      if (!options.pypi) return world;
      const oidc = { key: world.fake.oidc.publicKey, issuer: ACTIONS_ISSUER };
      return { ...world, pypi: await FakePyPI.start({ oidc }) };
    },
    run,
    endState: (world) =>
      captureEndState({
        repositories: [world.repository, ...(world.website ? [world.website] : [])],
        ...(world.pypi && { pypi: world.pypi }),
        since: world.fake.now(),
      }),
    tearDown: stop,
  };
}

const deps = (world: World, fetch: Fetch) => stageDeps(world.fake, world.repository.fullName, { fetch });

/** The Z-stream's release PR, approved by both maintainers and merged, as the rehearsal has it. */
async function mergedReleasePull(world: World): Promise<World> {
  const settings = settingsOf(pullInputs, world, {
    version: "0.1.1",
    "release-branch": "release-v0.1",
    "previous-tag": "v0.1.0",
  });
  const { pull } = await openReleasePr(settings, deps(world, globalThis.fetch));
  if (!pull) throw new Error("open-release-pr opened no pull request");
  const { number } = pull;
  const alice = world.fake.user("alice");
  const bob = world.fake.user("bob");
  if (!alice || !bob) throw new Error("the sample project has alice and bob");
  for (const reviewer of [alice, bob]) world.repository.addReview(number, reviewer, "APPROVED");
  await world.repository.mergePullRequest(number, { by: alice });
  return world;
}

let dists: string;

beforeAll(async () => {
  const project = mkdtempSync(join(tmpdir(), "kill-project-"));
  writeFiles(project, SAMPLE_FILES);
  dists = mkdtempSync(join(tmpdir(), "kill-dists-"));
  buildDistributions(project, dists);
  sample = await sampleWorld();
});

afterAll(async () => {
  await Promise.all([...prepared, ...(sample ? [sample] : [])].map(stop));
});

const SCENARIOS: Record<string, () => KillScenario<World>> = {
  "create-release-branch": () =>
    scenario((world, fetch) =>
      createReleaseBranch(settingsOf(branchInputs, world, { version: "0.2.0" }), deps(world, fetch)),
    ),
  "open-release-pr": () =>
    scenario((world, fetch) =>
      openReleasePr(
        settingsOf(pullInputs, world, {
          version: "0.1.1",
          "release-branch": "release-v0.1",
          "previous-tag": "v0.1.0",
          "version-files": "pyproject.toml\nsrc/sample_cli/__init__.py",
          "cap-requirements": "requirements.txt: instructlab-sdg",
          reviewers: "alice",
        }),
        deps(world, fetch),
      ),
    ),
  "tag-and-changelog": () =>
    scenario(async (world, fetch) => {
      const commit = (await world.repository.refSha("heads/release-v0.1")) as string;
      return tagAndChangelog(
        settingsOf(tagInputs, world, { version: "0.1.1", commit, "previous-tag": "v0.1.0" }),
        deps(world, fetch),
      );
    }, mergedReleasePull),
  "publish-pypi": () =>
    scenario(
      (world, fetch) =>
        publishPypi(
          settingsOf(publishInputs, world, {
            "packages-dir": dists,
            "repository-url": world.pypi?.uploadUrl ?? "",
            password: world.pypi?.createToken() ?? "",
            attestations: "false",
          }),
          {
            ...deps(world, fetch),
            idToken: () => Promise.reject(new Error("not asked: the upload authenticates with an API token")),
          },
          // Retries as the stage makes them, without its waits (a 429's Retry-After is kept).
          { attempts: 4, backoffMs: 5, idleTimeoutMs: 30_000 },
        ),
      undefined,
      { pypi: true },
    ),
  "rotate-milestones": () =>
    scenario((world, fetch) =>
      rotateMilestones(
        settingsOf(milestoneInputs, world, { "released-version": "0.2.0" }),
        deps(world, fetch),
      ),
    ),
  announce: () =>
    scenario(
      (world, fetch) => {
        const run = deps(world, fetch);
        return announce(
          settingsOf(announceInputs, world, {
            version: "0.1.0",
            channels: "website",
            "website-repository": world.website?.fullName ?? "",
            "website-token": world.fake.createToken({ login: "website-bot" }),
            "website-file": "content/releases.md",
          }),
          {
            ...run,
            sleep: async () => {},
            connect: (fullName, token) => testGateway(world.fake, fullName, run.log, { token, fetch }),
          },
        );
      },
      async (world) => {
        const website = await world.fake.createRepository("instructlab/website", {
          files: { "content/releases.md": "# Releases\n" },
        });
        const released = await fetch(`${world.fake.apiUrl}/repos/${world.repository.fullName}/releases`, {
          method: "POST",
          headers: { authorization: `token ${world.fake.defaultToken}` },
          body: JSON.stringify({ tag_name: "v0.1.0", name: "v0.1.0", body: "The first release." }),
        });
        expect(released.status).toBe(201);
        return { ...world, website };
      },
    ),
};

/**
 * Kill points run at once (and beside the faulted run): each has a world of its own, and a run
 * mostly waits on its fake's git processes, so a few at a time keep both cores busy.
 */
const KILL_POINTS_AT_ONCE = 3;

describe("every writing stage, in process", () => {
  it.each(Object.keys(SCENARIOS).map((stage, index) => [stage, index + 1] as const))(
    "%s: killed right after each of its writes and run again, converges with no duplicate; with a tenth of its requests faulted (seed %i), completes in one run",
    async (stage, seed) => {
      const scenario = (SCENARIOS[stage] as () => KillScenario<World>)();
      const clean = await uninterrupted(scenario);
      expect(clean.writes.length).toBeGreaterThan(0);
      const [killed, faulted] = await Promise.all([
        killAfterEachWrite(scenario, clean, { concurrency: KILL_POINTS_AT_ONCE }),
        // The soak (npm run soak) rehearses whole releases under faults; here each stage, one seed.
        differencesUnderFaults(scenario, clean, ({ fake, pypi }) => {
          fake.injectRandomFaults({ seed, rate: 0.1 });
          pypi?.injectRandomFaults({ seed, rate: 0.1 });
        }),
      ]);
      expect(killed.killedAfter).toEqual(clean.writes);
      expect(killed.failures).toEqual([]);
      expect(killed.differences).toEqual([]);
      expect(faulted).toEqual([]);
    },
    300_000,
  );
});
