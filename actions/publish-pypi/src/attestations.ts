/**
 * PEP 740 publish attestations, as gh-action-pypi-publish makes them: for each distribution an
 * in-toto statement naming the file and its sha256, signed through Sigstore with the job's GitHub
 * identity (a Fulcio certificate, a Rekor v1 `dsse` entry), then converted from the Sigstore
 * bundle to the attestation object PyPI takes in the upload's `attestations` field.
 * `@sigstore/sign` is loaded only when something is signed: most runs never pay for it.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { IdTokenSource } from "@release-actions/core/runtime";
import {
  ATTESTATION_SUFFIX,
  ConfigurationError,
  getErrorMessage,
  type Log,
} from "@release-actions/core/strategy";
import type { DSSEBundleBuilder } from "@sigstore/sign";
import { isPypiHost } from "./package-index.ts";
import type { RetryPolicy } from "./request-retries.ts";
import { routeSigstoreRequests } from "./sigstore-fetch.ts";
import { type OidcContext, requestOidcToken } from "./trusted-publishing.ts";

/** A Sigstore deployment: where certificates are issued and signatures logged. */
export interface SigstoreInstance {
  readonly fulcioUrl: string;
  readonly rekorUrl: string;
}

/** The public-good instance PyPI trusts. */
export const PUBLIC_GOOD_SIGSTORE: SigstoreInstance = {
  fulcioUrl: "https://fulcio.sigstore.dev",
  rekorUrl: "https://rekor.sigstore.dev",
};

/** The predicate type of a publish attestation. */
const PUBLISH_PREDICATE_TYPE = "https://docs.pypi.org/attestations/publish/v1";

const IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";

/** A transparency log entry in protobuf-JSON form (camelCase, bytes as base64, int64 as strings). */
interface TransparencyEntryJson {
  readonly logIndex: string;
  readonly logId: { readonly keyId: string };
  readonly kindVersion: { readonly kind: string; readonly version: string };
  readonly integratedTime: string;
  readonly inclusionPromise?: { readonly signedEntryTimestamp: string };
  readonly inclusionProof?: {
    readonly logIndex: string;
    readonly rootHash: string;
    readonly treeSize: string;
    readonly hashes: readonly string[];
    readonly checkpoint: { readonly envelope: string };
  };
  readonly canonicalizedBody: string;
}

/** PyPI's attestation object (PEP 740; `Attestation` in pypi-attestations). */
interface PypiAttestation {
  readonly version: 1;
  readonly verification_material: {
    /** The Fulcio leaf certificate, DER, base64. */
    readonly certificate: string;
    readonly transparency_entries: readonly TransparencyEntryJson[];
  };
  readonly envelope: {
    /** The DSSE payload: the statement's JSON bytes, base64. */
    readonly statement: string;
    readonly signature: string;
  };
}

/** Whether attestations are made for this upload; when they are not but were asked for, why. */
export type AttestationPlan =
  | { readonly sign: true; readonly sigstore: SigstoreInstance }
  | { readonly sign: false; readonly warning?: string };

/** The in-toto Statement v1 a publish attestation signs, as its exact JSON bytes. */
function publishStatement(filename: string, sha256: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      _type: "https://in-toto.io/Statement/v1",
      subject: [{ name: filename, digest: { sha256 } }],
      predicateType: PUBLISH_PREDICATE_TYPE,
      predicate: {},
    }),
    "utf8",
  );
}

/**
 * gh-action-pypi-publish's rule: attestations only with trusted publishing, and only for PyPI and
 * TestPyPI (the only indexes that take them). An explicit Sigstore instance (a private deployment,
 * or a test's mock) means the caller chose where to sign: the host rule then does not apply.
 */
export function planAttestations(settings: {
  readonly attestations: boolean;
  readonly password: string;
  readonly repositoryUrl: string;
  readonly sigstore?: SigstoreInstance | undefined;
}): AttestationPlan {
  if (!settings.attestations) return { sign: false };
  if (settings.password !== "") {
    return {
      sign: false,
      warning:
        'Input "attestations" is true, but no PEP 740 attestations were made: PyPI takes them only with ' +
        'trusted publishing, and this upload uses a password. Leave "password" empty to publish ' +
        "through trusted publishing (with a publisher configured on the index), or set attestations: " +
        "false.",
    };
  }
  if (settings.sigstore) return { sign: true, sigstore: settings.sigstore };
  const host = new URL(settings.repositoryUrl).hostname;
  if (!isPypiHost(host)) {
    return {
      sign: false,
      warning:
        `Input "attestations" is true, but no PEP 740 attestations were made: ${host} is neither ` +
        `PyPI nor TestPyPI, and only those take them. Set attestations: false for this index.`,
    };
  }
  return { sign: true, sigstore: PUBLIC_GOOD_SIGSTORE };
}

type SigstoreBundle = Awaited<ReturnType<DSSEBundleBuilder["create"]>>;
type TlogEntry = SigstoreBundle["verificationMaterial"]["tlogEntries"][number];

const base64 = (bytes: Buffer) => bytes.toString("base64");

function entryJson(entry: TlogEntry): TransparencyEntryJson {
  const proof = entry.inclusionProof;
  return {
    logIndex: entry.logIndex,
    logId: { keyId: base64(entry.logId?.keyId ?? Buffer.alloc(0)) },
    kindVersion: { kind: entry.kindVersion?.kind ?? "", version: entry.kindVersion?.version ?? "" },
    integratedTime: entry.integratedTime,
    ...(entry.inclusionPromise && {
      inclusionPromise: { signedEntryTimestamp: base64(entry.inclusionPromise.signedEntryTimestamp) },
    }),
    ...(proof && {
      inclusionProof: {
        logIndex: proof.logIndex,
        rootHash: base64(proof.rootHash),
        treeSize: proof.treeSize,
        hashes: proof.hashes.map(base64),
        checkpoint: { envelope: proof.checkpoint?.envelope ?? "" },
      },
    }),
    canonicalizedBody: base64(entry.canonicalizedBody),
  };
}

