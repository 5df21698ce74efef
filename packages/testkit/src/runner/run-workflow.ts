/**
 * A small workflow runner for the example workflows: the trigger check, jobs in `needs` order
 * with their `if`s and outputs, steps with `uses:` (this repository's stages through the stage
 * harness, other actions through builtins the caller supplies, e.g. stand-in-actions.ts) and
 * `run:` (bash, with the file commands applied to later steps), expressions evaluated by GitHub's
 * implementation, and an OIDC token service for jobs with `id-token: write`.
 *
 * A job's `if:` is judged as GitHub judges it (see jobStatus below): its status functions answer
 * for the job's WHOLE `needs` chain, so a job without `if:` (an implicit `success()`) is skipped
 * when any ancestor, not only a direct need, was skipped or failed.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parse } from "yaml";
import type { OidcRunClaims } from "../github/oidc.ts";
import { condition, type ExpressionContext, interpolate, type JobStatus, stepStatus } from "./expressions.ts";
import {
  type ActionRun,
  collect,
  findLeaks,
  githubContext,
  type IdTokenEndpoint,
  type RunContext,
  runAction,
  runnerEnvironment,
  stageDir,
  stepFiles,
} from "./run-action.ts";
import {
  type Annotation,
  parseFileCommands,
  parseWorkflowCommands,
  stepOutputs,
} from "./workflow-commands.ts";

/** What a builtin stand-in for a third-party action gets. */
export interface BuiltinStep {
  readonly with: Readonly<Record<string, string>>;
  readonly env: Readonly<Record<string, string>>;
  readonly workspace: string;
  readonly context: RunContext;
}

/** A stand-in for a third-party action (`actions/checkout`…), keyed by `owner/name`. */
export type BuiltinAction = (step: BuiltinStep) => Promise<{
  outputs?: Record<string, string>;
  summary?: string;
  /** Directories prepended to PATH for the job's later steps (what an action's GITHUB_PATH does). */
  path?: string[];
}>;

/** One step as it ran. */
export interface StepRecord {
  readonly job: string;
  readonly id: string;
  readonly name: string;
  readonly outcome: "success" | "failure" | "skipped";
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** The annotations (`::notice::`, `::error::`…) the step issued. */
  readonly annotations: Annotation[];
  /** The stage run, for `uses:` of this repository's stages. */
  readonly action?: ActionRun;
  readonly log: string;
}

/** A job's result, as the `needs` context names it. */
export type JobResult = "success" | "failure" | "cancelled" | "skipped";

/** One job as it ran. */
export interface JobRecord {
  readonly result: JobResult;
  readonly outputs: Record<string, string>;
  readonly steps: StepRecord[];
}

/** How to run a workflow. */
export interface WorkflowOptions {
  readonly event: { readonly name: string; readonly payload?: Readonly<Record<string, unknown>> };
  readonly inputs?: Readonly<Record<string, string | boolean>>;
  readonly secrets?: Readonly<Record<string, string>>;
  readonly vars?: Readonly<Record<string, string>>;
  readonly context: RunContext;
  readonly builtins?: Readonly<Record<string, BuiltinAction>>;
  /**
   * The runner machine's own environment variables (a self-hosted runner's settings): in every
   * step's process, under the runner's variables and what the workflow sets, and not in the `env`
   * context.
   */
  readonly runnerEnv?: Readonly<Record<string, string>>;
  /**
   * The token service for jobs whose permissions include `id-token: write`, asked for an endpoint
   * with the claims of the job's run (e.g. `(claims) => fakeGitHub.idTokenEndpoint(claims)`).
   */
  readonly idToken?: (claims: OidcRunClaims) => IdTokenEndpoint;
  /**
   * The token service for jobs with `permissions:`: a token for the workflow's repository with
   * exactly these permissions (REST scope names, see tokenPermissions), used as the job's
   * `github.token` and GITHUB_TOKEN, e.g. `(permissions, repository) => fake.jobToken(repository,
   * permissions)`. Without it, every job gets the context's token.
   */
  readonly jobToken?: (
    permissions: Readonly<Record<string, "read" | "write" | "none">>,
    repository: string,
  ) => string;
  /**
   * Cancels the run once this job has finished, as a maintainer pressing "Cancel workflow" then:
   * every later job's `if:` is evaluated with `cancelled()` true and `success()` false; the jobs
   * whose `if:` is then false do not run and their result is `cancelled`.
   */
  readonly cancelAfter?: string;
  /** Called after each step (the rehearsal prints them). */
  readonly onStep?: (step: StepRecord) => void;
}

