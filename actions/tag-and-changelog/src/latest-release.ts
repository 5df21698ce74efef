/**
 * GitHub's "latest" mark, kept where the strategy puts it. GitHub marks a release published in
 * its UI latest unless the maintainer unticks the box: a patch of an older stream, or a
 * pre-release published as a full release, then takes the mark from the newest stream.
 * `make_latest: "false"` on that release would not move the mark (GitHub picks no other
 * release by itself), so the release of the highest final version is marked latest again.
 */

import type { GitHubGateway } from "@release-actions/core/github";
import { httpStatus } from "@release-actions/core/strategy";
import { findPublishedRelease } from "./github-release.ts";

/** What was done about a release that had the mark against the strategy. */
export interface LatestRestore {
  /** The release that had the mark. */
  readonly from: string;
  /** The highest final version's tag, which should have it; undefined when there is none. */
  readonly to: string | undefined;
  /** The release marked latest again; undefined when `to` has no published release. */
  readonly url: string | undefined;
  readonly outcome: "restored" | "would restore" | "no release to mark";
}

/** The id of the release that has GitHub's "latest" mark; undefined when none has. */
async function latestReleaseId(github: GitHubGateway): Promise<number | undefined> {
  try {
    const { data } = await github.client.request("GET /repos/{owner}/{repo}/releases/latest", {
      owner: github.owner,
      repo: github.repo,
    });
    return data.id;
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}

/**
 * Gives the mark back to the release of `highestFinal` when `release` has it; undefined when
 * it does not (nothing to do). One read when it does not, two reads and a write when it does;
 * in dry-run, the reads only.
 */
export async function restoreLatest(
  github: GitHubGateway,
  release: { readonly id: number; readonly tag: string },
  highestFinal: string | undefined,
): Promise<LatestRestore | undefined> {
  if ((await latestReleaseId(github)) !== release.id) return undefined;
  const target = highestFinal === undefined ? undefined : await findPublishedRelease(github, highestFinal);
  const restore = { from: release.tag, to: highestFinal, url: target?.url };
  if (!target) return { ...restore, outcome: "no release to mark" };
  if (github.dryRun) return { ...restore, outcome: "would restore" };
  await github.write(`mark the release ${highestFinal} latest`, "contents: write", () =>
    github.client.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
      owner: github.owner,
      repo: github.repo,
      release_id: target.id,
      make_latest: "true",
    }),
  );
  return { ...restore, outcome: "restored" };
}

/** The restore in a sentence, for the log and the job summary. */
export function describeLatestRestore({ from, to, outcome }: LatestRestore): string {
  const had = `${from} had GitHub's "latest" mark (GitHub's default for a release published in its UI), but the strategy keeps it on the highest final version`;
  if (outcome === "restored") return `${had}: ${to} is marked latest again.`;
  if (outcome === "would restore") return `${had}: dry-run, ${to} would be marked latest again.`;
  return `${had}, and ${to ? `${to} has no published release` : "there is no final release"} to mark instead. Mark the right release latest in GitHub's UI.`;
}
