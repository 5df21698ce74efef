import {
  type ActionInputs,
  type CommonSettings,
  maskSecret,
  type RunnerContext,
  readCommonSettings,
} from "@release-actions/core/runtime";
import { ConfigurationError, parsePep440, quoteValue } from "@release-actions/core/strategy";
import type { SigstoreInstance } from "./attestations.ts";
import { isPypiHost } from "./package-index.ts";
import type { OidcContext } from "./trusted-publishing.ts";

/** The inputs of publish-pypi (publish-pypi/action.yml). */
export interface PublishPypiSettings extends CommonSettings {
  readonly packagesDir: string;
  readonly repositoryUrl: string;
  /** The PEP 691 simple API to check existing files against; empty: derived from repository-url. */
  readonly indexUrl: string;
  readonly user: string;
  /** Empty: trusted publishing. */
  readonly password: string;
  readonly expectedVersion: string;
  readonly skipExisting: boolean;
  readonly verifyMetadata: boolean;
  readonly attestations: boolean;
  /**
   * Where attestations are signed (SIGSTORE_FULCIO_URL and SIGSTORE_REKOR_URL). Unset: the
   * public-good Sigstore, and only for uploads to PyPI or TestPyPI. Set (a private deployment, a
   * rehearsal's mock): they are signed for any index, since the caller chose where.
   */
  readonly sigstore?: SigstoreInstance;
  readonly printHash: boolean;
  /** The index's size limit per file, in bytes (PyPI: 100 MB unless raised for the project). */
  readonly fileSizeLimit: number;
  /** The job's OIDC endpoint, from the runner's environment. */
  readonly oidc: OidcContext;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** One of the Sigstore URLs: https, or http on this machine (a mock). */
function sigstoreUrl(name: string, value: string, example: string): string {
  const url = URL.parse(value);
  if (url?.protocol === "https:" || (url?.protocol === "http:" && LOOPBACK.test(url.hostname))) return value;
  throw new ConfigurationError(
    `${name}="${value}" is not an https URL (http is allowed only on a loopback host: localhost, 127.0.0.0/8, [::1]). Set it to the base URL of your deployment's service (Sigstore's staging one: ${example}), or unset both SIGSTORE_FULCIO_URL and SIGSTORE_REKOR_URL to sign with the public-good Sigstore.`,
  );
}

/** Another Sigstore deployment than the public-good one, when the job's environment names one. */
function readSigstore(env: Readonly<Record<string, string | undefined>>): SigstoreInstance | undefined {
  const fulcioUrl = env.SIGSTORE_FULCIO_URL?.trim() ?? "";
  const rekorUrl = env.SIGSTORE_REKOR_URL?.trim() ?? "";
  if (fulcioUrl === "" && rekorUrl === "") return undefined;
  if (fulcioUrl === "" || rekorUrl === "") {
    const [set, unset] =
      fulcioUrl === ""
        ? ["SIGSTORE_REKOR_URL", "SIGSTORE_FULCIO_URL"]
        : ["SIGSTORE_FULCIO_URL", "SIGSTORE_REKOR_URL"];
    throw new ConfigurationError(
      `${set} is set but ${unset} is not: a Sigstore deployment needs both its Fulcio and its Rekor. Set both SIGSTORE_FULCIO_URL and SIGSTORE_REKOR_URL, or neither to sign with the public-good Sigstore.`,
    );
  }
  return {
    fulcioUrl: sigstoreUrl("SIGSTORE_FULCIO_URL", fulcioUrl, "https://fulcio.sigstage.dev"),
    rekorUrl: sigstoreUrl("SIGSTORE_REKOR_URL", rekorUrl, "https://rekor.sigstage.dev"),
  };
}

/**
 * Reads and checks the inputs, and the Sigstore deployment from the environment; the password
 * and the OIDC request token are masked at once.
 */
export function readInputs(
  inputs: ActionInputs,
  context: RunnerContext,
  env: Readonly<Record<string, string | undefined>> = process.env,
): PublishPypiSettings {
  const repositoryUrl = inputs.string("repository-url") || "https://upload.pypi.org/legacy/";
  const url = URL.parse(repositoryUrl);
  if (!url)
    throw new ConfigurationError(
      `Input "repository-url": ${quoteValue(repositoryUrl)} is not a URL; PyPI's is https://upload.pypi.org/legacy/.`,
    );
  const password = inputs.secret("password");
  const user = inputs.string("user") || "__token__";
  if (password !== "" && user !== "__token__" && isPypiHost(url.hostname)) {
    throw new ConfigurationError(
      `Input "user": ${user}. Password-based uploads are disabled on ${url.hostname}: use an API token (user __token__, the token as password), or trusted publishing (no password).`,
    );
  }
  const expectedVersion = inputs.string("expected-version").replace(/^v/, "");
  if (expectedVersion && !parsePep440(expectedVersion))
    throw new ConfigurationError(
      `Input "expected-version": ${quoteValue(expectedVersion)} is not a PEP 440 version.`,
    );
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (requestToken) maskSecret(requestToken);
  return {
    ...readCommonSettings(inputs, context),
    packagesDir: inputs.string("packages-dir") || "dist",
    repositoryUrl,
    indexUrl: inputs.string("index-url"),
    user,
    password,
    expectedVersion,
    skipExisting: inputs.boolean("skip-existing"),
    verifyMetadata: inputs.boolean("verify-metadata", true),
    attestations: inputs.boolean("attestations", true),
    sigstore: readSigstore(env),
    printHash: inputs.boolean("print-hash"),
    fileSizeLimit: (inputs.integer("file-size-limit", 1, 1024) ?? 100) * 1024 * 1024,
    oidc: {
      requestUrl: env.ACTIONS_ID_TOKEN_REQUEST_URL,
      requestToken,
      eventName: context.eventName,
      event: context.event,
    },
  };
}
