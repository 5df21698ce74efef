/**
 * The released files attached to the GitHub release: the wheels and sdists of a directory (the
 * build job's dist/) and their PEP 740 `.publish.attestation` files, uploaded to the release's
 * `upload_url` while it is a draft — GitHub's immutable releases take no file once published.
 * Re-runs converge: a file the release already has with the same sha256 is skipped; one of the
 * same name with other content is refused (the release would ship another build than PyPI's).
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { type GitHubGateway, writeOnce } from "@release-actions/core/github";
import {
  ATTESTATION_SUFFIX,
  ConfigurationError,
  getErrorMessage,
  quote,
  ReleaseRefusedError,
} from "@release-actions/core/strategy";
import type { ReleaseInfo } from "./github-release.ts";

/** A file of the assets directory. */
export interface AssetFile {
  readonly name: string;
  readonly path: string;
  readonly size: number;
  /** `sha256:<hex>`, as GitHub reports an asset's digest. */
  readonly digest: string;
}

/** What happened to one file. */
export interface AttachedAsset {
  readonly name: string;
  readonly size: number;
  readonly digest: string;
  readonly status: "attached" | "already attached" | "would attach";
}

const DIST = /\.(?:whl|tar\.gz)$/;
const isAttestation = (name: string) =>
  name.endsWith(ATTESTATION_SUFFIX) && DIST.test(name.slice(0, -ATTESTATION_SUFFIX.length));

