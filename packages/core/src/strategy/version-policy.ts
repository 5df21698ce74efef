/**
 * The release strategy's rules for a requested version, against what the repository has
 * released: which stream it is (X, Y or Z), whether it fits (no gaps, no downgrades, no
 * pre-release after its final, Z-streams only on the maintained X.Y branches), which branch the
 * release commit must be on, and what the previous release is. Pure: refs in, a plan out.
 */
import { ConfigurationError } from "./errors.ts";
import { extractVersionText, renderTemplate } from "./name-templates.ts";
import { comparePep440, parsePep440 } from "./pep440.ts";
import type { BranchRef, ReleaseHistory, TaggedRelease, TagRef } from "./release-history.ts";
import {
  bumpReleaseVersion,
  compareReleaseVersions,
  finalRelease,
  formatReleaseVersion,
  parseReleaseVersion,
  type ReleaseVersion,
  streamOf,
} from "./release-version.ts";

/** X-stream: a major bump; Y-stream: X.(Y+1).0 from main; Z-stream: X.Y.(Z+1) on release-vX.Y. */
export type Stream = "x" | "y" | "z";

/** What the user asked for. */
export interface ReleaseRequest {
  /** An explicit version, or `next-y` / `next-z`. */
  readonly version: string;
  readonly allowMajor: boolean;
  readonly allowOlderStream: boolean;
  /** Who allowed an older stream or a major, for the reasons and warnings (default: the allow-* input). */
  readonly allowedBy?: string;
  /**
   * The version's tag was just made for this release (a release published in GitHub's UI): judge
   * it against every other release. Otherwise an existing tag is a re-run, judged against the
   * releases below it, as when it was made.
   */
  readonly tagJustMade?: boolean;
}

/** The decision for a requested release, with the reasons behind it. */
export interface ReleasePlan {
  readonly version: ReleaseVersion;
  /** Normalized, `0.27.0rc1`. */
  readonly text: string;
  readonly tag: string;
  readonly stream: Stream;
  readonly prerelease: boolean;
  readonly releaseBranch: string;
  /** The release branch when it exists. */
  readonly branch: BranchRef | undefined;
  /** The branch the release commit must be on: the release branch once it exists, main before. */
  readonly commitBranch: string;
  /** The release the notes start from (see `previousRelease`). */
  readonly previous: TaggedRelease | undefined;
  readonly makeLatest: boolean;
  readonly milestone: string;
  /** This very version, when a tag for it exists already (a re-run, or a mistake). */
  readonly existing: TaggedRelease | undefined;
  /**
   * Tags outside the scheme that name this version under PEP 440 (`v0.25` names 0.25.0): the
   * release is the same version, so it may only be made at their commit.
   */
  readonly sameVersionTags: readonly TagRef[];
  /** One line per decision, for the job summary. */
  readonly reasons: readonly string[];
  /** Things allowed by a flag, or worth a maintainer's look. */
  readonly warnings: readonly string[];
}

/** The requested version does not fit the strategy; the message says why and what would. */
export class ReleaseRefusedError extends ConfigurationError {
  override name = "ReleaseRefusedError";
}

function refuse(message: string): never {
  throw new ReleaseRefusedError(message);
}

const bump = bumpReleaseVersion;

const text = formatReleaseVersion;

/** The one answer to "what is the first release?" of every message (0.0.0 is a placeholder). */
const FIRST_RELEASE: ReleaseVersion = { major: 0, minor: 1, patch: 0 };

/**
 * Tags that are not releases of the scheme (`v0.25`) but name `version` under PEP 440, where
 * trailing zeros do not count: 0.25 is 0.25.0, and PyPI holds one of them only.
 */
function samePep440Tags(version: ReleaseVersion, history: ReleaseHistory): TagRef[] {
  const wanted = parsePep440(text(version));
  return history.strays
    .filter((stray) => {
      const spelled = extractVersionText(history.policy.tag, stray.tag.name);
      const named = spelled === undefined ? undefined : parsePep440(spelled);
      return wanted !== undefined && named !== undefined && comparePep440(named, wanted) === 0;
    })
    .map((stray) => stray.tag);
}

