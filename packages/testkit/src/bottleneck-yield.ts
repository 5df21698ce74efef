/**
 * Vitest setup: the stages' GitHub client yields without a timer in the tests' process.
 *
 * Bottleneck, the limiter behind @octokit/plugin-throttling, yields to the event loop with
 * `setTimeout(0)` (at least 1 ms in Node) at every step of a job: with the retry, global and
 * write limiters that made about 15 ms of waiting between two requests of a stage. Against the
 * fake GitHub, which answers in 2–4 ms, that was two thirds of an in-process stage test (measured:
 * tag-and-changelog's run tests 35 s → 22 s alone, with the CPU they use unchanged).
 *
 * Here those yields go through `setImmediate` instead: the same hand-over to the event loop,
 * without the timer. Bottleneck always calls yieldLoop without a delay; its waits (minTime,
 * retries) are timers it sets itself, which this leaves alone. The bundles that the workflow,
 * rehearsal and bundle tests run carry their own Bottleneck, untouched, as on a runner.
 */
/// <reference path="../../core/src/github/bottleneck-light.d.ts" />
import Bottleneck from "bottleneck/light.js";

interface Datastore {
  yieldLoop(this: { Promise: PromiseConstructor }): Promise<void>;
}

const store = (new Bottleneck() as unknown as { _store?: object })._store;
const datastore = store ? (Object.getPrototypeOf(store) as Datastore) : undefined;
if (typeof datastore?.yieldLoop !== "function") {
  throw new Error(
    "bottleneck-yield.ts: Bottleneck's local datastore has no yieldLoop any more; see what its new version waits on before changing this setup.",
  );
}
datastore.yieldLoop = function () {
  return new this.Promise<void>((resolve) => setImmediate(resolve));
};
