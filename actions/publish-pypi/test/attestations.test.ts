/**
 * PEP 740 attestations through run(): the fake GitHub issues the job's OIDC tokens, a mock
 * Sigstore (Fulcio and Rekor on 127.0.0.1) signs, the fake PyPI checks and stores what it gets,
 * and @sigstore/verify verifies each uploaded attestation against the mock's trust material.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ACTIONS_ISSUER,
  buildDistributions,
  FakeGitHub,
  FakePyPI,
  SAMPLE_FILES,
  writeFiles,
} from "@release-actions/testkit";
import { type AttestationObject, fulcioExtension, MockSigstore } from "@release-actions/testkit/sigstore";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PUBLIC_GOOD_SIGSTORE, planAttestations } from "../src/attestations.ts";
import type { PublishPypiSettings } from "../src/inputs.ts";
import { run } from "../src/run.ts";
import { publishDeps, publishSettings, publishWith } from "./publish-harness.ts";

const REPOSITORY = "instructlab/sample-cli";
const WORKFLOW_REF = `${REPOSITORY}/.github/workflows/release.yml@refs/tags/v0.1.0`;
const BUILD_CONFIG_URI = "1.3.6.1.4.1.57264.1.18";
const SOURCE_REPOSITORY_URI = "1.3.6.1.4.1.57264.1.12";
const FAST_RETRY = { attempts: 3, backoffMs: 5, idleTimeoutMs: 30_000 };

let github: FakeGitHub;
let pypi: FakePyPI;
let sigstore: MockSigstore;
let dist: string;

beforeAll(async () => {
  github = await FakeGitHub.start();
  await github.createRepository(REPOSITORY, { files: { "README.md": "x\n" } });
  const project = mkdtempSync(join(tmpdir(), "attest-project-"));
  writeFiles(project, SAMPLE_FILES);
  dist = mkdtempSync(join(tmpdir(), "attest-dist-"));
  buildDistributions(project, dist);
});

beforeEach(async () => {
  await pypi?.stop();
  await sigstore?.stop();
  pypi = await FakePyPI.start({ oidc: { key: github.oidc.publicKey, issuer: ACTIONS_ISSUER } });
  pypi.addTrustedPublisher({ project: "sample-cli", repository: REPOSITORY, workflow: "release.yml" });
  sigstore = await MockSigstore.start();
  github.clearLog();
});

afterAll(async () => {
  await pypi?.stop();
  await sigstore?.stop();
  await github?.stop();
});

const settings = (overrides: Partial<PublishPypiSettings> = {}) =>
  publishSettings(github, REPOSITORY, {
    packagesDir: dist,
    repositoryUrl: pypi.uploadUrl,
    attestations: true,
    sigstore: { fulcioUrl: sigstore.fulcioUrl, rekorUrl: sigstore.rekorUrl },
    oidc: {
      ...github.idTokenEndpoint({
        repository: REPOSITORY,
        workflowFile: ".github/workflows/release.yml",
        ref: "refs/tags/v0.1.0",
        sha: "a".repeat(40),
        eventName: "release",
      }),
      eventName: "release",
      event: {},
    },
    ...overrides,
  });
const publish = (overrides: Partial<PublishPypiSettings> = {}) =>
  publishWith(github, REPOSITORY, settings(overrides), FAST_RETRY);

const uploads = () => pypi.requests.filter((request) => request.path === "/legacy/");
const tokenAudiences = () =>
  github.requests
    .filter((request) => request.query.audience !== undefined)
    .map((request) => request.query.audience);
const attestationsOf = (filename: string) =>
  JSON.parse(pypi.files.find((file) => file.filename === filename)?.attestations ?? "null") as
    | AttestationObject[]
    | null;
const statementOf = (attestation: AttestationObject) =>
  JSON.parse(Buffer.from(attestation.envelope.statement, "base64").toString("utf8")) as Record<
    string,
    unknown
  >;

describe("PEP 740 attestations", () => {
  it("sends Fulcio's and Rekor's requests through the stage's fetch (deps.fetch, proxy-aware on a runner)", async () => {
    const deps = publishDeps(github, REPOSITORY, settings());
    const seen: string[] = [];
    const counting: typeof fetch = (input, init) => {
      seen.push(new URL(String(input)).origin);
      return deps.fetch(input, init);
    };
    const result = await run(settings(), { ...deps, fetch: counting }, FAST_RETRY);
    expect(result.files.map((file) => file.status)).toEqual(["uploaded", "uploaded"]);
    for (const service of [sigstore.fulcioUrl, sigstore.rekorUrl, pypi.url])
      expect(seen).toContain(new URL(service).origin);
  });

  it("signs one attestation per file with the workflow's identity, and PyPI stores and serves it", async () => {
    const { result, deps, summary } = await publish();
    expect(result.files.map((file) => file.status)).toEqual(["uploaded", "uploaded"]);
    expect(pypi.files).toHaveLength(2);
    for (const file of pypi.files) {
      const attestations = attestationsOf(file.filename);
      expect(attestations).toHaveLength(1);
      const attestation = (attestations as AttestationObject[])[0] as AttestationObject;
      expect(attestation.version).toBe(1);
      expect(statementOf(attestation)).toEqual({
        _type: "https://in-toto.io/Statement/v1",
        subject: [{ name: file.filename, digest: { sha256: file.sha256 } }],
        predicateType: "https://docs.pypi.org/attestations/publish/v1",
        predicate: {},
      });
      expect(attestation.verification_material.transparency_entries).toEqual([
        expect.objectContaining({
          kindVersion: { kind: "dsse", version: "0.0.1" },
          inclusionPromise: { signedEntryTimestamp: expect.any(String) },
          canonicalizedBody: expect.any(String),
        }),
      ]);
      // The bundle rebuilt from the attestation verifies: chain, SCT, Rekor entry, signature, identity.
      expect(
        sigstore.verify(attestation, {
          subjectAlternativeName: WORKFLOW_REF,
          issuer: ACTIONS_ISSUER,
          oids: [
            fulcioExtension(BUILD_CONFIG_URI, `https://github.com/${WORKFLOW_REF}`),
            fulcioExtension(SOURCE_REPOSITORY_URI, `https://github.com/${REPOSITORY}`),
          ],
        }),
      ).toEqual(statementOf(attestation));
      expect(() =>
        sigstore.verify(attestation, {
          oids: [
            fulcioExtension(
              BUILD_CONFIG_URI,
              `https://github.com/${REPOSITORY}/.github/workflows/other.yml@refs/tags/v0.1.0`,
            ),
          ],
        }),
      ).toThrow(/invalid certificate extension/);
      // Beside the file, as gh-action-pypi-publish leaves it: the release job attaches both.
      expect(JSON.parse(readFileSync(join(dist, `${file.filename}.publish.attestation`), "utf8"))).toEqual(
        attestation,
      );
    }
    // A wheel's attestation does not verify as the sdist's.
    const [wheel, sdist] = pypi.files.map(
      (file) => (attestationsOf(file.filename) as AttestationObject[])[0],
    );
    expect(() =>
      sigstore.verify({
        ...(wheel as AttestationObject),
        envelope: {
          ...(wheel as AttestationObject).envelope,
          statement: (sdist as AttestationObject).envelope.statement,
        },
      }),
    ).toThrow();

    // One token for PyPI, one for Sigstore; both masked before use, the one Fulcio got included.
    expect(tokenAudiences()).toEqual(["pypi", "sigstore"]);
    const fulcioTokens = sigstore.requests.filter((request) => request.service === "fulcio");
    expect(fulcioTokens).toHaveLength(2);
    for (const request of fulcioTokens) expect(deps.log.masked).toContain(request.identityToken);
    const sigstoreToken = fulcioTokens[0]?.identityToken as string;
    expect(JSON.parse(Buffer.from(sigstoreToken.split(".")[1] as string, "base64url").toString()).aud).toBe(
      "sigstore",
    );
    expect(deps.log.masked).toHaveLength(3);

    // The PEP 691 entry links the Integrity API, which serves the attestation with its publisher.
    const simple = (await (
      await fetch(`${pypi.simpleUrl}sample-cli/`, {
        headers: { accept: "application/vnd.pypi.simple.v1+json" },
      })
    ).json()) as { files: { filename: string; provenance: string | null }[] };
    for (const entry of simple.files) {
      expect(entry.provenance).toBe(`${pypi.url}/integrity/sample-cli/0.1.0/${entry.filename}/provenance`);
      const provenance = (await (await fetch(entry.provenance as string)).json()) as {
        attestation_bundles: { publisher: Record<string, unknown>; attestations: unknown[] }[];
      };
      expect(provenance.attestation_bundles).toEqual([
        {
          publisher: { kind: "GitHub", repository: REPOSITORY, workflow: "release.yml", environment: null },
          attestations: attestationsOf(entry.filename),
        },
      ]);
    }
    expect(result.warnings).toEqual([]);
    expect(summary).toMatch(/PEP 740 attestations: signed through Sigstore/);
  });

  it("signs only the files the index does not have yet (skip-existing), and an identical re-upload stays a no-op", async () => {
    const wheelOnly = mkdtempSync(join(tmpdir(), "attest-wheel-"));
    copyFileSync(
      join(dist, "sample_cli-0.1.0-py3-none-any.whl"),
      join(wheelOnly, "sample_cli-0.1.0-py3-none-any.whl"),
    );
    await publish({ packagesDir: wheelOnly });
    const wheelAttestation = pypi.files[0]?.attestations;
    sigstore.requests.length = 0;
    const { result } = await publish({ skipExisting: true });
    expect(result.files.map((file) => [file.filename, file.status])).toEqual([
      ["sample_cli-0.1.0-py3-none-any.whl", "skipped"],
      ["sample_cli-0.1.0.tar.gz", "uploaded"],
    ]);
    expect(sigstore.requests.map((request) => request.service)).toEqual(["fulcio", "rekor"]);
    expect(
      statementOf((attestationsOf("sample_cli-0.1.0.tar.gz") as AttestationObject[])[0] as AttestationObject),
    ).toMatchObject({
      subject: [{ name: "sample_cli-0.1.0.tar.gz" }],
    });
    // The skipped wheel gets the attestation PyPI keeps for it (its Integrity API), beside it:
    // a re-run after the upload still attaches each file with its attestation.
    expect(
      JSON.parse(readFileSync(join(dist, "sample_cli-0.1.0-py3-none-any.whl.publish.attestation"), "utf8")),
    ).toEqual((attestationsOf("sample_cli-0.1.0-py3-none-any.whl") as AttestationObject[])[0]);
    expect(result.warnings).toEqual([]);
    // Without skip-existing, PyPI takes the same file again as a no-op and keeps what it had.
    const again = await publish({ packagesDir: wheelOnly });
    expect(again.result.files.map((file) => file.status)).toEqual(["uploaded"]);
    expect(pypi.files.find((file) => file.filename.endsWith(".whl"))?.attestations).toBe(wheelAttestation);
    expect(pypi.files).toHaveLength(2);
  });

  it("names a skipped file the index keeps no attestation for, and writes none for it", async () => {
    const wheelOnly = mkdtempSync(join(tmpdir(), "attest-wheel-"));
    const wheel = "sample_cli-0.1.0-py3-none-any.whl";
    copyFileSync(join(dist, wheel), join(wheelOnly, wheel));
    await publish({ packagesDir: wheelOnly, password: pypi.createToken() });
    const { result } = await publish({ packagesDir: wheelOnly, skipExisting: true });
    expect(result.files.map((file) => file.status)).toEqual(["skipped"]);
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^sample_cli-0\.1\.0-py3-none-any\.whl: already on the index without a publish attestation/,
      ),
    ]);
    expect(existsSync(join(wheelOnly, `${wheel}.publish.attestation`))).toBe(false);
  });

  it("makes none with a password, and says why", async () => {
    const { result, summary } = await publish({ password: pypi.createToken() });
    expect(result.files.map((file) => file.status)).toEqual(["uploaded", "uploaded"]);
    expect(pypi.files.map((file) => file.attestations)).toEqual([undefined, undefined]);
    expect(sigstore.requests).toEqual([]);
    expect(tokenAudiences()).toEqual([]);
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /no PEP 740 attestations were made: PyPI takes them only with trusted publishing, and this upload uses a password.*attestations: false/,
      ),
    ]);
    expect(summary).toMatch(/PEP 740 attestations: not made \(see the warnings\)/);
  });

  it("makes none for an index other than PyPI unless a Sigstore instance is given", async () => {
    const { result } = await publish({ sigstore: undefined });
    expect(result.files.map((file) => file.status)).toEqual(["uploaded", "uploaded"]);
    expect(result.authentication).toBe("trusted publishing");
    expect(pypi.files.map((file) => file.attestations)).toEqual([undefined, undefined]);
    expect(tokenAudiences()).toEqual(["pypi"]);
    expect(result.warnings).toEqual([
      expect.stringMatching(/127\.0\.0\.1 is neither PyPI nor TestPyPI.*attestations: false/),
    ]);
  });

  it("applies gh-action-pypi-publish's rule: trusted publishing to PyPI or TestPyPI", () => {
    const base = { attestations: true, password: "" };
    expect(planAttestations({ ...base, repositoryUrl: "https://upload.pypi.org/legacy/" })).toEqual({
      sign: true,
      sigstore: PUBLIC_GOOD_SIGSTORE,
    });
    expect(planAttestations({ ...base, repositoryUrl: "https://test.pypi.org/legacy/" }).sign).toBe(true);
    expect(planAttestations({ ...base, repositoryUrl: "https://pypi.example.com/legacy/" }).sign).toBe(false);
    expect(planAttestations({ ...base, repositoryUrl: "https://notpypi.org/legacy/" }).sign).toBe(false);
    expect(
      planAttestations({ ...base, password: "pypi-x", repositoryUrl: "https://upload.pypi.org/legacy/" }),
    ).toMatchObject({ sign: false, warning: expect.stringMatching(/password/) });
    expect(
      planAttestations({ ...base, attestations: false, repositoryUrl: "https://upload.pypi.org/legacy/" }),
    ).toEqual({
      sign: false,
    });
    expect(PUBLIC_GOOD_SIGSTORE).toEqual({
      fulcioUrl: "https://fulcio.sigstore.dev",
      rekorUrl: "https://rekor.sigstore.dev",
    });
  });

  it.each<["fulcio" | "rekor", RegExp]>([
    ["fulcio", /Fulcio \(http:\/\/127\.0\.0\.1:\d+\) issued no signing certificate/],
    ["rekor", /Rekor \(http:\/\/127\.0\.0\.1:\d+\) did not log the signature/],
  ])("uploads nothing when %s is down, and says how to proceed", async (service, what) => {
    sigstore.fail(service);
    const failure = (await publish().catch((error: Error) => error)) as Error;
    expect(failure).toBeInstanceOf(Error);
    expect(failure.message).toMatch(
      /^Nothing was uploaded: signing the PEP 740 attestation of sample_cli-0\.1\.0-py3-none-any\.whl failed/,
    );
    expect(failure.message).toMatch(what);
    expect(failure.message).toMatch(/503/);
    expect(failure.message).toMatch(/set attestations: false/);
    expect(uploads()).toEqual([]);
    expect(pypi.files).toEqual([]);
    // Retried as uploads are (FAST_RETRY: three attempts).
    expect(sigstore.requests.filter((request) => request.service === service)).toHaveLength(3);
  });

  it("signs nothing in dry-run, and reports what it would sign", async () => {
    const { result, summary } = await publish({ dryRun: true });
    expect(result.files.map((file) => file.status)).toEqual(["would upload", "would upload"]);
    expect(sigstore.requests).toEqual([]);
    expect(tokenAudiences()).toEqual([]);
    expect(pypi.requests).toEqual([]);
    expect(result.attestations).toMatch(
      /^would be signed through Sigstore .* for sample_cli-0\.1\.0-py3-none-any\.whl, sample_cli-0\.1\.0\.tar\.gz$/,
    );
    expect(summary).toMatch(/PEP 740 attestations: would be signed/);
  });
});
