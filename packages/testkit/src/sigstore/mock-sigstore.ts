/**
 * Sigstore for tests: `@sigstore/mock`'s Fulcio (`POST /api/v2/signingCert`) and Rekor v1
 * (`POST /api/v1/log/entries`) handlers served over HTTP on 127.0.0.1 — the package itself only
 * installs nock interceptors — with the trust material that verifies what they issue, faults on
 * demand, and the conversion of a PEP 740 attestation back to the Sigstore bundle it came from.
 * The mock Rekor logs a proposed entry as it comes; a `dsse` entry is first put in the canonical
 * form the real Rekor logs (hashes and signatures instead of the envelope), which verifiers check.
 */
import { createHash, generateKeyPairSync, sign } from "node:crypto";
import { type Bundle, bundleFromJSON } from "@sigstore/bundle";
import {
  fulcioHandler,
  type HandlerFn,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  rekorHandler,
} from "@sigstore/mock";
import { HashAlgorithm, PublicKeyDetails, type TrustedRoot } from "@sigstore/protobuf-specs";
import {
  type ObjectIdentifierValuePair,
  type TrustMaterial,
  toSignedEntity,
  toTrustMaterial,
  Verifier,
} from "@sigstore/verify";
import { type LocalServer, startLocalServer } from "../local-server.ts";
import { dssePae, IN_TOTO_PAYLOAD_TYPE, type UploadedAttestation } from "../pypi/attestation-rules.ts";

/** A request the mock answered. */
export interface SigstoreRequest {
  readonly service: "fulcio" | "rekor";
  readonly status: number;
  /** The OIDC token Fulcio was given (its `credentials.oidcIdentityToken`). */
  readonly identityToken?: string;
}

/** A PEP 740 attestation object, as uploaded. */
export type AttestationObject = UploadedAttestation;

type CA = Awaited<ReturnType<typeof initializeCA>>;
type TLog = Awaited<ReturnType<typeof initializeTLog>>;

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/** What Rekor v1 logs for a proposed `dsse` 0.0.1 entry (rekor `pkg/types/dsse/v0.0.1`). */
function canonicalRekorEntry(body: string): string {
  const proposed = JSON.parse(body) as {
    kind?: string;
    apiVersion?: string;
    spec?: { proposedContent?: { envelope: string; verifiers: string[] } };
  };
  const content = proposed.spec?.proposedContent;
  if (proposed.kind !== "dsse" || !content) return body;
  const envelope = JSON.parse(content.envelope) as { payload: string; signatures: { sig: string }[] };
  return JSON.stringify({
    apiVersion: proposed.apiVersion,
    kind: "dsse",
    spec: {
      envelopeHash: { algorithm: "sha256", value: sha256(content.envelope) },
      payloadHash: { algorithm: "sha256", value: sha256(Buffer.from(envelope.payload, "base64")) },
      signatures: envelope.signatures.map((signature, index) => ({
        signature: signature.sig,
        verifier: content.verifiers[index] ?? content.verifiers[0],
      })),
    },
  });
}

const ROOT_MEDIA_TYPE = "application/vnd.dev.sigstore.trustedroot+json;version=0.1";
const BUNDLE_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";

/** Mock Fulcio and Rekor on one port of 127.0.0.1. */
export class MockSigstore {
  readonly url: string;
  readonly requests: SigstoreRequest[] = [];
  readonly #server: LocalServer;
  readonly #trustedRoot: TrustedRoot;
  readonly #ca: CA;
  readonly #tlog: TLog;
  readonly #faults: { service: "fulcio" | "rekor"; status: number; times: number }[] = [];

  private constructor(server: LocalServer, trustedRoot: TrustedRoot, ca: CA, tlog: TLog) {
    this.#server = server;
    this.url = server.url;
    this.#trustedRoot = trustedRoot;
    this.#ca = ca;
    this.#tlog = tlog;
  }

