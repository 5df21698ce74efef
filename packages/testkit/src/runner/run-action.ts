/**
 * Runs an action the way the GitHub runner does: from its action.yml (`runs.using: node24`,
 * `runs.main` resolved beside it), under Node 24, with inputs as `INPUT_*` (declared defaults
 * evaluated), the runner's environment and fresh file-command files, and nothing from the
 * developer's shell. Returns what a workflow (and a maintainer) would see.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { GITHUB_TIMING_VARIABLE } from "@release-actions/core/runtime";
import { parse } from "yaml";
import { launch } from "../process-launcher.ts";
import { FAKE_GITHUB_TIMING } from "../stage-deps.ts";
import { type ExpressionContext, interpolate } from "./expressions.ts";
import { node24, REPO_ROOT } from "./node-runtime.ts";
import { type Annotation, parseWorkflowCommands, stepOutputs } from "./workflow-commands.ts";

/** The workflow run an action step belongs to. */
export interface RunContext {
  /** `owner/repo`. */
  readonly repository: string;
  readonly apiUrl: string;
  readonly serverUrl: string;
  /** What `${{ github.token }}` is. */
  readonly token: string;
  readonly eventName?: string;
  readonly event?: Readonly<Record<string, unknown>>;
  readonly ref?: string;
  readonly sha?: string;
  readonly actor?: string;
  readonly workflow?: string;
  /** `.github/workflows/<file>`, for GITHUB_WORKFLOW_REF. */
  readonly workflowFile?: string;
  readonly runId?: number;
  readonly job?: string;
}

/** The OIDC request endpoint a job with `id-token: write` gets. */
export interface IdTokenEndpoint {
  readonly requestUrl: string;
  readonly requestToken: string;
}

/** How to run one action step. */
export interface RunActionOptions {
  readonly inputs?: Readonly<Record<string, string>>;
  readonly context: RunContext;
  /** Extra environment (the step's and job's `env:`). */
  readonly env?: Readonly<Record<string, string>>;
  /** The runner machine's own environment, under the runner's variables and the step's. */
  readonly runnerEnv?: Readonly<Record<string, string>>;
  readonly idToken?: IdTokenEndpoint;
  readonly workspace?: string;
  /** Values that must never appear in the step's logs, summary or outputs. */
  readonly secrets?: readonly string[];
  readonly timeoutMs?: number;
}

/** What a step produced. */
export interface ActionRun {
  readonly exitCode: number;
  readonly outputs: Record<string, string>;
  /** The job summary the step appended (markdown). */
  readonly summary: string;
  readonly annotations: Annotation[];
  readonly groups: string[];
  readonly masks: string[];
  readonly stdout: string;
  readonly stderr: string;
  /** Secrets (given, or masked by the step) found verbatim where a reader would see them. */
  readonly leaks: string[];
  readonly durationMs: number;
}

interface ActionMetadata {
  inputs?: Record<string, { default?: unknown; required?: boolean }>;
  runs?: { using?: string; main?: string };
}

/**
 * The bench machine's own settings, under the caller's runner environment: the fake GitHub has no
 * rate limits, so the stages wait as little as stageDeps' gateways do (no spacing of writes,
 * quick retries) instead of GitHub's guidance of one second between writes.
 */
const BENCH_MACHINE_ENV: Readonly<Record<string, string>> = {
  [GITHUB_TIMING_VARIABLE]: JSON.stringify(FAKE_GITHUB_TIMING),
};

/** The `github` context of expressions, from a run context. */
export function githubContext(context: RunContext): ExpressionContext {
  const [owner = ""] = context.repository.split("/");
  return {
    token: context.token,
    repository: context.repository,
    repository_owner: owner,
    api_url: context.apiUrl,
    server_url: context.serverUrl,
    event_name: context.eventName ?? "workflow_dispatch",
    event: context.event ?? {},
    ref: context.ref ?? "refs/heads/main",
    ref_name: (context.ref ?? "refs/heads/main").replace(/^refs\/(heads|tags)\//, ""),
    sha: context.sha ?? "",
    actor: context.actor ?? "release-manager",
    workflow: context.workflow ?? "release",
    run_id: String(context.runId ?? 1),
    job: context.job ?? "release",
  };
}

/** The environment variables the runner gives every step. */
export function runnerEnvironment(
  context: RunContext,
  files: { output: string; summary: string; env: string; path: string; state: string; event: string },
  workspace: string,
): Record<string, string> {
  const github = githubContext(context) as Record<string, string>;
  const temp = mkdtempSync(join(tmpdir(), "runner-temp-"));
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? tmpdir(),
    TMPDIR: tmpdir(),
    LANG: "C.UTF-8",
    CI: "true",
    GITHUB_ACTIONS: "true",
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: join(temp, "tool-cache"),
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: context.repository,
    GITHUB_REPOSITORY_OWNER: github.repository_owner ?? "",
    GITHUB_API_URL: context.apiUrl,
    GITHUB_SERVER_URL: context.serverUrl,
    GITHUB_GRAPHQL_URL: `${context.apiUrl.replace(/\/v3$/, "")}/graphql`,
    GITHUB_EVENT_NAME: github.event_name ?? "",
    GITHUB_EVENT_PATH: files.event,
    GITHUB_SHA: context.sha ?? "",
    GITHUB_REF: github.ref ?? "",
    GITHUB_REF_NAME: github.ref_name ?? "",
    GITHUB_REF_TYPE: (github.ref ?? "").startsWith("refs/tags/") ? "tag" : "branch",
    GITHUB_WORKFLOW: github.workflow ?? "",
    GITHUB_WORKFLOW_REF: `${context.repository}/${context.workflowFile ?? ".github/workflows/release.yml"}@${github.ref}`,
    GITHUB_RUN_ID: github.run_id ?? "1",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_ACTOR: github.actor ?? "",
    GITHUB_JOB: github.job ?? "",
    GITHUB_ACTION: "__run",
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
  };
}

