/**
 * The names of the pull requests this project opens for a release, owned here so that the stage
 * that opens them (open-release-pr) and the stages that read them (tag-and-changelog's gate, the
 * notes engine skipping them) agree: the release PR onto the release branch, and the PR that
 * carries the release's CHANGELOG section to the main branch.
 */

/** Every head branch this project's stages own starts with it (one per release and purpose). */
export const RELEASE_ACTIONS_HEAD_PREFIX = "release-actions/";

/** Matches the head branches of every pull request this project opens: never release notes. */
export const RELEASE_ACTIONS_HEAD = /^release-actions\//;

/** The release PR's head branch: `release-actions/v0.27.0`. */
export function releasePullHead(tag: string): string {
  return `${RELEASE_ACTIONS_HEAD_PREFIX}${tag}`;
}

/** The release PR's title: `Release v0.27.0` (also the release commit's subject). */
export function releasePullTitle(tag: string): string {
  return `Release ${tag}`;
}

/**
 * The head branch of the PR that brings a release's CHANGELOG section to the main branch:
 * `release-actions/changelog-v0.27.0`. It does not start with `release-actions/v`, so the example
 * release workflow (which releases merged `release-actions/v…` heads) leaves its merge alone.
 */
export function changelogPullHead(tag: string): string {
  return `${RELEASE_ACTIONS_HEAD_PREFIX}changelog-${tag}`;
}

/** The title of the PR that brings a release's CHANGELOG section to the main branch. */
export function changelogPullTitle(tag: string, mainBranch: string): string {
  return `Changelog of ${tag} for ${mainBranch}`;
}
