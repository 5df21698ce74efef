/** The test bench: fake GitHub, runner harness, helpers for `run()` tests. Development only. */
export * from "./github/index.ts";
export * from "./hostile-values.ts";
export { type LocalServer, startLocalServer } from "./local-server.ts";
export * from "./proxy/connect-proxy.ts";
export * from "./pypi/index.ts";
export * from "./rehearsal/sample-project.ts";
export * from "./runner/index.ts";
export * from "./stage-deps.ts";
