/** The renderings of the message model, and the website page's formats. */
import { DEFAULT_WORDING } from "@release-actions/core/strategy";
import { blockProblem, discordPayloadErrors } from "@release-actions/testkit/sinks";
import { describe, expect, it } from "vitest";
import { type Announcement, readHighlights } from "../src/announcement.ts";
import { renderDiscordPayload, renderSlackMessage } from "../src/chat-messages.ts";
import { updateReleasesPage } from "../src/website-entry.ts";

function announcement(groups: Announcement["groups"]): Announcement {
  const fields = { project: "cli", version: "0.2.0", tag: "v0.2.0", date: "2026-12-06", url: "https://x/r" };
  return {
    ...fields,
    releaseUrl: fields.url,
    pypiUrl: "https://pypi.org/project/cli/0.2.0/",
    changelogUrl: "https://x/blob/v0.2.0/CHANGELOG.md",
    groups,
    perGroup: 10,
    fields,
  };
}

describe("the notes read back", () => {
  it("reads GitHub's generated notes and hand-written ones; leaves out contributors and the changelog link", () => {
    const groups = readHighlights(
      [
        "<!-- generated -->",
        "## What's Changed",
        "* Loose item by @a in https://x/pull/1",
        "### Features",
        "* Add x by @dependabot[bot] in https://x/pull/2",
        "- A [hand-written](https://x/issues/3) line",
        "## New Contributors",
        "* @a made their first contribution in https://x/pull/1",
        "**Full Changelog**: https://x/compare/a...b",
      ].join("\n"),
    );
    expect(groups).toEqual([
      { title: "Changes", items: [{ text: "Loose item (#1)", url: "https://x/pull/1" }] },
      {
        title: "Features",
        items: [
          { text: "Add x (#2)", url: "https://x/pull/2" },
          { text: "A hand-written line", url: "https://x/issues/3" },
        ],
      },
    ]);
  });
});

describe("channel limits", () => {
  const huge = announcement(
    Array.from({ length: 60 }, (_, group) => ({
      title: `Category ${group} ${"x".repeat(300)}`,
      items: Array.from({ length: 40 }, (_, item) => ({
        text: `${"t".repeat(400)} ${item}`,
        url: `https://x/pull/${item}`,
      })),
    })),
  );

  it("Slack: at most 50 blocks, sections and header within their sizes", () => {
    const message = renderSlackMessage(huge, { ...DEFAULT_WORDING, title: "y".repeat(400) });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(blockProblem(message.blocks)).toBeUndefined();
  });

  it("Discord: within every embed limit", () => {
    expect(discordPayloadErrors({ ...renderDiscordPayload(huge, DEFAULT_WORDING, "bot") })).toEqual({});
  });
});

describe("the website page", () => {
  const one = announcement([{ title: "Fixes", items: [{ text: "Fix *it*", url: "https://x/pull/4" }] }]);

  it("Markdown: under the title, above older entries; a second run changes nothing", async () => {
    const page = "# Releases\n\n## cli 0.1.0\n\nOld.\n";
    const once = await updateReleasesPage(page, "releases.md", one, DEFAULT_WORDING);
    expect(once).toMatch(/^# Releases\n\n<!-- release-actions announce v0.2.0 -->\n## cli 0.2.0 released\n/);
    expect(once).toContain("- [Fix \\*it\\*](https://x/pull/4)");
    expect(once.endsWith("## cli 0.1.0\n\nOld.\n")).toBe(true);
    expect(await updateReleasesPage(once, "releases.md", one, DEFAULT_WORDING)).toBe(once);
  });

  it("YAML and JSON: first in the list (or its releases key), replacing the same version", async () => {
    const yaml = await updateReleasesPage(
      "releases:\n  - version: 0.1.0\n",
      "site/releases.yaml",
      one,
      DEFAULT_WORDING,
    );
    expect(yaml).toMatch(/^releases:\n {2}- version: 0\.2\.0\n/);
    expect(yaml).toContain("  - version: 0.1.0\n");
    expect(await updateReleasesPage(yaml, "site/releases.yaml", one, DEFAULT_WORDING)).toBe(yaml);
    const json = await updateReleasesPage(undefined, "releases.json", one, DEFAULT_WORDING);
    expect(JSON.parse(json)).toMatchObject([{ version: "0.2.0", highlights: [{ category: "Fixes" }] }]);
    expect(await updateReleasesPage(json, "releases.json", one, DEFAULT_WORDING)).toBe(json);
    await expect(updateReleasesPage('{"a": 1}', "releases.json", one, DEFAULT_WORDING)).rejects.toThrow(
      /must hold a list of releases/,
    );
  });
});
