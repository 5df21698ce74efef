/** The shared library of the release actions. Each module's header says what it is for. */
export * from "./action-inputs.ts";
export * from "./action-log.ts";
export * from "./errors.ts";
export * from "./github-gateway.ts";
export * from "./job-summary.ts";
export * from "./name-templates.ts";
export * from "./pep440.ts";
export * from "./policy-loader.ts";
export * from "./release-commit.ts";
export * from "./release-history.ts";
export * from "./release-policy.ts";
export * from "./release-version.ts";
export * from "./runner-context.ts";
export * from "./stage-runner.ts";
export * from "./version-policy.ts";
