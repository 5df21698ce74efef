/**
 * What an index already has, through the PEP 691 JSON simple API (any index that speaks it, not
 * only PyPI): the files of a project with their sha256, so that skip-existing can tell "this very
 * file is there" (skip) from "another file under this name is there" (refuse). And which hosts are
 * PyPI's own, where its rules apply (API tokens only, attestations) and its web site is elsewhere.
 */
import { ConfigurationError, type Log, normalizePackageName } from "@release-actions/core/strategy";
import { fetchAnswer, type RetryPolicy, TransientFailure, withRetries } from "./request-retries.ts";

/** PyPI or TestPyPI (or another of PyPI's hosts), by hostname: not merely one ending in "pypi.org". */
export function isPypiHost(hostname: string): boolean {
  return /(^|\.)pypi\.org$/.test(hostname);
}

/** A file the index has. */
export interface IndexedFile {
  readonly filename: string;
  readonly sha256: string | undefined;
  /** Where the index serves the file's PEP 740 provenance (Integrity API), when it has one. */
  readonly provenance: string | undefined;
}

/** PyPI's and TestPyPI's web sites, by the host of their upload URL. */
const PYPI_SITES: ReadonlyMap<string, string> = new Map([
  ["upload.pypi.org", "https://pypi.org"],
  ["test.pypi.org", "https://test.pypi.org"],
]);

/** The simple API of the index an upload URL belongs to. */
export function simpleIndexUrl(repositoryUrl: string): string {
  const url = new URL(repositoryUrl);
  const site = PYPI_SITES.get(url.host);
  if (site) return `${site}/simple/`;
  const path = url.pathname.replace(/\/legacy\/?$/, "/").replace(/\/?$/, "/");
  return `${url.origin}${path}simple/`;
}

/** A version's page on the web site of the index an upload URL belongs to. */
export function projectPageUrl(repositoryUrl: string, project: string, version: string): string {
  const { host, origin } = new URL(repositoryUrl);
  return `${PYPI_SITES.get(host) ?? origin}/project/${project}/${version}/`;
}

/** The index answered, but with no PEP 691 JSON simple API (HTML only, or none at all). */
export class NoJsonSimpleApi extends ConfigurationError {
  /** What it answered, e.g. `404 Not Found, text/html`. */
  readonly answered: string;

  constructor(url: string, answered: string) {
    super(
      `skip-existing needs the index's PEP 691 JSON simple API; ${url} answered ${answered}. Set ` +
        `"index-url" to the index's simple API, or turn skip-existing off.`,
    );
    this.answered = answered;
  }
}

/**
 * The files the index has for a project; empty when the project does not exist yet. A private
 * index needs `authorization` to be read (the upload's credentials, sent only to its own host).
 * A 5xx or 429 answer, a dropped connection or an answer cut or malformed is retried, and never
 * taken for "no JSON simple API" nor for an empty project.
 */
export function listIndexFiles(
  fetchImpl: typeof fetch,
  indexUrl: string,
  project: string,
  { authorization, retry, log }: { authorization?: string; retry: RetryPolicy; log: Log },
): Promise<IndexedFile[]> {
  const url = `${indexUrl.replace(/\/?$/, "/")}${normalizePackageName(project)}/`;
  const init = {
    headers: { accept: "application/vnd.pypi.simple.v1+json", ...(authorization && { authorization }) },
  };
  const what = `The simple API request for ${project}`;
  return withRetries(what, retry, log, () =>
    fetchAnswer(fetchImpl, url, init, { limitMs: 30_000, what }, (response, text) => {
      if (response.status === 404) return [];
      if (response.status === 401 || response.status === 403) {
        throw new ConfigurationError(
          `skip-existing reads the index's simple API, and ${url} answered ${response.status} ` +
            `${response.statusText}: ${
              authorization
                ? "the upload credentials do not let it be read"
                : "it needs credentials to be read, and only an API token (password) " +
                  "on the same host as repository-url is sent there"
            }. Set "index-url" to a simple API this job can read, or turn skip-existing off.`,
        );
      }
      const type = response.headers.get("content-type") ?? "";
      if (!response.ok || !type.includes("application/vnd.pypi.simple.v1+json"))
        throw new NoJsonSimpleApi(
          url,
          `${response.status} ${response.statusText}, ${type || "without a content type"}`,
        );
      const document = JSON.parse(text) as { files?: unknown };
      if (!Array.isArray(document.files) || document.files.some((file) => typeof file?.filename !== "string"))
        throw new TransientFailure(
          `${response.status} with a JSON document that is not a PEP 691 project page`,
        );
      const files = document.files as {
        filename: string;
        hashes?: { sha256?: unknown };
        provenance?: unknown;
      }[];
      return files.map((file) => ({
        filename: file.filename,
        sha256: typeof file.hashes?.sha256 === "string" ? file.hashes.sha256.toLowerCase() : undefined,
        provenance: typeof file.provenance === "string" ? new URL(file.provenance, url).href : undefined,
      }));
    }),
  );
}

/**
 * What the simple API's root answered when it is no PEP 691 JSON index (`404 Not Found,
 * text/html`), or undefined when it is one: a project's 404 alone cannot tell "no such project"
 * from "no simple API here".
 */
export function missingJsonSimpleApi(
  fetchImpl: typeof fetch,
  indexUrl: string,
  { authorization, retry, log }: { authorization?: string; retry: RetryPolicy; log: Log },
): Promise<string | undefined> {
  const url = indexUrl.replace(/\/?$/, "/");
  const init = {
    headers: { accept: "application/vnd.pypi.simple.v1+json", ...(authorization && { authorization }) },
  };
  const what = `The simple API request for ${url}`;
  return withRetries(what, retry, log, () =>
    fetchAnswer(fetchImpl, url, init, { limitMs: 30_000, what }, (response) => {
      const type = response.headers.get("content-type") ?? "";
      if (response.ok && type.includes("application/vnd.pypi.simple.v1+json")) return undefined;
      return `${response.status} ${response.statusText}, ${type || "without a content type"}`;
    }),
  );
}
