/**
 * The fake PyPI's PEP 740 handling: attestations only with trusted publishing, Warehouse's
 * checks and error texts, and the Integrity API with the PEP 691 `provenance` link. The uploads
 * carry the form fields twine sent for the same file, plus the `attestations` field.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACTIONS_ISSUER, FakeGitHub } from "../../src/github/index.ts";
import { buildDistributions, FakePyPI, twineUpload, writeFiles } from "../../src/pypi/index.ts";
import { SAMPLE_FILES } from "../../src/rehearsal/sample-project.ts";
import { MockSigstore } from "../../src/sigstore/mock-sigstore.ts";

const WHEEL = "sample_cli-0.1.0-py3-none-any.whl";
const PUBLISH = "https://docs.pypi.org/attestations/publish/v1";
const INVALID = "Invalid attestations supplied during upload: ";

let github: FakeGitHub;
let pypi: FakePyPI;
let sigstore: MockSigstore;
let dist: string;
let wheel: Buffer;
let sha256: string;
/** The form fields twine sends for the wheel. */
let fields: readonly [string, string][];

beforeAll(async () => {
  github = await FakeGitHub.start();
  sigstore = await MockSigstore.start();
  const project = mkdtempSync(join(tmpdir(), "pypi-attest-sample-"));
  writeFiles(project, SAMPLE_FILES);
  dist = mkdtempSync(join(tmpdir(), "pypi-attest-dist-"));
  buildDistributions(project, dist);
  wheel = readFileSync(join(dist, WHEEL));
  sha256 = createHash("sha256").update(wheel).digest("hex");
  const scratch = await FakePyPI.start();
  const upload = await twineUpload(scratch.uploadUrl, scratch.createToken(), [join(dist, WHEEL)]);
  expect(upload.code, upload.output).toBe(0);
  fields = scratch.files[0]?.fields ?? [];
  await scratch.stop();
});

beforeEach(async () => {
  await pypi?.stop();
  pypi = await FakePyPI.start({ oidc: { key: github.oidc.publicKey, issuer: ACTIONS_ISSUER } });
  pypi.addTrustedPublisher({
    project: "sample-cli",
    repository: "instructlab/sample-cli",
    workflow: "release.yml",
    environment: "pypi",
  });
});

afterAll(async () => {
  await pypi?.stop();
  await sigstore?.stop();
  await github?.stop();
});