/** The outcome of a workflow run. */
export interface WorkflowRun {
  /** False when the workflow's `on:` does not match the event. */
  readonly triggered: boolean;
  readonly jobs: Record<string, JobRecord>;
  readonly order: string[];
  readonly conclusion: "success" | "failure" | "cancelled" | "skipped";
  /** Secrets found in any step's logs, summaries or outputs. */
  readonly leaks: string[];
}

interface StepSpec {
  id?: string;
  name?: string;
  if?: unknown;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  shell?: string;
  "continue-on-error"?: boolean;
}

interface JobSpec {
  needs?: string | string[];
  if?: unknown;
  permissions?: Record<string, string> | string;
  environment?: string | { name: string; url?: string };
  env?: Record<string, unknown>;
  outputs?: Record<string, string>;
  steps: StepSpec[];
  strategy?: unknown;
}

interface WorkflowSpec {
  name?: string;
  on: unknown;
  env?: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<string, JobSpec>;
}

const STAGE_USES = /^(?:instructlab\/release-actions\/|\.\/)([a-z-]+)(?:@.+)?$/;

function glob(pattern: string, value: string): boolean {
  const regex = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*\*/g, "\0")
    .replace(/\*/g, "[^/]*")
    .replace(/\0/g, ".*");
  return new RegExp(`^${regex}$`).test(value);
}

/** True when the workflow's `on:` takes this event (types and branch filters included). */
export function triggers(on: unknown, event: WorkflowOptions["event"], ref: string): boolean {
  if (typeof on === "string") return on === event.name;
  if (Array.isArray(on)) return on.includes(event.name);
  const spec = (on as Record<string, Record<string, string[]> | null>)[event.name];
  if (spec === undefined) return false;
  if (spec === null) return true;
  const action = event.payload?.action;
  if (spec.types && typeof action === "string" && !spec.types.includes(action)) return false;
  if (event.name === "pull_request" || event.name === "pull_request_target") {
    const base = String(
      ((event.payload?.pull_request as Record<string, Record<string, unknown>> | undefined)?.base?.ref as
        | string
        | undefined) ?? "",
    );
    return !spec.branches || spec.branches.some((pattern) => glob(pattern, base));
  }
  if (!spec.branches && !spec.tags) return true;
  const branch = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : undefined;
  const tag = ref.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) : undefined;
  return (
    (branch !== undefined && (spec.branches ?? []).some((pattern) => glob(pattern, branch))) ||
    (tag !== undefined && (spec.tags ?? []).some((pattern) => glob(pattern, tag)))
  );
}

function order(jobs: Record<string, JobSpec>): string[] {
  const done: string[] = [];
  const visit = (name: string, trail: string[]) => {
    if (done.includes(name)) return;
    if (trail.includes(name))
      throw new Error(`Jobs depend on each other in a cycle: ${[...trail, name].join(" → ")}`);
    const job = jobs[name];
    if (!job) throw new Error(`A job needs "${name}", which the workflow does not have`);
    for (const need of [job.needs ?? []].flat()) visit(need, [...trail, name]);
    done.push(name);
  };
  for (const name of Object.keys(jobs)) visit(name, []);
  return done;
}

/** Scopes a job's `permissions:` can name besides id-token, which the token service gets. */
const TOKEN_SCOPES = [
  "actions",
  "attestations",
  "checks",
  "contents",
  "deployments",
  "discussions",
  "issues",
  "models",
  "packages",
  "pages",
  "pull-requests",
  "security-events",
  "statuses",
];

