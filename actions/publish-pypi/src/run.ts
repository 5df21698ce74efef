import type { CommonStageDeps, IdTokenSource } from "@release-actions/core/runtime";
import {
  ATTESTATION_SUFFIX,
  ConfigurationError,
  getErrorMessage,
  type Log,
  normalizePackageName,
} from "@release-actions/core/strategy";
import {
  type AttestationPlan,
  planAttestations,
  signAttestations,
  writeAttestationFiles,
} from "./attestations.ts";
import { type Digests, digestFile } from "./digests.ts";
import { checkDistributions } from "./dist-checks.ts";
import { type Distribution, findDistributions, printable, readDistribution } from "./distributions.ts";
import type { PublishPypiSettings } from "./inputs.ts";
import { type UploadTarget, uploadFile } from "./legacy-upload.ts";
import { type IndexedFile, projectPageUrl } from "./package-index.ts";
import type { RetryPolicy } from "./request-retries.ts";
import {
  findAlreadyPublished,
  type IndexLocation,
  publishedAttestations,
  settleExistingAnswer,
} from "./skip-existing.ts";
import { uploadRequestFields } from "./upload-fields.ts";
import { authenticate } from "./upload-target.ts";

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

/** What `run()` gets besides its settings: the common dependencies and the job's OIDC tokens. */
export interface PublishDeps extends CommonStageDeps {
  readonly idToken: IdTokenSource;
}

// Seven attempts, 63 s of back-off in all: an index blip of up to a minute does not fail a
// release, and under a tenth of requests faulted one request fails with odds of 1e-7 (five
// attempts left 1e-5: the soak's seed 13 drew five faults in a row on mint-token). The idle
// limit is the one Node's fetch puts on waiting for an answer.
const RETRY = { attempts: 7, backoffMs: 1000, idleTimeoutMs: 300_000 };

/** Checks, then publishes the distributions; nothing is uploaded when any check fails. */
export async function run(
  settings: PublishPypiSettings,
  { log, fetch, mask, idToken }: PublishDeps,
  retry = RETRY,
): Promise<PublishPypiResult> {
  // Each phase adds its warnings here, in the order the result lists them, and to the log at
  // once as annotations: they stay on the run's page when a later phase fails.
  const warnings: string[] = [];
  const warn = (message: string) => {
    warnings.push(message);
    log.warning(message);
  };
  for (const deprecation of settings.deprecations) warn(deprecation);
  const distributions = await readDistributions(settings.packagesDir, log, warn);
  refuseFailedChecks(distributions, settings, warn);
  const digests = digestCache(settings.printHash);
  if (settings.printHash) await printHashes(distributions, digests, log);
  const projects = projectsOf(distributions, settings.packagesDir, warn);
  const onIndex = settings.skipExisting
    ? await findAlreadyPublished(fetch, settings, projects, distributions, digests.of, { retry, log })
    : new Map<string, IndexedFile>();
  // Files the index already has are not uploaded, nor signed: it would keep neither them nor their
  // attestations.
  const toUpload = distributions.filter((dist) => !onIndex.has(dist.filename));
  const plan = planAttestations(settings);
  if (!plan.sign && plan.warning) warn(plan.warning);
  const project = projects[0] as string;
  const version = distributions[0]?.metadata.get("Version") as string;
  const result = (files: PublishedFile[], authentication: PublishPypiResult["authentication"]) => ({
    files,
    projectUrl: projectPageUrl(settings.repositoryUrl, project, version),
    project,
    authentication,
    warnings,
    attestations: describeAttestations(plan, toUpload, settings),
  });
  if (settings.dryRun)
    return result(await dryRunFiles(distributions, onIndex, digests), "not used (dry-run)");

  const { target, authentication, warning } = await authenticate(settings, fetch, idToken, mask, log, retry);
  if (warning) warn(warning);
  const attestations =
    plan.sign && toUpload.length > 0
      ? await signUploads(toUpload, digests, {
          fetch,
          idToken,
          oidc: settings.oidc,
          mask,
          log,
          sigstore: plan.sigstore,
          retry,
        })
      : new Map<string, string>();
  await writeAttestationFiles(settings.packagesDir, attestations);
  if (plan.sign && onIndex.size > 0) {
    // The files skipped get the attestation the index keeps for them: the release job attaches
    // each file with its attestation even when an earlier run uploaded them.
    const published = await publishedAttestations(fetch, onIndex, { retry, log });
    await writeAttestationFiles(settings.packagesDir, published.fields);
    if (published.without.length > 0)
      warn(
        `${published.without.join(", ")}: already on the index without a publish attestation (uploaded ` +
          `without one, by hand or by another tool): no ${ATTESTATION_SUFFIX} file is written for it.`,
      );
  }
  const files = await uploadAll(distributions, onIndex, digests, {
    target,
    attestations,
    fetch,
    location: settings,
    skipExisting: settings.skipExisting,
    retry,
    log,
    warn,
  });
  return result(files, authentication);
}