/** Resolves `next-y` / `next-z` from the latest final release, or parses an explicit version. */
export function resolveRequestedVersion(requested: string, history: ReleaseHistory): ReleaseVersion {
  const keyword = requested.trim().toLowerCase();
  if (keyword !== "next-y" && keyword !== "next-z") return parseReleaseVersion(requested);
  const latest = history.latestFinal();
  if (!latest) {
    refuse(
      `Input "version": ${keyword} counts from the latest release, and this repository has no tag matching "${history.policy.tag}" yet. Give the first version explicitly (for example 0.1.0).`,
    );
  }
  return bump(latest.version, keyword === "next-y" ? "minor" : "patch");
}

/**
 * The release notes of a final release start at the highest final release below it (for
 * 0.25.0 that is the last 0.24.z, for 0.23.3 it is 0.23.2); those of a pre-release start at
 * the previous pre-release of the same version, if any. Never GitHub's guess by date.
 */
export function previousRelease(version: ReleaseVersion, history: ReleaseHistory): TaggedRelease | undefined {
  const final = finalRelease(version);
  return history.releases
    .filter((release) => compareReleaseVersions(release.version, version) < 0)
    .filter(
      (release) =>
        !release.version.pre ||
        (version.pre && compareReleaseVersions(finalRelease(release.version), final) === 0),
    )
    .at(-1);
}

function classify(
  version: ReleaseVersion,
  request: ReleaseRequest,
  history: ReleaseHistory,
  notes: { reasons: string[]; warnings: string[] },
): Stream {
  const final = finalRelease(version);
  const latest = history.latestFinal();
  const stream = streamOf(version);
  if (!latest) {
    if (final.patch > 0) {
      // 0.0.z has no X.Y.0 to come first (0.0.0 is a placeholder): its first release is 0.1.0.
      const first = final.major === 0 && final.minor === 0 ? FIRST_RELEASE : { ...final, patch: 0 };
      refuse(
        `${text(version)} is a Z-stream release, but the repository has no release yet, so there is nothing to patch: release ${text(first)} first.`,
      );
    }
    notes.reasons.push("First release of the repository: there is no earlier release to follow.");
    return final.major > 0 && final.minor === 0 ? "x" : "y";
  }
  if (final.patch > 0) {
    const highest = history
      .inStream(final)
      .filter((release) => !release.version.pre)
      .at(-1);
    if (!highest) {
      refuse(
        `${text(version)} would skip ${stream}.0, which has not been released. Release ${stream}.0 first.`,
      );
    }
    const next = bump(highest.version, "patch");
    if (compareReleaseVersions(final, highest.version) <= 0) {
      refuse(
        `${text(version)} is not above ${highest.text} (${highest.tag.name}), the latest release of the ${stream} stream. The next Z-stream release is ${text(next)}.`,
      );
    }
    if (final.patch !== next.patch) {
      refuse(
        `${text(version)} would skip ${text(next)}: the next Z-stream release of ${stream} after ${highest.text} is ${text(next)}.`,
      );
    }
    const streams = history.releasedStreams();
    const maintained = streams.slice(0, history.policy.maintainedStreams);
    if (!maintained.includes(stream)) {
      const why = `${text(version)} patches the ${stream} stream, but the most recent stream is ${streams[0]} (${latest.tag.name}) and maintained-streams is ${history.policy.maintainedStreams}: the strategy backports critical fixes to the most recent X.Y branch only.`;
      if (!request.allowOlderStream) refuse(`${why} Set allow-older-stream: true to release it anyway.`);
      notes.warnings.push(`${why} Allowed by ${request.allowedBy ?? "allow-older-stream"}.`);
    }
    notes.reasons.push(
      `Z-stream: ${text(version)} follows ${highest.text}, the latest release of the ${stream} stream.`,
    );
    return "z";
  }
  const nextY = bump(latest.version, "minor");
  const nextX = bump(latest.version, "major");
  if (final.major === nextY.major && final.minor === nextY.minor) {
    notes.reasons.push(
      `Y-stream: ${text(version)} follows ${latest.text} (${latest.tag.name}), the latest release.`,
    );
    return "y";
  }
  if (final.major === nextX.major && final.minor === 0) {
    const why = `${text(version)} is an X-stream release (a major version after ${latest.text}); the strategy keeps those for a total re-architecture.`;
    if (!request.allowMajor)
      refuse(`${why} Set allow-major: true if this is one, or release ${text(nextY)} instead.`);
    notes.reasons.push(`X-stream: ${why} Allowed by ${request.allowedBy ?? "allow-major"}.`);
    return "x";
  }
  if (compareReleaseVersions(final, latest.version) <= 0) {
    refuse(
      `${text(version)} is not above the latest release ${latest.text} (${latest.tag.name}). The next Y-stream release is ${text(nextY)}, the next Z-stream release ${text(bump(latest.version, "patch"))}.`,
    );
  }
  refuse(
    `${text(version)} would skip ${text(nextY)}: after ${latest.text} the next Y-stream release is ${text(nextY)} (and the next X-stream release ${text(nextX)}).`,
  );
}

