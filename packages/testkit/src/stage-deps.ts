/**
 * What a unit test hands a stage's `run(settings, deps)`: a gateway aimed at the fake GitHub
 * (with waits shortened, so retries and write spacing do not slow tests), a log that records,
 * a runner context for a repository of the fake.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type GatewayTiming, GitHubGateway } from "@release-actions/core/github";
import { directoryFiles, type RunnerContext, type StageDeps } from "@release-actions/core/runtime";
import type { Log } from "@release-actions/core/strategy";
import type { FakeGitHub, FakeRepository } from "./github/index.ts";
import type { RunContext } from "./runner/run-action.ts";

/** A log entry. */
export interface LogEntry {
  readonly level: "info" | "debug" | "warning" | "notice" | "group";
  readonly message: string;
}

/** A Log that keeps everything, for assertions. */
export class RecordingLog implements Log {
  readonly entries: LogEntry[] = [];
  /** Secrets the stage asked the runner to mask, in order. */
  readonly masked: string[] = [];

  info(message: string): void {
    this.entries.push({ level: "info", message });
  }

  debug(message: string): void {
    this.entries.push({ level: "debug", message });
  }

  warning(message: string): void {
    this.entries.push({ level: "warning", message });
  }

  notice(message: string): void {
    this.entries.push({ level: "notice", message });
  }

  async group<T>(title: string, body: () => Promise<T>): Promise<T> {
    this.entries.push({ level: "group", message: title });
    return body();
  }

  /** The messages of one level. */
  messages(level: LogEntry["level"]): string[] {
    return this.entries.filter((entry) => entry.level === level).map((entry) => entry.message);
  }
}

/** A workflow run's context in `repository`, at its main branch's head, with the runner's token. */
export async function workflowContext(fake: FakeGitHub, repository: FakeRepository): Promise<RunContext> {
  return {
    repository: repository.fullName,
    apiUrl: fake.apiUrl,
    serverUrl: fake.serverUrl,
    token: fake.defaultToken,
    ref: "refs/heads/main",
    sha: (await repository.refSha("heads/main")) as string,
  };
}

/** The runner context of a workflow run in a fake repository. */
export function runnerContext(
  fake: FakeGitHub,
  fullName: string,
  overrides: Partial<RunnerContext> = {},
): RunnerContext {
  const [owner = "", repo = ""] = fullName.split("/");
  return {
    owner,
    repo,
    apiUrl: fake.apiUrl,
    serverUrl: fake.serverUrl,
    sha: "",
    ref: "refs/heads/main",
    eventName: "workflow_dispatch",
    event: {},
    actor: "release-manager",
    workflowRef: `${fullName}/.github/workflows/release.yml@refs/heads/main`,
    runUrl: `${fake.serverUrl}/${fullName}/actions/runs/1`,
    ...overrides,
  };
}

/** The waits of a gateway to the fake GitHub, which has no rate limits: no spacing, quick retries. */
export const FAKE_GITHUB_TIMING: GatewayTiming = {
  retryBaseMs: 5,
  writeSpacingMs: 0,
  notificationSpacingMs: 0,
  rateLimitUnitMs: 5,
};

/** How a test's gateway reaches the fake. */
export interface TestGatewayOptions {
  token?: string;
  dryRun?: boolean;
  /** How every request is sent, to GitHub and elsewhere (default: Node's fetch). */
  fetch?: typeof fetch;
}

/** A gateway to a fake repository with waits shortened (retries and write spacing). */
export function testGateway(
  fake: FakeGitHub,
  fullName: string,
  log: Log,
  options: TestGatewayOptions = {},
): GitHubGateway {
  const [owner = "", repo = ""] = fullName.split("/");
  return new GitHubGateway({
    token: options.token ?? fake.defaultToken,
    apiUrl: fake.apiUrl,
    serverUrl: fake.serverUrl,
    owner,
    repo,
    dryRun: options.dryRun ?? false,
    log,
    timing: FAKE_GITHUB_TIMING,
    ...(options.fetch && { fetch: options.fetch }),
  });
}

/** Dependencies for `run()` against a fake repository. */
export function stageDeps(
  fake: FakeGitHub,
  fullName: string,
  options: TestGatewayOptions & { now?: Date } = {},
): StageDeps & { log: RecordingLog } {
  const log = new RecordingLog();
  return {
    github: testGateway(fake, fullName, log, options),
    log,
    now: () => options.now ?? fake.now(),
    fetch: options.fetch ?? globalThis.fetch,
    files: directoryFiles(mkdtempSync(join(tmpdir(), "stage-files-"))),
    mask: (secret) => log.masked.push(secret),
  };
}

/**
 * Commits a release policy (`.github/release-strategy.yml`) on main and returns the context of a
 * run at that commit: the stages read the policy at the run's commit.
 */
export async function runAtPolicy(
  fake: FakeGitHub,
  repository: FakeRepository,
  policy: string,
): Promise<RunnerContext> {
  const sha = await repository.commit({
    branch: "main",
    files: { ".github/release-strategy.yml": policy },
    message: "Release policy",
  });
  return runnerContext(fake, repository.fullName, { sha });
}
