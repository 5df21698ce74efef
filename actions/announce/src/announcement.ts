/**
 * The one message model every channel renders: read back from the release notes tag-and-changelog
 * wrote (its notes file, or the release's body when the file is on another runner), in the shape
 * of GitHub's generated notes (`### Category` then `* Title by @login in <url>`), and tolerant of
 * notes a maintainer wrote by hand. PR titles and notes are text that is not ours: each renderer
 * escapes them for its channel.
 */
import type { AnnounceFields } from "@release-actions/core/strategy";

/** One highlight: a pull request's title and link. */
export interface Highlight {
  readonly text: string;
  readonly url: string | undefined;
}

/** The highlights of one category of the notes. */
export interface HighlightGroup {
  readonly title: string;
  readonly items: readonly Highlight[];
}

/** Everything an announcement says. */
export interface Announcement {
  readonly project: string;
  readonly version: string;
  readonly tag: string;
  /** YYYY-MM-DD, the release's publication date. */
  readonly date: string;
  readonly releaseUrl: string;
  readonly pypiUrl: string | undefined;
  readonly changelogUrl: string | undefined;
  readonly groups: readonly HighlightGroup[];
  /** Highlights listed per group before "and N more". */
  readonly perGroup: number;
  readonly fields: AnnounceFields;
}

/** A link of the announcement's footer. */
export interface AnnouncementLink {
  readonly text: string;
  readonly url: string;
}

/** The footer links: the release notes, PyPI, the changelog. */
export function announcementLinks(announcement: Announcement): AnnouncementLink[] {
  return [
    { text: "Release notes", url: announcement.releaseUrl },
    ...(announcement.pypiUrl ? [{ text: "PyPI", url: announcement.pypiUrl }] : []),
    ...(announcement.changelogUrl ? [{ text: "Changelog", url: announcement.changelogUrl }] : []),
  ];
}

/** The groups cut to `perGroup` items each, with how many were left out of each. */
export function shownGroups(announcement: Announcement): { group: HighlightGroup; more: number }[] {
  return announcement.groups.map((group) => ({
    group: { title: group.title, items: group.items.slice(0, announcement.perGroup) },
    more: Math.max(0, group.items.length - announcement.perGroup),
  }));
}

// Sections that are not highlights of the release.
const NOT_HIGHLIGHTS = /^(new contributors|commits without a pull request|full changelog)$/i;
const GENERATED_ITEM = /^(.*?) by @[\w[\]-]+ in (https?:\/\/\S+)$/;
const MARKDOWN_LINK = /\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)/;

function highlight(line: string): Highlight {
  const generated = GENERATED_ITEM.exec(line);
  if (generated) {
    const url = generated[2] as string;
    const number = /\/pull\/(\d+)$/.exec(url)?.[1];
    return { text: `${(generated[1] as string).trim()}${number ? ` (#${number})` : ""}`, url };
  }
  const link = MARKDOWN_LINK.exec(line);
  const text = line.replace(new RegExp(MARKDOWN_LINK.source, "g"), "$1").replace(/\s+/g, " ").trim();
  return { text, url: link?.[2] };
}

/** Reads the highlights out of release notes (Markdown). */
export function readHighlights(notes: string): HighlightGroup[] {
  const groups: { title: string; items: Highlight[] }[] = [];
  let current: { title: string; items: Highlight[] } | undefined;
  let skipping = false;
  const text = notes.replace(/<!--[\s\S]*?-->/g, "").replace(/\r\n/g, "\n");
  for (const line of text.split("\n")) {
    const heading = /^(#{2,4})\s+(.*?)\s*#*$/.exec(line);
    if (heading) {
      const title = (heading[2] as string).trim();
      skipping = NOT_HIGHLIGHTS.test(title);
      // "## What's Changed" heads GitHub's notes; its items without a category go under "Changes".
      current = skipping
        ? undefined
        : { title: /^what's changed$/i.test(title) ? "Changes" : title, items: [] };
      if (current) groups.push(current);
      continue;
    }
    const item = /^\s{0,3}[*-]\s+(.+)$/.exec(line);
    if (!item || skipping) continue;
    if (!current) {
      current = { title: "Changes", items: [] };
      groups.push(current);
    }
    const parsed = highlight(item[1] as string);
    if (parsed.text !== "") current.items.push(parsed);
  }
  return groups.filter((group) => group.items.length > 0);
}

/** Cuts `text` to `max` characters, ending with `ellipsis` when it was cut. */
export function clip(text: string, max: number, ellipsis = "…"): string {
  const characters = [...text];
  if (characters.length <= max) return text;
  return `${characters
    .slice(0, Math.max(0, max - [...ellipsis].length))
    .join("")
    .trimEnd()}${ellipsis}`;
}

/**
 * Lines joined under a budget of `max` characters: the lines that fit, then `more(left)` for the
 * lines left out, so a long release is cut with a link to its notes instead of refused.
 */
export function fitLines(lines: readonly string[], max: number, more: (left: number) => string): string {
  const kept: string[] = [];
  let used = 0;
  for (const [index, line] of lines.entries()) {
    const left = lines.length - index - 1;
    const tail = left > 0 ? [...more(left)].length + 1 : 0;
    const size = [...line].length + (kept.length > 0 ? 1 : 0);
    if (used + size + tail > max) {
      const note = more(lines.length - index);
      return [...kept, note].join("\n");
    }
    kept.push(line);
    used += size;
  }
  return kept.join("\n");
}
