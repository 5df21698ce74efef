/**
 * The GitHub release of a tag: found again (published ones by tag, drafts from the list), created
 * once, published when a draft is meant to be final, marked pre-release when the policy makes its
 * version one (GitHub's UI publishes full releases unless the box is ticked), and its notes
 * refreshed only while it is a draft and this project wrote them (a maintainer's own text is kept;
 * a published release's notes are never rewritten, only filled when empty).
 */
import { type GitHubGateway, writeOnce } from "@release-actions/core/github";
import { isGeneratedBody } from "@release-actions/core/strategy";

/** A release as this stage sees it. */
export interface ReleaseInfo {
  readonly id: number;
  readonly url: string;
  readonly tag: string;
  readonly draft: boolean;
  readonly prerelease: boolean;
  readonly body: string;
  readonly immutable: boolean;
  /** Where its files are uploaded (a URI template with `{?name,label}`). */
  readonly uploadUrl: string;
}

/** What happened to the release. */
export type ReleaseOutcome =
  | "created"
  | "published"
  | "updated"
  | "unchanged"
  | "kept maintainer's notes"
  | "found existing"
  | "would create"
  | "would update";

function info(release: {
  id: number;
  html_url: string;
  tag_name: string;
  draft: boolean;
  prerelease: boolean;
  body?: string | null;
  immutable?: boolean;
  upload_url: string;
}): ReleaseInfo {
  return {
    id: release.id,
    url: release.html_url,
    tag: release.tag_name,
    draft: release.draft,
    prerelease: release.prerelease,
    body: release.body ?? "",
    immutable: release.immutable === true,
    uploadUrl: release.upload_url,
  };
}

/** The published release of a tag, if any (drafts are not found by tag). */
export async function findPublishedRelease(
  github: GitHubGateway,
  tag: string,
): Promise<ReleaseInfo | undefined> {
  const data = await github.getReleaseByTag(tag);
  return data && info(data);
}

/**
 * The release of a tag, published or draft, if any. `tagExisted`: the tag was there before this
 * run; when it was not, only a draft can exist (a published release has its tag, and deleting
 * that tag turns the release into a draft), so the lookup by tag is skipped.
 */
export async function findRelease(
  github: GitHubGateway,
  tag: string,
  tagExisted: boolean,
): Promise<ReleaseInfo | undefined> {
  const published = tagExisted ? await findPublishedRelease(github, tag) : undefined;
  if (published) return published;
  // Drafts are not found by tag; they are recent, so the first page of the list has them.
  const { data } = await github.client.request("GET /repos/{owner}/{repo}/releases", {
    owner: github.owner,
    repo: github.repo,
    per_page: 30,
  });
  const draft = data.find((release) => release.tag_name === tag && release.draft);
  return draft && info(draft);
}

/** The release as it should be. */
export interface ReleaseSpec {
  readonly tag: string;
  readonly commit: string;
  readonly body: string;
  readonly draft: boolean;
  readonly prerelease: boolean;
  readonly makeLatest: "true" | "false";
}

/** The release after {@link upsertRelease}. */
export interface UpsertedRelease {
  /** Undefined in dry-run before the release exists. */
  readonly release: ReleaseInfo | undefined;
  readonly outcome: ReleaseOutcome;
  /** The notes the release has (in dry-run: would have); an existing release's are kept unless refreshed. */
  readonly body: string;
  /** Whether an existing full release was (in dry-run: would be) marked pre-release. */
  readonly markedPrerelease: boolean;
  /**
   * Whether an existing pre-release of a final version (published in the UI with "pre-release"
   * ticked) was (in dry-run: would be) made a full release, marked latest per `makeLatest`.
   */
  readonly unmarkedPrerelease?: boolean;
}

