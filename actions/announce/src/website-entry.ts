/**
 * The release's entry on the website's releases page, in the format `website-file`'s extension
 * names: a Markdown section (newest first, under the page's title), or an item of a YAML or JSON
 * list (the document itself, or its `releases` key). An entry already there for this version is
 * replaced, so a re-run changes nothing.
 */
import { parseYamlText, renderYamlText } from "@release-actions/core/github";
import {
  type AnnounceWording,
  ConfigurationError,
  renderAnnounceTemplate,
} from "@release-actions/core/strategy";
import { type Announcement, announcementLinks, shownGroups } from "./announcement.ts";

/** The formats a releases page can have. */
export type WebsiteFormat = "markdown" | "yaml" | "json";

/** The format of a file by its extension; undefined for any other. */
export function websiteFormat(path: string): WebsiteFormat | undefined {
  if (/\.(md|markdown|mdx)$/i.test(path)) return "markdown";
  if (/\.ya?ml$/i.test(path)) return "yaml";
  if (/\.json$/i.test(path)) return "json";
  return undefined;
}

const ENTRY_MARKER = "<!-- release-actions announce";

function markerOf(tag: string): string {
  return `${ENTRY_MARKER} ${tag} -->`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, "\\$&");
}

function markdownEntry(announcement: Announcement, wording: AnnounceWording): string {
  const lines = [
    markerOf(announcement.tag),
    `## ${escapeMarkdown(renderAnnounceTemplate(wording.title, announcement.fields))}`,
    "",
    escapeMarkdown(renderAnnounceTemplate(wording.intro, announcement.fields)),
    "",
  ];
  for (const { group, more } of shownGroups(announcement)) {
    lines.push(`### ${escapeMarkdown(group.title)}`, "");
    for (const item of group.items)
      lines.push(
        item.url ? `- [${escapeMarkdown(item.text)}](${item.url})` : `- ${escapeMarkdown(item.text)}`,
      );
    if (more > 0) lines.push(`- …and ${more} more in [the release notes](${announcement.releaseUrl})`);
    lines.push("");
  }
  lines.push(
    announcementLinks(announcement)
      .map((link) => `[${link.text}](${link.url})`)
      .join(" · "),
  );
  return lines.join("\n");
}

/** Puts the entry into a Markdown page: replaces this release's, else goes above the first section. */
function insertMarkdown(text: string | undefined, entry: string, tag: string): string {
  const lines = (text ?? "").replace(/\r\n/g, "\n").split("\n");
  const isEntryStart = (line: string) => line.startsWith(ENTRY_MARKER) || line.startsWith("## ");
  const own = lines.findIndex((line) => line.trim() === markerOf(tag));
  let start: number;
  let end: number;
  if (own !== -1) {
    start = own;
    // The entry runs to the next entry: its own heading is the line right after the marker.
    const next = lines.findIndex((line, index) => index > own + 1 && isEntryStart(line));
    end = next === -1 ? lines.length : next;
  } else {
    const first = lines.findIndex(isEntryStart);
    start = first === -1 ? lines.length : first;
    end = start;
  }
  const before = lines.slice(0, start).join("\n").trimEnd();
  const after = lines.slice(end).join("\n").trim();
  return `${[before, entry.trimEnd(), after].filter((part) => part !== "").join("\n\n")}\n`;
}

/** The entry as data (YAML and JSON pages). */
export function dataEntry(announcement: Announcement, wording: AnnounceWording): Record<string, unknown> {
  return {
    version: announcement.version,
    tag: announcement.tag,
    date: announcement.date,
    title: renderAnnounceTemplate(wording.title, announcement.fields),
    url: announcement.releaseUrl,
    ...(announcement.pypiUrl && { pypi: announcement.pypiUrl }),
    ...(announcement.changelogUrl && { changelog: announcement.changelogUrl }),
    highlights: shownGroups(announcement).map(({ group }) => ({
      category: group.title,
      items: group.items.map((item) => ({ title: item.text, ...(item.url && { url: item.url }) })),
    })),
  };
}

/** Puts the entry first in the document's list, replacing this version's. */
function insertData(document: unknown, entry: Record<string, unknown>, file: string): unknown {
  const list = (items: unknown[]) => [
    entry,
    ...items.filter((item) => (item as { version?: unknown } | null)?.version !== entry.version),
  ];
  if (document === undefined || document === null) return [entry];
  if (Array.isArray(document)) return list(document);
  if (typeof document === "object" && Array.isArray((document as { releases?: unknown }).releases))
    return { ...document, releases: list((document as { releases: unknown[] }).releases) };
  throw new ConfigurationError(
    `${file} on the website must hold a list of releases, or a mapping with a "releases" list; it holds neither. Fix the file or point "website-file" at another.`,
  );
}

/** The page with this release's entry: `current` is the file's text, undefined when it does not exist yet. */
export async function updateReleasesPage(
  current: string | undefined,
  file: string,
  announcement: Announcement,
  wording: AnnounceWording,
): Promise<string> {
  const format = websiteFormat(file);
  if (format === "markdown")
    return insertMarkdown(current, markdownEntry(announcement, wording), announcement.tag);
  const entry = dataEntry(announcement, wording);
  if (format === "json") {
    let document: unknown;
    try {
      document = current?.trim() ? JSON.parse(current) : undefined;
    } catch {
      throw new ConfigurationError(`${file} on the website is not valid JSON: fix it, then re-run.`);
    }
    return `${JSON.stringify(insertData(document, entry, file), null, 2)}\n`;
  }
  let document: unknown;
  try {
    document = current === undefined ? undefined : await parseYamlText(current, file);
  } catch {
    throw new ConfigurationError(`${file} on the website is not valid YAML: fix it, then re-run.`);
  }
  return renderYamlText(insertData(document, entry, file));
}

/** The entry as the job summary shows it in dry-run. */
export function previewEntry(file: string, announcement: Announcement, wording: AnnounceWording): string {
  const format = websiteFormat(file);
  if (format === "markdown") return markdownEntry(announcement, wording);
  return JSON.stringify(dataEntry(announcement, wording), null, 2);
}
