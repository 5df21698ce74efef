/**
 * GitHub's answers held to what its API promises before a stage reads them. Octokit reads a 200
 * whose body was cut off (the connection closed before Content-Length bytes arrived) as
 * `data: ""`, and pagination turns that into an empty list: a release would ship notes saying no
 * pull request was merged. So a JSON answer that is not JSON, a list endpoint that does not
 * answer a list, or an object without the fields the stages read is a fault of the connection:
 * it is thrown inside the retry plugin (retried like a 502), and refused once retries run out —
 * never read as empty.
 */
import type { Octokit } from "@octokit/core";

/** What one endpoint promises (GitHub's OpenAPI description: these fields are required). */
interface AnswerRule {
  readonly method: string;
  /** Matched against the path of the request's URL (any API prefix, such as GHES `/api/v3`, before it). */
  readonly path: RegExp;
  /** The answer is a list of objects (else one object). */
  readonly list: boolean;
  /** Fields each object must have. */
  readonly fields: readonly string[];
  /** Fields that must be lists. */
  readonly lists?: readonly string[];
}

const REPO = "/repos/[^/]+/[^/]+";
const rule = (
  method: string,
  path: string,
  list: boolean,
  fields: string[],
  lists?: string[],
): AnswerRule => ({
  method,
  path: new RegExp(`${REPO}${path}$`),
  list,
  fields,
  ...(lists && { lists }),
});
const release = ["id", "tag_name", "draft", "prerelease", "html_url", "upload_url"];
// Not "digest": GitHub added it in 2025, and older GitHub Enterprise Servers do not send it.
const asset = ["id", "name", "size", "state"];
const pull = ["number", "state", "title", "user", "labels", "head", "base", "merged_at", "html_url"];
const commit = ["sha", "commit", "parents"];
const ref = ["ref", "object"];

/**
 * The answers the stages read, with the fields they rely on (each one required by GitHub's
 * OpenAPI description for that operation: packages/core/test/response-checks.test.ts checks it).
 */
export const ANSWER_RULES: readonly AnswerRule[] = [
  rule("GET", "/pulls", true, [...pull, "merge_commit_sha", "updated_at"]),
  rule("POST", "/pulls", false, pull),
  rule("GET", String.raw`/pulls/\d+`, false, pull),
  rule("PATCH", String.raw`/pulls/\d+`, false, pull),
  rule("GET", String.raw`/pulls/\d+/reviews`, true, ["id", "user", "state"]),
  rule("GET", String.raw`/pulls/\d+/commits`, true, commit),
  rule("GET", "/commits", true, commit),
  rule("GET", "/commits/[^/]+/pulls", true, pull),
  rule("GET", "/commits/[^/]+", false, commit),
  rule(
    "GET",
    "/compare/.+",
    false,
    ["status", "ahead_by", "behind_by", "total_commits", "commits", "merge_base_commit"],
    ["commits"],
  ),
  rule("GET", "/contributors", true, ["contributions"]),
  rule("GET", "/milestones", true, ["number", "title", "state"]),
  rule("POST", "/milestones", false, ["number", "title", "state"]),
  rule("GET", "/releases", true, release),
  rule("POST", "/releases", false, release),
  rule("GET", "/releases/(?:tags/.+|latest|\\d+)", false, release),
  rule("PATCH", String.raw`/releases/\d+`, false, release),
  rule("GET", String.raw`/releases/\d+/assets`, true, asset),
  rule("POST", String.raw`/releases/\d+/assets`, false, asset),
  rule("GET", "/git/matching-refs/.+", true, ref),
  rule("GET", "/git/ref/.+", false, ref),
  rule("POST", "/git/refs", false, ref),
  rule("PATCH", "/git/refs/.+", false, ref),
  rule("GET", "/git/tags/[0-9a-f]+", false, ["sha", "tag", "object"]),
  rule("POST", "/git/tags", false, ["sha", "tag", "object"]),
  rule("POST", "/git/trees", false, ["sha", "tree"], ["tree"]),
  rule("GET", "/git/commits/[0-9a-f]+", false, ["sha", "tree", "parents"], ["parents"]),
  rule("POST", "/git/commits", false, ["sha", "tree", "parents"], ["parents"]),
  rule("GET", "/issues", true, ["number", "title", "state"]),
  rule("GET", "/rulesets", true, ["id", "name"]),
  rule("GET", "", false, ["id", "full_name", "default_branch"]),
  { method: "GET", path: /\/orgs\/[^/]+\/teams\/[^/]+\/members$/, list: true, fields: ["login"] },
];

