/**
 * Vitest wiring for the fake GitHub: one server per test file, and a test fails when a request
 * it caused (or the fake's answer) broke GitHub's API description. The only module of the fake
 * that imports vitest: the rest runs in plain Node (the rehearsal).
 */
import { afterAll, afterEach, beforeAll } from "vitest";
import { FakeGitHub } from "./fake-github.ts";

/** Starts a fake for the test file; returns a getter (the fake exists once beforeAll ran). */
export function useFakeGitHub(): () => FakeGitHub {
  let fake: FakeGitHub | undefined;
  beforeAll(async () => {
    fake = await FakeGitHub.start();
  });
  afterEach(() => {
    const violations = [...(fake?.violations ?? [])];
    fake?.clearLog();
    // A fault a test injected and did not use must not hit the next test.
    fake?.clearFaults();
    if (violations.length > 0) {
      throw new Error(
        `GitHub API description violated:\n${violations.map((v) => `- ${v.kind}: ${v.method} ${v.path}: ${v.details}`).join("\n")}`,
      );
    }
  });
  afterAll(async () => {
    await fake?.stop();
  });
  return () => {
    if (!fake)
      throw new Error("useFakeGitHub(): the fake starts in beforeAll; call the getter inside a test or hook");
    return fake;
  };
}
