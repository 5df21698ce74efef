/**
 * Hash-aware skip-existing, decided before anything is uploaded: a file the index already has with
 * the same sha256 is skipped; one it has under the same name with other content stops the run,
 * since a published file is never replaced. And when an upload is answered "exists" after all (a
 * simple API page cached from before the file, or no skip-existing), the same comparison decides
 * between a skip and a stop.
 */
import { ConfigurationError, type Log } from "@release-actions/core/strategy";
import { isPublishAttestation } from "./attestations.ts";
import type { Digests } from "./digests.ts";
import type { Distribution } from "./distributions.ts";
import { asSentence } from "./legacy-upload.ts";
import {
  type IndexedFile,
  isPypiHost,
  listIndexFiles,
  missingJsonSimpleApi,
  NoJsonSimpleApi,
  simpleIndexUrl,
} from "./package-index.ts";
import { fetchAnswer, type RetryPolicy, TransientFailure, withRetries } from "./request-retries.ts";

/** How the simple API's requests retry, and where their retries are told. */
export interface IndexRequests {
  readonly retry: RetryPolicy;
  readonly log: Log;
}

/** Where to look: the `index-url` input, or the simple API of the upload URL's index. */
export interface IndexLocation {
  readonly indexUrl: string;
  readonly repositoryUrl: string;
  /** The upload's credentials: an API token is also sent to a simple API on the upload's host. */
  readonly user: string;
  readonly password: string;
}

/**
 * The simple API to read and the credentials it gets: none on another host, on PyPI's (public)
 * or without a password.
 */
function simpleApi(location: IndexLocation): { url: string; authorization?: string } {
  const url = location.indexUrl || simpleIndexUrl(location.repositoryUrl);
  const { origin, hostname } = new URL(url);
  if (location.password === "" || isPypiHost(hostname) || origin !== new URL(location.repositoryUrl).origin)
    return { url };
  return {
    url,
    authorization: `Basic ${Buffer.from(`${location.user}:${location.password}`).toString("base64")}`,
  };
}

/**
 * The distributions the index already has, each as this very file (by filename, as the index lists
 * it); throws, naming them, when it has any of them with other content.
 */
export async function findAlreadyPublished(
  fetchImpl: typeof fetch,
  location: IndexLocation,
  projects: readonly string[],
  distributions: readonly Distribution[],
  digestsOf: (dist: Distribution) => Promise<Digests>,
  requests: IndexRequests,
): Promise<ReadonlyMap<string, IndexedFile>> {
  const { url, authorization } = simpleApi(location);
  const existing = new Map<string, IndexedFile>();
  for (const name of projects)
    for (const file of await listIndexFiles(fetchImpl, url, name, { ...requests, authorization }))
      existing.set(file.filename, file);
  const clashes: Distribution[] = [];
  const same = new Map<string, IndexedFile>();
  for (const dist of distributions) {
    // A file listed without a sha256 is uploaded: the index's answer to that decides.
    const indexed = existing.get(dist.filename);
    if (indexed?.sha256 === undefined) continue;
    if (indexed.sha256 === (await digestsOf(dist)).sha256) same.set(dist.filename, indexed);
    else clashes.push(dist);
  }
  if (clashes.length > 0) {
    throw new ConfigurationError(
      `Nothing was uploaded: the index already has ${clashes.map((dist) => dist.filename).join(", ")} with ` +
        `other content (sha256 ` +
        `${clashes.map((dist) => existing.get(dist.filename)?.sha256?.slice(0, 12)).join(", ")}). A ` +
        `published file is never replaced: release a new version.`,
    );
  }
  return same;
}

/**
 * Decides about a file whose upload the index answered "exists" (`answer`, its words): skipped
 * when its simple API lists this very file (`same`); otherwise the run stops, unless
 * skip-existing is on and the index cannot show what it has (then skipped, with a warning).
 * Returns the note for the skip and the warning, if any.
 */