/** The attestation object of a Sigstore bundle (pypi-attestations' `Attestation.from_bundle`). */
function toPypiAttestation(bundle: SigstoreBundle): PypiAttestation {
  const material = bundle.verificationMaterial;
  const content = material.content;
  const certificate =
    content.$case === "certificate"
      ? content.certificate.rawBytes
      : content.$case === "x509CertificateChain"
        ? content.x509CertificateChain.certificates[0]?.rawBytes
        : undefined;
  const [entry] = material.tlogEntries;
  const [signature] = bundle.content.dsseEnvelope.signatures;
  if (!certificate || !entry || !signature || material.tlogEntries.length !== 1)
    throw new Error(
      "Sigstore returned a bundle PEP 740 cannot express: it needs one Fulcio certificate, one Rekor entry " +
        "and one signature.",
    );
  return {
    version: 1,
    verification_material: { certificate: base64(certificate), transparency_entries: [entryJson(entry)] },
    envelope: { statement: base64(bundle.content.dsseEnvelope.payload), signature: base64(signature.sig) },
  };
}

function sigstoreFailure(error: unknown, filename: string, sigstore: SigstoreInstance): ConfigurationError {
  const code = (error as { code?: unknown }).code;
  const what =
    code === "CA_CREATE_SIGNING_CERTIFICATE_ERROR"
      ? `Fulcio (${sigstore.fulcioUrl}) issued no signing certificate`
      : code === "TLOG_CREATE_ENTRY_ERROR" || code === "TLOG_FETCH_ENTRY_ERROR"
        ? `Rekor (${sigstore.rekorUrl}) did not log the signature`
        : "Sigstore failed";
  return new ConfigurationError(
    `Nothing was uploaded: signing the PEP 740 attestation of ${filename} failed: ${what} ` +
      `(${getErrorMessage(error)}). If Sigstore is down (https://status.sigstore.dev/), re-run the job ` +
      `later, or set attestations: false to publish without attestations.`,
  );
}

/**
 * Signs one publish attestation per distribution with the job's identity (OIDC audience
 * `sigstore`, masked at once) and returns each file's `attestations` form field (a JSON array).
 * Any Sigstore failure is thrown before anything is returned, so nothing gets uploaded.
 */
export async function signAttestations(
  dists: readonly { readonly filename: string; readonly sha256: string }[],
  options: {
    readonly fetch: typeof fetch;
    readonly idToken: IdTokenSource;
    readonly oidc: OidcContext;
    readonly mask: (secret: string) => void;
    readonly log: Log;
    readonly sigstore: SigstoreInstance;
    readonly retry: RetryPolicy;
  },
): Promise<Map<string, string>> {
  const fields = new Map<string, string>();
  const token = await requestOidcToken(options.idToken, options.oidc, "sigstore", options.retry, options.log);
  routeSigstoreRequests(options.fetch);
  options.mask(token);
  const { DSSEBundleBuilder, FulcioSigner, RekorWitness } = await import("@sigstore/sign");
  const network = {
    retry: { retries: options.retry.attempts - 1, factor: 2, minTimeout: options.retry.backoffMs },
    timeout: 30_000,
  };
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      identityProvider: { getToken: async () => token },
      fulcioBaseURL: options.sigstore.fulcioUrl,
      ...network,
    }),
    witnesses: [
      new RekorWitness({
        rekorBaseURL: options.sigstore.rekorUrl,
        entryType: "dsse",
        majorApiVersion: 1,
        ...network,
      }),
    ],
  });
  for (const dist of dists) {
    let attestation: PypiAttestation;
    try {
      const bundle = await builder.create({
        data: publishStatement(dist.filename, dist.sha256),
        type: IN_TOTO_PAYLOAD_TYPE,
      });
      attestation = toPypiAttestation(bundle);
    } catch (error) {
      throw sigstoreFailure(error, dist.filename, options.sigstore);
    }
    fields.set(dist.filename, JSON.stringify([attestation]));
    options.log.info(
      `${dist.filename}: attestation signed, Rekor log index ` +
        `${attestation.verification_material.transparency_entries[0]?.logIndex}.`,
    );
  }
  return fields;
}

/** True for an attestation object whose statement is a PyPI publish attestation's. */
export function isPublishAttestation(attestation: unknown): boolean {
  const statement = (attestation as { envelope?: { statement?: unknown } } | null)?.envelope?.statement;
  if (typeof statement !== "string") return false;
  try {
    const { predicateType } = JSON.parse(Buffer.from(statement, "base64").toString("utf8")) as {
      predicateType?: unknown;
    };
    return predicateType === PUBLISH_PREDICATE_TYPE;
  } catch {
    return false;
  }
}

/**
 * Writes each signed attestation beside its distribution as `<filename>.publish.attestation` (the
 * attestation object's JSON), as gh-action-pypi-publish does, so that a later job can attach them
 * to the GitHub release with the wheel and the sdist.
 */
export async function writeAttestationFiles(
  directory: string,
  fields: ReadonlyMap<string, string>,
): Promise<void> {
  for (const [filename, field] of fields) {
    const [attestation] = JSON.parse(field) as unknown[];
    await writeFile(join(directory, `${filename}${ATTESTATION_SUFFIX}`), JSON.stringify(attestation));
  }
}