/** Fresh, empty file-command files and the event payload file for one step. */
export function stepFiles(event: unknown): {
  output: string;
  summary: string;
  env: string;
  path: string;
  state: string;
  event: string;
} {
  const dir = mkdtempSync(join(tmpdir(), "runner-step-"));
  const files = {
    output: join(dir, "output"),
    summary: join(dir, "summary.md"),
    env: join(dir, "env"),
    path: join(dir, "path"),
    state: join(dir, "state"),
    event: join(dir, "event.json"),
  };
  for (const file of [files.output, files.summary, files.env, files.path, files.state])
    writeFileSync(file, "");
  writeFileSync(files.event, JSON.stringify(event ?? {}));
  return files;
}

/** Finds secrets in what a reader of the run would see. */
export function findLeaks(secrets: readonly string[], places: readonly string[]): string[] {
  return [
    ...new Set(
      secrets.filter((secret) => secret.length >= 4 && places.some((place) => place.includes(secret))),
    ),
  ];
}

/** Runs a process to its end and collects its output; SIGKILL ends it after `timeoutMs`. */
export async function collect(
  command: string,
  args: readonly string[],
  options: { env: Record<string, string>; cwd: string; timeoutMs: number },
): Promise<{ code: number; stdout: string; stderr: string }> {
  const { code, signal, stdout, stderr } = await launch(command, args, options);
  return {
    code: code ?? 1,
    stdout: stdout.toString("utf8"),
    stderr: stderr.toString("utf8") + (signal ? `\n[killed by ${signal} after ${options.timeoutMs} ms]` : ""),
  };
}

/** The variable the runner passes an input in: INPUT_ and its name upper-cased, blanks as `_`. */
const inputVariable = (name: string) => `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;

/** Runs the action in `actionDir` (the folder of its action.yml). */
export async function runAction(actionDir: string, options: RunActionOptions): Promise<ActionRun> {
  const metadata = parse(readFileSync(join(actionDir, "action.yml"), "utf8")) as ActionMetadata;
  if (metadata.runs?.using !== "node24")
    throw new Error(`${actionDir}/action.yml: runs.using is ${metadata.runs?.using}, expected node24`);
  if (!metadata.runs.main) throw new Error(`${actionDir}/action.yml has no runs.main`);
  const declared = metadata.inputs ?? {};
  // The runner still passes an input the action does not declare, as INPUT_<NAME>, and warns
  // (actions/runner src/Runner.Worker/ActionRunner.cs: "Unexpected input(s) …"; names compared
  // ignoring case).
  const declaredNames = new Set(Object.keys(declared).map((name) => name.toLowerCase()));
  const undeclared = Object.keys(options.inputs ?? {}).filter(
    (name) => !declaredNames.has(name.toLowerCase()),
  );
  const runnerWarnings: Annotation[] =
    undeclared.length === 0
      ? []
      : [
          {
            level: "warning",
            message: `Unexpected input(s) '${undeclared.join("', '")}', valid inputs are ['${Object.keys(declared).join("', '")}']`,
            properties: {},
          },
        ];

  const workspace = options.workspace ?? mkdtempSync(join(tmpdir(), "workspace-"));
  const files = stepFiles(options.context.event);
  const env: Record<string, string> = {
    ...BENCH_MACHINE_ENV,
    ...options.runnerEnv,
    ...runnerEnvironment(options.context, files, workspace),
    ...options.env,
  };
  const expressionContext = {
    github: githubContext(options.context),
    env,
    inputs: {},
    secrets: {},
    vars: {},
  };
  for (const name of undeclared) env[inputVariable(name)] = String(options.inputs?.[name]);
  for (const [name, spec] of Object.entries(declared)) {
    const given = options.inputs?.[name];
    const value =
      given ?? (spec.default === undefined ? "" : interpolate(String(spec.default), expressionContext));
    env[inputVariable(name)] = value;
  }
  if (options.idToken) {
    env.ACTIONS_ID_TOKEN_REQUEST_URL = options.idToken.requestUrl;
    env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = options.idToken.requestToken;
  }

  const started = performance.now();
  const { code, stdout, stderr } = await collect(node24(), [resolve(actionDir, metadata.runs.main)], {
    env,
    cwd: workspace,
    timeoutMs: options.timeoutMs ?? 120_000,
  });
  const durationMs = performance.now() - started;
  const commands = parseWorkflowCommands(stdout);
  const outputs = stepOutputs(commands, readFileSync(files.output, "utf8"));
  const summary = readFileSync(files.summary, "utf8");
  const secrets = [...(options.secrets ?? []), ...commands.masks];
  // The add-mask lines themselves are how a step hides a value: they are not leaks.
  const shown = stdout
    .split("\n")
    .filter((line) => !line.startsWith("::add-mask::"))
    .join("\n");
  return {
    exitCode: code,
    outputs,
    summary,
    annotations: [...runnerWarnings, ...commands.annotations],
    groups: commands.groups,
    masks: commands.masks,
    stdout,
    stderr,
    leaks: findLeaks(secrets, [shown, stderr, summary, ...Object.values(outputs)]),
    durationMs,
  };
}

/** The folder of a stage's public action.yml. */
export function stageDir(stage: string): string {
  return join(REPO_ROOT, stage);
}
