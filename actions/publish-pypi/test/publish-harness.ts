/**
 * What the run() tests of publish-pypi share: settings as action.yml's defaults give them (token
 * authentication unless a test says otherwise, no attestations), aimed at the fake GitHub and a
 * fake index, and one call that runs the stage and renders its report.
 */
import { type IdTokenSource, jobIdToken } from "@release-actions/core/runtime";
import { type FakeGitHub, runnerContext, stageDeps } from "@release-actions/testkit";
import type { PublishPypiSettings } from "../src/inputs.ts";
import { report } from "../src/report.ts";
import type { RetryPolicy } from "../src/request-retries.ts";
import { type PublishDeps, run } from "../src/run.ts";
import type { OidcContext } from "../src/trusted-publishing.ts";

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

/**
 * The job's token service for the job `oidc` describes, asked through the toolkit as on a runner
 * (`jobIdToken`: core.getIDToken). The toolkit reads ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN
 * from process.env before its first await, so they are set around the call alone.
 */
export function runnerIdToken(oidc: OidcContext): IdTokenSource {
  const job = {
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
  };
  const assign = (values: Readonly<Record<string, string | undefined>>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  return (audience) => {
    const saved = Object.fromEntries(Object.keys(job).map((name) => [name, process.env[name]]));
    assign(job);
    try {
      return jobIdToken(audience);
    } finally {
      assign(saved);
    }
  };
}

/** What main() gives run() for a run against `github`'s `repository` with `settings`. */
export function publishDeps(
  github: FakeGitHub,
  repository: string,
  settings: PublishPypiSettings,
): PublishDeps & ReturnType<typeof stageDeps> {
  return {
    ...stageDeps(github, repository, { dryRun: settings.dryRun }),
    idToken: runnerIdToken(settings.oidc),
  };
}

/** Runs the stage as main() would, with the test's retry policy; returns the result and the report. */
export async function publishWith(
  github: FakeGitHub,
  repository: string,
  settings: PublishPypiSettings,
  retry: RetryPolicy,
) {
  const deps = publishDeps(github, repository, settings);
  const result = await run(settings, deps, retry);
  return { result, deps, ...report(result, settings) };
}
