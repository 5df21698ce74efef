import { type CommonStageDeps, ConfigurationError } from "@release-actions/core";
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
  { log, fetch, mask }: CommonStageDeps,
  retry = RETRY,
): Promise<PublishPypiResult> {
  const { files, ignored } = await findDistributions(settings.packagesDir);
  const warnings: string[] = [];
  if (ignored.length > 0) warnings.push(`Not uploaded (not a .whl or .tar.gz): ${ignored.join(", ")}.`);
  const distributions: Distribution[] = await log.group(
    `Distributions in ${settings.packagesDir}`,
    async () => {
      // Read side by side: their file reads and decompression overlap.
      const read = await Promise.all(files.map(readDistribution));
      for (const dist of read)
        log.info(
          `${dist.filename}: ${dist.metadata.get("Name")} ${dist.metadata.get("Version")} (${dist.size} bytes)`,
        );
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
  // Digests are computed ahead of the uploads only for what needs them first: print-hash (before
  // the uploads, as twine prints them), skip-existing's comparison, the attestations' statements and
  // dry-run's outputs. Any other file is hashed as it uploads, in the same pass over it.
  const known = new Map<string, Digests>();
  const digestsOf = async (dist: Distribution): Promise<Digests> => {
    const digests = known.get(dist.filename) ?? (await digestFile(dist.path, { md5: settings.printHash }));
    known.set(dist.filename, digests);
    return digests;
  };
  if (settings.printHash) {
    for (const dist of distributions) {
      const digests = await digestsOf(dist);
      log.info(
        `${dist.filename}\n  SHA256: ${digests.sha256}\n  MD5: ${digests.md5}\n  BLAKE2-256: ${digests.blake2_256}`,
      );
    }
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
  }
  // Every file the index has under one of these names is this very file (others were refused).
  const onIndex = (dist: Distribution) => existing.has(dist.filename);
  const plan = planAttestations(settings);
  if (!plan.sign && plan.warning) warnings.push(plan.warning);
  // Files the index already has are not signed: it would keep neither them nor their attestations.
  const toSign = distributions.filter((dist) => !onIndex(dist));
  const attestationNote = !plan.sign
    ? settings.attestations
      ? "not made (see the warnings)"
      : "not requested (attestations: false)"
    : toSign.length === 0
      ? "none needed (every file is already on the index)"
      : `${settings.dryRun ? "would be signed" : "signed"} through Sigstore (${plan.sigstore.fulcioUrl}, ${plan.sigstore.rekorUrl}) for ${toSign.map((dist) => dist.filename).join(", ")}`;
  const published: PublishedFile[] = [];
  const publish = (dist: Distribution, digests: Digests, status: PublishedFile["status"], note: string) =>
    published.push({
      filename: dist.filename,
      version: dist.metadata.get("Version") as string,
      sha256: digests.sha256,
      digests,
      status,
      note,
    });
  if (settings.dryRun) {
    for (const dist of distributions)
      publish(dist, await digestsOf(dist), onIndex(dist) ? "skipped" : "would upload", "dry-run");
    return {
      files: published,
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
      ? await log.group("PEP 740 attestations", async () => {
          const subjects = [];
          for (const dist of toSign)
            subjects.push({ filename: dist.filename, sha256: (await digestsOf(dist)).sha256 });
          return signAttestations(subjects, {
            fetch,
            oidc: settings.oidc,
            mask,
            log,
            sigstore: plan.sigstore,
            retry,
          });
        })
      : new Map<string, string>();

  for (const dist of distributions) {
    if (onIndex(dist)) {
      publish(dist, await digestsOf(dist), "skipped", "the index has this very file");
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
          fields: uploadRequestFields(dist, attestations.get(dist.filename)),
          digests: known.get(dist.filename),
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
      publish(dist, await digestsOf(dist), "skipped", answer.message);
      continue;
    }
    if (answer.warnings) warnings.push(`${dist.filename}: ${answer.warnings}`);
    publish(dist, answer.digests, "uploaded", answer.warnings);
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
