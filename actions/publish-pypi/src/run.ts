import { ConfigurationError, type StageDeps } from "@release-actions/core";
import { planAttestations, signAttestations } from "./attestations.ts";
import { type Digests, digestFile } from "./digests.ts";
import { checkDistributions } from "./dist-checks.ts";
import { type Distribution, findDistributions, normalizeName, readDistribution } from "./distributions.ts";
import type { PublishPypiSettings } from "./inputs.ts";
import { type UploadTarget, uploadFile } from "./legacy-upload.ts";
import { type IndexedFile, listIndexFiles, simpleIndexUrl } from "./package-index.ts";
import { mintUploadToken } from "./trusted-publishing.ts";
import { uploadRequestFields } from "./upload-fields.ts";

/** One file's fate. */
export interface PublishedFile {
  readonly filename: string;
  readonly version: string;
  readonly sha256: string;
  readonly digests: Digests;
  readonly status: "uploaded" | "skipped" | "would upload";
  /** Why it was skipped, or the index's warnings. */
  readonly note: string;
}

/** What publish-pypi did. */
export interface PublishPypiResult {
  readonly files: readonly PublishedFile[];
  readonly projectUrl: string;
  readonly project: string;
  readonly authentication: "trusted publishing" | "API token" | "not used (dry-run)";
  readonly warnings: readonly string[];
  /** PEP 740 attestations: what was done (or would be, in dry-run). */
  readonly attestations: string;
}

const RETRY = { attempts: 5, backoffMs: 1000 };

function projectUrl(repositoryUrl: string, project: string, version: string): string {
  const { host, origin } = new URL(repositoryUrl);
  const web =
    host === "upload.pypi.org"
      ? "https://pypi.org"
      : host === "test.pypi.org"
        ? "https://test.pypi.org"
        : origin;
  return `${web}/project/${project}/${version}/`;
}