/** A GitHub answer that is not what the API promises; retried like a 502, then refused. */
export class MalformedAnswerError extends Error {
  override name = "MalformedAnswerError";
  /** plugin-retry retries what has a status of 400 or more outside its do-not-retry list: a bad gateway. */
  readonly status = 502;
  /** The request, as plugin-retry expects to find it (its `request` options carry the retry count). */
  readonly request: { readonly request?: unknown };
  /** What was wrong with the answer. */
  readonly problem: string;

  constructor(what: string, problem: string, request: { readonly request?: unknown }) {
    super(
      `GitHub's answer to ${what} is not what its API promises: ${problem}. It was asked again, and refused rather than read as empty; re-run the job, and if it keeps happening, check what stands between the runner and GitHub (a proxy).`,
    );
    this.problem = problem;
    this.request = request;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function missing(value: unknown, rule: AnswerRule): string | undefined {
  if (!isObject(value))
    return `${Array.isArray(value) ? "a list" : typeof value} where an object was expected`;
  const absent = rule.fields.find((field) => !(field in value));
  if (absent !== undefined) return `an object without its "${absent}"`;
  const notList = rule.lists?.find((field) => !Array.isArray(value[field]));
  return notList === undefined ? undefined : `"${notList}" is not a list`;
}

/**
 * What is wrong with an answer, or undefined when it is what the API promises. `contentType`
 * is the answer's; only JSON answers are judged (raw file contents and markdown are not JSON).
 */
export function answerProblem(
  method: string,
  path: string,
  status: number,
  contentType: string | undefined,
  data: unknown,
): string | undefined {
  if (
    method === "HEAD" ||
    status === 204 ||
    status === 205 ||
    !/^application\/json\b/i.test(contentType ?? "")
  )
    return undefined;
  // Octokit returns the text it read when the body is not JSON: "" when nothing could be read.
  if (typeof data === "string")
    return data === "" ? "the body is empty or was cut off before its end" : "the body is not JSON";
  if (data === null || typeof data !== "object") return "the body is not a JSON object or list";
  const matched = ANSWER_RULES.find((rule) => rule.method === method && rule.path.test(path));
  if (!matched) return undefined;
  if (!matched.list) return missing(data, matched);
  if (!Array.isArray(data)) return "an object where a list was expected";
  for (const [index, item] of data.entries()) {
    const problem = missing(item, matched);
    if (problem) return `item ${index + 1} of the list is ${problem}`;
  }
  return undefined;
}

/**
 * The Octokit plugin that applies {@link answerProblem} to every answer. It must come first in
 * `Octokit.plugin(…)`: hooks registered first run innermost, so its error passes through the
 * retry plugin registered after it.
 */
export function responseChecks(octokit: Octokit): void {
  octokit.hook.wrap("request", async (request, options) => {
    const response = await request(options);
    const method = String(options.method ?? "GET").toUpperCase();
    const url = new URL(response.url || String(options.url), "http://github.invalid");
    const problem = answerProblem(
      method,
      url.pathname,
      response.status,
      response.headers["content-type"],
      response.data,
    );
    if (problem) throw new MalformedAnswerError(`${method} ${url.pathname}`, problem, options);
    return response;
  });
}
