import { join } from "node:path";
import {
  checkReleaseContinuity,
  gatherReleaseNotes,
  loadNotesConfig,
  loadReleaseHistory,
  loadReleasePolicy,
  locateReleaseCommit,
  type ReleaseCommit,
} from "@release-actions/core/github";
import type { StageDeps } from "@release-actions/core/runtime";
import {
  ConfigurationError,
  extractVersionText,
  planRelease,
  RELEASE_ACTIONS_HEAD,
  type ReleaseNotes,
  type ReleasePlan,
  type ReleasePolicy,
  ReleaseRefusedError,
  readReleaseVersion,
  releasePullTitle,
  renderReleaseBody,
  renderTemplate,
} from "@release-actions/core/strategy";
import { type ApprovalGate, checkApprovalGate } from "./approval-gate.ts";
import {
  describeFoundRelease,
  describePrereleaseMark,
  describePrereleaseUnmark,
  findRelease,
  type ReleaseInfo,
  type ReleaseOutcome,
  upsertRelease,
} from "./github-release.ts";
import type { TagAndChangelogSettings } from "./inputs.ts";
import { describeLatestRestore, type LatestRestore, restoreLatest } from "./latest-release.ts";
import { type AttachedAsset, attachAssets, readAssetFiles } from "./release-assets.ts";
import { ensureTag, refuseOtherReleaseTag, type TagOutcome } from "./release-tag.ts";

/** What tag-and-changelog did. */
export interface TagAndChangelogResult {
  readonly plan: ReleasePlan;
  readonly policy: ReleasePolicy;
  readonly commit: ReleaseCommit;
  readonly gate: ApprovalGate | undefined;
  readonly notes: ReleaseNotes;
  /** The release's notes: rendered from `notes`, or the existing release's own when they are kept. */
  readonly body: string;
  readonly notesFile: string;
  readonly tag: TagOutcome;
  readonly release: ReleaseInfo | undefined;
  readonly outcome: ReleaseOutcome;
  /** The files of the `assets` directory and what happened to each (empty without `assets`). */
  readonly assets: readonly AttachedAsset[];
  readonly makeLatest: "true" | "false";
  /** Set when the release had GitHub's "latest" mark against the strategy (published in the UI). */
  readonly latestRestore: LatestRestore | undefined;
  /** An existing full release of a pre-release version (published in the UI) is (in dry-run: would be) marked pre-release. */
  readonly markedPrerelease: boolean;
  /** An existing pre-release of a final version (ticked in the UI) is (in dry-run: would be) a full release now. */
  readonly unmarkedPrerelease: boolean;
  /** The release came from GitHub's UI (a `release: published` event). */
  readonly fromUi: boolean;
  readonly requests: number;
}

/** The version a release published in the UI names by its tag; refused when the tag is not a release. */
function versionOfTag(template: string, tag: string): string {
  const text = extractVersionText(template, tag);
  const reading = text === undefined ? undefined : readReleaseVersion(text);
  if (text !== undefined && reading?.ok) return text;
  throw new ConfigurationError(
    `The published release's tag ${tag} is not a release of this strategy: ${reading && !reading.ok ? reading.problem : `it does not fit the tag template "${template}"`}. Nothing was changed; releases are tagged like ${renderTemplate(template, { major: 0, minor: 27, patch: 0 })}.`,
  );
}

