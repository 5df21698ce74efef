import { describe, expect, it } from "vitest";
import { buildReleaseNotes, type MergedPull, type RangeCommit } from "../src/strategy/release-notes.ts";
import {
  categorize,
  DEFAULT_NOTES_CONFIG,
  type NotesConfig,
  parseNotesConfig,
} from "../src/strategy/release-notes-config.ts";
import {
  CHANGELOG_MARKER,
  changelogHeading,
  changelogSectionOrigin,
  detectChangelogStyle,
  insertChangelogSection,
  isGeneratedBody,
  NOTES_MARKER,
  renderChangelogSection,
  renderReleaseBody,
} from "../src/strategy/release-notes-render.ts";
import { parseReleaseVersion } from "../src/strategy/release-version.ts";

const GITHUB_STYLE = parseNotesConfig(
  {
    changelog: {
      exclude: { labels: ["ignore-for-release"], authors: ["dependabot[bot]"] },
      categories: [
        { title: "Breaking Changes", labels: ["breaking-change"] },
        { title: "Features", labels: ["enhancement"], exclude: { labels: ["experimental"] } },
        { title: "Fixes", labels: ["bug"] },
      ],
    },
  },
  ".github/release.yml@abc",
);

describe("release.yml semantics", () => {
  it.each<[{ labels: string[]; author: string }, string | undefined, string]>([
    [{ labels: ["bug", "enhancement"], author: "alice" }, "Features", "the first matching category wins"],
    [{ labels: ["Bug"], author: "alice" }, "Fixes", "labels match without case"],
    [
      { labels: ["enhancement", "experimental"], author: "alice" },
      undefined,
      "a category's exclude sends it on; none takes it",
    ],
    [{ labels: ["enhancement", "experimental", "bug"], author: "alice" }, "Fixes", "…to a later category"],
    [{ labels: ["bug", "ignore-for-release"], author: "alice" }, "excluded", "changelog.exclude labels"],
    [{ labels: ["bug"], author: "dependabot[bot]" }, "excluded", "changelog.exclude authors"],
    [
      { labels: [], author: "alice" },
      undefined,
      "with categories and no catch-all, an unlabelled PR is left out",
    ],
  ])("%j → %s (%s)", (pull, expected) => {
    expect(categorize(pull, GITHUB_STYLE)).toBe(expected);
  });

  it("takes everything with a catch-all, and lists flat without categories", () => {
    expect(categorize({ labels: [], author: "alice" }, DEFAULT_NOTES_CONFIG)).toBe("Other Changes");
    expect(
      categorize(
        { labels: ["bug"], author: "a" },
        parseNotesConfig({ changelog: { exclude: { labels: ["x"] } } }, "f"),
      ),
    ).toBe("What's Changed");
  });

  it.each([
    [{}, /has no "changelog" key/],
    [
      { changelog: { categories: [{ title: "x" }] } },
      /"changelog.categories\[0\].labels" must list at least one label/,
    ],
    [
      { changelog: { categories: [{ labels: ["bug"] }] } },
      /"changelog.categories\[0\].title" must be a non-empty string/,
    ],
    [
      { changelog: { exclude: { label: ["x"] } } },
      /unknown key "label" under "changelog.exclude"; allowed: labels, authors/,
    ],
    [{ changelog: { categories: "bug" } }, /"changelog.categories" must be a list/],
  ])("refuses %j", (document, message) => {
    expect(() => parseNotesConfig(document, ".github/release.yml@abc")).toThrow(message);
  });
});

const commit = (sha: string, parents: string[], message: string, authorLogin?: string): RangeCommit => ({
  sha,
  parents,
  message,
  authorLogin,
  authorName: authorLogin ?? "Someone",
  date: "2026-01-01T00:00:00Z",
});
const pull = (number: number, labels: string[], mergeCommitSha: string, login = "alice"): MergedPull => ({
  number,
  title: `Change ${number}`,
  url: `https://github.example/acme/cli/pull/${number}`,
  author: { login },
  labels,
  mergeCommitSha,
  mergedAt: "2026-01-01T00:00:00Z",
});

