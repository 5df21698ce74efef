/**
 * `runStage`, the entry of every stage that talks to GitHub: the shared stage runner with a
 * GitHub gateway built from the token input and the runner context. Kept apart from
 * stage-runner.ts so that a stage without GitHub calls does not bundle Octokit.
 */
import { diagnoseGitHubFailure } from "../github/failure-diagnosis.ts";
import { GitHubGateway } from "../github/github-gateway.ts";
import { type CommonSettings, executeStage, type StageDefinition } from "./stage-runner.ts";

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
    }),
  }));
}
