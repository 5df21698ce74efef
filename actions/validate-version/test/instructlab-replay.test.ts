/**
 * Replays instructlab's real release history (shared/fixtures/instructlab-history.json) through
 * validate-version: for each tag, in the order it was made (the fixture lists tags by their date
 * in UTC: the export's dates carry mixed UTC offsets, so v0.4.0 precedes v0.4.1 and rc5 precedes
 * rc6, as they were made), with only the tags made before it
 * and the release branches that existed then, the stage classifies the release. The expected
 * table is the strategy's reading of that history, deviations included.
 */
import { readFileSync } from "node:fs";
import { DEFAULT_POLICY, getErrorMessage, ReleaseHistory } from "@release-actions/core/strategy";
import { type HistoryData, type HistorySeed, runnerContext, stageDeps } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, expect, it } from "vitest";
import { run } from "../src/run.ts";

const history = JSON.parse(
  readFileSync(
    new URL("../../../packages/testkit/fixtures/instructlab-history.json", import.meta.url),
    "utf8",
  ),
) as HistoryData;
const REPO = "instructlab/instructlab";

type Verdict =
  | { stream: "x" | "y" | "z"; previous: string; latest?: false; note?: string }
  | { refused: RegExp; note: string; withFlag?: { stream: "z"; previous: string } }
  | { stray: RegExp; asVersion: RegExp };

const Y = (previous: string, note?: string): Verdict => ({ stream: "y", previous, ...(note && { note }) });
const Z = (previous: string): Verdict => ({ stream: "z", previous });
const PRE = (previous: string): Verdict => ({ stream: "y", previous, latest: false });
const NO_BRANCH = (note: string): Verdict => ({
  refused: /is a Z-stream release, but its branch release-v0\.\d+ does not exist/,
  note,
});
const OLDER = (previous: string): Verdict => ({
  refused: /patches the 0\.\d+ stream, but the most recent stream is 0\.\d+.*Set allow-older-stream: true/,
  note: "a Z-stream of an older stream, cut while a newer stream was out; accepted with allow-older-stream",
  withFlag: { stream: "z", previous },
});

