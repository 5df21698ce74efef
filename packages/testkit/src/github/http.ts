/**
 * The small vocabulary the fake's route handlers speak: what they get (a parsed, validated,
 * authenticated request) and what they return (a status, a body, headers), and the errors
 * they throw, rendered the way GitHub renders them.
 */
import type { Identity, TokenGrant } from "./identities.ts";
import type { FakeRepository } from "./repository.ts";

/** GitHub's permission names for tokens (GitHub Apps and GITHUB_TOKEN). */
export type Scope =
  | "contents"
  | "pull_requests"
  | "issues"
  | "administration"
  | "metadata"
  | "members"
  | "actions"
  | "statuses";

/** An error response. `errors` become GitHub's `Validation Failed` details. */
export class HttpError extends Error {
  readonly status: number;
  readonly errors: readonly (Record<string, unknown> | string)[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    message: string,
    errors?: readonly (Record<string, unknown> | string)[],
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = status;
    this.errors = errors;
    this.headers = headers;
  }
}

/** 404 as GitHub says it. */
export function notFound(): HttpError {
  return new HttpError(404, "Not Found");
}

/** 422 Validation Failed with one custom error, as GitHub reports uniqueness and state conflicts. */
export function validationFailed(
  resource: string,
  message: string,
  field?: string,
  code = "custom",
): HttpError {
  return new HttpError(422, "Validation Failed", [{ resource, code, message, ...(field && { field }) }]);
}

/** 422 with plain-text errors, as the reviews API reports them. */
export function unprocessable(message: string): HttpError {
  return new HttpError(422, "Unprocessable Entity", [message]);
}

/** What a handler returns. */
export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** A request as a handler sees it. */
export interface RequestContext {
  readonly operationId: string;
  readonly method: string;
  /** The path below the API prefix, e.g. `/repos/o/r/git/refs`. */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly body: Record<string, unknown>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The body as it came (an upload's file data). */
  readonly bytes: Buffer;
  readonly caller: Identity;
  readonly grant: TokenGrant;
  /** The repository named by `{owner}/{repo}` in the path, when there is one. */
  readonly repository: FakeRepository | undefined;
}

/** A route: what it needs from the token, and its handler. */
export interface Route {
  /** Required token permission for this operation; reads need `read`, writes `write`. */
  readonly scope?: readonly [Scope, "read" | "write"];
  readonly handle: (context: RequestContext) => Promise<Reply> | Reply;
}

/** Reads `per_page`/`page` and slices a list like GitHub, with its `Link` header. */
export function paginate<T>(
  context: RequestContext,
  items: readonly T[],
  apiUrl: string,
): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(context.query.per_page ?? 30) || 30, 1), 100);
  const page = Math.max(Number(context.query.page ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (number: number, rel: string) => {
    const url = new URL(`${apiUrl}${context.path}`);
    for (const [key, value] of Object.entries(context.query)) url.searchParams.set(key, value);
    url.searchParams.set("per_page", String(perPage));
    url.searchParams.set("page", String(number));
    return `<${url}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
  return {
    page: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(", ") } : {},
  };
}