  /**
   * Starts the mock. Its Fulcio puts the token's `job_workflow_ref` in the certificate's SAN (the
   * real one prefixes it with https://github.com/) and GitHub's claims in Fulcio's extensions.
   */
  static async start(): Promise<MockSigstore> {
    const server = await startLocalServer();
    const url = server.url;
    const keys = () => generateKeyPairSync("ec", { namedCurve: "prime256v1" });
    const ctlog = await initializeCTLog(keys());
    const ca = await initializeCA(keys(), ctlog);
    const tlog = await initializeTLog(url, keys());
    const validFor = { start: new Date(Date.now() - 60_000), end: undefined };
    const trustedRoot: TrustedRoot = {
      mediaType: ROOT_MEDIA_TYPE,
      certificateAuthorities: [
        {
          subject: { organization: "sigstore.mock", commonName: "sigstore" },
          uri: url,
          certChain: { certificates: [{ rawBytes: Buffer.from(ca.rootCertificate.buffer) }] },
          validFor,
          operator: "mock",
        },
      ],
      tlogs: [
        {
          baseUrl: url,
          hashAlgorithm: HashAlgorithm.SHA2_256,
          publicKey: {
            rawBytes: tlog.publicKey,
            keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
            validFor,
          },
          logId: { keyId: Buffer.from(await crypto.subtle.digest("SHA-256", tlog.publicKey)) },
          checkpointKeyId: undefined,
          operator: "mock",
        },
      ],
      ctlogs: [
        {
          baseUrl: url,
          hashAlgorithm: HashAlgorithm.SHA2_256,
          publicKey: {
            rawBytes: ctlog.publicKey,
            keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
            validFor,
          },
          logId: { keyId: Buffer.from(ctlog.logID.buffer) },
          checkpointKeyId: undefined,
          operator: "mock",
        },
      ],
      timestampAuthorities: [],
    };
    const mock = new MockSigstore(server, trustedRoot, ca, tlog);
    const handlers: Record<string, { service: "fulcio" | "rekor"; fn: HandlerFn }> = {};
    const fulcio = fulcioHandler(ca, { subjectClaim: "job_workflow_ref" });
    const rekor = rekorHandler(tlog);
    handlers[fulcio.path] = { service: "fulcio", fn: fulcio.fn };
    handlers[rekor.path] = { service: "rekor", fn: rekor.fn };
    server.serve(async (request, response) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks).toString("utf8");
      const handler = request.method === "POST" ? handlers[request.url ?? ""] : undefined;
      if (!handler) {
        response.writeHead(404, { "content-type": "application/json" }).end('{"message":"Not Found"}');
        return;
      }
      let identityToken: string | undefined;
      if (handler.service === "fulcio") {
        try {
          identityToken = (JSON.parse(body) as { credentials?: { oidcIdentityToken?: string } }).credentials
            ?.oidcIdentityToken;
        } catch {}
      }
      const fault = mock.#faults.find((entry) => entry.service === handler.service && entry.times > 0);
      if (fault) {
        fault.times--;
        mock.requests.push({ service: handler.service, status: fault.status, identityToken });
        response
          .writeHead(fault.status, { "content-type": "application/json" })
          .end(JSON.stringify({ code: fault.status, message: "mock Sigstore: service unavailable" }));
        return;
      }
      const answer = await handler.fn(handler.service === "rekor" ? canonicalRekorEntry(body) : body);
      mock.requests.push({ service: handler.service, status: answer.statusCode, identityToken });
      response
        .writeHead(answer.statusCode, { "content-type": answer.contentType ?? "text/plain" })
        .end(typeof answer.response === "string" ? answer.response : Buffer.from(answer.response.buffer));
    });
    return mock;
  }

  /** Fulcio's base URL. */
  get fulcioUrl(): string {
    return this.url;
  }

  /** Rekor's base URL. */
  get rekorUrl(): string {
    return this.url;
  }

  /** The next `times` requests to a service get `status` (default: 503, forever). */
  fail(service: "fulcio" | "rekor", status = 503, times = Number.POSITIVE_INFINITY): void {
    this.#faults.push({ service, status, times });
  }

  /** The trust material that verifies this mock's certificates, SCTs and log entries. */
  trustMaterial(): TrustMaterial {
    return toTrustMaterial(this.#trustedRoot);
  }

  /**
   * Verifies a PEP 740 attestation as a Sigstore bundle against this mock's trust material:
   * the certificate chain, its SCT, the Rekor entry, and the DSSE signature over the statement.
   * `oids` are Fulcio extensions the certificate must carry. Returns the statement.
   */
  verify(
    attestation: AttestationObject,
    policy: { subjectAlternativeName?: string; issuer?: string; oids?: ObjectIdentifierValuePair[] } = {},
  ): Record<string, unknown> {
    const bundle = attestationBundle(attestation);
    new Verifier(this.trustMaterial()).verify(toSignedEntity(bundle), {
      ...(policy.subjectAlternativeName && { subjectAlternativeName: policy.subjectAlternativeName }),
      ...(policy.issuer && { extensions: { issuer: policy.issuer } }),
      ...(policy.oids && { oids: policy.oids }),
    });
    return JSON.parse(Buffer.from(attestation.envelope.statement, "base64").toString("utf8")) as Record<
      string,
      unknown
    >;
  }

  /**
   * An attestation of any statement, made in-process as a signer would (ephemeral key, this
   * mock's certificate for `identity`, DSSE signature, Rekor entry): for tests of an index.
   */
  async attest(
    statement: unknown,
    identity = "https://github.com/octo/repo/.github/workflows/release.yml@refs/tags/v1",
  ): Promise<AttestationObject> {
    const { publicKey, privateKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
    const certificate = Buffer.from(
      (
        await this.#ca.issueCertificate({
          publicKey: publicKey.export({ format: "der", type: "spki" }),
          subjectAltName: identity,
        })
      ).buffer,
    );
    const payload = Buffer.from(JSON.stringify(statement), "utf8");
    const signature = sign("sha256", dssePae(payload), privateKey);
    const envelope = JSON.stringify({
      payload: payload.toString("base64"),
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      signatures: [{ sig: signature.toString("base64"), keyid: "" }],
    });
    const pem = `-----BEGIN CERTIFICATE-----\n${certificate.toString("base64")}\n-----END CERTIFICATE-----\n`;
    const logged = await this.#tlog.log(
      JSON.parse(
        canonicalRekorEntry(
          JSON.stringify({
            apiVersion: "0.0.1",
            kind: "dsse",
            spec: { proposedContent: { envelope, verifiers: [Buffer.from(pem).toString("base64")] } },
          }),
        ),
      ) as object,
    );
    const entry = Object.values(logged)[0] as {
      body: string;
      integratedTime: number;
      logID: string;
      logIndex: number;
      verification: { signedEntryTimestamp: string };
    };
    return {
      version: 1,
      verification_material: {
        certificate: certificate.toString("base64"),
        transparency_entries: [
          {
            logIndex: String(entry.logIndex),
            logId: { keyId: Buffer.from(entry.logID, "hex").toString("base64") },
            kindVersion: { kind: "dsse", version: "0.0.1" },
            integratedTime: String(entry.integratedTime),
            inclusionPromise: { signedEntryTimestamp: entry.verification.signedEntryTimestamp },
            canonicalizedBody: entry.body,
          },
        ],
      },
      envelope: { statement: payload.toString("base64"), signature: signature.toString("base64") },
    };
  }

  /** Stops the server. */
  async stop(): Promise<void> {
    await this.#server.stop();
  }
}