/**
 * The GITHUB_TOKEN permissions a `permissions:` value grants, scope names as the REST API spells
 * them (`pull_requests`): a scope the map does not name has no access, `read-all` / `write-all`
 * give every scope, `{}` none; metadata is always readable. GitHub docs, workflow syntax,
 * `permissions`: "If you specify the access for any of these permissions, all of those that are
 * not specified are set to none."
 */
export function tokenPermissions(
  granted: Record<string, string> | string,
): Record<string, "read" | "write" | "none"> {
  const all = typeof granted === "string" ? (granted === "write-all" ? "write" : "read") : undefined;
  const permissions: Record<string, "read" | "write" | "none"> = { metadata: "read" };
  for (const scope of TOKEN_SCOPES) {
    const level = all ?? (granted as Record<string, string>)[scope] ?? "none";
    permissions[scope.replace(/-/g, "_")] = level as "read" | "write" | "none";
  }
  return permissions;
}

/** Every job `name` needs, directly or through the jobs it needs (its ancestors). */
function ancestors(jobs: Record<string, JobSpec>, name: string): Set<string> {
  const found = new Set<string>();
  const visit = (job: string) => {
    for (const need of [jobs[job]?.needs ?? []].flat()) {
      if (found.has(need)) continue;
      found.add(need);
      visit(need);
    }
  };
  visit(name);
  return found;
}

/**
 * The status functions of a job's `if:`, as GitHub answers them:
 * - `success()`: every job in the whole `needs` chain succeeded (a skipped, failed or cancelled
 *   ancestor makes it false, even behind a direct need that succeeded) and the run is not
 *   cancelled. GitHub docs, workflow syntax, `jobs.<job_id>.needs`: "If a run contains a series of
 *   jobs that need each other, a failure or skip applies to all jobs in the dependency chain from
 *   the point of failure or skip onwards"; actions/runner#2205; nektos/act computes it the same
 *   way (pkg/exprparser/functions.go, jobSuccess over getNeedsTransitive).
 * - `failure()`: an ancestor failed. GitHub docs, expressions, "failure": "If you have a chain of
 *   dependent jobs, failure() returns true if any ancestor job fails."
 * - `cancelled()`: the run was cancelled. `always()`: true.
 */
function jobStatus(results: JobResult[], cancelled: boolean): JobStatus {
  return {
    success: !cancelled && results.every((result) => result === "success"),
    failure: results.includes("failure"),
    cancelled,
  };
}

function hasIdToken(permissions: JobSpec["permissions"]): boolean {
  return (
    permissions === "write-all" || (typeof permissions === "object" && permissions["id-token"] === "write")
  );
}

