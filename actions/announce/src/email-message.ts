/**
 * The announcement as a mail to a list: multipart plain text + HTML with the same content, plain
 * links (no tracking pixels, no redirects, no remote images), a Message-ID derived from the
 * release (a list or archive that sees it twice can tell it is the same announcement), and no
 * `List-*` headers: those belong to the list server that relays the message (RFC 2919, RFC 2369).
 */
import { type AnnounceWording, renderAnnounceTemplate } from "@release-actions/core/strategy";
import { type Announcement, announcementLinks, clip, shownGroups } from "./announcement.ts";

/** Subjects longer than this are cut (RFC 5322 §2.1.1 recommends lines of at most 78 characters). */
const SUBJECT_MAX = 78;

/** A rendered mail. */
export interface EmailMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly messageId: string;
  readonly headers: Readonly<Record<string, string>>;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** The domain part of an address (`Releases <releases@example.org>` → `example.org`). */
export function addressDomain(address: string): string {
  return /@([^>\s]+)>?\s*$/.exec(address)?.[1]?.toLowerCase() ?? "localhost";
}

/** The mail announcing the release. */
export function renderEmail(
  announcement: Announcement,
  wording: AnnounceWording,
  subjectTemplate: string,
  from: string,
  repository: string,
): EmailMessage {
  const title = renderAnnounceTemplate(wording.title, announcement.fields);
  const intro = renderAnnounceTemplate(wording.intro, announcement.fields);
  const subject = clip(
    renderAnnounceTemplate(subjectTemplate, announcement.fields).replace(/\s+/g, " "),
    SUBJECT_MAX,
  );
  const groups = shownGroups(announcement);
  const links = announcementLinks(announcement);
  const more = (left: number) => `…and ${left} more in the release notes`;

  const text: string[] = [title, "=".repeat(Math.min([...title].length, 72)), "", intro, ""];
  for (const { group, more: hidden } of groups) {
    text.push(`${group.title}:`);
    for (const item of group.items) text.push(`  - ${item.text}${item.url ? `\n    ${item.url}` : ""}`);
    if (hidden > 0) text.push(`  ${more(hidden)}: ${announcement.releaseUrl}`);
    text.push("");
  }
  for (const link of links) text.push(`${link.text}: ${link.url}`);

  const html: string[] = [
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8"><title>',
    escapeHtml(title),
    "</title></head><body>",
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(intro)}</p>`,
  ];
  for (const { group, more: hidden } of groups) {
    html.push(`<h2>${escapeHtml(group.title)}</h2>`, "<ul>");
    for (const item of group.items)
      html.push(
        `<li>${item.url ? `<a href="${escapeHtml(item.url)}">${escapeHtml(item.text)}</a>` : escapeHtml(item.text)}</li>`,
      );
    if (hidden > 0)
      html.push(`<li><a href="${escapeHtml(announcement.releaseUrl)}">${escapeHtml(more(hidden))}</a></li>`);
    html.push("</ul>");
  }
  html.push(
    `<p>${links.map((link) => `<a href="${escapeHtml(link.url)}">${escapeHtml(link.text)}</a>`).join(" · ")}</p>`,
    "</body></html>",
  );
  const local = `announce.${announcement.tag}.${repository.replace("/", ".")}`.replace(/[^\w.+-]/g, "-");
  return {
    subject,
    text: `${text.join("\n").trimEnd()}\n`,
    html: html.join("\n"),
    messageId: `<${local}@${addressDomain(from)}>`,
    // No Auto-Submitted or Precedence: lists may hold or drop such posts, and this one is meant for people.
    headers: { "Content-Language": "en" },
  };
}
