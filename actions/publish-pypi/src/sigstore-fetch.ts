/**
 * What `@sigstore/sign` gets when it asks for `make-fetch-happen`: the bundle (tsconfig.json
 * `paths`) and the tests (test/sigstore-fetch-resolution.ts) map that name here. It sends
 * one request at a time to Fulcio and Rekor, with a timeout and with retries of its own
 * (`retry: false`); Node's fetch does that without make-fetch-happen's cache, proxy agents and
 * socks client, which were 1.4 MB of the bundle; proxies (HTTPS_PROXY, NO_PROXY) are honoured
 * by the runtime's fetch, as for every request of the stages. What it does not do, as no path
 * this action takes needs it: reach ports
 * the Fetch standard blocks, or give a Response with `.buffer()` (only @sigstore/sign's timestamp
 * authority client reads one; this action signs without a TSA).
 */
/** The options `@sigstore/sign` passes (make-fetch-happen's names). */
export interface SigstoreFetchOptions {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Uint8Array;
  /** Milliseconds for the whole request; 0 or absent: none. */
  readonly timeout?: number;
  readonly retry?: boolean | number;
}

/**
 * Where the stage's fetch is kept for this module: a global, not a module variable, since the
 * tests load this module twice (once through vitest, once by Node for @sigstore/sign).
 */
const STAGE_FETCH = Symbol.for("instructlab.release-actions.publish-pypi.sigstore-fetch");

/** Sends the Sigstore requests through `fetchImpl` (the stage's deps.fetch, proxy-aware on a runner). */
export function routeSigstoreRequests(fetchImpl: typeof fetch): void {
  (globalThis as Record<symbol, unknown>)[STAGE_FETCH] = fetchImpl;
}

export default async function fetchForSigstore(
  url: string,
  { method, headers, body, timeout, retry }: SigstoreFetchOptions = {},
): Promise<Response> {
  // Only @sigstore/sign's CI identity providers ask for retries here; this action brings its own
  // identity, so a request that asks for them is a new use that must be looked at first.
  if (retry !== undefined && retry !== false && retry !== 0)
    throw new Error(`fetchForSigstore does not retry (asked for retry: ${retry} by a request to ${url}).`);
  const fetchImpl =
    ((globalThis as Record<symbol, unknown>)[STAGE_FETCH] as typeof fetch | undefined) ?? fetch;
  return fetchImpl(url, {
    ...(method !== undefined && { method }),
    ...(headers !== undefined && { headers }),
    ...(body !== undefined && { body }),
    ...(timeout ? { signal: AbortSignal.timeout(timeout) } : {}),
  });
}
