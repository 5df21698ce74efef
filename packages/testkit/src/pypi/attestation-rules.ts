/**
 * Warehouse's checks of the `attestations` upload field (`warehouse/attestations/services.py`,
 * pypi-attestations' `Attestation.verify`), with their error texts: a JSON list of one or two
 * attestation objects, one per predicate type, each a DSSE envelope whose signature verifies
 * with its certificate's key and whose statement has exactly one subject: the uploaded file,
 * with its sha256. The certificate chain and the Rekor entry are not checked here: the fake does
 * not know which Sigstore signed (tests verify those with @sigstore/verify).
 */
import { createVerify, X509Certificate } from "node:crypto";

/** The predicate types Warehouse takes. */
export const SUPPORTED_PREDICATE_TYPES = [
  "https://docs.pypi.org/attestations/publish/v1",
  "https://slsa.dev/provenance/v1",
];

/** The DSSE payload type of in-toto statements, the only one PEP 740 attestations carry. */
export const IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json";

/** An attestation as uploaded (PEP 740). */
export interface UploadedAttestation {
  readonly version: 1;
  readonly verification_material: { readonly certificate: string; readonly transparency_entries: unknown[] };
  readonly envelope: { readonly statement: string; readonly signature: string };
}

/** Why Warehouse refused the attestations; the message follows "Invalid attestations supplied during upload: ". */
export class AttestationRefusal extends Error {}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function shapeError(value: unknown, index: number): string | undefined {
  if (!isObject(value)) return `${index}: Input should be an object`;
  if (value.version !== 1) return `${index}.version: Input should be 1`;
  const material = value.verification_material;
  if (!isObject(material)) return `${index}.verification_material: Field required`;
  if (typeof material.certificate !== "string" || !BASE64.test(material.certificate))
    return `${index}.verification_material.certificate: Input should be valid base64`;
  const entries = material.transparency_entries;
  if (!Array.isArray(entries) || entries.length === 0 || !entries.every(isObject))
    return `${index}.verification_material.transparency_entries: List should have at least 1 item`;
  const envelope = value.envelope;
  if (!isObject(envelope)) return `${index}.envelope: Field required`;
  for (const field of ["statement", "signature"])
    if (typeof envelope[field] !== "string" || !BASE64.test(envelope[field] as string))
      return `${index}.envelope.${field}: Input should be valid base64`;
  return undefined;
}

/** DSSE's pre-authentication encoding of an in-toto payload: what its signature covers. */
export function dssePae(payload: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${IN_TOTO_PAYLOAD_TYPE.length} ${IN_TOTO_PAYLOAD_TYPE} ${payload.length} `, "utf8"),
    payload,
  ]);
}

/** Returns the statement's predicate type, or throws pypi-attestations' VerificationError text. */
function verifyOne(attestation: UploadedAttestation, filename: string, sha256: string): string {
  const payload = Buffer.from(attestation.envelope.statement, "base64");
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(Buffer.from(attestation.verification_material.certificate, "base64"));
  } catch {
    throw new Error("invalid certificate: not a DER X.509 certificate");
  }
  const signed = createVerify("sha256")
    .update(dssePae(payload))
    .verify(certificate.publicKey, Buffer.from(attestation.envelope.signature, "base64"));
  if (!signed) throw new Error("Signature is invalid for input");
  let statement: Record<string, unknown>;
  try {
    const parsed = JSON.parse(payload.toString("utf8")) as unknown;
    if (!isObject(parsed) || parsed._type !== "https://in-toto.io/Statement/v1")
      throw new Error("_type: Input should be 'https://in-toto.io/Statement/v1'");
    statement = parsed;
  } catch (error) {
    throw new Error(`invalid statement: ${(error as Error).message}`);
  }
  const subjects = Array.isArray(statement.subject) ? statement.subject : [];
  if (subjects.length !== 1) throw new Error("too many subjects in statement (must be exactly one)");
  const subject = subjects[0] as { name?: unknown; digest?: { sha256?: unknown } };
  if (typeof subject.name !== "string" || subject.name === "")
    throw new Error("invalid subject: missing name");
  if (subject.name !== filename)
    throw new Error(`subject does not match distribution name: ${subject.name} != ${filename}`);
  if (subject.digest?.sha256 !== sha256) throw new Error("subject does not match distribution digest");
  const predicateType = String(statement.predicateType);
  if (!SUPPORTED_PREDICATE_TYPES.includes(predicateType))
    throw new Error(`unknown attestation type: ${predicateType}`);
  return predicateType;
}

/** Parses and checks the `attestations` field of an upload of `filename` (sha256 `sha256`). */
export function checkAttestations(field: string, filename: string, sha256: string): UploadedAttestation[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(field);
  } catch (error) {
    throw new AttestationRefusal(`Malformed attestations: Invalid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed))
    throw new AttestationRefusal("Malformed attestations: Input should be a valid list");
  const invalid = parsed.map(shapeError).find((error) => error !== undefined);
  if (invalid) throw new AttestationRefusal(`Malformed attestations: ${invalid}`);
  const attestations = parsed as UploadedAttestation[];
  if (attestations.length === 0)
    throw new AttestationRefusal("Malformed attestations: an empty attestation set is not permitted");
  if (attestations.length > SUPPORTED_PREDICATE_TYPES.length)
    throw new AttestationRefusal(
      `A maximum of ${SUPPORTED_PREDICATE_TYPES.length} attestations per file are supported`,
    );
  const seen = new Set<string>();
  for (const attestation of attestations) {
    let predicateType: string;
    try {
      predicateType = verifyOne(attestation, filename, sha256);
    } catch (error) {
      throw new AttestationRefusal(
        `Could not verify the uploaded artifact using the included attestation: ${(error as Error).message}`,
      );
    }
    if (seen.has(predicateType))
      throw new AttestationRefusal(
        `Multiple attestations for the same file with the same predicate type (${predicateType}) are not supported`,
      );
    seen.add(predicateType);
  }
  return attestations;
}
