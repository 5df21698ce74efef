/**
 * The job's OIDC token, from the runner's token service through `@actions/core`'s `getIDToken`.
 * The toolkit reads `ACTIONS_ID_TOKEN_REQUEST_URL` and `ACTIONS_ID_TOKEN_REQUEST_TOKEN` from
 * `process.env` itself, so a stage's `main` hands this function to `run()` as a dependency, and
 * the tests hand it another; `run()` still checks that the job has a token (`id-token: write`)
 * from the env the runner gave, to say how to fix it when it has none.
 */
import * as core from "@actions/core";

/** Asks for the job's OIDC token for `audience`. */
export type IdTokenSource = (audience: string) => Promise<string>;

/**
 * `core.getIDToken`: through the proxy the environment names, retrying 502, 503 and 504 on its
 * own, the token masked in the log. Its failures are plain errors whose text holds the status
 * ("Error Code : 500") or `undefined` when no answer came: see `idTokenFailure`.
 */
export const jobIdToken: IdTokenSource = (audience) => core.getIDToken(audience);

/**
 * What a failure of {@link jobIdToken} was: the token service's HTTP status, `"no answer"` when
 * the connection failed before one came, or `"no token"` when the answer held none.
 */
export function idTokenFailure(error: unknown): number | "no answer" | "no token" | undefined {
  const message = error instanceof Error ? error.message : String(error);
  if (/do not have ID Token field/.test(message)) return "no token";
  const code = /Error Code : (\S+)/.exec(message)?.[1];
  if (code === undefined) return undefined;
  return /^\d+$/.test(code) ? Number(code) : "no answer";
}