/** Checks, then publishes the distributions; nothing is uploaded when any check fails. */
export async function run(
  settings: PublishPypiSettings,
  { log, fetch, mask }: StageDeps,
  retry = RETRY,
): Promise<PublishPypiResult> {
  const { files, ignored } = await findDistributions(settings.packagesDir);
  const warnings: string[] = [];
  if (ignored.length > 0) warnings.push(`Not uploaded (not a .whl or .tar.gz): ${ignored.join(", ")}.`);
  const distributions: (Distribution & { digests: Digests })[] = await log.group(
    `Distributions in ${settings.packagesDir}`,
    async () => {
      const read = [];
      for (const file of files) {
        const dist = await readDistribution(file);
        read.push({ ...dist, digests: await digestFile(file) });
        log.info(
          `${dist.filename}: ${dist.metadata.get("Name")} ${dist.metadata.get("Version")} (${dist.size} bytes)`,
        );
      }
      return read;
    },
  );
  const checks = checkDistributions(distributions, {
    verifyMetadata: settings.verifyMetadata,
    maxFileSize: settings.fileSizeLimit,
    ...(settings.expectedVersion && { expectedVersion: settings.expectedVersion }),
  });
  warnings.push(...checks.warnings);
  if (checks.errors.length > 0) {
    throw new ConfigurationError(
      `Nothing was uploaded: ${checks.errors.length} problem(s) with the distributions.\n${checks.errors.map((error) => `- ${error}`).join("\n")}`,
    );
  }
  if (settings.printHash) {
    for (const dist of distributions)
      log.info(
        `${dist.filename}\n  SHA256: ${dist.digests.sha256}\n  MD5: ${dist.digests.md5}\n  BLAKE2-256: ${dist.digests.blake2_256}`,
      );
  }
  const projects = [
    ...new Set(distributions.map((dist) => normalizeName(dist.metadata.get("Name") as string))),
  ];
  if (projects.length > 1)
    warnings.push(
      `${settings.packagesDir} holds distributions of ${projects.length} projects: ${projects.join(", ")}.`,
    );
  const project = projects[0] as string;
  const version = distributions[0]?.metadata.get("Version") as string;

  // Hash-aware skip-existing, decided before anything is uploaded.
  const existing = new Map<string, IndexedFile>();
  if (settings.skipExisting) {
    const indexUrl = settings.indexUrl || simpleIndexUrl(settings.repositoryUrl);
    for (const name of projects)
      for (const file of await listIndexFiles(fetch, indexUrl, name)) existing.set(file.filename, file);
    const clashes = distributions.filter(
      (dist) => existing.has(dist.filename) && existing.get(dist.filename)?.sha256 !== dist.digests.sha256,
    );
    if (clashes.length > 0) {
      throw new ConfigurationError(
        `Nothing was uploaded: the index already has ${clashes.map((dist) => dist.filename).join(", ")} with other content (sha256 ${clashes.map((dist) => existing.get(dist.filename)?.sha256?.slice(0, 12)).join(", ")}). A published file is never replaced: release a new version.`,
      );
    }
  }
  const status = (dist: Distribution & { digests: Digests }) =>
    existing.get(dist.filename)?.sha256 === dist.digests.sha256 ? "skipped" : "upload";
  const plan = planAttestations(settings);
  if (!plan.sign && plan.warning) warnings.push(plan.warning);
  // Files the index already has are not signed: it would keep neither them nor their attestations.
  const toSign = distributions.filter((dist) => status(dist) === "upload");
  const attestationNote = !plan.sign
    ? settings.attestations
      ? "not made (see the warnings)"
      : "not requested (attestations: false)"
    : toSign.length === 0
      ? "none needed (every file is already on the index)"
      : `${settings.dryRun ? "would be signed" : "signed"} through Sigstore (${plan.sigstore.fulcioUrl}, ${plan.sigstore.rekorUrl}) for ${toSign.map((dist) => dist.filename).join(", ")}`;
  if (settings.dryRun) {
    return {
      files: distributions.map((dist) => ({
        filename: dist.filename,
        version: dist.metadata.get("Version") as string,
        sha256: dist.digests.sha256,
        digests: dist.digests,
        status: status(dist) === "skipped" ? "skipped" : "would upload",
        note: "dry-run",
      })),
      projectUrl: projectUrl(settings.repositoryUrl, project, version),
      project,
      authentication: "not used (dry-run)",
      warnings,
      attestations: attestationNote,
    };
  }

  const trusted = settings.password === "";
  const target: UploadTarget = await log.group("Authentication", async () => {
    if (trusted)
      return {
        url: settings.repositoryUrl,
        username: "__token__",
        password: await mintUploadToken(fetch, settings.repositoryUrl, settings.oidc, mask, log),
      };
    if (
      settings.user === "__token__" &&
      /pypi\.org$/.test(new URL(settings.repositoryUrl).hostname) &&
      !settings.password.startsWith("pypi-")
    ) {
      warnings.push('The password does not look like a PyPI API token (they start with "pypi-").');
    }
    return { url: settings.repositoryUrl, username: settings.user, password: settings.password };
  });
  const attestations =
    plan.sign && toSign.length > 0
      ? await log.group("PEP 740 attestations", () =>
          signAttestations(
            toSign.map((dist) => ({ filename: dist.filename, sha256: dist.digests.sha256 })),
            { fetch, oidc: settings.oidc, mask, log, sigstore: plan.sigstore, retry },
          ),
        )
      : new Map<string, string>();

  const published: PublishedFile[] = [];
  for (const dist of distributions) {
    const base = {
      filename: dist.filename,
      version: dist.metadata.get("Version") as string,
      sha256: dist.digests.sha256,
      digests: dist.digests,
    };
    if (status(dist) === "skipped") {
      published.push({ ...base, status: "skipped", note: "the index has this very file" });
      log.info(`${dist.filename}: already on the index with the same sha256, skipped.`);
      continue;
    }
    const answer = await log.group(`Upload ${dist.filename}`, () =>
      uploadFile(
        target,
        {
          path: dist.path,
          filename: dist.filename,
          size: dist.size,
          fields: uploadRequestFields(dist, dist.digests, attestations.get(dist.filename)),
        },
        retry,
        log,
      ),
    );
    if (answer.status === "exists") {
      if (!settings.skipExisting) {
        throw new ConfigurationError(
          `${dist.filename}: the index refused it: ${answer.message}. Set skip-existing: true to skip files that are already published (this stage compares their sha256).`,
        );
      }
      published.push({ ...base, status: "skipped", note: answer.message });
      continue;
    }
    if (answer.warnings) warnings.push(`${dist.filename}: ${answer.warnings}`);
    published.push({ ...base, status: "uploaded", note: answer.warnings });
  }
  return {
    files: published,
    projectUrl: projectUrl(settings.repositoryUrl, project, version),
    project,
    authentication: trusted ? "trusted publishing" : "API token",
    warnings,
    attestations: attestationNote,
  };
}
