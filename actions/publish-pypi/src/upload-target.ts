/**
 * Where and as whom to upload: trusted publishing (an upload token minted from the job's OIDC
 * token) when `password` is empty, the given user and password (an API token) otherwise.
 */
import type { Log } from "@release-actions/core";
import type { PublishPypiSettings } from "./inputs.ts";
import type { UploadTarget } from "./legacy-upload.ts";
import { isPypiHost } from "./package-index.ts";
import { mintUploadToken } from "./trusted-publishing.ts";

/** The target, how it was authenticated, and a warning about the password when it deserves one. */
export interface Authenticated {
  readonly target: UploadTarget;
  readonly authentication: "trusted publishing" | "API token";
  readonly warning?: string;
}

/** Authenticates to the index, in the "Authentication" group (a trusted publishing exchange, or nothing to do with a password). */
export function authenticate(
  settings: Pick<PublishPypiSettings, "repositoryUrl" | "user" | "password" | "oidc">,
  fetchImpl: typeof fetch,
  mask: (secret: string) => void,
  log: Log,
): Promise<Authenticated> {
  return log.group("Authentication", async () => {
    const url = settings.repositoryUrl;
    if (settings.password === "") {
      const password = await mintUploadToken(fetchImpl, url, settings.oidc, mask, log);
      return { target: { url, username: "__token__", password }, authentication: "trusted publishing" };
    }
    const notAToken =
      settings.user === "__token__" &&
      isPypiHost(new URL(url).hostname) &&
      !settings.password.startsWith("pypi-");
    return {
      target: { url, username: settings.user, password: settings.password },
      authentication: "API token",
      ...(notAToken && {
        warning: 'The password does not look like a PyPI API token (they start with "pypi-").',
      }),
    };
  });
}