const EXPECTED: Record<string, Verdict> = {
  "v0.0.0": {
    stray: /placeholder \(0\.0\.0\)/,
    asVersion: /^0\.0\.0 is a placeholder, not a release: the first release of a project is 0\.1\.0/,
  },
  "v0.1.0": Y(""),
  "v0.2.0": Y("v0.1.0"),
  "v0.3.0": Y("v0.2.0"),
  "v0.3.1": NO_BRANCH("tagged on a commit no branch contains, before release branches existed"),
  "v0.4.0": Y("v0.3.1"),
  "v0.4.1": NO_BRANCH("a Z-stream tagged on main right after v0.4.0, before release branches existed"),
  "v0.5.0": Y("v0.4.1"),
  "v0.6.0": Y("v0.5.0"),
  "v0.7.0": Y("v0.6.0"),
  "v0.8.0": Y("v0.7.0"),
  "v0.9.0": Y("v0.8.0"),
  "v0.10.0": Y("v0.9.0"),
  "v0.10.1": NO_BRANCH("early Z-streams were tagged on main: release branches start with release-v0.14"),
  "v0.11.0": Y("v0.10.1"),
  "v0.12.0": Y("v0.11.0"),
  "v0.12.1": NO_BRANCH("early Z-streams were tagged on main: release branches start with release-v0.14"),
  "v0.13.0": Y("v0.12.1"),
  "v0.13.1": NO_BRANCH("tagged on a commit no branch contains"),
  "v0.14.0": Y("v0.13.1"),
  "v0.14.1": Z("v0.14.0"),
  "v0.15.0": Y("v0.14.1"),
  "v0.15.1": Z("v0.15.0"),
  "v0.16.0": Y("v0.15.1"),
  "v0.16.1": Z("v0.16.0"),
  "v0.17.0": Y("v0.16.1"),
  "v0.17.1": Z("v0.17.0"),
  "v0.18.0a1": PRE("v0.17.1"),
  "v0.18.0a2": PRE("v0.18.0a1"),
  "v0.18.0a3": PRE("v0.18.0a2"),
  "v0.18.0a4": PRE("v0.18.0a3"),
  "v0.18.0a5": PRE("v0.18.0a4"),
  "v0.18.0a6": PRE("v0.18.0a5"),
  "v0.18.0a7": PRE("v0.18.0a6"),
  "v0.18.0b1": PRE("v0.18.0a7"),
  "v0.18.0b2": PRE("v0.18.0b1"),
  "v0.18.0b3": PRE("v0.18.0b2"),
  "v0.18.0b4": PRE("v0.18.0b3"),
  "v0.18.0b5": PRE("v0.18.0b4"),
  "v0.18.0b6": PRE("v0.18.0b5"),
  "v0.18.0rc1": PRE("v0.18.0b6"),
  "v0.18.0rc2": PRE("v0.18.0rc1"),
  "v0.18.0rc3": PRE("v0.18.0rc2"),
  "v0.18.0rc4": PRE("v0.18.0rc3"),
  "v0.18.0rc5": PRE("v0.18.0rc4"),
  "v0.18.0rc6": PRE("v0.18.0rc5"),
  "v0.18.0rc7": PRE("v0.18.0rc6"),
  "v0.18.0": Y("v0.17.1", "notes skip the pre-releases: they start at the last final release"),
  "v0.18.1": Z("v0.18.0"),
  "v0.18.2": Z("v0.18.1"),
  "v0.18.3": Z("v0.18.2"),
  stable: {
    stray: /does not match the tag template "v\{version\}"/,
    asVersion: /^Input "version": "stable" is not a PEP 440 version/,
  },
  "v0.18.4": Z("v0.18.3"),
  "v0.19.0a1": PRE("v0.18.4"),
  "v0.19.0b1": PRE("v0.19.0a1"),
  "v0.19.0rc1": PRE("v0.19.0b1"),
  "v0.19.0": Y("v0.18.4"),
  "v0.19.1": Z("v0.19.0"),
  "v0.19.2": Z("v0.19.1"),
  "v0.19.3": Z("v0.19.2"),
  "v0.19.4": Z("v0.19.3"),
  "v0.19.5": Z("v0.19.4"),
  "v0.20.0a1": PRE("v0.19.5"),
  "v0.20.0a2": PRE("v0.20.0a1"),
  "v0.20.0": Y("v0.19.5"),
  "v0.20.1": Z("v0.20.0"),
  "v0.21.0a0": PRE("v0.20.1"),
  "v0.21.0a1": PRE("v0.21.0a0"),
  "v0.17.2": OLDER("v0.17.1"),
  "v0.21.0": Y("v0.20.1"),
  "v0.21.1": Z("v0.21.0"),
  "v0.21.2": Z("v0.21.1"),
  "v0.22.0": Y("v0.21.2"),
  "v0.22.1": Z("v0.22.0"),
  "v0.22.2": Z("v0.22.1"),
  "v0.23.0a0": PRE("v0.22.2"),
  "v0.23.0rc0": PRE("v0.23.0a0"),
  "v0.23.0": Y("v0.22.2"),
  "v0.23.1": Z("v0.23.0"),
  "v0.24.0": Y("v0.23.1"),
  "v0.23.2": OLDER("v0.23.1"),
  "v0.24.1": Z("v0.24.0"),
  "v0.24.2a0": { stream: "z", previous: "v0.24.1", latest: false },
  "v0.23.3": OLDER("v0.23.2"),
  "v0.24.2": Z("v0.24.1"),
  "v0.23.4": OLDER("v0.23.3"),
  "v0.24.3": Z("v0.24.2"),
  "v0.23.5": OLDER("v0.23.4"),
  "v0.25": {
    stray: /"0\.25" has 2 release components/,
    asVersion: /^Input "version": "v0\.25" has 2 release components/,
  },
  "v0.25.0": Y(
    "v0.24.3",
    "released from main: instructlab never cut release-v0.25, which the strategy would cut here; v0.25 (same commit) names 0.25.0 too under PEP 440, so it is accepted at that commit only, with a warning",
  ),
  "v0.25.1": NO_BRANCH("tagged at the same commit as v0.25.0, with no release-v0.25 branch"),
  "v0.26.0a1": PRE("v0.25.1"),
  "v0.26.0": Y("v0.25.1"),
  "v0.26.1": Z("v0.26.0"),
};

