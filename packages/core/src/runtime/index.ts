/** The runner adapter: inputs, log, outputs, job summary, the stage runner. May import the strategy and the GitHub layer. */
export * from "./action-inputs.ts";
export * from "./action-log.ts";
export * from "./github-stage-runner.ts";
export * from "./id-token.ts";
export * from "./job-summary.ts";
export * from "./proxy-fetch.ts";
export * from "./runner-context.ts";
export * from "./secrets.ts";
export * from "./stage-runner.ts";
