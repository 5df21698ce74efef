/**
 * The one way stages talk to GitHub: an Octokit client with retries (5xx, dropped connections),
 * throttling (secondary rate limits, GitHub's one-second spacing of writes) and pagination,
 * aimed at `GITHUB_API_URL` so GitHub Enterprise Server works, plus the repository operations
 * several stages share. In dry-run mode every request that could change something is refused
 * before it leaves the process, so "dry-run writes nothing" holds by construction.
 */
/// <reference path="./bottleneck-light.d.ts" />
import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck/light.js";
import { ConfigurationError, DryRunWriteError, getErrorMessage, httpStatus } from "../strategy/errors.ts";
import type { Log } from "../strategy/log.ts";
import { responseChecks } from "./response-checks.ts";

/** The Octokit client stages use for requests the gateway has no method for. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/**
 * How long the client waits: GitHub's guidance unless the runner sets RELEASE_ACTIONS_GITHUB_TIMING
 * (readGatewayTiming) for a GitHub without rate limits; tests shorten it.
 */
export interface GatewayTiming {
  /** Base of the quadratic back-off between retries of a failed request (default 1000 ms). */
  readonly retryBaseMs?: number;
  /** Minimum gap between two writes (default 1000 ms, as GitHub asks of integrations). */
  readonly writeSpacingMs?: number;
  /** Minimum gap between two writes that notify people: PRs, reviews, comments (default 3000 ms). */
  readonly notificationSpacingMs?: number;
  /** Multiplier of the `retry-after` seconds of a rate limit (default 1000 ms). */
  readonly rateLimitUnitMs?: number;
}

/** Everything the gateway needs; `main` builds it from inputs and the runner context. */
export interface GatewayOptions {
  readonly token: string;
  readonly apiUrl: string;
  readonly serverUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly dryRun: boolean;
  readonly log: Log;
  readonly timing?: GatewayTiming;
  /** How requests are sent: the runtime passes its proxy-aware fetch; default Node's fetch. */
  readonly fetch?: typeof fetch;
}

/** A git ref as listed by the refs API, without its `refs/heads/` or `refs/tags/` prefix. */
export interface GitRef {
  readonly name: string;
  readonly sha: string;
  readonly type: "commit" | "tag";
}

/** The relation between two commits, from the compare API (three-dot). */
export interface Comparison {
  readonly status: "ahead" | "behind" | "identical" | "diverged";
  readonly aheadBy: number;
  readonly behindBy: number;
  readonly mergeBase: string;
}

// POST endpoints that only read: allowed in dry-run.
const READ_ONLY_POSTS = [/\/releases\/generate-notes$/, /^\/markdown(\/raw)?$/];

// `request` is Octokit's options: parameters (a GraphQL `query` among them) sit at its top level
// until the request is sent; a raw body comes as `data`.
function isWrite(request: { method: string; url: string; query?: unknown; data?: unknown }): boolean {
  const { method } = request;
  if (method === "GET" || method === "HEAD") return false;
  const path = request.url.replace(/^[a-z]+:\/\/[^/]+/i, "").replace(/\?.*$/, "");
  if (method === "POST" && READ_ONLY_POSTS.some((pattern) => pattern.test(path))) return false;
  if (method === "POST" && /\/graphql$/.test(path)) {
    const query = request.query ?? (request.data as { query?: unknown } | undefined)?.query;
    return typeof query !== "string" || /^\s*mutation\b/.test(query);
  }
  return true;
}

/**
 * Whether a 404 says that the ref does not exist ("No commit found for the ref …"), not the
 * path ("Not Found"): the contents API answers 404 to both.
 */
export function isMissingRef(error: unknown): boolean {
  return httpStatus(error) === 404 && getErrorMessage(error).startsWith("No commit found for the ref ");
}

/**
 * How to give the token a permission it lacks, for the errors of a 401 or 403:
 * `The token needs "<permission>": …`.
 */
export function tokenNeeds(permission: string): string {
  return `The token needs "${permission}": add it to the job's permissions, or pass a token that has it in the "token" input.`;
}

/** The shared GitHub operations of the stages, bound to one repository. */
export class GitHubGateway {
  readonly owner: string;
  readonly repo: string;
  readonly serverUrl: string;
  readonly dryRun: boolean;
  /** The waits it keeps (a gateway to another repository of the same run keeps the same). */
  readonly timing: GatewayTiming;
  readonly client: GitHubClient;
  /** HTTP requests sent so far, retries included (shown in job summaries, asserted by benchmarks). */
  requestCount = 0;

