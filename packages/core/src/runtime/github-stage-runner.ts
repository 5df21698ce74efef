/**
 * `runStage`, the entry of every stage that talks to GitHub: the shared stage runner with a
 * GitHub gateway built from the token input and the runner context. Kept apart from
 * stage-runner.ts so that a stage without GitHub calls does not bundle Octokit.
 */
import { diagnoseGitHubFailure } from "../github/failure-diagnosis.ts";
import { type GatewayTiming, GitHubGateway } from "../github/github-gateway.ts";
import { ConfigurationError, quote } from "../strategy/errors.ts";
import { type CommonSettings, executeStage, type StageDefinition } from "./stage-runner.ts";

/**
 * The runner variable that sets how long the stages wait between GitHub requests, for a GitHub
 * that does not rate-limit (the test bench's fake GitHub; a GitHub Enterprise Server whose
 * administrator turned rate limits off): a JSON object of milliseconds.
 */
export const GITHUB_TIMING_VARIABLE = "RELEASE_ACTIONS_GITHUB_TIMING";

const TIMING_KEYS: readonly (keyof GatewayTiming)[] = [
  "retryBaseMs",
  "writeSpacingMs",
  "notificationSpacingMs",
  "rateLimitUnitMs",
];

/**
 * The gateway's waits: GitHub's guidance (GatewayTiming's defaults) unless the runner sets
 * RELEASE_ACTIONS_GITHUB_TIMING, e.g. `{"writeSpacingMs":0,"notificationSpacingMs":0}`.
 */
export function readGatewayTiming(env: Readonly<Record<string, string | undefined>>): GatewayTiming {
  const text = env[GITHUB_TIMING_VARIABLE]?.trim();
  if (!text) return {};
  let timing: unknown;
  try {
    timing = JSON.parse(text);
  } catch {
    timing = undefined;
  }
  const valid =
    typeof timing === "object" &&
    timing !== null &&
    !Array.isArray(timing) &&
    Object.entries(timing).every(
      ([key, value]) =>
        TIMING_KEYS.includes(key as keyof GatewayTiming) &&
        typeof value === "number" &&
        Number.isFinite(value) &&
        value >= 0,
    );
  if (!valid)
    throw new ConfigurationError(
      `The runner variable ${GITHUB_TIMING_VARIABLE} is ${quote(text)}: expected a JSON object of milliseconds (${TIMING_KEYS.join(", ")}), e.g. {"writeSpacingMs":0,"notificationSpacingMs":0}. Unset it to keep GitHub's guidance.`,
    );
  return timing as GatewayTiming;
}

/** Runs a stage on a GitHub runner, with `deps.github` aimed at the run's repository. */
export function runStage<S extends CommonSettings, R>(
  definition: StageDefinition<S, R>,
  env = process.env,
): Promise<void> {
  // A failure the gateway can explain (no access to the repository, no connection) says so.
  const explained: StageDefinition<S, R> = {
    ...definition,
    run: (settings, deps) =>
      definition.run(settings, deps).catch(async (error: unknown) => {
        throw await diagnoseGitHubFailure(error, deps.github, settings.context.apiUrl);
      }),
  };
  return executeStage(explained, env, (settings, deps) => ({
    ...deps,
    github: new GitHubGateway({
      token: settings.token,
      apiUrl: settings.context.apiUrl,
      serverUrl: settings.context.serverUrl,
      owner: settings.context.owner,
      repo: settings.context.repo,
      dryRun: settings.dryRun,
      log: deps.log,
      fetch: deps.fetch,
      timing: readGatewayTiming(env),
    }),
  }));
}
