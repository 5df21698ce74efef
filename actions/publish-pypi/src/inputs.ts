import {
  type ActionInputs,
  type CommonSettings,
  maskSecret,
  type RunnerContext,
  readCommonSettings,
} from "@release-actions/core/runtime";
import { ConfigurationError, parsePep440, quote } from "@release-actions/core/strategy";
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
  /** pypa/gh-action-pypi-publish inputs that were given: each a deprecation warning. */
  readonly deprecations: readonly string[];
}

/**
 * pypa/gh-action-pypi-publish's deprecated underscore spellings (its action.yml: "DEPRECATED
 * ALIAS") and the inputs they stand for, with our action.yml's defaults. The runner passes an
 * undeclared input too (as INPUT_REPOSITORY_URL, next to our INPUT_REPOSITORY-URL), so a
 * workflow moved from pypa's action keeps its meaning instead of uploading to the default index.
 */
export const PYPA_ALIASES: Readonly<Record<string, { readonly input: string; readonly default: string }>> = {
  repository_url: { input: "repository-url", default: "https://upload.pypi.org/legacy/" },
  packages_dir: { input: "packages-dir", default: "dist" },
  verify_metadata: { input: "verify-metadata", default: "true" },
  skip_existing: { input: "skip-existing", default: "false" },
  print_hash: { input: "print-hash", default: "false" },
};

/**
 * Which input to read for each of ours that pypa spells with an underscore too: the alias when
 * only it was given (ours is empty or at its default), with a deprecation warning; ours when
 * both agree; a refusal, before anything is read or sent, when both were given and differ.
 */
function pypaSpellings(inputs: ActionInputs, deprecations: string[]): (input: string) => string {
  const chosen = new Map<string, string>();
  for (const [alias, { input, default: fallback }] of Object.entries(PYPA_ALIASES)) {
    const given = inputs.string(alias);
    if (given === "") continue;
    const ours = inputs.string(input);
    if (ours !== "" && ours !== fallback && ours !== given)
      throw new ConfigurationError(
        `Inputs "${alias}" (${quote(given, 60)}) and "${input}" (${quote(ours, 60)}) disagree: "${alias}" ` +
          `is pypa/gh-action-pypi-publish's deprecated spelling of "${input}". Keep only "${input}".`,
      );
    if (ours !== given) chosen.set(input, alias);
    deprecations.push(
      `Input "${alias}" is pypa/gh-action-pypi-publish's deprecated spelling of "${input}": it is honoured ` +
        `(${quote(given, 60)}), but rename it to "${input}".`,
    );
  }
  if (inputs.string("verbose") !== "")
    deprecations.push(
      'Input "verbose" is pypa/gh-action-pypi-publish\'s; this action has none and ignores it: every ' +
        "request and retry is in the log already, and re-running the job with debug logging adds the " +
        "details.",
    );
  return (input) => chosen.get(input) ?? input;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** One of the Sigstore URLs: https, or http on this machine (a mock). */
function sigstoreUrl(name: string, value: string, example: string): string {
  const url = URL.parse(value);
  if (url?.protocol === "https:" || (url?.protocol === "http:" && LOOPBACK.test(url.hostname))) return value;
  throw new ConfigurationError(
    `${name}="${value}" is not an https URL (http is allowed only on a loopback host: localhost, ` +
      `127.0.0.0/8, [::1]). Set it to the base URL of your deployment's service (Sigstore's staging one: ` +
      `${example}), or unset both SIGSTORE_FULCIO_URL and SIGSTORE_REKOR_URL to sign with the ` +
      `public-good Sigstore.`,
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
      `${set} is set but ${unset} is not: a Sigstore deployment needs both its Fulcio and its Rekor. Set ` +
        `both SIGSTORE_FULCIO_URL and SIGSTORE_REKOR_URL, or neither to sign with the public-good ` +
        `Sigstore.`,
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
  env: Readonly<Record<string, string | undefined>> = inputs.env,
): PublishPypiSettings {
  const deprecations: string[] = [];
  const spelling = pypaSpellings(inputs, deprecations);
  const repositoryUrl = inputs.string(spelling("repository-url")) || "https://upload.pypi.org/legacy/";
  const url = URL.parse(repositoryUrl);
  if (!url)
    throw new ConfigurationError(
      `Input "${spelling("repository-url")}": ${quote(repositoryUrl)} is not a URL; PyPI's is ` +
        `https://upload.pypi.org/legacy/.`,
    );
  const password = inputs.secret("password");
  const user = inputs.string("user") || "__token__";
  if (password !== "" && user !== "__token__" && isPypiHost(url.hostname)) {
    throw new ConfigurationError(
      `Input "user": ${user}. Password-based uploads are disabled on ${url.hostname}: use an API token ` +
        `(user __token__, the token as password), or trusted publishing (no password).`,
    );
  }
  const expectedVersion = inputs.string("expected-version").replace(/^v/, "");
  if (expectedVersion && !parsePep440(expectedVersion))
    throw new ConfigurationError(
      `Input "expected-version": ${quote(expectedVersion)} is not a PEP 440 version.`,
    );
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (requestToken) maskSecret(requestToken);
  return {
    ...readCommonSettings(inputs, context),
    packagesDir: inputs.string(spelling("packages-dir")) || "dist",
    repositoryUrl,
    indexUrl: inputs.string("index-url"),
    user,
    password,
    expectedVersion,
    skipExisting: inputs.boolean(spelling("skip-existing")),
    verifyMetadata: inputs.boolean(spelling("verify-metadata"), true),
    attestations: inputs.boolean("attestations", true),
    sigstore: readSigstore(env),
    printHash: inputs.boolean(spelling("print-hash")),
    fileSizeLimit: (inputs.integer("file-size-limit", 1, 1024) ?? 100) * 1024 * 1024,
    oidc: {
      requestUrl: env.ACTIONS_ID_TOKEN_REQUEST_URL,
      requestToken,
      eventName: context.eventName,
      event: context.event,
    },
    deprecations,
  };
}
