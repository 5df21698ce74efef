/**
 * The `main` every stage shares: read inputs into typed settings, build the dependencies, call
 * the stage's pure `run(settings, deps)`, then map its result to outputs and a job summary. The
 * one `catch` of a stage lives here: it turns any error into `::error::`, a failed step and a
 * summary that says what went wrong.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ActionInputs, maskSecret } from "./action-inputs.ts";
import { createRunnerLog, type Log } from "./action-log.ts";
import { ConfigurationError, DryRunWriteError, getErrorMessage } from "./errors.ts";
import { GitHubGateway } from "./github-gateway.ts";
import { code, Markdown } from "./job-summary.ts";
import { type RunnerContext, readRunnerContext } from "./runner-context.ts";

/** Inputs every stage has (DESIGN §3). */
export interface CommonSettings {
  readonly token: string;
  /** Path of the policy file in the repository. */
  readonly config: string;
  /** Compute and report everything, write nothing. */
  readonly dryRun: boolean;
  readonly context: RunnerContext;
}

/** Where a stage may write files for later steps (the runner's temporary directory). */
export interface StageFiles {
  /** Writes a file under the stage's directory and returns its absolute path. */
  write(name: string, content: string): Promise<string>;
}

/** What `run()` gets besides its settings. */
export interface StageDeps {
  readonly github: GitHubGateway;
  readonly log: Log;
  readonly now: () => Date;
  readonly fetch: typeof fetch;
  readonly files: StageFiles;
  /** Hides a secret obtained while running (a minted token) from every later log line. */
  readonly mask: (secret: string) => void;
}

/** Files written under `root` (RUNNER_TEMP on a runner, a temporary directory in tests). */
export function directoryFiles(root: string): StageFiles {
  return {
    async write(name, content) {
      await mkdir(root, { recursive: true });
      const path = join(root, name);
      await writeFile(path, content);
      return path;
    },
  };
}

/** What a stage reports: its outputs (public API, names from DESIGN §5) and its job summary. */
export interface StageReport {
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
}

/** A stage, as its `main.ts` declares it. */
export interface StageDefinition<S extends CommonSettings, R> {
  readonly name: string;
  readSettings(inputs: ActionInputs, context: RunnerContext): S;
  run(settings: S, deps: StageDeps): Promise<R>;
  report(result: R, settings: S): StageReport;
}

/** Reads `token`, `config` and `dry-run`; the token is masked before anything can print it. */
export function readCommonSettings(inputs: ActionInputs, context: RunnerContext): CommonSettings {
  const token = inputs.secret("token");
  if (token === "") {
    throw new ConfigurationError(
      'Input "token" is empty. Leave it out to use the workflow\'s GITHUB_TOKEN, or pass a secret: token: ${{ secrets.RELEASE_TOKEN }}.',
    );
  }
  return {
    token,
    config: inputs.string("config") || ".github/release-strategy.yml",
    dryRun: inputs.boolean("dry-run"),
    context,
  };
}

function failureSummary(stage: string, error: unknown): string {
  const summary = new Markdown().heading(`${stage}: failed`, 3);
  if (error instanceof ConfigurationError) return summary.paragraph(getErrorMessage(error)).toString();
  const kind = error instanceof DryRunWriteError ? "A bug: dry-run tried to write" : "Unexpected error";
  return summary
    .paragraph(`${kind}: ${getErrorMessage(error)}`)
    .paragraph(
      `Re-run the job with debug logging to see the stack trace, and report it with the run's link. ${code(stage)}`,
    )
    .toString();
}

/**
 * Runs a stage on a GitHub runner. Reads `env` (default `process.env`) and reports through
 * `@actions/core`, which is loaded only after `run()`: before the first API request the stage
 * loads nothing it does not need.
 */
export async function runStage<S extends CommonSettings, R>(
  definition: StageDefinition<S, R>,
  env = process.env,
): Promise<void> {
  const log = createRunnerLog();
  let report: StageReport | undefined;
  let failure: unknown;
  try {
    const context = readRunnerContext(env);
    const settings = definition.readSettings(new ActionInputs(env), context);
    const github = new GitHubGateway({
      token: settings.token,
      apiUrl: context.apiUrl,
      serverUrl: context.serverUrl,
      owner: context.owner,
      repo: context.repo,
      dryRun: settings.dryRun,
      log,
    });
    const result = await definition.run(settings, {
      github,
      log,
      now: () => new Date(),
      fetch: globalThis.fetch,
      files: directoryFiles(env.RUNNER_TEMP ?? tmpdir()),
      mask: (secret) => maskSecret(secret),
    });
    report = definition.report(result, settings);
  } catch (error) {
    failure = error;
  }
  const core = await import("@actions/core");
  if (report) {
    for (const [name, value] of Object.entries(report.outputs)) core.setOutput(name, value);
  }
  if (failure !== undefined) {
    if (!(failure instanceof ConfigurationError) && failure instanceof Error && failure.stack)
      core.debug(failure.stack);
    core.setFailed(getErrorMessage(failure));
  }
  const summary = report?.summary ?? failureSummary(definition.name, failure);
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
}
