/** Pure rules of the release strategy: versions, streams, policy parsing, notes, approvals. Imports neither the GitHub layer nor the runtime, nor any client library. */

export * from "./announce-policy.ts";
export * from "./approvals.ts";
export * from "./errors.ts";
export * from "./log.ts";
export * from "./milestone-plan.ts";
export * from "./name-templates.ts";
export * from "./package-name.ts";
export * from "./pep440.ts";
export * from "./ref-names.ts";
export * from "./release-files.ts";
export * from "./release-history.ts";
export * from "./release-notes.ts";
export * from "./release-notes-config.ts";
export * from "./release-notes-render.ts";
export * from "./release-policy.ts";
export * from "./release-pull-request.ts";
export * from "./release-version.ts";
export * from "./repository-paths.ts";
export * from "./version-policy.ts";
