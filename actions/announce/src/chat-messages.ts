/**
 * The announcement as a Slack Block Kit message and as a Discord embed, within each service's
 * limits (testkit sinks: slack-sink.ts, discord-sink.ts): a long release is cut with a link to
 * its notes, never refused. Text that is not ours is escaped, and neither message can ping
 * anyone (`@channel`, `@everyone` and user mentions stay plain text).
 */
import { type AnnounceWording, renderAnnounceTemplate } from "@release-actions/core/strategy";
import { type Announcement, announcementLinks, clip, fitLines, shownGroups } from "./announcement.ts";

// Block Kit: https://docs.slack.dev/reference/block-kit/blocks
const SLACK_MAX_BLOCKS = 50;
const SLACK_SECTION_TEXT = 3000;
const SLACK_HEADER_TEXT = 150;
// Discord: https://discord.com/developers/docs/resources/message#embed-object-embed-limits
const DISCORD_CONTENT = 2000;
const DISCORD_TITLE = 256;
const DISCORD_DESCRIPTION = 4096;

/** Slack's mrkdwn control characters (https://docs.slack.dev/messaging/formatting-message-text#escaping). */
export function slackEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function slackLink(text: string, url: string | undefined): string {
  return url ? `<${url}|${slackEscape(text).replace(/\|/g, "¦")}>` : slackEscape(text);
}

/** A Slack message: Block Kit blocks and the notification text. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: readonly Record<string, unknown>[];
}

/** The announcement in Block Kit. */
export function renderSlackMessage(announcement: Announcement, wording: AnnounceWording): SlackMessage {
  const title = renderAnnounceTemplate(wording.title, announcement.fields);
  const intro = renderAnnounceTemplate(wording.intro, announcement.fields);
  const more = (left: number) =>
    `…and ${left} more in ${slackLink("the release notes", announcement.releaseUrl)}`;
  const sections = shownGroups(announcement).map(({ group, more: hidden }) => {
    const lines = group.items.map((item) => `• ${slackLink(item.text, item.url)}`);
    const body = fitLines(
      hidden > 0 ? [...lines, more(hidden)] : lines,
      SLACK_SECTION_TEXT - [...group.title].length - 4,
      more,
    );
    return { type: "section", text: { type: "mrkdwn", text: `*${slackEscape(group.title)}*\n${body}` } };
  });
  // header + intro + footer take three of the 50 blocks.
  const room = SLACK_MAX_BLOCKS - 3;
  const kept =
    sections.length > room
      ? [
          ...sections.slice(0, room - 1),
          { type: "section", text: { type: "mrkdwn", text: more(sections.length - room + 1) } },
        ]
      : sections;
  const footer = announcementLinks(announcement)
    .map((link) => slackLink(link.text, link.url))
    .join(" · ");
  return {
    text: clip(`${title}: ${announcement.releaseUrl}`, 3000),
    blocks: [
      { type: "header", text: { type: "plain_text", text: clip(title, SLACK_HEADER_TEXT), emoji: false } },
      { type: "section", text: { type: "mrkdwn", text: clip(slackEscape(intro), SLACK_SECTION_TEXT) } },
      ...kept,
      { type: "context", elements: [{ type: "mrkdwn", text: footer }] },
    ],
  };
}

/** Discord's markdown control characters, escaped. */
export function discordEscape(text: string): string {
  return text
    .replace(/[\\*_~`|>[\]()]/g, "\\$&")
    .replace(/^[#-]/, "\\$&")
    .replace(/@/g, "@\u200b");
}

/** A Discord webhook payload. */
export interface DiscordPayload {
  readonly content: string;
  readonly embeds: readonly Record<string, unknown>[];
  /** No mention is parsed: the notes cannot ping @everyone or anyone else. */
  readonly allowed_mentions: { readonly parse: readonly string[] };
  readonly username?: string;
}

/** The announcement as one Discord embed. */
export function renderDiscordPayload(
  announcement: Announcement,
  wording: AnnounceWording,
  username: string | undefined,
): DiscordPayload {
  const title = renderAnnounceTemplate(wording.title, announcement.fields);
  const intro = renderAnnounceTemplate(wording.intro, announcement.fields);
  const more = (left: number) => `…and ${left} more in [the release notes](${announcement.releaseUrl})`;
  const footer = announcementLinks(announcement)
    .map((link) => `[${link.text}](${link.url})`)
    .join(" · ");
  const lines: string[] = [];
  for (const { group, more: hidden } of shownGroups(announcement)) {
    lines.push(`**${discordEscape(group.title)}**`);
    for (const item of group.items)
      lines.push(item.url ? `- [${discordEscape(item.text)}](${item.url})` : `- ${discordEscape(item.text)}`);
    if (hidden > 0) lines.push(more(hidden));
  }
  const head = discordEscape(intro);
  const budget = DISCORD_DESCRIPTION - [...head].length - [...footer].length - 4;
  const description = [head, fitLines(lines, budget, more), footer]
    .filter((part) => part !== "")
    .join("\n\n");
  return {
    content: clip(`${discordEscape(title)}: ${announcement.releaseUrl}`, DISCORD_CONTENT),
    embeds: [
      {
        title: clip(title, DISCORD_TITLE),
        url: announcement.releaseUrl,
        description: clip(description, DISCORD_DESCRIPTION),
        timestamp: `${announcement.date}T00:00:00.000Z`,
      },
    ],
    allowed_mentions: { parse: [] },
    ...(username && { username: clip(username, 80) }),
  };
}
