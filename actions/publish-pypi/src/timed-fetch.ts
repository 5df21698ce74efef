/**
 * The index's and GitHub's small JSON requests (the OIDC audience and token, the mint-token
 * exchange, the simple API), each with a time limit, as pypa's action puts on them: a request
 * that outlasts it fails with `what` "timed out" instead of Node's 5 minutes of waiting.
 */
export async function timedFetch(
  fetchImpl: typeof fetch,
  url: string,
  init: RequestInit,
  { limitMs, what }: { readonly limitMs: number; readonly what: string },
): Promise<Response> {
  try {
    return await fetchImpl(url, { ...init, signal: AbortSignal.timeout(limitMs) });
  } catch (error) {
    if ((error as { name?: unknown }).name === "TimeoutError")
      throw new Error(`${what} timed out (no answer from ${new URL(url).host} within ${limitMs / 1000} s)`);
    throw error;
  }
}
