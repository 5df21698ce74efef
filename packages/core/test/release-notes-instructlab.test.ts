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
import { gatherReleaseNotes } from "../src/github/release-notes-source.ts";
import { DEFAULT_NOTES_CONFIG } from "../src/strategy/release-notes-config.ts";
import {
  CHANGELOG_MARKER,
  changelogHeading,
  detectChangelogStyle,
  renderChangelogSection,
} from "../src/strategy/release-notes-render.ts";
import { parseReleaseVersion } from "../src/strategy/release-version.ts";
import type { Stream } from "../src/strategy/version-policy.ts";

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

/**
 * The export has no labels: the seeded pull requests get the one their conventional-commit
 * title implies, so that the notes fill more than one category.
 */
const LABEL_OF_TYPE: Record<string, string> = { feat: "enhancement", fix: "bug", docs: "documentation" };
const labelOf = (title: string) => {
  const type = /^(\w+)(?:\([^)]*\))?(!)?:/.exec(title);
  return type?.[2] ? "breaking-change" : LABEL_OF_TYPE[type?.[1] ?? ""];
};

const fakeGitHub = useFakeGitHub();
let seed: HistorySeed;

beforeAll(async () => {
  seed = await fakeGitHub().seedHistory("instructlab/instructlab", history, { pulls: true });
  for (const issue of seed.repository.issues.values()) {
    const label = labelOf(issue.title);
    if (label) issue.labels = [label];
  }
});

/** The notes of base..head, and the gateway that gathered them (its request count). */
async function gather(base: string, head: string, stream: Stream) {
  const { github } = stageDeps(fakeGitHub(), "instructlab/instructlab");
  const notes = await gatherReleaseNotes(github, {
    tag: head,
    previousTag: base,
    head: seed.fake(refSha(head)),
    stream,
    config: DEFAULT_NOTES_CONFIG,
  });
  return { github, notes };
}

describe("release notes of instructlab's real ranges", () => {
  // v0.24.1 was tagged after v0.23.2, so GitHub's own guess of the previous tag (the latest tag
  // by date) compares v0.23.2...v0.24.1; the policy's previous release is v0.24.0.
  it.each<[string, string, Stream, number[] | undefined]>([
    ["v0.24.0", "v0.24.1", "z", [3152, 3176, 3179, 3180, 3181]],
    ["v0.26.0", "v0.26.1", "z", [3359]],
    ["v0.26.0", "release-v0.26", "z", undefined],
    ["v0.25.0", "v0.26.0", "y", undefined],
    ["v0.23.1", "v0.23.2", "z", undefined],
  ])(
    "%s..%s (%s-stream) lists exactly the pull requests merged in the range",
    async (base, head, stream, known) => {
      const { github, notes } = await gather(base, head, stream);
      const listed = notes.pulls.map((pull) => pull.number);
      const expected = expectedPulls(base, head);
      expect(expected.length).toBeGreaterThan(0);
      expect(listed).toEqual(expected);
      if (known) expect(listed).toEqual(known);
      const commits = notes.pulls.length + notes.directCommits.length;
      expect(commits).toBeGreaterThan(0);
      // ceil(commits/100) + ceil(pulls/100) + 15 is the budget of the stages that read notes.
      const total = (await github.compare(seed.fake(refSha(base)), seed.fake(refSha(head))))?.aheadBy ?? 0;
      expect(github.requestCount - 1).toBeLessThanOrEqual(
        Math.ceil(total / 100) + Math.ceil(listed.length / 100) + 15,
      );
    },
  );

  it("renders v0.26.0..release-v0.26 as a CHANGELOG section: each PR of the range once, under its category", async () => {
    const { notes } = await gather("v0.26.0", "release-v0.26", "z");
    // InstructLab's CHANGELOG: `## v0.26` per Y-stream, `## v0.18.1` for a patch; the next release here is 0.26.2.
    const heading = changelogHeading(
      parseReleaseVersion("0.26.2"),
      "z",
      detectChangelogStyle("## v0.26\n\n## v0.25\n\n## v0.18.1\n"),
    );
    const section = renderChangelogSection(notes, heading);
    const placed = new Map<number, string>();
    let category = "";
    for (const line of section.split("\n")) {
      if (line.startsWith("### ")) category = line.slice(4);
      const number = Number(/\(\[#(\d+)\]\(/.exec(line)?.[1] ?? Number.NaN);
      if (Number.isNaN(number)) continue;
      expect(placed.has(number), `#${number} listed twice`).toBe(false);
      placed.set(number, category);
    }
    expect(section.startsWith(`## v0.26.2\n${CHANGELOG_MARKER}\n\n### Features\n`)).toBe(true);
    expect([...placed.keys()].sort((a, b) => a - b)).toEqual(expectedPulls("v0.26.0", "release-v0.26"));
    const categoryOf = (label: string | undefined) =>
      DEFAULT_NOTES_CONFIG.categories.find((candidate) => candidate.labels.includes(label ?? "*"))?.title;
    for (const [number, title] of placed) {
      expect(title, `#${number}`).toBe(categoryOf(labelOf(seed.repository.issues.get(number)?.title ?? "")));
    }
    const headings = section.split("\n").filter((line) => line.startsWith("### "));
    expect(headings).toEqual(["### Features", "### Fixes", "### Other Changes"]);
  });
});
