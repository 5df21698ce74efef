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