/** Gates, tags and releases a version, with release-branch-aware notes. */
export async function run(
  settings: TagAndChangelogSettings,
  { github, log, files }: StageDeps,
): Promise<TagAndChangelogResult> {
  // Read before any request: a missing dist folder fails the step before the tag is made.
  const assetFiles = settings.assets
    ? await readAssetFiles(join(settings.workspace, settings.assets), settings.assets)
    : [];
  const policy = await log.group("Release policy", () =>
    loadReleasePolicy(github, settings.config, settings.context.sha, log),
  );
  const history = await log.group("Releases and branches", () => loadReleaseHistory(github, policy));
  const published = settings.published;
  const version = settings.version || (published ? versionOfTag(policy.tag, published.tagName) : "");
  // An older stream or a major is a maintainer's choice made before this stage: validate-version's
  // allow-* inputs, or publishing the release in the UI. Here it is accepted and reported in the
  // summary; the rules enforced are the branch and the gate.
  const plan = planRelease(
    {
      version,
      allowMajor: true,
      allowOlderStream: true,
      allowedBy: published
        ? "the maintainer who published the release in GitHub's UI"
        : "validate-version's allow-* inputs, which judge streams before this stage",
      tagJustMade: published !== undefined,
    },
    history,
  );
  for (const warning of plan.warnings) log.warning(warning);
  if (published && published.tagName !== plan.tag) {
    throw new ReleaseRefusedError(
      `The published release's tag is ${published.tagName}, but the policy names ${plan.version.major}.${plan.version.minor}.${plan.version.patch}'s tag ${plan.tag}.`,
    );
  }
  const commit = await log.group("Release commit", async () => {
    const located = await locateReleaseCommit(github, plan, settings.commit, policy.mainBranch);
    await refuseOtherReleaseTag(github, history, plan, located);
    for (const warning of await checkReleaseContinuity(github, plan, located)) log.warning(warning);
    return located;
  });
  const required = settings.requiredApprovals ?? policy.approvals.required;
  const gate =
    required > 0
      ? await log.group("Approvals", () =>
          checkApprovalGate(github, commit.sha, plan.commitBranch, required, policy, log),
        )
      : undefined;
  if (gate) log.info(`#${gate.number}: ${gate.status.explanation}.`);

  const notes = await log.group("Release notes", async () => {
    const config = await loadNotesConfig(
      github,
      settings.notesConfig || policy.changelog.categories,
      settings.context.sha || commit.sha,
      settings.notesConfig ? 'input "release-notes-config"' : undefined,
    );
    return gatherReleaseNotes(github, {
      tag: plan.tag,
      previousTag: settings.previousTag || plan.previous?.tag.name,
      head: commit.sha,
      stream: plan.stream,
      config,
      skipHead: RELEASE_ACTIONS_HEAD,
      skipTitles: [releasePullTitle(plan.tag)],
      ...(plan.stream === "z" && { base: plan.commitBranch }),
    });
  });
  if (notes.contentWarnings.length > 0) {
    if (policy.strict) {
      throw new ReleaseRefusedError(
        `${plan.tag} does not fit the strategy (policy.strict is on): ${notes.contentWarnings.join(" ")}`,
      );
    }
    for (const warning of notes.contentWarnings) log.warning(warning);
  }
  const rendered = renderReleaseBody(notes, github.webUrl());

  const makeLatest = plan.prerelease
    ? "false"
    : settings.makeLatest === "auto"
      ? plan.makeLatest
        ? "true"
        : "false"
      : settings.makeLatest;
  const tag = await log.group(`Tag ${plan.tag}`, () =>
    ensureTag(github, plan.tag, commit.sha, {
      annotated: settings.annotated,
      exists: plan.existing !== undefined,
      message: releasePullTitle(plan.tag),
    }),
  );
  const spec = {
    tag: plan.tag,
    commit: commit.sha,
    body: rendered,
    draft: published ? published.draft : settings.draft,
    prerelease: plan.prerelease,
    makeLatest,
  };
  const upserted = await log.group("GitHub release", async () => {
    const existing = await findRelease(github, plan.tag, tag === "existed");
    // This stage creates and publishes releases with the right make_latest; one published before
    // it ran (in the UI) has GitHub's default mark, which may belong to another release. Asked
    // before the release may be marked pre-release below, which could take the mark off it.
    const restore =
      existing && !existing.draft && settings.makeLatest === "auto" && makeLatest === "false"
        ? await restoreLatest(github, existing, history.without(plan.tag).latestFinal()?.tag.name)
        : undefined;
    // With files to attach, the release stays a draft until they are on it (immutable
    // releases take no file once published); it is published after them.
    const converged = await upsertRelease(github, existing, {
      ...spec,
      draft: spec.draft || assetFiles.length > 0,
    });
    return { ...converged, latestRestore: restore };
  });
  const assets =
    assetFiles.length > 0
      ? await log.group(`Release assets from ${settings.assets}`, () =>
          attachAssets(github, upserted.release, assetFiles),
        )
      : [];
  for (const asset of assets) log.info(`${asset.name}: ${asset.status} (${asset.digest}).`);
  const publishing = assetFiles.length > 0 && !spec.draft && upserted.release?.draft !== false;
  const final = publishing
    ? await log.group("Publish the release", () => upsertRelease(github, upserted.release, spec))
    : upserted;
  const { release, body } = final;
  const { latestRestore, markedPrerelease, unmarkedPrerelease } = upserted;
  // Created and published in one run: "created", as a release made published at once.
  const outcome = upserted.outcome === "created" || final === upserted ? upserted.outcome : final.outcome;
  log.info(`${plan.tag}: tag ${tag}, release ${outcome}${release ? ` (${release.url})` : ""}.`);
  if (outcome === "found existing") log.info(describeFoundRelease(plan.tag));
  // The notes the release has, for announcements: an existing release's are kept, not recomputed.
  const notesFile = await files.write(`release-notes-${plan.tag}.md`, body);
  if (latestRestore?.outcome === "no release to mark") log.warning(describeLatestRestore(latestRestore));
  else if (latestRestore) log.info(describeLatestRestore(latestRestore));
  if (markedPrerelease) log.info(describePrereleaseMark(plan.tag, settings.dryRun));
  if (unmarkedPrerelease) log.info(describePrereleaseUnmark(plan.tag, makeLatest, settings.dryRun));
  return {
    plan,
    policy,
    commit,
    gate,
    notes,
    body,
    notesFile,
    tag,
    release,
    outcome,
    assets,
    makeLatest,
    latestRestore,
    markedPrerelease,
    unmarkedPrerelease: unmarkedPrerelease === true,
    fromUi: published !== undefined,
    requests: github.requestCount,
  };
}
