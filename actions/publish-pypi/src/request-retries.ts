/**
 * Retries of the index's and GitHub's requests: what failed for the network's or the server's
 * sake (a connection refused or dropped, a time limit, 5xx, 429, an answer cut mid-body or not
 * what the API promises) is tried again with doubling back-off, or after the Retry-After the
 * server asked for; what the server refused for a reason (4xx) is not. A malformed answer is a
 * fault, never data: it is retried, then reported as such.
 */
import {
  ConfigurationError,
  connectionFailureCode,
  getErrorMessage,
  type Log,
} from "@release-actions/core/strategy";

/** How requests retry. */
export interface RetryPolicy {
  readonly attempts: number;
  /** First back-off; it doubles each time. */
  readonly backoffMs: number;
  /** An upload on which no byte moved either way for this long is abandoned, then retried. */
  readonly idleTimeoutMs: number;
  /** The longest Retry-After honoured (longer ones are cut to this): 60 s unless set. */
  readonly retryAfterCapMs?: number;
}

/** A failure worth another attempt; `retryAfterMs` when the server said when. */
export class TransientFailure extends Error {
  readonly retryAfterMs: number | undefined;

  constructor(message: string, retryAfterMs?: number) {
    super(message);
    this.retryAfterMs = retryAfterMs;
  }
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The failure of an answer with this status, when it is one to retry (5xx, 429). */
export function transientStatus(
  status: number,
  statusText: string,
  retryAfter: string | null | undefined,
): TransientFailure | undefined {
  if (status < 500 && status !== 429) return undefined;
  return new TransientFailure(`${status} ${statusText}`.trim(), retryAfterMs(retryAfter));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits before the next attempt: the server's Retry-After (capped), else the doubling back-off. */
export function backOff(retry: RetryPolicy, attempt: number, failure: unknown): Promise<unknown> {
  const asked = failure instanceof TransientFailure ? failure.retryAfterMs : undefined;
  const cap = retry.retryAfterCapMs ?? 60_000;
  return sleep(asked === undefined ? retry.backoffMs * 2 ** (attempt - 1) : Math.min(asked, cap));
}

/**
 * Runs `attempt` until it succeeds, fails for a reason (any error but a TransientFailure or a
 * network error), or fails transiently `retry.attempts` times; each retry is a warning in the log.
 */
export async function withRetries<T>(
  what: string,
  retry: RetryPolicy,
  log: Log,
  attempt: (number: number) => Promise<T>,
): Promise<T> {
  for (let number = 1; ; number++) {
    try {
      return await attempt(number);
    } catch (error) {
      if (!isTransient(error)) throw error;
      if (number >= retry.attempts)
        throw new Error(`${what} failed ${number} times; last: ${getErrorMessage(error)}`);
      log.warning(`${what}: ${getErrorMessage(error)}; retrying (${number}/${retry.attempts - 1}).`);
      await backOff(retry, number, error);
    }
  }
}

/**
 * Refuses, as a fault of the configuration, a request whose host name does not resolve (DNS
 * answered ENOTFOUND: no such name, where EAI_AGAIN is a resolver that failed for now): trying
 * again a minute long would only delay the same failure.
 */
export function refuseUnresolvedHost(error: unknown, url: string): void {
  if (connectionFailureCode(error) !== "ENOTFOUND") return;
  const { host } = new URL(url);
  throw new ConfigurationError(
    `${host} does not resolve (the DNS lookup answered ENOTFOUND): check repository-url and ` +
      `index-url for a typo, and that this runner can reach ${host} (a self-hosted runner may ` +
      `need HTTPS_PROXY).`,
  );
}

/** A failure of the network (fetch's TypeError, a reset, a time limit) or a TransientFailure. */
export function isTransient(error: unknown): boolean {
  if (error instanceof TransientFailure) return true;
  const name = (error as { name?: unknown })?.name;
  const code = (error as { code?: unknown; cause?: { code?: unknown } })?.cause?.code;
  return (
    error instanceof TypeError ||
    name === "TimeoutError" ||
    name === "AbortError" ||
    (typeof code === "string" && /^(E[A-Z_]+|UND_ERR_[A-Z_]+)$/.test(code))
  );
}

/**
 * One request and its whole answer within `limitMs`: a 5xx or 429 answer is a TransientFailure,
 * and so is a body that cannot be read to its end or that `read` finds malformed (read throws a
 * TransientFailure, or a SyntaxError from JSON.parse); any other answer is `read`'s to judge.
 */
export async function fetchAnswer<T>(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  { limitMs, what }: { readonly limitMs: number; readonly what: string },
  read: (response: Response, text: string) => T,
): Promise<T> {
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(url, { ...init, signal: AbortSignal.timeout(limitMs) });
    const failure = transientStatus(
      response.status,
      response.statusText,
      response.headers.get("retry-after"),
    );
    if (failure) {
      await response.body?.cancel().catch(() => undefined);
      throw failure;
    }
    text = await response.text();
  } catch (error) {
    if ((error as { name?: unknown }).name === "TimeoutError")
      throw new TransientFailure(
        `${what} timed out (no answer from ${new URL(url).host} within ${limitMs / 1000} s)`,
      );
    if (error instanceof TransientFailure) throw error;
    refuseUnresolvedHost(error, url);
    throw new TransientFailure(`the connection failed (${getErrorMessage(error)})`);
  }
  try {
    return read(response, text);
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new TransientFailure(
        `${response.status} with a malformed answer (${text.length} bytes that are not JSON)`,
      );
    throw error;
  }
}
