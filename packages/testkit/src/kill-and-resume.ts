/**
 * Kill-and-resume (issue 15 §2): a stage killed right after one of its writes, then run again,
 * must converge on the end state of an uninterrupted run with nothing created twice. In process,
 * a kill is a fetch that lets a write reach the server (which applies it) and then never answers
 * it or anything after: the run waits forever, as a process killed at that instant would never
 * go on, and the test abandons it. The write points come from counting the writes of an
 * uninterrupted run, so a write a stage gains is covered without changing the tests.

 */
import { type EndState, endStateDifferences } from "./end-state.ts";

/** How a stage sends requests. */
export type Fetch = typeof globalThis.fetch;

/** A write, as a kill point names it: `POST /repos/acme/x/git/refs`. */
export type WriteName = string;

/**
 * Requests that may change something: every method but GET and HEAD. A read-only POST (GitHub's
 * generate-notes, PyPI's mint-token) counts too: a kill after it is a redundant point, never a
 * missed one.
 */
function isWrite(method: string): boolean {
  return method !== "GET" && method !== "HEAD";
}

/** A fetch that counts writes and, given a limit, is killed right after that many. */
export class KillSwitch {
  readonly writes: WriteName[] = [];
  readonly #limit: number;
  readonly #base: Fetch;
  #killed: (() => void) | undefined;
  /** Settles once the run is killed (never, without a limit). */
  readonly killed: Promise<void>;

  constructor(base: Fetch = globalThis.fetch, limit = Number.POSITIVE_INFINITY) {
    this.#base = base;
    this.#limit = limit;
    this.killed = new Promise((resolve) => {
      this.#killed = resolve;
    });
  }

  get isKilled(): boolean {
    return this.writes.length >= this.#limit;
  }

  /** The fetch to give the stage. */
  readonly fetch: Fetch = async (input, init) => {
    if (this.isKilled) return new Promise<Response>(() => {});
    // The request goes on as given (a routed fetch reads its URL as a string).
    const method = (init?.method ?? (input instanceof Request ? input.method : "GET")).toUpperCase();
    if (!isWrite(method)) return this.#base(input, init);
    const response = await this.#base(input, init);
    // A refused write (4xx) changed nothing: a kill after it is a kill before it.
    if (response.status >= 400) return response;
    const url = input instanceof Request ? input.url : String(input);
    this.writes.push(`${method} ${new URL(url).pathname}`);
    if (!this.isKilled) return response;
    // The write reached the server and was applied; its answer is never read.
    await response.body?.cancel();
    this.#killed?.();
    return new Promise<Response>(() => {});
  };
}

/** One stage's scenario: a fresh world, a run of the stage in it, and its end state. */
export interface KillScenario<World> {
  /** Sets up a fresh world (the same each time: same names, same numbers). */
  readonly setUp: () => Promise<World>;
  /** Runs the stage once with this fetch for every request. */
  readonly run: (world: World, fetch: Fetch) => Promise<unknown>;
  readonly endState: (world: World) => Promise<EndState>;
  readonly tearDown: (world: World) => Promise<void>;
  /** How requests leave when not killed (default: Node's fetch; e.g. a fetch routed to sinks). */
  readonly baseFetch?: Fetch;
}

/** An uninterrupted run: its end state and its writes, in order. */
export interface CleanRun {
  readonly endState: EndState;
  readonly writes: readonly WriteName[];
}

/** Runs the scenario uninterrupted in a fresh world, counting its writes. */
export async function uninterrupted<World>(scenario: KillScenario<World>): Promise<CleanRun> {
  const counting = new KillSwitch(scenario.baseFetch ?? globalThis.fetch);
  const world = await scenario.setUp();
  try {
    await scenario.run(world, counting.fetch);
    return { endState: await scenario.endState(world), writes: counting.writes };
  } finally {
    await scenario.tearDown(world);
  }
}

/**
 * Runs the scenario once in a fresh world with `faults` injected (seeded faults of the fakes):
 * the run must complete, without a re-run, in the clean run's end state. Returns what went
 * wrong: the run's error, or the end states' differences.
 */
export async function differencesUnderFaults<World>(
  scenario: KillScenario<World>,
  clean: CleanRun,
  faults: (world: World) => void,
): Promise<string[]> {
  const world = await scenario.setUp();
  try {
    faults(world);
    try {
      await scenario.run(world, scenario.baseFetch ?? globalThis.fetch);
    } catch (error) {
      return [`the run failed: ${String(error)}`];
    }
    return endStateDifferences(clean.endState, await scenario.endState(world));
  } finally {
    await scenario.tearDown(world);
  }
}

/** What killing a stage after each of its writes gave. */
export interface KillReport {
  /** The write each killed run was killed after ("(finished before)" if it finished first). */
  readonly killedAfter: readonly WriteName[];
  /** Runs that failed instead of converging, with their error. */
  readonly failures: readonly string[];
  /** What the end state after the last run has that the uninterrupted one's has not, and back. */
  readonly differences: readonly string[];
}

/** One kill point's outcome (see {@link killAfterEachWrite}). */
interface KillPoint {
  readonly killedAfter: WriteName;
  readonly failures: readonly string[];
  readonly differences: readonly string[];
}

/** Kills a run in a fresh world right after its `point`-th write, runs it again, compares. */
async function killAt<World>(
  scenario: KillScenario<World>,
  clean: CleanRun,
  point: number,
): Promise<KillPoint> {
  const base = scenario.baseFetch ?? globalThis.fetch;
  const failures: string[] = [];
  const world = await scenario.setUp();
  try {
    const kill = new KillSwitch(base, point);
    const finished = scenario.run(world, kill.fetch).then(
      () => undefined,
      (error: unknown) => String(error),
    );
    const failure = await Promise.race([kill.killed.then(() => undefined), finished]);
    if (failure) failures.push(`killed run ${point}: ${failure}`);
    await scenario
      .run(world, base)
      .catch((error: unknown) => failures.push(`re-run ${point}: ${String(error)}`));
    const differences = endStateDifferences(clean.endState, await scenario.endState(world)).map(
      (difference) => `after write ${point}: ${difference}`,
    );
    return { killedAfter: kill.writes[point - 1] ?? "(finished before)", failures, differences };
  } finally {
    await scenario.tearDown(world);
  }
}

/**
 * For each write of the clean run: a fresh world, a run killed right after that write, a second
 * run to the end, and the end state compared with the clean run's. Each kill point has a world
 * of its own, so up to `concurrency` of them run at once (their runs mostly wait on the fakes'
 * git processes); the report lists them in the order of the writes.
 */
export async function killAfterEachWrite<World>(
  scenario: KillScenario<World>,
  clean: CleanRun,
  options: { concurrency?: number } = {},
): Promise<KillReport> {
  const points: KillPoint[] = [];
  let next = 0;
  const worker = async () => {
    while (next < clean.writes.length) {
      const index = next++;
      points[index] = await killAt(scenario, clean, index + 1);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  return {
    killedAfter: points.map((point) => point.killedAfter),
    failures: points.flatMap((point) => point.failures),
    differences: points.flatMap((point) => point.differences),
  };
}