/** A file's sha256, read as a stream: the bytes are held once, by the upload, not here too. */
async function sha256Of(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

function contentType(name: string): string {
  if (name.endsWith(".whl")) return "application/zip";
  if (name.endsWith(".tar.gz")) return "application/gzip";
  return "application/json";
}

/**
 * The wheels, sdists and their attestations in `directory` (shown as `shown`, the input's value),
 * with their digests. Read before any request: a missing or empty directory, or an entry that is
 * not a regular file (a FIFO would block the read), is refused with the fix.
 */
export async function readAssetFiles(directory: string, shown: string): Promise<AssetFile[]> {
  const names = await readdir(directory).catch((error: unknown) => {
    const code = (error as { code?: string }).code;
    throw new ConfigurationError(
      code === "ENOENT"
        ? `Input "assets": ${quote(shown)} does not exist in the workspace. Download the build's dists there first (actions/download-artifact with path: ${shown}/).`
        : `Input "assets": ${quote(shown)} cannot be read as a directory (${getErrorMessage(error)}). Give the folder that holds the wheel and the sdist, such as dist.`,
    );
  });
  const files: AssetFile[] = [];
  for (const name of names.filter((entry) => DIST.test(entry) || isAttestation(entry)).sort()) {
    const path = join(directory, name);
    const info = await stat(path);
    if (!info.isFile())
      throw new ConfigurationError(
        `Input "assets": ${quote(shown)} holds ${quote(name)}, named like a distribution but not a regular file. Remove it, or attach from a folder that holds only the built files.`,
      );
    files.push({ name, path, size: info.size, digest: `sha256:${await sha256Of(path)}` });
  }
  if (!files.some((file) => DIST.test(file.name)))
    throw new ConfigurationError(
      `Input "assets": ${quote(shown)} holds no wheel (.whl) nor sdist (.tar.gz)${names.length > 0 ? `, only ${quote(names.join(", "))}` : ""}. Download the build's dists there first.`,
    );
  return files;
}

/** An asset as GitHub lists it. */
interface ReleaseAsset {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  readonly digest: string | null;
  readonly state: string;
}

function sameContent(asset: ReleaseAsset, file: AssetFile): boolean {
  // Assets uploaded before GitHub computed digests (June 2025) have none: their size is compared.
  return asset.digest ? asset.digest === file.digest : asset.size === file.size;
}

async function listAssets(github: GitHubGateway, release: ReleaseInfo): Promise<ReleaseAsset[]> {
  return github.client.paginate("GET /repos/{owner}/{repo}/releases/{release_id}/assets", {
    owner: github.owner,
    repo: github.repo,
    release_id: release.id,
    per_page: 100,
  });
}

function refuseOtherContent(tag: string, asset: ReleaseAsset, file: AssetFile): never {
  throw new ReleaseRefusedError(
    `The release ${tag} already has an asset ${quote(file.name)} with other content (${asset.digest ?? `${asset.size} bytes`} on the release, ${file.digest} here): it came from another build than the one this run attaches. Nothing was published. Delete that asset from the draft (Edit on the release's page) if it is the wrong one, then re-run the job.`,
  );
}

/**
 * Attaches `files` to `release` (undefined: in dry-run, the release this run would create).
 * Each upload is sent once (a lost answer is looked for by name before sending again), so no
 * file is attached twice and a killed run converges when it runs again.
 */
export async function attachAssets(
  github: GitHubGateway,
  release: ReleaseInfo | undefined,
  files: readonly AssetFile[],
): Promise<AttachedAsset[]> {
  const existing = release ? await listAssets(github, release) : [];
  const attached: AttachedAsset[] = [];
  const missing: AssetFile[] = [];
  for (const file of files) {
    const asset = existing.find(
      (candidate) => candidate.name === file.name && candidate.state === "uploaded",
    );
    if (!asset) missing.push(file);
    else if (sameContent(asset, file)) attached.push({ ...pick(file), status: "already attached" });
    else refuseOtherContent(release?.tag ?? "", asset, file);
  }
  if (missing.length === 0) return attached;
  if (release && !release.draft && release.immutable)
    throw new ConfigurationError(
      `The release ${release.tag} is published and immutable, so GitHub takes no more files on it, and it lacks ${missing.map((file) => quote(file.name)).join(", ")}. Its files can only be attached while it is a draft: release through the workflow, which creates the release as a draft, attaches the files, then publishes it.`,
    );
  for (const file of missing) {
    if (!release || github.dryRun) {
      attached.push({ ...pick(file), status: "would attach" });
      continue;
    }
    // An upload GitHub began but did not finish (an upstream failure) leaves an asset that is not
    // "uploaded"; GitHub's documentation says it can be safely deleted.
    const stale = existing.find((candidate) => candidate.name === file.name);
    if (stale)
      await github.write(`delete the unfinished asset ${file.name}`, "contents: write", () =>
        github.client.request("DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}", {
          owner: github.owner,
          repo: github.repo,
          asset_id: stale.id,
        }),
      );
    const uploaded = await uploadOnce(github, release, file);
    if (!sameContent(uploaded.value, file)) refuseOtherContent(release.tag, uploaded.value, file);
    attached.push({
      ...pick(file),
      status: uploaded.outcome === "created" ? "attached" : "already attached",
    });
  }
  return attached;
}

function pick(file: AssetFile): Omit<AttachedAsset, "status"> {
  return { name: file.name, size: file.size, digest: file.digest };
}

async function uploadOnce(github: GitHubGateway, release: ReleaseInfo, file: AssetFile) {
  const data = await readFile(file.path);
  return writeOnce<ReleaseAsset>({
    send: async (noRetry) => {
      const { data: asset } = await github.write(
        `attach ${file.name} to ${release.tag}`,
        "contents: write",
        () =>
          github.client.request({
            method: "POST",
            // The upload host is the release's own (uploads.github.com; GHES: /api/uploads).
            url: release.uploadUrl,
            name: file.name,
            data,
            headers: { "content-type": contentType(file.name) },
            ...noRetry,
          }),
      );
      return asset as ReleaseAsset;
    },
    find: async () =>
      (await listAssets(github, release)).find(
        (asset) => asset.name === file.name && asset.state === "uploaded",
      ),
  });
}

/**
 * What a release published in GitHub's UI lacks, for its job summary: the workflow builds the
 * wheel and sdist after the release is published, and attaches files only to a draft.
 */
export function describeUiAssets(immutable: boolean): string {
  const why = immutable
    ? "this repository's releases are immutable, and GitHub takes no file on an immutable release once it is published"
    : "the workflow attaches files only to the draft it makes itself, before publishing it";
  return `Not attached: the wheel, the sdist and their PEP 740 attestations (they go to PyPI all the same). This release was published in GitHub's UI before they were built, and ${why}. To have them on the release, release through the workflow instead — merge the release PR, or run the workflow by workflow_dispatch with the version — which creates the release as a draft, builds, uploads to PyPI, attaches the files, then publishes the release.`;
}
