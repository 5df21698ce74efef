import {
  type ActionInputs,
  type CommonSettings,
  type RunnerContext,
  readCommonSettings,
} from "@release-actions/core/runtime";
import { ConfigurationError, parseReleaseVersion, quote } from "@release-actions/core/strategy";

/** The inputs of validate-version (validate-version/action.yml). */
export interface ValidateVersionSettings extends CommonSettings {
  /** An explicit version, `next-y` or `next-z`. */
  readonly version: string;
  /** A sha, branch or tag; empty means the head of the release branch, or of main before it exists. */
  readonly commit: string;
  readonly allowMajor: boolean;
  readonly allowOlderStream: boolean;
}

/** Reads and checks the inputs; a malformed version fails here, before any API request. */
export function readInputs(inputs: ActionInputs, context: RunnerContext): ValidateVersionSettings {
  const version = inputs.required(
    "version",
    "give X.Y.Z (0.27.0), a pre-release (0.27.0rc1), next-y or next-z",
  );
  if (!/^next-[yz]$/i.test(version)) parseReleaseVersion(version);
  const commit = inputs.string("commit");
  if (commit !== "" && !/^[\w./-]+$/.test(commit)) {
    throw new ConfigurationError(`Input "commit": ${quote(commit)} is not a commit sha, branch or tag name.`);
  }
  return {
    ...readCommonSettings(inputs, context),
    version,
    commit,
    allowMajor: inputs.boolean("allow-major"),
    allowOlderStream: inputs.boolean("allow-older-stream"),
  };
}
