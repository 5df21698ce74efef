import {
  type ActionInputs,
  type CommonSettings,
  type RunnerContext,
  readCommonSettings,
} from "@release-actions/core/runtime";
import { parseReleaseVersion } from "@release-actions/core/strategy";

/** The inputs of create-release-branch (create-release-branch/action.yml). */
export interface CreateReleaseBranchSettings extends CommonSettings {
  readonly version: string;
  /** The commit on main to cut from; empty means the head of main. */
  readonly commit: string;
  /** Apply a ruleset to the new branch (needs a token with administration: write). */
  readonly protect: boolean;
  readonly allowMajor: boolean;
}

/** Reads and checks the inputs; a malformed version fails here, before any API request. */
export function readInputs(inputs: ActionInputs, context: RunnerContext): CreateReleaseBranchSettings {
  const version = inputs.required(
    "version",
    "pass the version validate-version accepted (steps.<id>.outputs.version)",
  );
  parseReleaseVersion(version);
  return {
    ...readCommonSettings(inputs, context),
    version,
    commit: inputs.string("commit"),
    protect: inputs.boolean("protect"),
    allowMajor: inputs.boolean("allow-major"),
  };
}
