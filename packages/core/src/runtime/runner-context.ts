/**
 * What the runner tells a step about the workflow run: the repository, the API and web
 * endpoints (GitHub Enterprise Server included), the ref and commit, the event. Read once, in
 * `main`, and handed to `run()` inside the settings.
 *
 * Why not `@actions/github`'s `Context`, which reads the same variables:
 * - it reads `process.env` and nothing else, while the stage runner reads the env it is given
 *   (tests hand it one; `run()` never sees `process.env`);
 * - the only ways to it (`@actions/github` and its `lib/utils`, per its `exports`) import Octokit,
 *   which publish-pypi, a stage without GitHub calls, must not bundle;
 * - it lacks `GITHUB_WORKFLOW_REF`; its `repo` falls back to the payload when
 *   `GITHUB_REPOSITORY` is unset and takes `a/b/c` as `a/b`, and an event file it cannot find is a
 *   line on stdout, one it cannot parse a bare SyntaxError: a stage outside a runner would go on
 *   with a wrong or empty context where this module stops with a ConfigurationError that says why.
 */
import { readFileSync } from "node:fs";
import { ConfigurationError } from "../strategy/errors.ts";

/** The workflow run a stage is part of. */
export interface RunnerContext {
  readonly owner: string;
  readonly repo: string;
  /** REST API base, `https://api.github.com` or `https://ghes.example/api/v3`. */
  readonly apiUrl: string;
  /** Web base for links, `https://github.com` or the GHES host. */
  readonly serverUrl: string;
  /** The commit the workflow runs at (`GITHUB_SHA`). */
  readonly sha: string;
  /** The ref the workflow runs at (`GITHUB_REF`), e.g. `refs/heads/main`. */
  readonly ref: string;
  readonly eventName: string;
  /** The webhook payload of the triggering event (`{}` when the runner gave none). */
  readonly event: Readonly<Record<string, unknown>>;
  readonly actor: string;
  /** `owner/repo/.github/workflows/file.yml@ref`. */
  readonly workflowRef: string;
  /** Link to this workflow run, for summaries and announcements. */
  readonly runUrl: string;
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigurationError(
      `Could not read the event payload at GITHUB_EVENT_PATH=${path}: ${String(error)}.`,
    );
  }
}

/** Reads the run's context from the runner's environment variables. */
export function readRunnerContext(env: Readonly<Record<string, string | undefined>>): RunnerContext {
  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner, repo, ...rest] = repository.split("/");
  if (!owner || !repo || rest.length > 0) {
    throw new ConfigurationError(
      `GITHUB_REPOSITORY is "${repository}", expected "owner/repo": this action runs as a step of a GitHub Actions workflow.`,
    );
  }
  const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  return {
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    serverUrl,
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    eventName: env.GITHUB_EVENT_NAME ?? "",
    event: readEvent(env.GITHUB_EVENT_PATH),
    actor: env.GITHUB_ACTOR ?? "",
    workflowRef: env.GITHUB_WORKFLOW_REF ?? "",
    runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : "",
  };
}
