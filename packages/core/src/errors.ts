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

/** The message of anything thrown, including non-Error values (strings, plain objects, undefined). */
export function getErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  if (error !== null && typeof error === "object" && "message" in error) return String(error.message);
  return String(error);
}

/** The HTTP status of an error thrown by Octokit or fetch-based clients, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  if (error !== null && typeof error === "object" && "status" in error && typeof error.status === "number") {
    return error.status;
  }
  return undefined;
}
