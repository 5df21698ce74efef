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

/**
 * A value quoted for an error message: in double quotes, cut to its first `max` characters
 * (with the length said) so that a 100 kB input never comes back whole (DESIGN §3: errors quote
 * a short prefix of the value).
 */
export function quoteValue(value: string, max = 80): string {
  return value.length <= max ? `"${value}"` : `"${value.slice(0, max)}…" (${value.length} characters)`;
}

/**
 * A parsed value (YAML, JSON) described for an error message without serialising all of it: a
 * YAML alias bomb expands to millions of nodes, which JSON.stringify would print whole, or fail
 * on with "Invalid string length".
 */
export function describeValue(value: unknown, max = 80): string {
  if (typeof value === "string") return quoteValue(value, max);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    const shown = keys.slice(0, 5).map((key) => quoteValue(key, 40));
    return `a mapping (${shown.join(", ")}${keys.length > 5 ? ", …" : ""})`;
  }
  return String(value);
}