/**
 * Decides whether a requested release fits the strategy, given what the repository has released.
 * Throws ReleaseRefusedError with the reason and the fix when it does not.
 */
export function planRelease(request: ReleaseRequest, fullHistory: ReleaseHistory): ReleasePlan {
  const policy = fullHistory.policy;
  const version = resolveRequestedVersion(request.version, fullHistory);
  const final = finalRelease(version);
  if (final.major === 0 && final.minor === 0 && final.patch === 0) {
    refuse(
      `${text(version)} is a placeholder, not a release: the first release of a project is ${text(FIRST_RELEASE)}.`,
    );
  }
  const existing = fullHistory.find(version);
  // Judged at the commit by the stage (checkReleaseContinuity): fine only at that tag's commit.
  const sameVersionTags = existing ? [] : samePep440Tags(version, fullHistory);
  // A re-run sees its own tag (and maybe later releases): judge it against what came before it.
  const history = !existing
    ? fullHistory
    : request.tagJustMade
      ? fullHistory.without(existing.tag.name)
      : fullHistory.below(version);
  const notes = { reasons: [] as string[], warnings: [] as string[] };
  if (existing)
    notes.reasons.push(
      `${existing.tag.name} already exists: this release was made before; nothing new is cut.`,
    );

  if (version.pre) {
    if (!policy.prereleases.includes(version.pre.label)) {
      const allowed =
        policy.prereleases.length > 0 ? `allows ${policy.prereleases.join(", ")}` : "allows no pre-releases";
      refuse(
        `${text(version)} is a "${version.pre.label}" pre-release, and the policy ${allowed} ("prereleases" in ${policy.source}).`,
      );
    }
    const released = history.find(final);
    if (released) {
      refuse(
        `${text(version)} is a pre-release of ${text(final)}, which is already released (${released.tag.name}). Pre-releases come before their final release.`,
      );
    }
    const higher = history.releases.filter(
      (release) =>
        release.version.pre &&
        compareReleaseVersions(finalRelease(release.version), final) === 0 &&
        compareReleaseVersions(release.version, version) > 0,
    );
    if (higher.length > 0) {
      refuse(
        `${text(version)} is lower than the existing pre-release ${higher.map((release) => release.tag.name).join(", ")}: pre-releases only go up.`,
      );
    }
  }

  const stream = classify(version, request, history, notes);
  const releaseBranch = history.branchName(version);
  const branch = history.branchFor(version);
  if (stream === "z" && !branch) {
    refuse(
      `${text(version)} is a Z-stream release, but its branch ${releaseBranch} does not exist. Z-streams are released from their X.Y branch: create ${releaseBranch} from the ${streamOf(version)} release it patches, then run again.`,
    );
  }
  notes.reasons.push(
    branch
      ? `${releaseBranch} exists: every release of the ${streamOf(version)} stream is made on it.`
      : `${releaseBranch} does not exist yet: it will be cut from ${policy.mainBranch}, so the release commit must be on ${policy.mainBranch}.`,
  );

  const latest = (existing ? fullHistory.without(existing.tag.name) : fullHistory).latestFinal();
  const makeLatest = !version.pre && (!latest || compareReleaseVersions(version, latest.version) > 0);
  if (!makeLatest)
    notes.reasons.push(
      version.pre ? "Not marked latest: a pre-release." : `Not marked latest: ${latest?.text} is higher.`,
    );
  return {
    version,
    text: text(version),
    tag: existing?.tag.name ?? history.tagName(version),
    stream,
    prerelease: version.pre !== undefined,
    releaseBranch,
    branch,
    commitBranch: branch ? releaseBranch : policy.mainBranch,
    previous: previousRelease(version, history),
    makeLatest,
    milestone: renderTemplate(policy.milestones.title, final),
    existing,
    sameVersionTags,
    reasons: notes.reasons,
    warnings: notes.warnings,
  };
}
