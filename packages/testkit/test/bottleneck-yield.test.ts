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

it("keeps the timer of a wait Bottleneck was asked for (minTime)", async () => {
  const limiter = new Bottleneck({ maxConcurrent: 1, minTime: 30 });
  await limiter.schedule(async () => undefined);
  const timer = vi.spyOn(globalThis, "setTimeout");
  await limiter.schedule(async () => undefined);
  expect(timer.mock.calls.some(([, delay]) => (delay ?? 0) > 0)).toBe(true);
});
