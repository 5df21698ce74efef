/**
 * Trusted publishing: the job's GitHub OIDC token, for the audience the index announces, is
 * exchanged for a short-lived upload token. Each way it can fail gets the diagnosis a maintainer
 * needs: the missing `id-token: write`, a pull request from a fork, a reusable workflow, and each
 * of the index's refusal codes with the token's claims.
 */
import { type IdTokenSource, idTokenFailure } from "@release-actions/core/runtime";
import { ConfigurationError, getErrorMessage, type Log } from "@release-actions/core/strategy";
import { fetchAnswer, type RetryPolicy, TransientFailure, withRetries } from "./request-retries.ts";

/** What the runner tells a job about its OIDC token and its event. */
export interface OidcContext {
  readonly requestUrl: string | undefined;
  readonly requestToken: string | undefined;
  readonly eventName: string;
  readonly event: Readonly<Record<string, unknown>>;
}

const TROUBLESHOOTING = "https://docs.pypi.org/trusted-publishers/troubleshooting/";
const CLAIMS = [
  "sub",
  "repository",
  "repository_owner",
  "repository_owner_id",
  "workflow_ref",
  "job_workflow_ref",
  "ref",
  "environment",
];

function claimsOf(jwt: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<
      string,
      unknown
    >;
  } catch {
    return {};
  }
}

function fromFork(context: OidcContext): boolean {
  const pull = context.event.pull_request as { head?: { repo?: { fork?: boolean } } } | undefined;
  return context.eventName === "pull_request" && pull?.head?.repo?.fork === true;
}

/** The audience the index expects in OIDC tokens (`pypi`, `testpypi`). */
function indexAudience(
  fetchImpl: typeof fetch,
  repositoryUrl: string,
  retry: RetryPolicy,
  log: Log,
): Promise<string> {
  const { host, origin } = new URL(repositoryUrl);
  const what = "Trusted publishing exchange failure: audience retrieval";
  return withRetries(what, retry, log, () =>
    fetchAnswer(fetchImpl, `${origin}/_/oidc/audience`, {}, { limitMs: 5_000, what }, (response, text) => {
      if (response.status === 403)
        throw new ConfigurationError(
          `Trusted publishing exchange failure: audience retrieval failed: repository at ${host} has ` +
            `trusted publishing disabled.`,
        );
      if (response.status === 404)
        throw new ConfigurationError(
          `Trusted publishing exchange failure: audience retrieval failed: repository at ${host} does not ` +
            `indicate trusted publishing support. Use an API token (password) for this index.`,
        );
      if (!response.ok)
        throw new Error(
          `Trusted publishing exchange failure: audience retrieval failed: repository at ${host} responded ` +
            `with unexpected ${response.status}: ${response.statusText}`,
        );
      const audience = (JSON.parse(text) as { audience?: unknown }).audience;
      if (typeof audience !== "string") throw new TransientFailure(`${response.status} without an audience`);
      return audience;
    }),
  );
}

/**
 * The job's GitHub OIDC token for an audience, from `idToken` (the toolkit's `core.getIDToken`
 * on a runner). The toolkit retries 502, 503 and 504 only; like every request of this stage, a
 * 500, a 429, a dropped connection or an answer without a token is tried again here.
 */
export function requestOidcToken(
  idToken: IdTokenSource,
  context: OidcContext,
  audience: string,
  retry: RetryPolicy,
  log: Log,
): Promise<string> {
  if (!context.requestUrl || !context.requestToken) {
    if (fromFork(context)) {
      throw new ConfigurationError(
        "Trusted publishing exchange failure: this workflow runs for a pull request from a fork, " +
          "and GitHub gives such runs no OIDC token, whatever their permissions say. " +
          "Publish from a tag, release or workflow_dispatch event instead.",
      );
    }
    const unset = `ACTIONS_ID_TOKEN_REQUEST_${context.requestUrl ? "TOKEN" : "URL"}`;
    throw new ConfigurationError(
      `Trusted publishing exchange failure: the job has no OIDC token (${unset} is unset). ` +
        'Add "permissions: id-token: write" to the publishing job, or pass an API token as "password".',
    );
  }
  const what = "GitHub: OIDC token request";
  return withRetries(what, retry, log, async () => {
    try {
      return await idToken(audience);
    } catch (error) {
      const failure = idTokenFailure(error);
      const text = getErrorMessage(error).replace(/\s+/g, " ");
      if (failure === "no answer") throw new TransientFailure(`the connection failed (${text})`);
      if (failure === "no token") throw new TransientFailure("GitHub: malformed or incomplete JSON");
      if (typeof failure === "number" && (failure >= 500 || failure === 429))
        throw new TransientFailure(String(failure));
      throw new Error(`GitHub: OIDC token request failed (${text})`);
    }
  });
}