/** The Sigstore bundle a PEP 740 attestation was made from (pypi-attestations' `to_bundle`). */
export function attestationBundle(attestation: AttestationObject): Bundle {
  return bundleFromJSON({
    mediaType: BUNDLE_MEDIA_TYPE,
    verificationMaterial: {
      certificate: { rawBytes: attestation.verification_material.certificate },
      tlogEntries: attestation.verification_material.transparency_entries,
      timestampVerificationData: { rfc3161Timestamps: [] },
    },
    dsseEnvelope: {
      payload: attestation.envelope.statement,
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      signatures: [{ sig: attestation.envelope.signature, keyid: "" }],
    },
  });
}

/** A Fulcio certificate extension as the verifier compares it: the OID and its DER UTF8String. */
export function fulcioExtension(oid: string, value: string): ObjectIdentifierValuePair {
  const bytes = Buffer.from(value, "utf8");
  const length =
    bytes.length < 0x80
      ? Buffer.from([bytes.length])
      : bytes.length < 0x100
        ? Buffer.from([0x81, bytes.length])
        : Buffer.from([0x82, bytes.length >> 8, bytes.length & 0xff]);
  return {
    oid: { id: oid.split(".").map(Number) },
    value: Buffer.concat([Buffer.from([0x0c]), length, bytes]),
  };
}
