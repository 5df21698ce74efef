/**
 * Release notes for real ranges of instructlab's history, gathered through the API from the fake
 * GitHub seeded with the real commit graph and one merged pull request per PR number the commit
 * subjects name. The expected sets are computed here from the fixture itself (git's range: commits
 * reachable from the head and not from the previous tag), independently of the API.
 */
import { readFileSync } from "node:fs";
import { type HistoryData, type HistorySeed, pullOfSubject, stageDeps } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_NOTES_CONFIG } from "../src/release-notes-config.ts";
import { gatherReleaseNotes } from "../src/release-notes-source.ts";

const history = JSON.parse(
  readFileSync(new URL("../../testkit/fixtures/instructlab-history.json", import.meta.url), "utf8"),
) as HistoryData;
const parents = new Map(history.commits.map((commit) => [commit.sha, commit.parents]));
const subjects = new Map(history.commits.map((commit) => [commit.sha, commit.subject]));

function ancestors(sha: string): Set<string> {
  const seen = new Set<string>();
  const stack = [sha];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next) || !parents.has(next)) continue;
    seen.add(next);
    stack.push(...(parents.get(next) ?? []));
  }
  return seen;
}

const refSha = (ref: string) =>
  history.tags.find((tag) => tag.name === ref)?.sha ?? (history.branches[ref] as string);

/** The PR numbers whose (first) merge commit lies in git's range base..head, from the fixture alone. */
function expectedPulls(base: string, head: string): number[] {
  const firstCommitOf = new Map<number, string>();
  for (const commit of [...history.commits].sort((a, b) => a.date.localeCompare(b.date))) {
    const pull = pullOfSubject(commit.subject);
    if (pull && !firstCommitOf.has(pull.number)) firstCommitOf.set(pull.number, commit.sha);
  }
  const excluded = ancestors(refSha(base));
  const range = [...ancestors(refSha(head))].filter((sha) => !excluded.has(sha));
  return range
    .map((sha) => pullOfSubject(subjects.get(sha) ?? ""))
    .filter((pull) => pull !== undefined && range.includes(firstCommitOf.get(pull.number) as string))
    .map((pull) => pull?.number as number)
    .sort((a, b) => a - b);
}

const fakeGitHub = useFakeGitHub();
let seed: HistorySeed;

beforeAll(async () => {
  seed = await fakeGitHub().seedHistory("instructlab/instructlab", history, { pulls: true });
});

describe("release notes of instructlab's real ranges", () => {
  // v0.24.1 was tagged after v0.23.2, so GitHub's own guess of the previous tag (the latest tag
  // by date) compares v0.23.2...v0.24.1; the policy's previous release is v0.24.0.
  it.each([
    ["v0.24.0", "v0.24.1", [3152, 3176, 3179, 3180, 3181]],
    ["v0.26.0", "v0.26.1", [3359]],
    ["v0.26.0", "release-v0.26", undefined],
    ["v0.25.0", "v0.26.0", undefined],
    ["v0.23.1", "v0.23.2", undefined],
  ])("%s..%s lists exactly the pull requests merged in the range", async (base, head, known) => {
    const fake = fakeGitHub();
    const deps = stageDeps(fake, "instructlab/instructlab");
    const notes = await gatherReleaseNotes(deps.github, {
      tag: head,
      previousTag: base,
      head: seed.fake(refSha(head)),
      stream: "z",
      config: DEFAULT_NOTES_CONFIG,
    });
    const listed = notes.pulls.map((pull) => pull.number);
    const expected = expectedPulls(base, head);
    expect(expected.length).toBeGreaterThan(0);
    expect(listed).toEqual(expected);
    if (known) expect(listed).toEqual(known);
    const commits = notes.pulls.length + notes.directCommits.length;
    expect(commits).toBeGreaterThan(0);
    // ceil(commits/100) + ceil(pulls/100) + 15 is the budget of the stages that read notes.
    const total = (await deps.github.compare(seed.fake(refSha(base)), seed.fake(refSha(head))))?.aheadBy ?? 0;
    expect(deps.github.requestCount - 1).toBeLessThanOrEqual(
      Math.ceil(total / 100) + Math.ceil(listed.length / 100) + 15,
    );
  });
});
