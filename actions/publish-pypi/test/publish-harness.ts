/**
 * What the run() tests of publish-pypi share: settings as action.yml's defaults give them (token
 * authentication unless a test says otherwise, no attestations), aimed at the fake GitHub and a
 * fake index, and one call that runs the stage and renders its report.
 */
import { type FakeGitHub, runnerContext, stageDeps } from "@release-actions/testkit";
import type { PublishPypiSettings } from "../src/inputs.ts";
import { report } from "../src/report.ts";
import type { RetryPolicy } from "../src/request-retries.ts";
import { run } from "../src/run.ts";

/** The settings of a run against `github`'s `repository`; where to read and upload is the test's. */
export function publishSettings(
  github: FakeGitHub,
  repository: string,
  overrides: Partial<PublishPypiSettings> & Pick<PublishPypiSettings, "packagesDir" | "repositoryUrl">,
): PublishPypiSettings {
  return {
    token: github.defaultToken,
    config: ".github/release-strategy.yml",
    dryRun: false,
    context: runnerContext(github, repository),
    indexUrl: "",
    user: "__token__",
    password: "",
    expectedVersion: "",
    skipExisting: false,
    verifyMetadata: true,
    attestations: false,
    printHash: false,
    fileSizeLimit: 100 * 1024 * 1024,
    oidc: { requestUrl: undefined, requestToken: undefined, eventName: "release", event: {} },
    deprecations: [],
    ...overrides,
  };
}

/** Runs the stage as main() would, with the test's retry policy; returns the result and the report. */
export async function publishWith(
  github: FakeGitHub,
  repository: string,
  settings: PublishPypiSettings,
  retry: RetryPolicy,
) {
  const deps = stageDeps(github, repository, { dryRun: settings.dryRun });
  const result = await run(settings, deps, retry);
  return { result, deps, ...report(result, settings) };
}
