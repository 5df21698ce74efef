/**
 * RELEASE_ACTIONS_GITHUB_TIMING, the runner variable that shortens the waits between GitHub
 * requests for a GitHub without rate limits: read by every stage's runtime, refused with a
 * message that says how to fix it when it is not a JSON object of milliseconds.
 */
import { runAction, stageDir } from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { describe, expect, it } from "vitest";
import { GITHUB_TIMING_VARIABLE, readGatewayTiming } from "../src/runtime/github-stage-runner.ts";
import { ConfigurationError } from "../src/strategy/errors.ts";

const fakeGitHub = useFakeGitHub();

describe("readGatewayTiming", () => {
  it("keeps GitHub's guidance (the gateway's defaults) when the variable is unset or empty", () => {
    expect(readGatewayTiming({})).toEqual({});
    expect(readGatewayTiming({ [GITHUB_TIMING_VARIABLE]: " " })).toEqual({});
  });

  it("takes the waits the runner sets, in milliseconds", () => {
    expect(
      readGatewayTiming({
        [GITHUB_TIMING_VARIABLE]: '{"writeSpacingMs":0,"notificationSpacingMs":0,"retryBaseMs":5}',
      }),
    ).toEqual({ writeSpacingMs: 0, notificationSpacingMs: 0, retryBaseMs: 5 });
  });

  it.each([
    ["not JSON", "writeSpacingMs=0"],
    ["not an object", "[0]"],
    ["an unknown key", '{"writeSpacing":0}'],
    ["a negative wait", '{"retryBaseMs":-1}'],
    ["a string", '{"retryBaseMs":"5"}'],
  ])("refuses %s, naming the variable and the fix", (_, value) => {
    expect(() => readGatewayTiming({ [GITHUB_TIMING_VARIABLE]: value })).toThrow(ConfigurationError);
    expect(() => readGatewayTiming({ [GITHUB_TIMING_VARIABLE]: value })).toThrow(
      /RELEASE_ACTIONS_GITHUB_TIMING is ".*": expected a JSON object of milliseconds \(retryBaseMs, writeSpacingMs, notificationSpacingMs, rateLimitUnitMs\).*Unset it to keep GitHub's guidance/,
    );
  });

  it("is read by the committed bundles: a bad value fails the step before any request", async () => {
    const fake = fakeGitHub();
    fake.clearLog();
    const run = await runAction(stageDir("validate-version"), {
      inputs: { version: "0.1.0" },
      context: { repository: "acme/timing", apiUrl: fake.apiUrl, serverUrl: fake.serverUrl, token: "t" },
      runnerEnv: { [GITHUB_TIMING_VARIABLE]: "fast" },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations.map((annotation) => annotation.message)).toEqual([
      expect.stringMatching(/^The runner variable RELEASE_ACTIONS_GITHUB_TIMING is "fast"/),
    ]);
    expect(fake.requests).toEqual([]);
  });
});
