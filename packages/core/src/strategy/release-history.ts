/**
 * What a repository has released, read from its refs: the tags that are releases of the scheme
 * (by the policy's tag template), the tags that are not (reported, never mistaken for releases),
 * and the release branches.
 */
import { extractVersionText, renderTemplate } from "./name-templates.ts";
import type { ReleasePolicy } from "./release-policy.ts";
import {
  compareReleaseVersions,
  formatReleaseVersion,
  type ReleaseVersion,
  readReleaseVersion,
  streamOf,
} from "./release-version.ts";

/** A tag ref as the Git refs API lists it: `sha` is a commit, or a tag object for annotated tags. */
export interface TagRef {
  readonly name: string;
  readonly sha: string;
  readonly type: "commit" | "tag";
}

/** A branch and its head commit. */
export interface BranchRef {
  readonly name: string;
  readonly sha: string;
}

/** A tag that is a release of the scheme. */
export interface TaggedRelease {
  readonly tag: TagRef;
  readonly version: ReleaseVersion;
  /** The normalized version, `0.27.0rc1`. */
  readonly text: string;
}

/** A tag under the tag template's prefix that is not a release of the scheme, and why. */
export interface StrayTag {
  readonly tag: TagRef;
  readonly reason: string;
}

/** The releases, stray tags and release branches of a repository. */
export class ReleaseHistory {
  /** Every release, lowest version first. */
  readonly releases: readonly TaggedRelease[];
  readonly strays: readonly StrayTag[];
  readonly branches: ReadonlyMap<string, BranchRef>;
  readonly policy: ReleasePolicy;

  private constructor(
    policy: ReleasePolicy,
    releases: TaggedRelease[],
    strays: StrayTag[],
    branches: BranchRef[],
  ) {
    this.policy = policy;
    this.releases = releases.sort((a, b) => compareReleaseVersions(a.version, b.version));
    this.strays = strays;
    this.branches = new Map(branches.map((branch) => [branch.name, branch]));
  }

  /**
   * Classifies tag refs by the policy's tag template. Tags outside the template, placeholders
   * (`v0.0.0`), versions outside the scheme (`v0.25`, `v1.0.0.post1`) and second spellings of
   * an already tagged version become strays with a reason.
   */
  static fromRefs(
    policy: ReleasePolicy,
    tags: readonly TagRef[],
    branches: readonly BranchRef[],
  ): ReleaseHistory {
    const releases = new Map<string, TaggedRelease>();
    const strays: StrayTag[] = [];
    for (const tag of tags) {
      const text = extractVersionText(policy.tag, tag.name);
      if (text === undefined) {
        strays.push({ tag, reason: `does not match the tag template "${policy.tag}"` });
        continue;
      }
      const reading = readReleaseVersion(text);
      if (!reading.ok) {
        strays.push({ tag, reason: `is not a release of the X.Y.Z scheme: ${reading.problem}` });
        continue;
      }
      const { version } = reading;
      const normalized = formatReleaseVersion(version);
      if (version.major === 0 && version.minor === 0 && version.patch === 0) {
        strays.push({ tag, reason: "is a placeholder (0.0.0), not a release" });
        continue;
      }
      const earlier = releases.get(normalized);
      if (earlier) {
        strays.push({ tag, reason: `names the same version as ${earlier.tag.name} (${normalized})` });
        continue;
      }
      releases.set(normalized, { tag, version, text: normalized });
    }
    return new ReleaseHistory(policy, [...releases.values()], strays, [...branches]);
  }

  /** The same history without one tag: how the repository looked before that release. */
  without(tagName: string): ReleaseHistory {
    return new ReleaseHistory(
      this.policy,
      this.releases.filter((release) => release.tag.name !== tagName),
      this.strays.filter((stray) => stray.tag.name !== tagName),
      [...this.branches.values()],
    );
  }

  /** The history as it was before a version was released: only the releases below it. */
  below(version: ReleaseVersion): ReleaseHistory {
    return new ReleaseHistory(
      this.policy,
      this.releases.filter((release) => compareReleaseVersions(release.version, version) < 0),
      [...this.strays],
      [...this.branches.values()],
    );
  }

  /** Final releases (no pre-releases), lowest first. */
  finals(): TaggedRelease[] {
    return this.releases.filter((release) => !release.version.pre);
  }

  /** The highest final release, if any. */
  latestFinal(): TaggedRelease | undefined {
    return this.finals().at(-1);
  }

  /** The release of exactly this version, whatever the spelling of its tag. */
  find(version: ReleaseVersion): TaggedRelease | undefined {
    return this.releases.find((release) => compareReleaseVersions(release.version, version) === 0);
  }

  /** Releases of one X.Y stream, lowest first. */
  inStream(version: ReleaseVersion): TaggedRelease[] {
    return this.releases.filter((release) => streamOf(release.version) === streamOf(version));
  }

  /** X.Y streams that have a final release, most recent first (`["0.26", "0.25", …]`). */
  releasedStreams(): string[] {
    return [...new Set(this.finals().map((release) => streamOf(release.version)))].reverse();
  }

  /** The release branch name for a version's stream, by the policy's template. */
  branchName(version: ReleaseVersion): string {
    return renderTemplate(this.policy.releaseBranch, version);
  }

  /** The release branch for a version's stream, when it exists. */
  branchFor(version: ReleaseVersion): BranchRef | undefined {
    return this.branches.get(this.branchName(version));
  }

  /** The tag name for a version, by the policy's template. */
  tagName(version: ReleaseVersion): string {
    return renderTemplate(this.policy.tag, version);
  }
}
