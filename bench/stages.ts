/**
 * The stages as the runner sees them: each public `<stage>/action.yml` whose `runs.main` is a
 * committed bundle under actions/, and the step environment (`INPUT_*` with the declared
 * defaults, the runner's variables and files) a benchmark runs a bundle with.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  interpolate,
  REPO_ROOT,
  type RunContext,
  runnerEnvironment,
  stepFiles,
} from "@release-actions/testkit";
import { parse } from "yaml";

/** A stage whose action runs a bundle. */
export interface BundledStage {
  readonly stage: string;
  /** The bundle's entry (`runs.main`, resolved). */
  readonly main: string;
  readonly inputs: Readonly<Record<string, { default?: unknown }>>;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Every stage whose action.yml runs a bundle under actions/<stage>/dist. */
export function bundledStages(): BundledStage[] {
  return readdirSync(REPO_ROOT)
    .filter((entry) => entry !== "stub" && isFile(join(REPO_ROOT, entry, "action.yml")))
    .map((stage) => {
      const metadata = parse(readFileSync(join(REPO_ROOT, stage, "action.yml"), "utf8")) as {
        runs: { main: string };
        inputs?: Record<string, { default?: unknown }>;
      };
      return { stage, main: join(REPO_ROOT, stage, metadata.runs.main), inputs: metadata.inputs ?? {} };
    })
    .filter(({ main }) => main.includes("/actions/") && isFile(main));
}

/**
 * The environment of one step of `stage`: the runner's variables for `context`, fresh
 * file-command files, `inputs` as given and every other input at its declared default, its
 * expressions evaluated as the runner does (`${{ github.token }}` is the context's token).
 */
export function stepEnvironment(
  stage: BundledStage,
  inputs: Readonly<Record<string, string>>,
  context: RunContext,
): Record<string, string> {
  const env = runnerEnvironment(context, stepFiles(context.event ?? {}), REPO_ROOT);
  const expressions = { github: { token: context.token } };
  for (const [name, spec] of Object.entries(stage.inputs)) {
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] =
      inputs[name] ?? interpolate(String(spec.default ?? ""), expressions);
  }
  return env;
}
