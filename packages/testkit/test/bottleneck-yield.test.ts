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
  await Promise.all([limiter.schedule(job), limiter.schedule(job), limiter.schedule(job)]);
  // A lower bound only, however busy the machine: unspaced jobs start within a millisecond. Not
  // quite 50: Bottleneck counts in Date.now()'s whole milliseconds, and Node's timers may fire a
  // fraction of one early by performance.now().
  for (let index = 1; index < started.length; index++)
    expect((started[index] as number) - (started[index - 1] as number)).toBeGreaterThanOrEqual(45);
});
