/**
 * A mistake the user can fix: a wrong input, a bad config key, a version the policy refuses.
 * Its message is shown as the step's `::error::` and in the job summary, so it must name
 * the input or key, the value, and what to do instead.
 */
export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

/**
 * Raised when a stage in dry-run mode tries to send a request that would change something.
 * It is a bug in the stage, never the user's fault: dry-run promises zero writes.
 */
export class DryRunWriteError extends Error {
  override name = "DryRunWriteError";
}

function ownMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  if (error !== null && typeof error === "object" && "message" in error) return String(error.message);
  return String(error);
}

/**
 * The message of anything thrown, including non-Error values (strings, plain objects, undefined),
 * followed by what its `cause` chain adds: Node's fetch says only "fetch failed" and keeps the
 * reason (`connect ECONNREFUSED …`) in its cause.
 */
export function getErrorMessage(error: unknown): string {
  const message = ownMessage(error);
  const causes: string[] = [];
  const seen = new Set<unknown>([error]);
  for (
    let cause = (error as { cause?: unknown } | null)?.cause;
    cause !== undefined && cause !== null && !seen.has(cause);
    cause = (cause as { cause?: unknown }).cause
  ) {
    seen.add(cause);
    const text = ownMessage(cause);
    if (text && ![message, ...causes].some((known) => known.includes(text))) causes.push(text);
  }
  return causes.length > 0 ? `${message} (${causes.join(": ")})` : message;
}

/** The HTTP status of an error thrown by Octokit or fetch-based clients, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  if (error !== null && typeof error === "object" && "status" in error && typeof error.status === "number") {
    return error.status;
  }
  return undefined;
}

// System error codes of a request that got no answer (DNS, refused, reset, unreachable, timeout),
// from Node's net and dns modules and undici's own (UND_ERR_*).
const CONNECTION_CODES =
  /^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|UND_ERR_\w+)$/;

/**
 * Whether a request failed without any answer from the server — a DNS failure, a refused or
 * reset connection, a timeout — as opposed to the server answering an error. Octokit reports
 * those with status 500 and no response, the reason in the error's `cause` chain.
 */
export function isConnectionFailure(error: unknown): boolean {
  return connectionFailureCode(error) !== undefined;
}

/** The system error code (`ENOTFOUND`, `ECONNRESET`…) of a request that got no answer, if it is one. */
export function connectionFailureCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === "object" && !seen.has(current); ) {
    seen.add(current);
    const { code, response } = current as { code?: unknown; response?: unknown };
    if (response !== undefined) return undefined;
    if (typeof code === "string" && CONNECTION_CODES.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** "GitHub answered 404", or that the request never reached it, for error messages. */
export function describeAnswer(error: unknown, service = "GitHub"): string {
  if (isConnectionFailure(error)) return `the request got no answer from ${service}`;
  const status = httpStatus(error);
  return `${service} answered ${status ?? "with an error"}`;
}

/** How many characters of a value an error message or a summary quotes at most. */
export const QUOTE_LIMIT = 100;

// A JSON rendering that stops once it has `budget` characters: a YAML alias bomb expands to
// gigabytes under JSON.stringify, and an error must not grow with the value it quotes.
function preview(value: unknown, budget: number, seen: Set<unknown>): string {
  if (value === null || typeof value !== "object") {
    const text = typeof value === "string" ? JSON.stringify(value.slice(0, budget + 1)) : String(value);
    return text.length > budget ? text.slice(0, budget) : text;
  }
  if (seen.has(value)) return "…";
  seen.add(value);
  const array = Array.isArray(value);
  let text = array ? "[" : "{";
  for (const [key, item] of Object.entries(value)) {
    if (text.length >= budget) break;
    const head = `${text.length > 1 ? "," : ""}${array ? "" : `${JSON.stringify(key.slice(0, budget))}:`}`;
    text += head + preview(item, budget - text.length - head.length, seen);
  }
  seen.delete(value);
  return text.length >= budget ? text.slice(0, budget) : `${text}${array ? "]" : "}"}`;
}

/**
 * A value as an error message or a summary quotes it: JSON-quoted (so a newline shows as `\n`
 * and nothing in it reads as markup or a workflow command), cut to a short prefix with the
 * number of characters left out. The whole value is never rendered.
 */
export function quote(value: unknown, limit = QUOTE_LIMIT): string {
  if (typeof value === "string") {
    const shown = JSON.stringify(value.slice(0, limit));
    return value.length > limit ? `${shown}… (${value.length - limit} more characters)` : shown;
  }
  const text = preview(value, limit + 1, new Set());
  return text.length > limit ? `${text.slice(0, limit)}… (cut)` : text;
}
