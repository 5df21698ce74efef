/** The GitHub gateway and every loader: what reads and writes GitHub. Imports the strategy, never the runtime. */

export * from "./failure-diagnosis.ts";
export * from "./github-gateway.ts";
export * from "./maintainers.ts";
export * from "./milestones.ts";
export * from "./policy-loader.ts";
export * from "./release-commit.ts";
export * from "./release-continuity.ts";
export * from "./release-history-loader.ts";
export * from "./release-notes-config-loader.ts";
export * from "./release-notes-source.ts";
export * from "./release-pull-request.ts";
export * from "./repository-file.ts";
export * from "./response-checks.ts";
export * from "./write-once.ts";
export * from "./yaml-document.ts";
