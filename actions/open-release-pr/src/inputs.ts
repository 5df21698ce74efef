import {
  type ActionInputs,
  type CommonSettings,
  type RunnerContext,
  readCommonSettings,
} from "@release-actions/core/runtime";
import { checkRepositoryPath, parseReleaseVersion } from "@release-actions/core/strategy";
import { type CapRequest, parseCapRequests } from "./requirement-caps.ts";

/** The inputs of open-release-pr (open-release-pr/action.yml). */
export interface OpenReleasePrSettings extends CommonSettings {
  readonly version: string;
  /** The branch the PR targets; empty: the release branch (or main before it exists). */
  readonly releaseBranch: string;
  /** Where the notes start; empty: the previous release by the policy. */
  readonly previousTag: string;
  /** Empty: the policy's changelog.file. */
  readonly changelogFile: string;
  readonly versionFiles: readonly string[];
  readonly caps: readonly CapRequest[];
  readonly reviewers: readonly string[];
  readonly teamReviewers: readonly string[];
  readonly labels: readonly string[];
  readonly draft: boolean;
}

/** Reads and checks the inputs before any API request. */
export function readInputs(inputs: ActionInputs, context: RunnerContext): OpenReleasePrSettings {
  const version = inputs.required(
    "version",
    "pass the version validate-version accepted (steps.<id>.outputs.version)",
  );
  parseReleaseVersion(version);
  return {
    ...readCommonSettings(inputs, context),
    version,
    releaseBranch: inputs.string("release-branch"),
    previousTag: inputs.string("previous-tag"),
    changelogFile: optionalPath(inputs.string("changelog-file"), 'Input "changelog-file"'),
    versionFiles: inputs
      .list("version-files")
      .map((path) => checkRepositoryPath(path, 'Input "version-files"')),
    caps: parseCapRequests(
      inputs
        .string("cap-requirements")
        .split("\n")
        .filter((line) => line.trim() !== ""),
    ).map((cap) => ({ ...cap, path: checkRepositoryPath(cap.path, 'Input "cap-requirements"') })),
    reviewers: inputs.list("reviewers").map((login) => login.replace(/^@/, "")),
    teamReviewers: inputs.list("team-reviewers").map((team) => team.replace(/^@?[^/]+\//, "")),
    labels: inputs.list("labels"),
    draft: inputs.boolean("draft"),
  };
}

/** Empty means "the policy's"; anything else must be a path inside the repository. */
function optionalPath(value: string, what: string): string {
  return value === "" ? "" : checkRepositoryPath(value, what);
}