/** Runs a workflow file for an event. */
export async function runWorkflow(file: string, options: WorkflowOptions): Promise<WorkflowRun> {
  const workflow = parse(readFileSync(file, "utf8")) as WorkflowSpec;
  const ref = options.context.ref ?? "refs/heads/main";
  if (!triggers(workflow.on, options.event, ref))
    return { triggered: false, jobs: {}, order: [], conclusion: "skipped", leaks: [] };

  const dispatchInputs = ((
    workflow.on as Record<string, { inputs?: Record<string, { default?: unknown; type?: string }> }> | null
  )?.workflow_dispatch?.inputs ?? {}) as Record<string, { default?: unknown; type?: string }>;
  const inputs: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(dispatchInputs)) {
    const given = options.inputs?.[name] ?? spec.default ?? "";
    inputs[name] = spec.type === "boolean" ? given === true || given === "true" : given;
  }
  const context = {
    workflowFile: `.github/workflows/${basename(file)}`,
    ...options.context,
    eventName: options.event.name,
    event: options.event.payload ?? {},
  };
  const secrets = { GITHUB_TOKEN: context.token, ...options.secrets };
  const jobs: Record<string, JobRecord> = {};
  const leaks = new Set<string>();
  const names = order(workflow.jobs);
  let cancelled = false;

  for (const name of names) {
    const job = workflow.jobs[name] as JobSpec;
    if (job.strategy)
      throw new Error(`${name}: strategy/matrix is not supported by the test bench's workflow runner`);
    const needs = Object.fromEntries(
      [job.needs ?? []]
        .flat()
        .map((need) => [need, { result: jobs[need]?.result, outputs: jobs[need]?.outputs ?? {} }]),
    );
    // A job's `if:` reads only github, needs, vars and inputs (actions/runner,
    // WorkflowTemplateConverter.cs, s_jobIfNamedValues): no secrets, no env.
    const jobIf: ExpressionContext = {
      github: githubContext(context),
      inputs,
      vars: options.vars ?? {},
      needs,
    };
    const chain = [...ancestors(workflow.jobs, name)].map((job) => jobs[job]?.result ?? "skipped");
    if (!condition(job.if, jobIf, jobStatus(chain, cancelled))) {
      jobs[name] = { result: cancelled ? "cancelled" : "skipped", outputs: {}, steps: [] };
      if (name === options.cancelAfter) cancelled = true;
      continue;
    }
    // The job's GITHUB_TOKEN: with `permissions:` (the job's, else the workflow's), a token with
    // exactly those (every scope not named is none), when the caller gives a token service.
    const granted = job.permissions ?? workflow.permissions;
    const token =
      options.jobToken && granted !== undefined
        ? options.jobToken(tokenPermissions(granted), context.repository)
        : context.token;
    const runContext = { ...context, token };
    const jobSecrets = { ...secrets, GITHUB_TOKEN: token };
    const base: ExpressionContext = {
      ...jobIf,
      github: githubContext(runContext),
      secrets: jobSecrets,
      env: {},
    };
    const workspace = mkdtempSync(join(tmpdir(), `job-${name}-`));
    const environment = interpolate(
      typeof job.environment === "object" ? job.environment.name : (job.environment ?? ""),
      base,
    );
    const idToken =
      options.idToken && hasIdToken(job.permissions ?? workflow.permissions)
        ? options.idToken({
            repository: runContext.repository,
            workflowFile: runContext.workflowFile,
            ref,
            sha: runContext.sha ?? "",
            eventName: runContext.eventName,
            ...(environment && { environment }),
            ...(runContext.actor && { actor: runContext.actor }),
          })
        : undefined;
    let env: Record<string, string> = {};
    /** Directories added to PATH by earlier steps, the latest first. */
    let paths: string[] = [];
    for (const [key, value] of Object.entries({ ...workflow.env, ...job.env }))
      env[key] = interpolate(String(value), { ...base, env });
    const steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> =
      {};
    const records: StepRecord[] = [];
    let failed = false;
    for (const [index, step] of job.steps.entries()) {
      const id = step.id ?? `__step${index}`;
      const expressions = { ...base, env, steps, job: { status: failed ? "failure" : "success" } };
      const label = step.name ?? step.uses ?? step.run?.split("\n")[0] ?? id;
      // A step's `if:` cannot read secrets either (actions/runner, WorkflowTemplateConverter.cs,
      // s_stepNamedValues; GitHub docs: "Secrets cannot be directly referenced in if: conditionals").
      const stepIf = Object.fromEntries(Object.entries(expressions).filter(([name]) => name !== "secrets"));
      if (!condition(step.if, stepIf, stepStatus(failed))) {
        steps[id] = { outputs: {}, outcome: "skipped", conclusion: "skipped" };
        records.push({
          job: name,
          id,
          name: label,
          outcome: "skipped",
          outputs: {},
          summary: "",
          annotations: [],
          log: "",
        });
        continue;
      }
      const stepEnv = { ...env };
      for (const [key, value] of Object.entries(step.env ?? {}))
        stepEnv[key] = interpolate(String(value), expressions);
      if (paths.length > 0) stepEnv.PATH = [...paths, stepEnv.PATH ?? process.env.PATH ?? ""].join(":");
      const withValues = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([key, value]) => [key, interpolate(String(value), expressions)]),
      );
      let record: StepRecord;
      if (step.uses) {
        const stage = STAGE_USES.exec(step.uses)?.[1];
        if (stage) {
          const run = await runAction(stageDir(stage), {
            inputs: withValues,
            context: runContext,
            env: stepEnv,
            ...(options.runnerEnv && { runnerEnv: options.runnerEnv }),
            workspace,
            ...(idToken && { idToken }),
            secrets: Object.values(jobSecrets),
          });
          for (const leak of run.leaks) leaks.add(leak);
          record = {
            job: name,
            id,
            name: label,
            outcome: run.exitCode === 0 ? "success" : "failure",
            outputs: run.outputs,
            summary: run.summary,
            annotations: run.annotations,
            action: run,
            log: run.stdout + run.stderr,
          };
        } else {
          const builtin = options.builtins?.[step.uses.replace(/@.*$/, "")];
          if (!builtin)
            throw new Error(
              `${name}: no stand-in for "${step.uses}": pass one in the builtins option of runWorkflow`,
            );
          try {
            const result = await builtin({ with: withValues, env: stepEnv, workspace, context: runContext });
            paths = [...(result.path ?? []), ...paths];
            record = {
              job: name,
              id,
              name: label,
              outcome: "success",
              outputs: result.outputs ?? {},
              summary: result.summary ?? "",
              annotations: [],
              log: "",
            };
          } catch (error) {
            record = {
              job: name,
              id,
              name: label,
              outcome: "failure",
              outputs: {},
              summary: "",
              annotations: [],
              log: String(error),
            };
          }
        }
      } else if (step.run !== undefined) {
        const files = stepFiles(runContext.event);
        const processEnv = {
          ...options.runnerEnv,
          ...runnerEnvironment(runContext, files, workspace),
          ...stepEnv,
        };
        if (idToken)
          Object.assign(processEnv, {
            ACTIONS_ID_TOKEN_REQUEST_URL: idToken.requestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: idToken.requestToken,
          });
        const script = interpolate(step.run, expressions);
        const result = await collect("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], {
          env: processEnv,
          cwd: workspace,
          timeoutMs: 300_000,
        });
        const commands = parseWorkflowCommands(result.stdout);
        const outputs = stepOutputs(commands, readFileSync(files.output, "utf8"));
        const summary = readFileSync(files.summary, "utf8");
        env = { ...env, ...parseFileCommands(readFileSync(files.env, "utf8")) };
        for (const leak of findLeaks(Object.values(jobSecrets), [result.stdout, result.stderr, summary]))
          leaks.add(leak);
        record = {
          job: name,
          id,
          name: label,
          outcome: result.code === 0 ? "success" : "failure",
          outputs,
          summary,
          annotations: commands.annotations,
          log: result.stdout + result.stderr,
        };
      } else {
        throw new Error(`${name}: step ${label} has neither uses nor run`);
      }
      const outcome = record.outcome;
      const conclusion = outcome === "failure" && step["continue-on-error"] ? "success" : outcome;
      steps[id] = { outputs: record.outputs, outcome, conclusion };
      if (conclusion === "failure") failed = true;
      records.push(record);
      options.onStep?.(record);
    }
    const outputs = Object.fromEntries(
      Object.entries(job.outputs ?? {}).map(([key, value]) => [
        key,
        interpolate(value, { ...base, env, steps }),
      ]),
    );
    jobs[name] = { result: failed ? "failure" : "success", outputs, steps: records };
    if (name === options.cancelAfter) cancelled = true;
  }
  const results = Object.values(jobs).map((job) => job.result);
  return {
    triggered: true,
    jobs,
    order: names,
    conclusion: cancelled ? "cancelled" : results.includes("failure") ? "failure" : "success",
    leaks: [...leaks],
  };
}
