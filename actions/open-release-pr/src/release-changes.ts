/**
 * The files the release commit changes, computed from the release branch's current content:
 * the CHANGELOG section (from the notes model), the version in static-version files, and the
 * requirement caps. Reading first and writing nothing lets dry-run show the exact diff.
 */

import type { GitHubGateway } from "@release-actions/core/github";
import {
  ConfigurationError,
  changelogHeading,
  changelogSectionOrigin,
  detectChangelogStyle,
  formatReleaseVersion,
  insertChangelogSection,
  type ReleaseNotes,
  type ReleasePlan,
  renderChangelogSection,
} from "@release-actions/core/strategy";
import { type CapRequest, capRequirements } from "./requirement-caps.ts";
import { setVersion } from "./version-files.ts";

/** One file of the release commit. */
export interface FileChange {
  readonly path: string;
  /** Undefined for a new file. */
  readonly before: string | undefined;
  readonly after: string;
  /** Why it changes, for the summary. */
  readonly reason: string;
}

/** What the release commit is made of. */
export interface ReleaseChangeRequest {
  readonly changelogFile: string;
  readonly versionFiles: readonly string[];
  readonly caps: readonly CapRequest[];
  /**
   * The release commit goes onto the main branch (a pre-release before its branch is cut): only
   * the CHANGELOG changes there. Caps and static versions belong on the release branch alone.
   */
  readonly onMain: boolean;
}

/** A CHANGELOG section for the release that a maintainer wrote: kept as it is. */
export interface KeptChangelogSection {
  readonly path: string;
  readonly heading: string;
  /** The section this stage would have written, for comparison. */
  readonly generated: string;
}

/** What the release commit is made of: the changed files, and a hand-written section left alone. */
export interface ReleaseChanges {
  /** Unchanged files are left out. */
  readonly files: FileChange[];
  readonly keptChangelog: KeptChangelogSection | undefined;
  /** The CHANGELOG as the release commit leaves it (its section goes to main too). */
  readonly changelog: { readonly path: string; readonly text: string | undefined; readonly heading: string };
  /** Inputs left out because the release commit goes onto main, in words (empty otherwise). */
  readonly leftToReleaseBranch: readonly string[];
}

/** Computes the changed files at `ref` (the release branch head). */
export async function computeReleaseChanges(
  github: GitHubGateway,
  ref: string,
  plan: ReleasePlan,
  notes: ReleaseNotes,
  request: ReleaseChangeRequest,
): Promise<ReleaseChanges> {
  const read = async (path: string) => github.getFileText(path, ref);
  const changes: FileChange[] = [];
  const changelog = await read(request.changelogFile);
  const heading = changelogHeading(plan.version, plan.stream, detectChangelogStyle(changelog));
  const section = renderChangelogSection(notes, heading);
  // A section without the generated marker is a maintainer's (InstructLab writes its CHANGELOG by
  // hand): it wins over the generated one, which is reported instead.
  const keptChangelog =
    changelogSectionOrigin(changelog, heading) === "hand-written"
      ? { path: request.changelogFile, heading, generated: section }
      : undefined;
  const withSection = insertChangelogSection(changelog, heading, section, plan.version);
  if (withSection !== changelog)
    changes.push({
      path: request.changelogFile,
      before: changelog,
      after: withSection,
      reason: `${heading.slice(3)} section`,
    });

  const version = formatReleaseVersion(plan.version);
  // Version files never reach this point for main: a pre-release from main with them is refused
  // before (release-target.ts).
  const leftToReleaseBranch =
    request.onMain && request.caps.length > 0
      ? [`cap-requirements (${request.caps.map((cap) => cap.path).join(", ")})`]
      : [];
  const unchanged: string[] = [];
  for (const path of request.versionFiles) {
    const text = await read(path);
    if (text === undefined) throw new ConfigurationError(`version-files: ${path} does not exist on ${ref}.`);
    const after = setVersion(path, text, version);
    if (after === text) unchanged.push(path);
    else changes.push({ path, before: text, after, reason: `version ${version}` });
  }
  for (const cap of request.onMain ? [] : request.caps) {
    const text = await read(cap.path);
    if (text === undefined)
      throw new ConfigurationError(`cap-requirements: ${cap.path} does not exist on ${ref}.`);
    const after = capRequirements(cap.path, text, cap.packages);
    if (after !== text)
      changes.push({
        path: cap.path,
        before: text,
        after,
        reason: `caps ${cap.packages.join(", ")} below their next minor`,
      });
  }
  // Nothing to change means the release commit already landed (a re-run); a release commit that
  // changes other files but not a listed version file would ship the old version.
  if (changes.length > 0 && unchanged.length > 0) {
    throw new ConfigurationError(
      `version-files: ${unchanged.join(", ")} already say${unchanged.length === 1 ? "s" : ""} ${version} ` +
        `on ${ref} while the rest of the release commit is not there yet. Remove ` +
        `${unchanged.length === 1 ? "it" : "them"} from version-files if that is expected, or check that ` +
        `the right file is listed.`,
    );
  }
  return {
    files: changes,
    keptChangelog,
    changelog: { path: request.changelogFile, text: withSection, heading },
    leftToReleaseBranch,
  };
}