// base ─ m1 (merge #1: b1) ─ s2 (squash #2) ─ d3 (direct push) ─ m4 (merge #4) ; #9 merged elsewhere
const COMMITS = [
  commit("b1", ["base"], "work on branch", "alice"),
  commit("m1", ["base", "b1"], "Merge pull request #1 from acme/one"),
  commit("s2", ["m1"], "Fix the crash (#2)", "bob"),
  commit("d3", ["s2"], "Bump the version", "carol"),
  commit("b4", ["d3"], "feature work", "dave"),
  commit("m4", ["d3", "b4"], "Merge pull request #4 from acme/four"),
];
const PULLS = [
  pull(1, ["enhancement"], "m1"),
  pull(2, ["bug"], "s2", "bob"),
  pull(4, ["breaking-change"], "m4", "dave"),
  pull(9, ["bug"], "elsewhere"),
];

function notes(stream: "x" | "y" | "z", config: NotesConfig = GITHUB_STYLE) {
  return buildReleaseNotes({
    tag: "v0.27.0",
    previousTag: "v0.26.1",
    compareUrl: "https://github.example/acme/cli/compare/v0.26.1...v0.27.0",
    head: "m4",
    commits: COMMITS,
    pulls: PULLS,
    config,
    stream,
    isNewContributor: (login) => login === "dave",
  });
}