const fakeGitHub = useFakeGitHub();
let seed: HistorySeed;

beforeAll(async () => {
  seed = await fakeGitHub().seedHistory(REPO, history, { refs: false });
  await seed.repository.createBranch("main", seed.fake(history.branches.main as string));
});

/**
 * Branch creation dates are not in the export: a release branch counts as existing from the
 * first tag of its stream that lies on it and not on main (the branch was cut before that tag).
 */
function branchesAt(index: number): string[] {
  return Object.keys(history.branches).filter(
    (branch) =>
      branch !== "main" &&
      history.tags
        .slice(0, index + 1)
        .some(
          (tag) =>
            tag.name.startsWith(`v${branch.slice("release-v".length)}.`) &&
            tag.branches?.includes(branch) &&
            !tag.branches.includes("main"),
        ),
  );
}

it("covers every tag of the real history", () => {
  expect(Object.keys(EXPECTED).sort()).toEqual(history.tags.map((tag) => tag.name).sort());
});

// About 12 s in npm test on two cores (some 1,500 git operations behind the fake GitHub), and once
// 60 s on a machine busy with other work: the limit is three times that.
it("classifies every release of instructlab's real history as the strategy reads it", {
  timeout: 180_000,
}, async () => {
  const fake = fakeGitHub();
  const outcomes: string[] = [];
  const created = new Set<string>();
  for (const [index, tag] of history.tags.entries()) {
    for (const branch of branchesAt(index).filter((name) => !created.has(name))) {
      await seed.repository.createBranch(branch, seed.fake(history.branches[branch] as string));
      created.add(branch);
    }
    const expected = EXPECTED[tag.name] as Verdict;
    const validate = (allowOlderStream: boolean) =>
      run(
        {
          token: fake.defaultToken,
          config: ".github/release-strategy.yml",
          dryRun: false,
          context: runnerContext(fake, REPO),
          version: tag.name,
          commit: seed.fake(tag.sha),
          allowMajor: false,
          allowOlderStream,
        },
        stageDeps(fake, REPO),
      );
    if ("stray" in expected) {
      const all = ReleaseHistory.fromRefs(
        DEFAULT_POLICY,
        history.tags.slice(0, index + 1).map((t) => ({ name: t.name, sha: t.sha, type: "commit" as const })),
        [],
      );
      expect(all.strays.find((stray) => stray.tag.name === tag.name)?.reason, tag.name).toMatch(
        expected.stray,
      );
      await expect(validate(false), tag.name).rejects.toThrow(expected.asVersion);
      outcomes.push(`${tag.name}: ignored`);
    } else if ("refused" in expected) {
      const error = await validate(false).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(getErrorMessage(error), tag.name).toMatch(expected.refused);
      if (expected.withFlag) {
        const result = await validate(true);
        expect(
          {
            stream: result.plan.stream,
            previous: result.plan.previous?.tag.name,
            latest: result.plan.makeLatest,
          },
          tag.name,
        ).toEqual({
          ...expected.withFlag,
          latest: false,
        });
      }
      outcomes.push(`${tag.name}: refused`);
    } else {
      const result = await validate(false);
      expect(
        {
          stream: result.plan.stream,
          previous: result.plan.previous?.tag.name ?? "",
          latest: result.plan.makeLatest,
          released: result.commit.released,
        },
        tag.name,
      ).toEqual({
        stream: expected.stream,
        previous: expected.previous,
        latest: expected.latest ?? true,
        released: false,
      });
      outcomes.push(`${tag.name}: ${expected.stream}`);
    }
    expect(fake.mutatingRequests()).toEqual([]);
    await seed.repository.createTag(tag.name, seed.fake(tag.sha));
  }
  expect(outcomes).toHaveLength(history.tags.length);
});