/** An upload token and when it expires (ms since the epoch), if the index said. */
export interface UploadToken {
  readonly token: string;
  readonly expiresAt: number | undefined;
}

/** The mint-token answer. */
interface MintAnswer {
  token?: unknown;
  expires?: unknown;
  message?: string;
  errors?: { code: string; description: string }[];
}

/**
 * Exchanges the job's OIDC token for an upload token. Both tokens are handed to `mask` before
 * anything else is done with them. An OIDC token is single-use: an exchange that failed on the
 * way (its answer may have been lost after the index used the token) is retried with a new one.
 */
export async function mintUploadToken(
  fetchImpl: typeof fetch,
  idToken: IdTokenSource,
  repositoryUrl: string,
  context: OidcContext,
  mask: (secret: string) => void,
  log: Log,
  retry: RetryPolicy,
): Promise<UploadToken> {
  const audience = await indexAudience(fetchImpl, repositoryUrl, retry, log);
  const what = "Trusted publishing exchange failure: the token request";
  return withRetries(what, retry, log, async (attempt) => {
    const oidc = await requestOidcToken(idToken, context, audience, retry, log);
    mask(oidc);
    const claims = claimsOf(oidc);
    if (
      attempt === 1 &&
      claims.workflow_ref !== undefined &&
      claims.job_workflow_ref !== undefined &&
      claims.workflow_ref !== claims.job_workflow_ref
    ) {
      log.warning(
        `Potential workflow misconfiguration: this job runs in a reusable workflow ` +
          `(${claims.job_workflow_ref}, called from ${claims.workflow_ref}). PyPI matches trusted ` +
          `publishers on the reusable workflow, which is usually not the one registered: expect ` +
          `"invalid-publisher". See https://github.com/pypa/gh-action-pypi-publish/issues/166.`,
      );
    }
    const init = {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: oidc }),
    };
    const url = `${new URL(repositoryUrl).origin}/_/oidc/mint-token`;
    const { response, body } = await fetchAnswer(
      fetchImpl,
      url,
      init,
      { limitMs: 5_000, what },
      (response, text) => {
        try {
          return { response, body: JSON.parse(text) as MintAnswer };
        } catch {
          throw new TransientFailure(
            `Token request failed: the index produced an unexpected ${response.status} response. Check ` +
              `https://status.python.org/ for an outage.`,
          );
        }
      },
    );
    if (!response.ok) {
      const reasons = (body.errors ?? [])
        .map((error) => `* \`${error.code}\`: ${error.description}`)
        .join("\n");
      const shown = CLAIMS.map((claim) => `* \`${claim}\`: \`${claims[claim] ?? "MISSING"}\``).join("\n");
      throw new ConfigurationError(
        `Trusted publishing exchange failure: Token request failed: the index gave these ` +
          `reasons:\n${reasons}\nThe claims of this job's token, to compare with the trusted publisher ` +
          `configured on the index:\n${shown}\nSee ${TROUBLESHOOTING}`,
      );
    }
    if (typeof body.token !== "string")
      throw new Error("Token response error: the index gave us an invalid response.");
    mask(body.token);
    return {
      token: body.token,
      expiresAt: typeof body.expires === "number" ? body.expires * 1000 : undefined,
    };
  });
}