async function trustedToken(): Promise<string> {
  const token = github.oidc.token(
    "pypi",
    {
      repository: "instructlab/sample-cli",
      workflowFile: ".github/workflows/release.yml",
      ref: "refs/tags/v0.1.0",
      sha: "a".repeat(40),
      eventName: "release",
      environment: "pypi",
    },
    new Date(),
  );
  const response = await fetch(`${pypi.url}/_/oidc/mint-token`, {
    method: "POST",
    body: JSON.stringify({ token }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function upload(token: string, attestations?: unknown, file = { name: WHEEL, bytes: wheel }) {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  if (attestations !== undefined)
    form.append(
      "attestations",
      typeof attestations === "string" ? attestations : JSON.stringify(attestations),
    );
  form.append("content", new Blob([file.bytes], { type: "application/octet-stream" }), file.name);
  const response = await fetch(pypi.uploadUrl, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`__token__:${token}`).toString("base64")}` },
    body: form,
  });
  return { status: response.status, reason: response.statusText, body: await response.text() };
}

const statement = (overrides: Record<string, unknown> = {}) => ({
  _type: "https://in-toto.io/Statement/v1",
  subject: [{ name: WHEEL, digest: { sha256 } }],
  predicateType: PUBLISH,
  predicate: {},
  ...overrides,
});

describe("PEP 740 attestations on the fake PyPI", () => {
  it("stores a valid attestation and serves it through the Integrity API and the PEP 691 provenance link", async () => {
    const attestation = await sigstore.attest(statement());
    const answer = await upload(await trustedToken(), [attestation]);
    expect(answer, answer.body).toMatchObject({ status: 200 });
    const provenanceUrl = `${pypi.url}/integrity/sample-cli/0.1.0/${WHEEL}/provenance`;
    const simple = (await (
      await fetch(`${pypi.simpleUrl}sample-cli/`, {
        headers: { accept: "application/vnd.pypi.simple.v1+json" },
      })
    ).json()) as { files: { provenance: string | null }[] };
    expect(simple.files.map((file) => file.provenance)).toEqual([provenanceUrl]);
    const provenance = await fetch(provenanceUrl);
    expect(provenance.status).toBe(200);
    expect(await provenance.json()).toEqual({
      attestation_bundles: [
        {
          publisher: {
            kind: "GitHub",
            repository: "instructlab/sample-cli",
            workflow: "release.yml",
            environment: "pypi",
          },
          attestations: [attestation],
        },
      ],
    });
    expect((await fetch(`${pypi.url}/integrity/sample-cli/0.1.0/nope.whl/provenance`)).status).toBe(404);
    // Warehouse answers in one of its two types, and 406 to an Accept that takes neither
    // (warehouse/api/integrity.py, _select_content_type).
    const accepting = (accept: string) => fetch(provenanceUrl, { headers: { accept } });
    expect((await accepting("application/json")).headers.get("content-type")).toBe("application/json");
    expect((await accepting("*/*")).headers.get("content-type")).toBe(
      "application/vnd.pypi.integrity.v1+json",
    );
    expect((await accepting("text/html")).status).toBe(406);
    expect((await accepting("application/json;q=0, text/html")).status).toBe(406);
  });

  it("links no provenance for a file uploaded without attestations", async () => {
    expect((await upload(await trustedToken())).status).toBe(200);
    const simple = (await (
      await fetch(`${pypi.simpleUrl}sample-cli/`, {
        headers: { accept: "application/vnd.pypi.simple.v1+json" },
      })
    ).json()) as { files: { provenance: string | null }[] };
    expect(simple.files.map((file) => file.provenance)).toEqual([null]);
    const missing = await fetch(`${pypi.url}/integrity/sample-cli/0.1.0/${WHEEL}/provenance`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ message: `No provenance available for ${WHEEL}` });
  });

  it("refuses attestations with an API token", async () => {
    const answer = await upload(pypi.createToken(), [await sigstore.attest(statement())]);
    expect(answer.status).toBe(400);
    expect(answer.reason).toBe(`${INVALID}Attestations are only supported when using Trusted Publishing`);
    expect(pypi.files).toEqual([]);
  });

  it.each<[string, () => Promise<unknown>, string]>([
    ["not JSON", async () => "[{", "Malformed attestations: Invalid JSON"],
    ["not a list", async () => ({ version: 1 }), "Malformed attestations: Input should be a valid list"],
    ["an empty list", async () => [], "Malformed attestations: an empty attestation set is not permitted"],
    [
      "an object of another shape",
      async () => [{ version: 1, envelope: {} }],
      "Malformed attestations: 0.verification_material: Field required",
    ],
    [
      "three attestations",
      async () => {
        const one = await sigstore.attest(statement());
        return [one, one, one];
      },
      "A maximum of 2 attestations per file are supported",
    ],
    [
      "two of the same predicate type",
      async () => [await sigstore.attest(statement()), await sigstore.attest(statement())],
      `Multiple attestations for the same file with the same predicate type (${PUBLISH}) are not supported`,
    ],
    [
      "a statement about another file",
      async () => [
        await sigstore.attest(
          statement({ subject: [{ name: "sample_cli-0.1.0.tar.gz", digest: { sha256 } }] }),
        ),
      ],
      `Could not verify the uploaded artifact using the included attestation: subject does not match distribution name: sample_cli-0.1.0.tar.gz != ${WHEEL}`,
    ],
    [
      "a statement with another digest",
      async () => [
        await sigstore.attest(statement({ subject: [{ name: WHEEL, digest: { sha256: "0".repeat(64) } }] })),
      ],
      "Could not verify the uploaded artifact using the included attestation: subject does not match distribution digest",
    ],
    [
      "two subjects",
      async () => [
        await sigstore.attest(
          statement({
            subject: [
              { name: WHEEL, digest: { sha256 } },
              { name: "sample_cli-0.1.0.tar.gz", digest: { sha256 } },
            ],
          }),
        ),
      ],
      "Could not verify the uploaded artifact using the included attestation: too many subjects in statement (must be exactly one)",
    ],
    [
      "another predicate type",
      async () => [await sigstore.attest(statement({ predicateType: "https://example.com/other/v1" }))],
      "Could not verify the uploaded artifact using the included attestation: unknown attestation type: https://example.com/other/v1",
    ],
    [
      "a signature over another statement",
      async () => {
        const good = await sigstore.attest(statement());
        const other = await sigstore.attest(statement({ predicate: { tampered: true } }));
        return [{ ...good, envelope: { ...good.envelope, statement: other.envelope.statement } }];
      },
      "Could not verify the uploaded artifact using the included attestation: Signature is invalid for input",
    ],
  ])("refuses %s with Warehouse's message", async (_, attestations, message) => {
    const answer = await upload(await trustedToken(), await attestations());
    expect(answer.status).toBe(400);
    expect(answer.reason.startsWith(`${INVALID}${message}`), answer.reason).toBe(true);
    expect(pypi.files).toEqual([]);
  });

  it("keeps the first upload's attestations when the same file comes again (a no-op)", async () => {
    const first = await sigstore.attest(statement());
    expect((await upload(await trustedToken(), [first])).status).toBe(200);
    const second = await sigstore.attest(statement());
    expect((await upload(await trustedToken(), [second])).status).toBe(200);
    expect(pypi.files).toHaveLength(1);
    expect(pypi.files[0]?.provenance?.attestation_bundles[0]?.attestations).toEqual([first]);
  });
});
