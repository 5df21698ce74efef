/**
 * Creating what must exist once (a release, a ruleset): the write is sent without Octokit's
 * automatic retries, because a write whose answer was lost (the connection dropped after GitHub
 * applied it, or its answer was cut) would be sent again — a second draft release, or a 422
 * `already_exists` that fails the step. After a failure that may have been applied, and after
 * GitHub's "already exists" (another run got there first), GitHub is looked at before writing
 * again: what is found is converged on.
 */
import { ConfigurationError, DryRunWriteError, getErrorMessage, httpStatus } from "../strategy/errors.ts";

/** What {@link writeOnce} passes to the request: Octokit's per-request option that turns its retries off. */
export interface NoRetry {
  readonly request: { readonly retries: 0 };
}

/** What {@link writeOnce} did. */
export interface WriteOnceResult<T> {
  readonly value: T;
  /** "found": the object was there after a lost answer or another run's write; it was not written again. */
  readonly outcome: "created" | "found";
}

/**
 * Whether a failed write may have been applied: its answer never came whole (a dropped
 * connection or a cut body, which Octokit reports as status 500 or our 502) or GitHub failed
 * (5xx). A 4xx was refused, not applied; so was what this project refused before sending.
 */
export function mayHaveBeenApplied(error: unknown): boolean {
  if (error instanceof ConfigurationError || error instanceof DryRunWriteError) return false;
  const status = httpStatus(error);
  return status === undefined || status >= 500;
}

/** GitHub's answer to creating what exists (`already_exists`, "Reference already exists"). */
export function isAlreadyExists(error: unknown): boolean {
  return httpStatus(error) === 422 && /already[_ ]exists/i.test(getErrorMessage(error));
}

/**
 * Sends `send` (with {@link NoRetry} spread into its request parameters) at most `attempts`
 * times, calling `find` after each failure that may have been applied or says the object exists;
 * returns the first object created or found. Other errors, and "exists" with nothing found, are
 * thrown as they came.
 */
export async function writeOnce<T>(options: {
  readonly send: (noRetry: NoRetry) => Promise<T>;
  readonly find: () => Promise<T | undefined>;
  /** How many writes at most (default 4: plugin-retry's first try and 3 retries). */
  readonly attempts?: number;
}): Promise<WriteOnceResult<T>> {
  const attempts = options.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    try {
      return { value: await options.send({ request: { retries: 0 } }), outcome: "created" };
    } catch (error) {
      const exists = isAlreadyExists(error);
      if (!exists && !mayHaveBeenApplied(error)) throw error;
      const found = await options.find();
      if (found !== undefined) return { value: found, outcome: "found" };
      if (exists || attempt >= attempts) throw error;
    }
  }
}
