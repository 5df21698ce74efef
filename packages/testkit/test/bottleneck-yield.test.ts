import Bottleneck from "bottleneck/light.js";
import { afterEach, expect, it, vi } from "vitest";

afterEach(() => {
  vi.restoreAllMocks();
});

// The setup (bottleneck-yield.ts, in vitest.config.ts) is in force in every test file.
it("schedules a job on Bottleneck with its yields through setImmediate, not timers", async () => {
  const timer = vi.spyOn(globalThis, "setTimeout");
  const immediate = vi.spyOn(globalThis, "setImmediate");
  const limiter = new Bottleneck({ maxConcurrent: 1 });
  await expect(limiter.schedule(async () => "done")).resolves.toBe("done");
  // Unpatched: four timers of no length (three yields and the one that starts the job).
  expect(timer.mock.calls.filter(([, delay]) => !delay)).toHaveLength(1);
  expect(immediate.mock.calls.length).toBeGreaterThanOrEqual(3);
});

it("still spaces jobs by minTime, a wait Bottleneck times itself", async () => {
  const limiter = new Bottleneck({ maxConcurrent: 1, minTime: 50 });
  const started: number[] = [];
  const job = async () => {
    started.push(performance.now());
  };
  const asked = performance.now();
  await Promise.all([limiter.schedule(job), limiter.schedule(job), limiter.schedule(job)]);
  // Bottleneck plans each start minTime after the previous one was planned, not after it ran (a
  // busy event loop shortens one gap): the third start comes two spacings after the asking, at
  // least. A lower bound, however busy the machine (without minTime: a millisecond); not quite
  // 100, as Bottleneck counts in Date.now()'s whole milliseconds and timers may fire one early.
  expect((started[2] as number) - asked).toBeGreaterThanOrEqual(95);
});