/** Finds and reads the distributions (in the log, one line each); other files are a warning. */
async function readDistributions(
  packagesDir: string,
  log: Log,
  warn: (message: string) => void,
): Promise<Distribution[]> {
  const { files, ignored } = await findDistributions(packagesDir);
  if (ignored.length > 0) warn(`Not uploaded (not a .whl or .tar.gz): ${ignored.join(", ")}.`);
  return log.group(`Distributions in ${packagesDir}`, async () => {
    // Read side by side: their file reads and decompression overlap.
    const read = await Promise.all(files.map(readDistribution));
    // The filename and the metadata come from the build: quoted unless plain, so no line of
    // theirs can be a workflow command.
    for (const dist of read)
      log.info(
        `${printable(dist.filename)}: ${printable(dist.metadata.get("Name") ?? "")} ` +
          `${printable(dist.metadata.get("Version") ?? "")} (${dist.size} bytes)`,
      );
    return read;
  });
}

/** Runs the checks of dist-checks.ts; any error stops the run before anything is uploaded. */
function refuseFailedChecks(
  distributions: readonly Distribution[],
  settings: PublishPypiSettings,
  warn: (message: string) => void,
): void {
  const checks = checkDistributions(distributions, {
    verifyMetadata: settings.verifyMetadata,
    maxFileSize: settings.fileSizeLimit,
    ...(settings.expectedVersion && { expectedVersion: settings.expectedVersion }),
  });
  for (const warning of checks.warnings) warn(warning);
  if (checks.errors.length > 0) {
    throw new ConfigurationError(
      `Nothing was uploaded: ${checks.errors.length} problem(s) with the ` +
        `distributions.\n${checks.errors.map((error) => `- ${error}`).join("\n")}`,
    );
  }
}

/**
 * Digests computed ahead of the uploads, each file's once. Only what needs them first asks for
 * them: print-hash (before the uploads, as twine prints them), skip-existing's comparison, the
 * attestations' statements and dry-run's outputs. Any other file is hashed as it uploads, in the
 * same pass over it.
 */
interface DigestCache {
  /** The file's digests, computed now unless they already were. */
  of(dist: Distribution): Promise<Digests>;
  /** The file's digests if they were computed already. */
  known(dist: Distribution): Digests | undefined;
}

function digestCache(md5: boolean): DigestCache {
  const known = new Map<string, Digests>();
  return {
    async of(dist) {
      const digests = known.get(dist.filename) ?? (await digestFile(dist.path, { md5 }));
      known.set(dist.filename, digests);
      return digests;
    },
    known: (dist) => known.get(dist.filename),
  };
}

/** print-hash: every file's digests, in the log, before anything is uploaded. */
async function printHashes(
  distributions: readonly Distribution[],
  digests: DigestCache,
  log: Log,
): Promise<void> {
  for (const dist of distributions) {
    const { sha256, md5, blake2_256 } = await digests.of(dist);
    log.info(`${printable(dist.filename)}\n  SHA256: ${sha256}\n  MD5: ${md5}\n  BLAKE2-256: ${blake2_256}`);
  }
}

/** The projects the distributions belong to (normalized names); more than one is a warning. */
function projectsOf(
  distributions: readonly Distribution[],
  packagesDir: string,
  warn: (message: string) => void,
): string[] {
  const projects = [
    ...new Set(distributions.map((dist) => normalizePackageName(dist.metadata.get("Name") as string))),
  ];
  if (projects.length > 1)
    warn(`${packagesDir} holds distributions of ${projects.length} projects: ${projects.join(", ")}.`);
  return projects;
}

/** What was done about PEP 740 attestations (or would be, in dry-run), for the result. */
function describeAttestations(
  plan: AttestationPlan,
  toUpload: readonly Distribution[],
  settings: PublishPypiSettings,
): string {
  if (!plan.sign)
    return settings.attestations ? "not made (see the warnings)" : "not requested (attestations: false)";
  if (toUpload.length === 0) return "none needed (every file is already on the index)";
  return (
    `${settings.dryRun ? "would be signed" : "signed"} through Sigstore (${plan.sigstore.fulcioUrl}, ` +
    `${plan.sigstore.rekorUrl}) for ${toUpload.map((dist) => dist.filename).join(", ")}`
  );
}

