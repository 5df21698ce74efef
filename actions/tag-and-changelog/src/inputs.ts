import {
  type ActionInputs,
  type CommonSettings,
  type RunnerContext,
  readCommonSettings,
} from "@release-actions/core/runtime";
import { ConfigurationError, checkRepositoryPath, parseReleaseVersion } from "@release-actions/core/strategy";

/** A release a maintainer created in GitHub's UI (the `release: published` event). */
export interface PublishedRelease {
  readonly id: number;
  readonly tagName: string;
  readonly body: string;
  readonly draft: boolean;
  readonly prerelease: boolean;
}

/** The inputs of tag-and-changelog (tag-and-changelog/action.yml). */
export interface TagAndChangelogSettings extends CommonSettings {
  /** Empty only when the run comes from a `release` event (the version is its tag's). */
  readonly version: string;
  /** Empty: the tag's commit when the tag exists, else the head of the release branch (of main before it exists). */
  readonly commit: string;
  readonly previousTag: string;
  /** Empty: the policy's changelog.categories. */
  readonly notesConfig: string;
  /** Maintainer approvals the release commit's pull request needs (default: the policy's). */
  readonly requiredApprovals: number | undefined;
  readonly annotated: boolean;
  readonly draft: boolean;
  /**
   * A directory of the workspace (relative, checked) whose wheels, sdists and attestations are
   * attached to the release while it is a draft, before it is published; empty: none.
   */
  readonly assets: string;
  /** Where `assets` is resolved: the job's workspace (the action's working directory). */
  readonly workspace: string;
  readonly makeLatest: "auto" | "true" | "false";
  /** Set when a maintainer created the release in the UI and this run verifies and completes it. */
  readonly published: PublishedRelease | undefined;
}

function publishedRelease(context: RunnerContext): PublishedRelease | undefined {
  const release = context.event.release as Record<string, unknown> | undefined;
  if (context.eventName !== "release" || !release || typeof release.tag_name !== "string") return undefined;
  return {
    id: Number(release.id),
    tagName: release.tag_name,
    body: typeof release.body === "string" ? release.body : "",
    draft: release.draft === true,
    prerelease: release.prerelease === true,
  };
}

/** Reads and checks the inputs before any API request. */
export function readInputs(inputs: ActionInputs, context: RunnerContext): TagAndChangelogSettings {
  const published = publishedRelease(context);
  const version = inputs.string("version");
  if (version === "" && !published) {
    throw new ConfigurationError(
      'Input "version" is required (pass validate-version\'s version output), except in a workflow triggered by a published release, whose tag gives it.',
    );
  }
  if (version !== "") parseReleaseVersion(version);
  const assets = inputs.string("assets");
  return {
    ...readCommonSettings(inputs, context),
    version,
    commit: inputs.string("commit"),
    previousTag: inputs.string("previous-tag"),
    notesConfig: inputs.string("release-notes-config"),
    requiredApprovals: inputs.integer("required-approvals", 0, 10),
    annotated: inputs.boolean("annotated"),
    draft: inputs.boolean("draft"),
    assets:
      assets &&
      checkRepositoryPath(
        assets.replace(/\/+$/, ""),
        'Input "assets" (a folder of the workspace, such as dist)',
      ),
    workspace: process.cwd(),
    makeLatest: inputs.choice("make-latest", ["auto", "true", "false"], "auto"),
    published,
  };
}
