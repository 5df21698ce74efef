/**
 * What an index already has, through the PEP 691 JSON simple API (any index that speaks it, not
 * only PyPI): the files of a project with their sha256, so that skip-existing can tell "this very
 * file is there" (skip) from "another file under this name is there" (refuse). And which hosts are
 * PyPI's own, where its rules apply (API tokens only, attestations) and its web site is elsewhere.
 */
import { ConfigurationError, normalizePackageName } from "@release-actions/core/strategy";
import { timedFetch } from "./timed-fetch.ts";

/** PyPI or TestPyPI (or another of PyPI's hosts), by hostname: not merely one ending in "pypi.org". */
export function isPypiHost(hostname: string): boolean {
  return /(^|\.)pypi\.org$/.test(hostname);
}

/** A file the index has. */
export interface IndexedFile {
  readonly filename: string;
  readonly sha256: string | undefined;
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

/**
 * The files the index has for a project; empty when the project does not exist yet. A private
 * index needs `authorization` to be read (the upload's credentials, sent only to its own host).
 */
export async function listIndexFiles(
  fetchImpl: typeof fetch,
  indexUrl: string,
  project: string,
  authorization?: string,
): Promise<IndexedFile[]> {
  const url = `${indexUrl.replace(/\/?$/, "/")}${normalizePackageName(project)}/`;
  const response = await timedFetch(
    fetchImpl,
    url,
    { headers: { accept: "application/vnd.pypi.simple.v1+json", ...(authorization && { authorization }) } },
    { limitMs: 30_000, what: `The simple API request for ${project}` },
  );
  if (response.status === 404) return [];
  if (response.status === 401 || response.status === 403) {
    throw new ConfigurationError(
      `skip-existing reads the index's simple API, and ${url} answered ${response.status} ${response.statusText}: ${authorization ? "the upload credentials do not let it be read" : "it needs credentials to be read, and only an API token (password) on the same host as repository-url is sent there"}. Set "index-url" to a simple API this job can read, or turn skip-existing off.`,
    );
  }
  const type = response.headers.get("content-type") ?? "";
  if (!response.ok || !type.includes("application/vnd.pypi.simple.v1+json")) {
    throw new ConfigurationError(
      `skip-existing needs the index's PEP 691 JSON simple API; ${url} answered ${response.status} ${type || "without a content type"}. Set "index-url" to the index's simple API, or turn skip-existing off.`,
    );
  }
  const document = (await response.json()) as {
    files?: { filename: string; hashes?: { sha256?: string } }[];
  };
  return (document.files ?? []).map((file) => ({
    filename: file.filename,
    sha256: file.hashes?.sha256?.toLowerCase(),
  }));
}