function publishedFile(
  dist: Distribution,
  digests: Digests,
  status: PublishedFile["status"],
  note: string,
): PublishedFile {
  return {
    filename: dist.filename,
    version: dist.metadata.get("Version") as string,
    sha256: digests.sha256,
    digests,
    status,
    note,
  };
}

/** dry-run: what would be uploaded and what skipped, with every file's digests. */
async function dryRunFiles(
  distributions: readonly Distribution[],
  onIndex: ReadonlyMap<string, IndexedFile>,
  digests: DigestCache,
): Promise<PublishedFile[]> {
  const files: PublishedFile[] = [];
  for (const dist of distributions)
    files.push(
      publishedFile(
        dist,
        await digests.of(dist),
        onIndex.has(dist.filename) ? "skipped" : "would upload",
        "dry-run",
      ),
    );
  return files;
}

/** Signs the attestations of the files to upload: each file's `attestations` form field. */
function signUploads(
  toUpload: readonly Distribution[],
  digests: DigestCache,
  options: Parameters<typeof signAttestations>[1],
): Promise<Map<string, string>> {
  return options.log.group("PEP 740 attestations", async () => {
    const subjects = [];
    for (const dist of toUpload)
      subjects.push({ filename: dist.filename, sha256: (await digests.of(dist)).sha256 });
    return signAttestations(subjects, options);
  });
}

/** How the files are uploaded; `warn` gets the index's warnings about them. */
interface Uploads {
  readonly target: () => Promise<UploadTarget>;
  readonly attestations: ReadonlyMap<string, string>;
  /** Where to compare a file the index answers "exists" for. */
  readonly fetch: typeof fetch;
  readonly location: IndexLocation;
  readonly skipExisting: boolean;
  readonly retry: RetryPolicy;
  readonly log: Log;
  readonly warn: (message: string) => void;
}

/**
 * Uploads the files in order, skipping those already on the index. When one fails, the error
 * names those the index took before it.
 */
async function uploadAll(
  distributions: readonly Distribution[],
  onIndex: ReadonlyMap<string, IndexedFile>,
  digests: DigestCache,
  uploads: Uploads,
): Promise<PublishedFile[]> {
  const files: PublishedFile[] = [];
  try {
    for (const dist of distributions) files.push(await publishOne(dist, onIndex, digests, uploads));
  } catch (error) {
    const uploaded = files.filter((file) => file.status === "uploaded").map((file) => file.filename);
    if (uploaded.length === 0) throw error;
    const Failure = error instanceof ConfigurationError ? ConfigurationError : Error;
    throw new Failure(
      `${getErrorMessage(error)}\nAlready uploaded by this run: ${uploaded.join(", ")}. Once the cause is ` +
        `fixed, re-run with skip-existing: true: it skips them and uploads the rest.`,
    );
  }
  return files;
}

/**
 * One file: skipped when the index has it already, uploaded otherwise; a file the index answers
 * "exists" for is compared through its simple API (settleExistingAnswer).
 */
async function publishOne(
  dist: Distribution,
  onIndex: ReadonlyMap<string, IndexedFile>,
  digests: DigestCache,
  { target, attestations, fetch, location, skipExisting, retry, log, warn }: Uploads,
): Promise<PublishedFile> {
  if (onIndex.has(dist.filename)) {
    log.info(`${printable(dist.filename)}: already on the index with the same sha256, skipped.`);
    return publishedFile(dist, await digests.of(dist), "skipped", "the index has this very file");
  }
  const answer = await log.group(`Upload ${dist.filename}`, async () =>
    uploadFile(
      fetch,
      await target(),
      {
        path: dist.path,
        filename: dist.filename,
        size: dist.size,
        fields: uploadRequestFields(dist, attestations.get(dist.filename)),
        digests: digests.known(dist),
      },
      retry,
      log,
    ),
  );
  if (answer.status === "exists") {
    const fileDigests = await digests.of(dist);
    const { note, warning, same } = await settleExistingAnswer(
      fetch,
      location,
      {
        filename: dist.filename,
        project: normalizePackageName(dist.metadata.get("Name") as string),
        sha256: fileDigests.sha256,
      },
      answer.message,
      skipExisting,
      { retry, log },
    );
    // An earlier attempt's answer was lost, and the index has this very file: that attempt uploaded it.
    if (same && answer.afterLostAnswer)
      return publishedFile(
        dist,
        fileDigests,
        "uploaded",
        "uploaded by an attempt whose answer was lost (the index has this very file, sha256 compared)",
      );
    if (warning) warn(warning);
    return publishedFile(dist, fileDigests, "skipped", note);
  }
  if (answer.warnings) warn(`${dist.filename}: ${answer.warnings}`);
  return publishedFile(dist, answer.digests, "uploaded", answer.warnings);
}
