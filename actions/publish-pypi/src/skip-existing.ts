/**
 * Hash-aware skip-existing, decided before anything is uploaded: a file the index already has with
 * the same sha256 is skipped; one it has under the same name with other content stops the run,
 * since a published file is never replaced.
 */
import { ConfigurationError } from "@release-actions/core";
import type { Digests } from "./digests.ts";
import type { Distribution } from "./distributions.ts";
import { type IndexedFile, listIndexFiles, simpleIndexUrl } from "./package-index.ts";

/** Where to look: the `index-url` input, or the simple API of the upload URL's index. */
export interface IndexLocation {
  readonly indexUrl: string;
  readonly repositoryUrl: string;
}

/**
 * The filenames of the distributions the index already has, each as this very file; throws, naming
 * them, when it has any of them with other content.
 */
export async function findAlreadyPublished(
  fetchImpl: typeof fetch,
  location: IndexLocation,
  projects: readonly string[],
  distributions: readonly Distribution[],
  digestsOf: (dist: Distribution) => Promise<Digests>,
): Promise<ReadonlySet<string>> {
  const indexUrl = location.indexUrl || simpleIndexUrl(location.repositoryUrl);
  const existing = new Map<string, IndexedFile>();
  for (const name of projects)
    for (const file of await listIndexFiles(fetchImpl, indexUrl, name)) existing.set(file.filename, file);
  const clashes: Distribution[] = [];
  for (const dist of distributions) {
    const indexed = existing.get(dist.filename);
    if (indexed && indexed.sha256 !== (await digestsOf(dist)).sha256) clashes.push(dist);
  }
  if (clashes.length > 0) {
    throw new ConfigurationError(
      `Nothing was uploaded: the index already has ${clashes.map((dist) => dist.filename).join(", ")} with other content (sha256 ${clashes.map((dist) => existing.get(dist.filename)?.sha256?.slice(0, 12)).join(", ")}). A published file is never replaced: release a new version.`,
    );
  }
  return new Set(distributions.filter((dist) => existing.has(dist.filename)).map((dist) => dist.filename));
}
