/**
 * What was announced, recorded on the GitHub release itself: a hidden HTML comment at the end of
 * its body (`<!-- release-actions announced: {"slack":"…"} -->`), written right after each channel
 * posted. A re-run reads it and reports those channels `already-sent` instead of posting again;
 * a run killed after its first post leaves that post recorded. Markdown does not render the
 * comment, and tag-and-changelog keeps a published release's body as it is.
 */
import type { GitHubGateway } from "@release-actions/core/github";

const MARKER = /\n*<!-- release-actions announced: (\{.*?\}) -->\s*$/;

/** When each channel was announced (ISO time). */
export type SentRecord = Readonly<Record<string, string>>;

/** The published release being announced. */
export interface AnnouncedRelease {
  readonly id: number;
  readonly url: string;
  readonly body: string;
  readonly publishedAt: string | undefined;
}

/** The record in a release body (empty when there is none or it is not ours). */
export function readSentRecord(body: string): SentRecord {
  const json = MARKER.exec(body)?.[1];
  if (!json) return {};
  try {
    const record = JSON.parse(json) as unknown;
    if (record === null || typeof record !== "object" || Array.isArray(record)) return {};
    return Object.fromEntries(Object.entries(record).filter(([, value]) => typeof value === "string"));
  } catch {
    return {};
  }
}

/** The body without the record (the notes as the maintainers see them). */
export function withoutSentRecord(body: string): string {
  return body.replace(MARKER, "\n").trimEnd();
}

/** The body with `record` as its record. */
export function withSentRecord(body: string, record: SentRecord): string {
  return `${withoutSentRecord(body)}\n\n<!-- release-actions announced: ${JSON.stringify(record)} -->\n`;
}

/** The published release of a tag; undefined when there is none (drafts are not found by tag). */
export async function findAnnouncedRelease(
  github: GitHubGateway,
  tag: string,
): Promise<AnnouncedRelease | undefined> {
  const data = await github.getReleaseByTag(tag);
  return (
    data && {
      id: data.id,
      url: data.html_url,
      body: data.body ?? "",
      publishedAt: data.published_at ?? undefined,
    }
  );
}

/**
 * Adds `channel` to the release's record. The body is read again first, so an edit a maintainer
 * made since this run started (or another channel's record) is kept.
 */
export async function recordSent(
  github: GitHubGateway,
  release: AnnouncedRelease,
  channel: string,
  at: string,
): Promise<void> {
  const { data } = await github.client.request("GET /repos/{owner}/{repo}/releases/{release_id}", {
    owner: github.owner,
    repo: github.repo,
    release_id: release.id,
  });
  const body = data.body ?? "";
  const record = { ...readSentRecord(body), [channel]: at };
  await github.write(`record the ${channel} announcement on the release`, "contents: write", () =>
    github.client.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
      owner: github.owner,
      repo: github.repo,
      release_id: release.id,
      body: withSentRecord(body, record),
    }),
  );
}
