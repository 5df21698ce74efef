import {
  type ActionInputs,
  type CommonSettings,
  ConfigurationError,
  maskSecret,
  parsePep440,
  type RunnerContext,
  readCommonSettings,
} from "@release-actions/core";
import type { SigstoreInstance } from "./attestations.ts";
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
   * Where attestations are signed. Unset (no input sets it): the public-good Sigstore, and only
   * for uploads to PyPI or TestPyPI. Set (a private deployment, or a test's mock Sigstore): they
   * are signed for any index, since the caller chose where.
   */
  readonly sigstore?: SigstoreInstance;
  readonly printHash: boolean;
  /** The index's size limit per file, in bytes (PyPI: 100 MB unless raised for the project). */
  readonly fileSizeLimit: number;
  /** The job's OIDC endpoint, from the runner's environment. */
  readonly oidc: OidcContext;
}

/** Reads and checks the inputs; the password and the OIDC request token are masked at once. */
export function readInputs(
  inputs: ActionInputs,
  context: RunnerContext,
  env: Readonly<Record<string, string | undefined>> = process.env,
): PublishPypiSettings {
  const repositoryUrl = inputs.string("repository-url") || "https://upload.pypi.org/legacy/";
  let url: URL;
  try {
    url = new URL(repositoryUrl);
  } catch {
    throw new ConfigurationError(
      `Input "repository-url": "${repositoryUrl}" is not a URL; PyPI's is https://upload.pypi.org/legacy/.`,
    );
  }
  const password = inputs.secret("password");
  const user = inputs.string("user") || "__token__";
  if (password !== "" && user !== "__token__" && /(^|\.)pypi\.org$/.test(url.hostname)) {
    throw new ConfigurationError(
      `Input "user": ${user}. Password-based uploads are disabled on ${url.hostname}: use an API token (user __token__, the token as password), or trusted publishing (no password).`,
    );
  }
  const expectedVersion = inputs.string("expected-version").replace(/^v/, "");
  if (expectedVersion && !parsePep440(expectedVersion))
    throw new ConfigurationError(`Input "expected-version": "${expectedVersion}" is not a PEP 440 version.`);
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