describe("the notes model", () => {
  it("takes the pull requests whose merge commits are in the range, categorized, with direct commits and newcomers", () => {
    const model = notes("x");
    expect(model.pulls.map((entry) => entry.number)).toEqual([1, 2, 4]);
    expect(
      model.sections.map((section) => [section.title, section.pulls.map((entry) => entry.number)]),
    ).toEqual([
      ["Breaking Changes", [4]],
      ["Features", [1]],
      ["Fixes", [2]],
    ]);
    expect(model.directCommits.map((entry) => entry.sha)).toEqual(["d3"]);
    expect(model.newContributors.map((entry) => [entry.login, entry.pull.number])).toEqual([["dave", 4]]);
    expect(model.contentWarnings).toEqual([]);
  });

  // m4 ─ r5 (the release commit) ─ m5 (merge of the release PR #5), or m4 ─ r5 alone
  const releaseCommit = commit("r5", ["m4"], "Release v0.27.0", "carol");
  const releaseMerge = commit("m5", ["m4", "r5"], "Merge pull request #5 from acme/release-actions/v0.27.0");
  it.each<[string, RangeCommit[], MergedPull]>([
    ["its merge commit", [releaseCommit, releaseMerge], pull(5, [], "m5", "carol")],
    ["its squashed commit", [releaseCommit], pull(5, [], "r5", "carol")],
    [
      "its head commit (pushed onto the branch)",
      [releaseCommit],
      { ...pull(5, [], "elsewhere", "carol"), headSha: "r5" },
    ],
  ])(
    "leaves a skipped release PR out of the notes, and %s out of the direct commits",
    (_, added, release) => {
      const head = added.at(-1) as RangeCommit;
      const model = buildReleaseNotes({
        tag: "v0.27.0",
        previousTag: "v0.26.1",
        compareUrl: undefined,
        head: head.sha,
        commits: [...COMMITS, ...added],
        pulls: PULLS,
        skippedPulls: [release],
        config: GITHUB_STYLE,
      });
      expect(model.pulls.map((entry) => entry.number)).toEqual([1, 2, 4]);
      expect(model.directCommits.map((entry) => entry.sha)).toEqual(["d3"]);
    },
  );

  it("flags what the strategy does not allow in a Y- or Z-stream", () => {
    expect(notes("y").contentWarnings).toEqual([
      expect.stringMatching(/^Breaking Changes: #4\. A Y-stream keeps backward compatibility/),
    ]);
    expect(notes("z").contentWarnings).toEqual([
      expect.stringMatching(/^Breaking Changes: #4\. A Z-stream is for critical bug and documentation fixes/),
      expect.stringMatching(
        /^Features: #1\. A Z-stream is for critical bug and documentation fixes; features wait/,
      ),
    ]);
  });
});

describe("renderings", () => {
  it("renders a release body like GitHub's generated notes, marked as ours", () => {
    const body = renderReleaseBody(notes("y"), "https://github.example/acme/cli");
    expect(body).toBe(
      [
        NOTES_MARKER,
        "",
        "## What's Changed",
        "",
        "### Breaking Changes",
        "",
        "* Change 4 by @dave in https://github.example/acme/cli/pull/4",
        "",
        "### Features",
        "",
        "* Change 1 by @alice in https://github.example/acme/cli/pull/1",
        "",
        "### Fixes",
        "",
        "* Change 2 by @bob in https://github.example/acme/cli/pull/2",
        "",
        "### Commits without a pull request",
        "",
        "* Bump the version (https://github.example/acme/cli/commit/d3 by @carol)",
        "",
        "## New Contributors",
        "",
        "* @dave made their first contribution in https://github.example/acme/cli/pull/4",
        "",
        "**Full Changelog**: https://github.example/acme/cli/compare/v0.26.1...v0.27.0",
        "",
      ].join("\n"),
    );
    expect(isGeneratedBody(body)).toBe(true);
    expect(isGeneratedBody("")).toBe(true);
    expect(isGeneratedBody("Hand-written notes")).toBe(false);
  });

  // instructlab's CHANGELOG.md: hand-written, one `## vX.Y` per Y-stream, one exceptional patch heading.
  const INSTRUCTLAB_CHANGELOG = [
    "## v0.26",
    "",
    "### Features",
    "",
    "* `ilab model chat` gains a RAG mode.",
    "",
    "## v0.25",
    "",
    "### Breaking Changes",
    "",
    "* Python 3.10 is no longer supported.",
    "",
    "## v0.18.1",
    "",
    "### Fixes",
    "",
    "* Fix the training on MacOS.",
    "",
    "## v0.18",
    "",
    "### Features",
    "",
    "* Multi-phase training.",
    "",
  ].join("\n");

  it("detects the file's style and inserts a Y-stream section at the top, once", () => {
    const style = detectChangelogStyle(INSTRUCTLAB_CHANGELOG);
    expect(style).toEqual({ prefix: "v", granularity: "minor" });
    const version = parseReleaseVersion("0.27.0");
    const heading = changelogHeading(version, "y", style);
    expect(heading).toBe("## v0.27");
    const section = renderChangelogSection(notes("y"), heading);
    const updated = insertChangelogSection(INSTRUCTLAB_CHANGELOG, heading, section, version);
    expect(
      updated.startsWith(
        `## v0.27\n${CHANGELOG_MARKER}\n\n### Breaking Changes\n\n* Change 4 ([#4](https://github.example/acme/cli/pull/4))\n`,
      ),
    ).toBe(true);
    expect(updated.endsWith(`\n${INSTRUCTLAB_CHANGELOG}`)).toBe(true);
    expect(changelogSectionOrigin(updated, heading)).toBe("generated");
    expect(insertChangelogSection(updated, heading, section, version)).toBe(updated);
  });

  it("puts a patch of an older stream above its stream's section", () => {
    const version = parseReleaseVersion("0.25.1");
    const heading = changelogHeading(version, "z", detectChangelogStyle(INSTRUCTLAB_CHANGELOG));
    expect(heading).toBe("## v0.25.1");
    const updated = insertChangelogSection(
      INSTRUCTLAB_CHANGELOG,
      heading,
      renderChangelogSection(notes("z"), heading),
      version,
    );
    const headings = updated.split("\n").filter((line) => line.startsWith("## "));
    expect(headings).toEqual(["## v0.26", "## v0.25.1", "## v0.25", "## v0.18.1", "## v0.18"]);
  });

  it("writes sdg's per-release headings, below a title, and starts a file that does not exist", () => {
    const sdg = "# Changelog\n\nAll notable changes.\n\n## v0.8.2\n\n### Fixes\n\n* x\n\n## v0.8.1\n\n* y\n";
    const style = detectChangelogStyle(sdg);
    expect(style.granularity).toBe("patch");
    const version = parseReleaseVersion("0.8.3");
    const heading = changelogHeading(version, "z", style);
    const updated = insertChangelogSection(
      sdg,
      heading,
      renderChangelogSection(notes("z"), heading),
      version,
    );
    expect(updated.split("\n").slice(0, 5)).toEqual([
      "# Changelog",
      "",
      "All notable changes.",
      "",
      "## v0.8.3",
    ]);
    const fresh = insertChangelogSection(
      undefined,
      "## v0.1",
      renderChangelogSection(notes("y"), "## v0.1"),
      parseReleaseVersion("0.1.0"),
    );
    expect(fresh.startsWith(`## v0.1\n${CHANGELOG_MARKER}\n\n### Breaking Changes`)).toBe(true);
  });

  it("marks a generated section with an HTML comment under its heading, which rendered Markdown hides", () => {
    const section = renderChangelogSection(notes("y"), "## v0.27");
    expect(section.split("\n").slice(0, 3)).toEqual(["## v0.27", CHANGELOG_MARKER, ""]);
    expect(CHANGELOG_MARKER).toMatch(/^<!-- generated by instructlab\/release-actions: .* -->$/);
    expect(CHANGELOG_MARKER.slice(4, -3)).not.toContain("--");
  });

  it("keeps a hand-written section with the release's heading: the text comes back unchanged", () => {
    const version = parseReleaseVersion("0.26.0");
    const heading = changelogHeading(version, "y", detectChangelogStyle(INSTRUCTLAB_CHANGELOG));
    expect(heading).toBe("## v0.26");
    expect(changelogSectionOrigin(INSTRUCTLAB_CHANGELOG, heading)).toBe("hand-written");
    const crlf = INSTRUCTLAB_CHANGELOG.replace(/\n/g, "\r\n");
    for (const text of [INSTRUCTLAB_CHANGELOG, crlf]) {
      expect(
        insertChangelogSection(text, heading, renderChangelogSection(notes("y"), heading), version),
      ).toBe(text);
    }
    // A maintainer who removed the marker from a generated section made it theirs.
    const generated = insertChangelogSection(
      INSTRUCTLAB_CHANGELOG,
      "## v0.27",
      renderChangelogSection(notes("y"), "## v0.27"),
      parseReleaseVersion("0.27.0"),
    );
    const unmarked = generated.replace(`${CHANGELOG_MARKER}\n`, "");
    expect(changelogSectionOrigin(unmarked, "## v0.27")).toBe("hand-written");
    expect(
      insertChangelogSection(
        unmarked,
        "## v0.27",
        renderChangelogSection(notes("z"), "## v0.27"),
        parseReleaseVersion("0.27.0"),
      ),
    ).toBe(unmarked);
    expect(changelogSectionOrigin(INSTRUCTLAB_CHANGELOG, "## v0.27")).toBe("none");
    expect(changelogSectionOrigin(undefined, "## v0.27")).toBe("none");
  });

  it("fills an empty section a maintainer put there for the release", () => {
    const heading = "## v0.27";
    const section = renderChangelogSection(notes("y"), heading);
    const placeholder = `# Changelog\n\n${heading}\n\n## v0.26\n\n* older\n`;
    expect(changelogSectionOrigin(placeholder, heading)).toBe("generated");
    expect(insertChangelogSection(placeholder, heading, section, parseReleaseVersion("0.27.0"))).toBe(
      `# Changelog\n\n${section.trimEnd()}\n\n## v0.26\n\n* older\n`,
    );
  });

  it("replaces a generated section on a re-run with other notes, in place, and nothing else", () => {
    const version = parseReleaseVersion("0.25.1");
    const heading = "## v0.25.1";
    const first = insertChangelogSection(
      INSTRUCTLAB_CHANGELOG,
      heading,
      renderChangelogSection(notes("y"), heading),
      version,
    );
    // A formatter may put a blank line between the heading and the marker: still ours.
    const formatted = first.replace(`${heading}\n${CHANGELOG_MARKER}`, `${heading}\n\n${CHANGELOG_MARKER}`);
    expect(changelogSectionOrigin(formatted, heading)).toBe("generated");
    // The re-run's notes differ: the breaking change was relabelled away.
    const again = renderChangelogSection({ ...notes("y"), sections: notes("y").sections.slice(1) }, heading);
    const second = insertChangelogSection(formatted, heading, again, version);
    expect(second).not.toBe(first);
    expect(second).toBe(INSTRUCTLAB_CHANGELOG.replace("## v0.25\n", `${again.trimEnd()}\n\n## v0.25\n`));
    expect(second.split("\n").filter((line) => line === CHANGELOG_MARKER)).toHaveLength(1);
  });
});