export async function settleExistingAnswer(
  fetchImpl: typeof fetch,
  location: IndexLocation,
  file: { readonly filename: string; readonly project: string; readonly sha256: string },
  answer: string,
  skipExisting: boolean,
  requests: IndexRequests,
): Promise<{ note: string; warning?: string; same: boolean }> {
  const { url: indexUrl, authorization } = simpleApi(location);
  let listed: string | undefined;
  // Why the file's content cannot be compared, when it cannot.
  let unknown: string;
  try {
    const files = await listIndexFiles(fetchImpl, indexUrl, file.project, { ...requests, authorization });
    const entry = files.find((indexed) => indexed.filename === file.filename);
    listed = entry?.sha256;
    const missing =
      files.length === 0
        ? await missingJsonSimpleApi(fetchImpl, indexUrl, { ...requests, authorization })
        : undefined;
    unknown = missing
      ? `${indexUrl} has no PEP 691 JSON simple API to compare with: it answered ${missing}`
      : entry
        ? `${indexUrl} lists no sha256 for it`
        : `${indexUrl} does not list it`;
  } catch (error) {
    if (!(error instanceof NoJsonSimpleApi)) throw error;
    unknown = `${indexUrl} has no PEP 691 JSON simple API to compare with: it answered ${error.answered}`;
  }
  if (listed === file.sha256) return { note: "the index has this very file (sha256 compared)", same: true };
  if (listed !== undefined) {
    throw new ConfigurationError(
      `${file.filename}: the index refused it: ${asSentence(answer)} It has another file under this name ` +
        `(sha256 ${listed.slice(0, 12)}, this one ${file.sha256.slice(0, 12)}): a published file is ` +
        `never replaced, release a new version.`,
    );
  }
  const why = `its content could not be compared with this file's (${unknown})`;
  if (!skipExisting) {
    throw new ConfigurationError(
      `${file.filename}: the index refused it: ${asSentence(answer)} It says it has the file, and ${why}. ` +
        `Set skip-existing: true to skip files the index says it has.`,
    );
  }
  return {
    note: answer,
    warning: `${file.filename}: skipped, the index says it has it; ${why}.`,
    same: false,
  };
}

/**
 * The publish attestations the index keeps for files it already had (PEP 740's Integrity API, at
 * the `provenance` URL its simple API lists), as upload fields by filename: written beside the
 * skipped files, they let a re-run after an upload (a job stopped before the GitHub release got
 * its assets) attach every file with its attestation. Returns the filenames the index keeps none
 * for, too.
 */
export async function publishedAttestations(
  fetchImpl: typeof fetch,
  onIndex: ReadonlyMap<string, IndexedFile>,
  requests: IndexRequests,
): Promise<{ fields: Map<string, string>; without: string[] }> {
  const fields = new Map<string, string>();
  const without: string[] = [];
  for (const [filename, file] of onIndex) {
    const attestation =
      file.provenance === undefined
        ? undefined
        : await publishAttestationOf(fetchImpl, file.provenance, filename, requests);
    if (attestation === undefined) without.push(filename);
    else fields.set(filename, JSON.stringify([attestation]));
  }
  return { fields, without };
}

/** The publish attestation of one file's provenance; undefined when the index has none. */
function publishAttestationOf(
  fetchImpl: typeof fetch,
  url: string,
  filename: string,
  { retry, log }: IndexRequests,
): Promise<unknown> {
  const what = `The provenance request for ${filename}`;
  // No credentials: attestations go with trusted publishing only, where none are sent to read.
  const init = { headers: { accept: "application/json" } };
  return withRetries(what, retry, log, () =>
    fetchAnswer(fetchImpl, url, init, { limitMs: 30_000, what }, (response, text) => {
      if (response.status === 404) return undefined;
      if (!response.ok)
        throw new Error(`${what}: ${url} answered ${response.status} ${response.statusText}`.trim());
      const bundles = (JSON.parse(text) as { attestation_bundles?: unknown }).attestation_bundles;
      if (!Array.isArray(bundles))
        throw new TransientFailure(`${response.status} with a JSON document that is not a provenance object`);
      const attestations = bundles.flatMap((bundle) =>
        Array.isArray(bundle?.attestations) ? (bundle.attestations as unknown[]) : [],
      );
      return attestations.find(isPublishAttestation);
    }),
  );
}
