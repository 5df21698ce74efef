/**
 * The `main` every stage shares: read inputs into typed settings, build the dependencies, call
 * the stage's pure `run(settings, deps)`, then map its result to outputs and a job summary. The
 * one `catch` of a stage lives here: it turns any error into `::error::`, a failed step and a
 * summary that says what went wrong.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import type { GitHubGateway } from "../github/github-gateway.ts";
import { ConfigurationError, DryRunWriteError, getErrorMessage } from "../strategy/errors.ts";
import type { Log } from "../strategy/log.ts";
import { ActionInputs } from "./action-inputs.ts";
import { createRunnerLog } from "./action-log.ts";
import { Markdown } from "./job-summary.ts";
import { createProxyFetch } from "./proxy-fetch.ts";
import { type RunnerContext, readRunnerContext } from "./runner-context.ts";
import { maskSecret, redact } from "./secrets.ts";

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

/** What `run()` gets besides its settings, in every stage. */
export interface CommonStageDeps {
  readonly log: Log;
  readonly now: () => Date;
  readonly fetch: typeof fetch;
  readonly files: StageFiles;
  /** Hides a secret obtained while running (a minted token) from every later log line. */
  readonly mask: (secret: string) => void;
}

/** What the `run()` of a stage that talks to GitHub gets besides its settings. */
export interface StageDeps extends CommonStageDeps {
  readonly github: GitHubGateway;
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
  /** Set when the step fails after reporting (announce's `fail-on-error`): its `::error::` text. */
  readonly failure?: string;
}

/** A stage, as its `main.ts` declares it. */
export interface StageDefinition<S extends CommonSettings, R, D extends CommonStageDeps = StageDeps> {
  readonly name: string;
  readSettings(inputs: ActionInputs, context: RunnerContext): S;
  run(settings: S, deps: D): Promise<R>;
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

/** The most characters of an error message the step's `::error::` and failure summary show. */
export const ERROR_LIMIT = 2_000;

/** The most characters of a job summary (the runner refuses summaries over 1 MiB). */
export const SUMMARY_LIMIT = 500_000;

/** `text` cut to `limit` characters, saying how much was left out. */
export function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit)}… (${text.length - limit} more characters)`;
}

function failureSummary(stage: string, error: unknown): string {
  const summary = new Markdown().heading(`${stage}: failed`, 3);
  const message = clip(getErrorMessage(error), ERROR_LIMIT);
  if (error instanceof ConfigurationError) return summary.codeBlock(message).toString();
  const kind = error instanceof DryRunWriteError ? "A bug: dry-run tried to write" : "Unexpected error";
  return summary
    .paragraph(`${kind}:`)
    .codeBlock(message)
    .paragraph("Re-run the job with debug logging to see the stack trace, and report it with the run's link.")
    .toString();
}

/**
 * Runs a stage on a GitHub runner: reads `env` (default `process.env`), completes the common
 * dependencies with what `connect` adds (the GitHub gateway, for most stages), calls `run()`
 * and reports through `@actions/core`: outputs, the job summary (secrets masked, size
 * bounded), and on failure one bounded `::error::`.
 */
export async function executeStage<S extends CommonSettings, R, D extends CommonStageDeps>(
  definition: StageDefinition<S, R, D>,
  env: NodeJS.ProcessEnv,
  connect: (settings: S, deps: CommonStageDeps) => D,
): Promise<void> {
  const log = createRunnerLog();
  let report: StageReport | undefined;
  let failure: unknown;
  try {
    const inputs = new ActionInputs(env);
    // Every stage has a token: masked before any input check can quote it.
    maskSecret(inputs.string("token"));
    const context = readRunnerContext(env);
    const settings = definition.readSettings(inputs, context);
    const result = await definition.run(
      settings,
      connect(settings, {
        log,
        now: () => new Date(),
        fetch: createProxyFetch(),
        files: directoryFiles(env.RUNNER_TEMP ?? tmpdir()),
        mask: maskSecret,
      }),
    );
    report = definition.report(result, settings);
    if (report.failure !== undefined) failure = new Error(report.failure);
  } catch (error) {
    failure = error;
  }
  if (report) for (const [name, value] of Object.entries(report.outputs)) core.setOutput(name, value);
  if (failure !== undefined) {
    if (!(failure instanceof ConfigurationError) && failure instanceof Error && failure.stack)
      core.debug(failure.stack);
    core.setFailed(clip(getErrorMessage(failure), ERROR_LIMIT));
  }
  if (env.GITHUB_STEP_SUMMARY) {
    const summary = report?.summary ?? failureSummary(definition.name, failure);
    await core.summary.addRaw(redact(clip(summary, SUMMARY_LIMIT))).write();
  }
}

/**
 * Runs a stage that makes no GitHub API call (publish-pypi): its bundle neither contains nor
 * loads Octokit.
 */
export function runStageWithoutGitHub<S extends CommonSettings, R>(
  definition: StageDefinition<S, R, CommonStageDeps>,
  env = process.env,
): Promise<void> {
  return executeStage(definition, env, (_settings, deps) => deps);
}
