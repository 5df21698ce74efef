/**
 * npm run soak [-- --seeds 20 --rate 0.1 --parallel 2]: the rehearsal (rehearse.ts) once clean,
 * then once per seed with that share of the stages' requests to GitHub and PyPI faulted (every
 * kind the fakes inject: 5xx, secondary rate limits, 429, connections dropped, answers cut
 * mid-body, writes whose answer is lost). Each seeded rehearsal must complete without a re-run
 * and end in the clean run's end state (end-state.ts says what is normalized and why). Prints
 * per seed whether it completed, the requests and time the faults cost over the clean run, then
 * the verdict; exits non-zero on any failure. The clean run is one of the runs in flight, so its
 * time is taken under the same load as the seeded ones.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { endStateDifferences } from "../end-state.ts";
import { type RehearsalResult, rehearse } from "./rehearse.ts";

/** One seeded rehearsal against the clean one. */
export interface SoakRun {
  readonly seed: number;
  /** Completed without a re-run, in the clean run's end state. */
  readonly completed: boolean;
  /** The rehearsal's failures, then the end state's differences from the clean run's. */
  readonly problems: readonly string[];
  /** A failed run's narrative (each step with its summary), in a file: what failed, and why. */
  readonly narrative?: string;
  /** Requests that got a fault. */
  readonly faults: number;
  /** Requests to GitHub and PyPI beyond the clean run's. */
  readonly extraRequests: number;
  readonly extraMs: number;
}

/** How to soak. */
export interface SoakOptions {
  readonly seeds: number;
  readonly rate: number;
  /** Rehearsals in flight at once. */
  readonly parallel: number;
  /** Called as each run ends (progress). */
  readonly onRun?: (label: string, result: RehearsalResult) => void;
}

/** The clean rehearsal and the seeded ones compared with it. */
export interface SoakResult {
  readonly clean: RehearsalResult;
  readonly runs: readonly SoakRun[];
}

const total = (result: RehearsalResult) => result.requests.github + result.requests.pypi;

/** Writes a seed's narrative to a file of its own and returns the file's path. */
function keepNarrative(seed: number, lines: readonly string[]): string {
  const path = join(tmpdir(), `release-actions-soak-seed-${seed}.log`);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

/** Runs the clean rehearsal and seeds 1…`seeds`, `parallel` at a time. */
export async function soak(options: SoakOptions): Promise<SoakResult> {
  const queue: (number | "clean")[] = ["clean"];
  for (let seed = 1; seed <= options.seeds; seed++) queue.push(seed);
  const results = new Map<number | "clean", RehearsalResult>();
  const narratives = new Map<number | "clean", string[]>();
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const narrative: string[] = [];
      const result = await rehearse({
        say: (text) => narrative.push(text),
        ...(next !== "clean" && { faults: { seed: next, rate: options.rate } }),
      });
      results.set(next, result);
      narratives.set(next, narrative);
      options.onRun?.(next === "clean" ? "clean" : `seed ${next}`, result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel) }, worker));
  const clean = results.get("clean") as RehearsalResult;
  const runs = [...results]
    .filter((entry): entry is [number, RehearsalResult] => entry[0] !== "clean")
    .sort(([a], [b]) => a - b)
    .map(([seed, result]): SoakRun => {
      const problems = [...result.failures, ...endStateDifferences(clean.endState, result.endState)];
      return {
        seed,
        completed: problems.length === 0,
        problems,
        ...(problems.length > 0 && { narrative: keepNarrative(seed, narratives.get(seed) ?? []) }),
        faults: result.faults,
        extraRequests: total(result) - total(clean),
        extraMs: result.durationMs - clean.durationMs,
      };
    });
  return { clean, runs };
}

/** The report npm run soak prints: a line per seed, then the verdict and what failed. */
export function soakReport({ clean, runs }: SoakResult): string[] {
  const seconds = (ms: number) => `${ms >= 0 ? "+" : ""}${(ms / 1000).toFixed(1)} s`;
  const failed = runs.filter((run) => !run.completed);
  const lines = [
    `clean: ${clean.failures.length === 0 ? "completed" : "FAILED"}, ${total(clean)} requests (${clean.requests.github} GitHub, ${clean.requests.pypi} PyPI), ${(clean.durationMs / 1000).toFixed(1)} s`,
    ...clean.failures.map((failure) => `  ✘ ${failure}`),
    ...runs.map(
      (run) =>
        `seed ${String(run.seed).padStart(2)}: ${run.completed ? "completed" : "NOT completed"}, ${run.faults} faults, ${run.extraRequests >= 0 ? "+" : ""}${run.extraRequests} requests, ${seconds(run.extraMs)}`,
    ),
    "",
    failed.length === 0 && clean.failures.length === 0
      ? `${runs.length}/${runs.length} completed without a re-run`
      : `${runs.length - failed.length}/${runs.length} completed without a re-run; failures:`,
    ...failed.flatMap((run) => [
      `seed ${run.seed}${run.narrative ? ` (every step: ${run.narrative})` : ""}:`,
      ...run.problems.map((problem) => `  ✘ ${problem}`),
    ]),
  ];
  return lines;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      seeds: { type: "string", default: "20" },
      rate: { type: "string", default: "0.1" },
      parallel: { type: "string", default: "2" },
    },
  });
  const started = performance.now();
  const result = await soak({
    seeds: Number(values.seeds),
    rate: Number(values.rate),
    parallel: Number(values.parallel),
    onRun: (label, run) =>
      console.log(
        [
          `… ${label} done after ${((performance.now() - started) / 1000).toFixed(0)} s (${run.failures.length} failures)`,
          ...run.failures.map((failure) => `    ✘ ${failure}`),
        ].join("\n"),
      ),
  });
  console.log(soakReport(result).join("\n"));
  process.exitCode = result.clean.failures.length === 0 && result.runs.every((run) => run.completed) ? 0 : 1;
}
