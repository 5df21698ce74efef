/**
 * Where and as whom to upload: trusted publishing (an upload token minted from the job's OIDC
 * token) when `password` is empty, the given user and password (an API token) otherwise. A minted
 * token lasts 15 minutes on PyPI: one with under 10 minutes left is replaced before the next
 * upload, as twine does since 6.2, so long uploads outlive it.
 */
import type { IdTokenSource } from "@release-actions/core/runtime";
import type { Log } from "@release-actions/core/strategy";
import type { PublishPypiSettings } from "./inputs.ts";
import type { UploadTarget } from "./legacy-upload.ts";
import { isPypiHost } from "./package-index.ts";
import type { RetryPolicy } from "./request-retries.ts";
import { mintUploadToken } from "./trusted-publishing.ts";

/** A minted token with less time left than this is replaced before an upload. */
const RENEW_BEFORE_MS = 10 * 60 * 1000;

/** The target, how it was authenticated, and a warning about the password when it deserves one. */
export interface Authenticated {
  /** The target of the next upload (with a token minted again when it is about to expire). */
  readonly target: () => Promise<UploadTarget>;
  readonly authentication: "trusted publishing" | "API token";
  readonly warning?: string;
}

/**
 * Authenticates to the index, in the "Authentication" group (a trusted publishing exchange, or
 * nothing to do with a password).
 */
export function authenticate(
  settings: Pick<PublishPypiSettings, "repositoryUrl" | "user" | "password" | "oidc">,
  fetchImpl: typeof fetch,
  idToken: IdTokenSource,
  mask: (secret: string) => void,
  log: Log,
  retry: RetryPolicy,
): Promise<Authenticated> {
  return log.group("Authentication", async () => {
    const url = settings.repositoryUrl;
    if (settings.password === "") {
      const mint = () => mintUploadToken(fetchImpl, idToken, url, settings.oidc, mask, log, retry);
      let minted = await mint();
      const target = async () => {
        if (minted.expiresAt !== undefined && minted.expiresAt - Date.now() < RENEW_BEFORE_MS) {
          log.info("The upload token expires in under 10 minutes: minting a new one.");
          minted = await mint();
        }
        return { url, username: "__token__", password: minted.token };
      };
      return { target, authentication: "trusted publishing" };
    }
    const notAToken =
      settings.user === "__token__" &&
      isPypiHost(new URL(url).hostname) &&
      !settings.password.startsWith("pypi-");
    const target = { url, username: settings.user, password: settings.password };
    return {
      target: async () => target,
      authentication: "API token",
      ...(notAToken && {
        warning: 'The password does not look like a PyPI API token (they start with "pypi-").',
      }),
    };
  });
}