  constructor(options: GatewayOptions) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.serverUrl = options.serverUrl;
    this.dryRun = options.dryRun;
    const { log, timing = {} } = options;
    this.timing = timing;
    const baseFetch = options.fetch ?? globalThis.fetch;
    const countingFetch: typeof fetch = (input, init) => {
      this.requestCount++;
      return baseFetch(input, init);
    };
    // @actions/github's client (REST methods, pagination) with the retry and throttling plugins.
    this.client = getOctokit(
      options.token,
      {
        baseUrl: options.apiUrl,
        userAgent: "instructlab-release-actions",
        request: { fetch: countingFetch },
        log: {
          debug: () => {},
          info: () => {},
          warn: (message: string) => log.warning(message),
          error: (message: string) => log.warning(message),
        },
        retry: { retryAfterBaseValue: timing.retryBaseMs ?? 1000 },
        throttle: {
          // The plugin's global and auth limiters are shared by every client of the process and
          // keyed by this id (default "no-id", 10 requests at a time): a gateway of its own
          // keeps requests another client left hanging from holding this one's slots.
          id: globalThis.crypto.randomUUID(),
          retryAfterBaseValue: timing.rateLimitUnitMs ?? 1000,
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.writeSpacingMs ?? 1000 }),
          notifications: new Bottleneck.Group({
            maxConcurrent: 1,
            minTime: timing.notificationSpacingMs ?? 3000,
          }),
          onRateLimit: (
            retryAfter: number,
            request: { method: string; url: string },
            _client: unknown,
            retryCount: number,
          ) => {
            log.warning(
              `GitHub's rate limit was reached on ${request.method} ${request.url}; retrying in ${retryAfter} s.`,
            );
            return retryCount < 1 && retryAfter <= 300;
          },
          onSecondaryRateLimit: (
            retryAfter: number,
            request: { method: string; url: string },
            _client: unknown,
            retryCount: number,
          ) => {
            log.warning(
              `GitHub's secondary rate limit was hit on ${request.method} ${request.url}; retrying in ${retryAfter} s.`,
            );
            return retryCount < 3;
          },
        },
      },
      // responseChecks before retry: its check of each answer runs inside the retries.
      responseChecks,
      retry,
      throttling,
    );
    this.client.hook.before("request", (request) => {
      if (this.dryRun && isWrite(request)) {
        throw new DryRunWriteError(
          `dry-run: refused to send ${request.method} ${request.url}, which would change the repository.`,
        );
      }
    });
  }

  /** A link to the repository on the web, optionally to a path in it (`/pull/12`). */
  webUrl(path = ""): string {
    return `${this.serverUrl}/${this.owner}/${this.repo}${path}`;
  }

  private get where(): { owner: string; repo: string } {
    return { owner: this.owner, repo: this.repo };
  }

  /**
   * Runs a write and turns GitHub's permission answers into an error that says which
   * permission the token lacks and how to grant it.
   */
  async write<T>(what: string, permission: string, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      const status = httpStatus(error);
      if (status === 403 && /not accessible|permission|must have/i.test(getErrorMessage(error))) {
        throw new ConfigurationError(
          `Could not ${what}: GitHub answered 403 (${getErrorMessage(error)}). ${tokenNeeds(permission)}`,
        );
      }
      throw error;
    }
  }

  /** The published release of a tag, or undefined when it has none (GitHub finds no draft by tag). */
  async getReleaseByTag(tag: string) {
    try {
      const { data } = await this.client.request("GET /repos/{owner}/{repo}/releases/tags/{tag}", {
        ...this.where,
        tag,
      });
      return data;
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw error;
    }
  }

  /**
   * The text of a file at a ref, or undefined when the file does not exist there. An empty
   * `ref` is left out of the request, so GitHub reads the default branch; a ref that does not
   * exist is GitHub's error (see {@link isMissingRef}), never a missing file.
   */
  async getFileText(path: string, ref: string): Promise<string | undefined> {
    return (await this.getFile(path, ref))?.text;
  }

  /**
   * A file at a ref with its blob sha (what the contents API's PUT needs to replace it), or
   * undefined when the file does not exist there; as {@link getFileText} otherwise.
   */
  async getFile(path: string, ref: string): Promise<{ text: string; sha: string } | undefined> {
    try {
      const { data } = await this.client.request("GET /repos/{owner}/{repo}/contents/{path}", {
        ...this.where,
        path,
        ...(ref && { ref }),
      });
      if (Array.isArray(data) || data.type !== "file") {
        throw new ConfigurationError(
          `${path} at ${ref || "the default branch"} is a ${Array.isArray(data) ? "directory" : data.type}, not a file.`,
        );
      }
      if (data.encoding === "base64")
        return { text: Buffer.from(data.content, "base64").toString("utf8"), sha: data.sha };
      // Files over 1 MB come without content: read them as a blob.
      const blob = await this.client.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", {
        ...this.where,
        file_sha: data.sha,
      });
      return { text: Buffer.from(blob.data.content, "base64").toString("utf8"), sha: data.sha };
    } catch (error) {
      if (httpStatus(error) === 404 && !isMissingRef(error)) return undefined;
      throw error;
    }
  }

  /** Refs whose name starts with `prefix` (`tags/v`, `heads/release-v`); one request, GitHub does not paginate it. */
  async listMatchingRefs(prefix: string): Promise<GitRef[]> {
    const { data } = await this.client.request("GET /repos/{owner}/{repo}/git/matching-refs/{ref}", {
      ...this.where,
      ref: prefix,
    });
    return data.map((ref) => ({
      name: ref.ref.replace(/^refs\/(heads|tags)\//, ""),
      sha: ref.object.sha,
      type: ref.object.type === "tag" ? "tag" : "commit",
    }));
  }

  /** One ref (`heads/main`, `tags/v1.0.0`), or undefined when it does not exist. */
  async getRef(ref: string): Promise<GitRef | undefined> {
    try {
      const { data } = await this.client.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
        ...this.where,
        ref,
      });
      return {
        name: ref.replace(/^(heads|tags)\//, ""),
        sha: data.object.sha,
        type: data.object.type === "tag" ? "tag" : "commit",
      };
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw error;
    }
  }

  /**
   * Creates a ref (`refs/heads/…`, `refs/tags/…`). Returns "exists" instead of failing when the
   * ref is already there (another run won the race): the caller decides whether that is fine.
   */
  async createRef(ref: string, sha: string, permission = "contents: write"): Promise<"created" | "exists"> {
    try {
      await this.write(`create ${ref}`, permission, () =>
        this.client.request("POST /repos/{owner}/{repo}/git/refs", { ...this.where, ref, sha }),
      );
      return "created";
    } catch (error) {
      if (httpStatus(error) === 422 && /already exists/i.test(getErrorMessage(error))) return "exists";
      throw error;
    }
  }

  /** The full sha of a commit named by a sha, a short sha, a branch or a tag; undefined when none. */
  async resolveCommit(ref: string): Promise<string | undefined> {
    try {
      const { data } = await this.client.request("GET /repos/{owner}/{repo}/commits/{ref}", {
        ...this.where,
        ref,
        per_page: 1,
      });
      return data.sha;
    } catch (error) {
      const status = httpStatus(error);
      if (status === 404 || status === 422) return undefined;
      throw error;
    }
  }

  /** The commit an annotated tag object points to, following nested tags. */
  async peelTag(tagObjectSha: string): Promise<string> {
    let sha = tagObjectSha;
    for (let depth = 0; depth < 10; depth++) {
      const { data } = await this.client.request("GET /repos/{owner}/{repo}/git/tags/{tag_sha}", {
        ...this.where,
        tag_sha: sha,
      });
      if (data.object.type !== "tag") return data.object.sha;
      sha = data.object.sha;
    }
    throw new Error(`Tag object ${tagObjectSha} nests more than 10 tags deep.`);
  }

  /** The commit a tag ref points to (one request for annotated tags, none for lightweight ones). */
  async tagCommit(ref: GitRef): Promise<string> {
    return ref.type === "tag" ? this.peelTag(ref.sha) : ref.sha;
  }

  /** How `head` relates to `base`; undefined when either does not exist. */
  async compare(base: string, head: string): Promise<Comparison | undefined> {
    try {
      const { data } = await this.client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
        ...this.where,
        basehead: `${base}...${head}`,
        per_page: 1,
      });
      return {
        status: data.status,
        aheadBy: data.ahead_by,
        behindBy: data.behind_by,
        mergeBase: data.merge_base_commit.sha,
      };
    } catch (error) {
      if (httpStatus(error) === 404) return undefined;
      throw error;
    }
  }

  /** True when `commit` is reachable from `branchOrSha` (it is on that branch). */
  async isAncestor(commit: string, branchOrSha: string): Promise<boolean> {
    const comparison = await this.compare(branchOrSha, commit);
    return comparison?.status === "behind" || comparison?.status === "identical";
  }
}