/** Creates or converges the release, in one write at most. */
export async function upsertRelease(
  github: GitHubGateway,
  existing: ReleaseInfo | undefined,
  spec: ReleaseSpec,
): Promise<UpsertedRelease> {
  const where = { owner: github.owner, repo: github.repo };
  if (!existing) {
    if (github.dryRun)
      return { release: undefined, outcome: "would create", body: spec.body, markedPrerelease: false };
    // Sent once: a lost answer re-sent would make a second draft, or fail on GitHub's 422
    // already_exists; a release found after a failure (ours, or another run's) is converged on.
    const created = await writeOnce({
      send: async (noRetry) => {
        const { data } = await github.write(`create the release ${spec.tag}`, "contents: write", () =>
          github.client.request("POST /repos/{owner}/{repo}/releases", {
            ...where,
            tag_name: spec.tag,
            target_commitish: spec.commit,
            name: spec.tag,
            body: spec.body,
            draft: spec.draft,
            prerelease: spec.prerelease,
            ...(!spec.draft && !spec.prerelease && { make_latest: spec.makeLatest }),
            ...noRetry,
          }),
        );
        return info(data);
      },
      find: () => findRelease(github, spec.tag, true),
    });
    if (created.outcome === "created")
      return { release: created.value, outcome: "created", body: spec.body, markedPrerelease: false };
    const converged = await upsertRelease(github, created.value, spec);
    return converged.outcome === "unchanged" ? { ...converged, outcome: "found existing" } : converged;
  }
  const publish = existing.draft && !spec.draft;
  // Published notes were announced as they are: a re-run computing them again (a patch of an
  // older stream released since can move the previous tag) must not rewrite them.
  const refresh =
    isGeneratedBody(existing.body) &&
    existing.body !== spec.body &&
    (existing.draft || existing.body.trim() === "");
  const body = refresh ? spec.body : existing.body;
  const markedPrerelease = spec.prerelease && !existing.prerelease;
  const unmarkedPrerelease = !spec.prerelease && existing.prerelease;
  if (!publish && !refresh && !markedPrerelease && !unmarkedPrerelease)
    return {
      release: existing,
      outcome: isGeneratedBody(existing.body) ? "unchanged" : "kept maintainer's notes",
      body,
      markedPrerelease,
    };
  if (github.dryRun)
    return { release: existing, outcome: "would update", body, markedPrerelease, unmarkedPrerelease };
  const { data } = await github.write(`update the release ${spec.tag}`, "contents: write", () =>
    github.client.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
      ...where,
      release_id: existing.id,
      ...(refresh && { body: spec.body }),
      ...(markedPrerelease && { prerelease: true }),
      // A pre-release cannot be latest: once a full release, it takes the strategy's mark.
      ...(unmarkedPrerelease && {
        prerelease: false,
        ...(!existing.draft && { make_latest: spec.makeLatest }),
      }),
      ...(publish && { draft: false, ...(!spec.prerelease && { make_latest: spec.makeLatest }) }),
    }),
  );
  return {
    release: info(data),
    outcome: publish ? "published" : "updated",
    body,
    markedPrerelease,
    unmarkedPrerelease,
  };
}

/** The pre-release mark {@link upsertRelease} set on a full release, in a sentence for the log and the job summary. */
export function describePrereleaseMark(tag: string, dryRun: boolean): string {
  const was = `${tag} was created as a full release (GitHub's "pre-release" box unticked), but the policy classifies it as a pre-release`;
  return dryRun
    ? `${was}: dry-run, it would be marked pre-release.`
    : `${was}: it is marked pre-release now.`;
}

/** The pre-release mark {@link upsertRelease} took off a final release, in a sentence for the log and the job summary. */
export function describePrereleaseUnmark(tag: string, makeLatest: "true" | "false", dryRun: boolean): string {
  const was = `${tag} was published as a pre-release (GitHub's "pre-release" box ticked), but the policy makes it a final release`;
  const latest =
    makeLatest === "true"
      ? "marked latest"
      : "not marked latest (the strategy keeps the mark on a higher version)";
  return dryRun
    ? `${was}: dry-run, it would be made a full release, ${latest}.`
    : `${was}: it is a full release now, ${latest}.`;
}

/** A release that was there when this run created it, in a sentence for the log and the job summary. */
export function describeFoundRelease(tag: string): string {
  return `GitHub already had the release ${tag} when this run created it — made by another run at the same time, or by this run's own request whose answer was lost on the way: it was read back and found as it should be, and nothing was created twice.`;
}
