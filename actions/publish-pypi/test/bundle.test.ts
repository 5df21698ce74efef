/** The committed bundle, run from publish-pypi/action.yml the way the runner runs it. */
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ACTIONS_ISSUER,
  buildDistributions,
  FakePyPI,
  type RunContext,
  runAction,
  SAMPLE_FILES,
  stageDir,
  writeFiles,
  writeZip,
} from "@release-actions/testkit";
import { type AttestationObject, MockSigstore } from "@release-actions/testkit/sigstore";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { afterEach, beforeEach, expect, it, onTestFinished } from "vitest";

const fakeGitHub = useFakeGitHub();
let pypi: FakePyPI;
/** A job's workspace with the sample project's wheel and sdist (0.1.0) in dist/. */
let workspace: string;

beforeEach(async () => {
  pypi = await FakePyPI.start({ oidc: { key: fakeGitHub().oidc.publicKey, issuer: ACTIONS_ISSUER } });
  const project = mkdtempSync(join(tmpdir(), "sample-project-"));
  writeFiles(project, SAMPLE_FILES);
  workspace = mkdtempSync(join(tmpdir(), "workspace-"));
  mkdirSync(join(workspace, "dist"));
  buildDistributions(project, join(workspace, "dist"));
});

afterEach(async () => {
  await pypi.stop();
});

function context(): RunContext {
  const fake = fakeGitHub();
  return {
    repository: "instructlab/sample-cli",
    apiUrl: fake.apiUrl,
    serverUrl: fake.serverUrl,
    token: fake.defaultToken,
    eventName: "release",
    ref: "refs/tags/v0.1.0",
  };
}

const publish = (inputs: Record<string, string>, options: Partial<Parameters<typeof runAction>[1]> = {}) =>
  runAction(stageDir("publish-pypi"), {
    inputs: { "repository-url": pypi.uploadUrl, attestations: "false", ...inputs },
    context: context(),
    workspace,
    ...options,
  });

const FILES = ["sample_cli-0.1.0-py3-none-any.whl", "sample_cli-0.1.0.tar.gz"];

it("uploads with an API token: the documented outputs, the summary table, the token masked", async () => {
  const token = pypi.createToken(["sample-cli"]);
  const run = await publish(
    { password: token, "expected-version": "v0.1.0" },
    { secrets: [token, fakeGitHub().defaultToken] },
  );
  expect(run.stderr).toBe("");
  expect(run.exitCode).toBe(0);
  const files = JSON.parse(run.outputs.files as string) as Record<string, string>[];
  expect(files).toEqual(
    FILES.map((filename) => ({
      filename,
      version: "0.1.0",
      sha256: pypi.files.find((file) => file.filename === filename)?.sha256,
      status: "uploaded",
    })),
  );
  expect(run.outputs["project-url"]).toBe(`${pypi.url}/project/sample-cli/0.1.0/`);
  expect(run.summary).toMatch(/^### publish-pypi: sample-cli — 2 uploaded, 0 skipped/m);
  expect(run.summary).toMatch(/\| File \| Version \| sha256 \| Status \|/);
  for (const filename of FILES)
    expect(run.summary).toMatch(
      new RegExp(`\\| \`${filename}\` \\| 0\\.1\\.0 \\| \`[0-9a-f]{16}\` \\| uploaded \\|`),
    );
  expect(run.summary).toMatch(/authentication: API token/);
  expect(run.masks).toContain(token);
  expect(run.leaks).toEqual([]);
  expect(pypi.files.map((file) => [file.filename, file.version])).toEqual(
    FILES.map((filename) => [filename, "0.1.0"]),
  );
});

/** A trusted publisher for the sample project on the fake PyPI; returns the job's OIDC endpoint. */
function trustedPublishing() {
  pypi.addTrustedPublisher({
    project: "sample-cli",
    repository: "instructlab/sample-cli",
    workflow: "release.yml",
    environment: "pypi",
  });
  return fakeGitHub().idTokenEndpoint({
    repository: "instructlab/sample-cli",
    workflowFile: ".github/workflows/release.yml",
    ref: "refs/tags/v0.1.0",
    sha: "d".repeat(40),
    eventName: "release",
    environment: "pypi",
  });
}

it("uploads through trusted publishing, printing neither the OIDC token nor the minted one", async () => {
  const idToken = trustedPublishing();
  const run = await publish({}, { idToken, secrets: [idToken.requestToken] });
  expect(run.stderr).toBe("");
  expect(run.exitCode).toBe(0);
  expect(pypi.requests.filter((request) => request.path === "/_/oidc/mint-token")).toMatchObject([
    { method: "POST", status: 200 },
  ]);
  expect(JSON.parse(run.outputs.files as string).map((file: { status: string }) => file.status)).toEqual([
    "uploaded",
    "uploaded",
  ]);
  expect(run.summary).toMatch(/authentication: trusted publishing/);
  // The runner's request token, the job's OIDC token (a JWT) and the upload token PyPI minted from it.
  expect(run.masks).toEqual(
    expect.arrayContaining([
      idToken.requestToken,
      expect.stringMatching(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/),
      expect.stringMatching(/^pypi-/),
    ]),
  );
  expect(run.leaks).toEqual([]);
  expect(pypi.files.map((file) => file.filename)).toEqual(FILES);
});

it("signs PEP 740 attestations through the Sigstore that SIGSTORE_FULCIO_URL and SIGSTORE_REKOR_URL name", async () => {
  const sigstore = await MockSigstore.start();
  onTestFinished(() => sigstore.stop());
  const idToken = trustedPublishing();
  const run = await publish(
    { attestations: "true" },
    {
      idToken,
      secrets: [idToken.requestToken],
      env: { SIGSTORE_FULCIO_URL: sigstore.fulcioUrl, SIGSTORE_REKOR_URL: sigstore.rekorUrl },
    },
  );
  expect(run.stderr).toBe("");
  expect(run.exitCode).toBe(0);
  // No "neither PyPI nor TestPyPI" warning: the environment chose where to sign. (Debug lines are
  // no annotations: core.getIDToken logs the token service's URL at that level.)
  expect(run.annotations.filter((annotation) => annotation.level !== "debug")).toEqual([]);
  expect(pypi.files.map((file) => file.filename)).toEqual(FILES);
  for (const file of pypi.files) {
    const attestations = JSON.parse(file.attestations ?? "[]") as AttestationObject[];
    expect(attestations).toHaveLength(1);
    // Chain, SCT, Rekor entry and signature verify against the mock's trust material, for this file.
    expect(sigstore.verify(attestations[0] as AttestationObject)).toMatchObject({
      subject: [{ name: file.filename, digest: { sha256: file.sha256 } }],
    });
  }
  expect(run.summary).toContain(
    `PEP 740 attestations: signed through Sigstore (${sigstore.fulcioUrl}, ${sigstore.rekorUrl})`,
  );
  // The Sigstore token Fulcio got and the upload token PyPI minted are masked, and shown nowhere.
  const sigstoreTokens = new Set(
    sigstore.requests
      .filter((request) => request.service === "fulcio")
      .map((request) => request.identityToken),
  );
  expect(sigstoreTokens.size).toBe(1);
  expect(run.masks).toEqual(
    expect.arrayContaining([...sigstoreTokens, idToken.requestToken, expect.stringMatching(/^pypi-/)]),
  );
  expect(run.leaks).toEqual([]);
});

it("refuses a broken distribution before any upload, naming the file and the fix", async () => {
  const native = "sample_cli-0.1.0-cp312-cp312-linux_x86_64.whl";
  renameSync(join(workspace, "dist", FILES[0] as string), join(workspace, "dist", native));
  const token = pypi.createToken();
  const run = await publish({ password: token }, { secrets: [token] });
  expect(run.exitCode).toBe(1);
  const errors = run.annotations.filter((annotation) => annotation.level === "error");
  expect(errors).toHaveLength(1);
  expect(errors[0]?.message).toMatch(
    new RegExp(
      `^Nothing was uploaded: 1 problem\\(s\\)[\\s\\S]*${native.replace(/\./g, "\\.")}: PyPI refuses it: "Binary wheel .* unsupported platform tag 'linux_x86_64'\\." Build a manylinux/musllinux wheel \\(auditwheel repair\\), or upload only the sdist\\.`,
    ),
  );
  expect(pypi.requests).toEqual([]);
  expect(pypi.files).toEqual([]);
  expect(run.leaks).toEqual([]);
});

it("honours pypa/gh-action-pypi-publish's underscore inputs, which the runner passes though undeclared, with a warning before any upload", async () => {
  const token = pypi.createToken();
  const run = await runAction(stageDir("publish-pypi"), {
    // No repository-url: ours is at its default, production PyPI, which the alias must override.
    inputs: {
      password: token,
      attestations: "false",
      repository_url: pypi.uploadUrl,
      skip_existing: "true",
      verbose: "true",
    },
    context: context(),
    workspace,
    secrets: [token],
  });
  expect(run.stderr).toBe("");
  expect(run.exitCode).toBe(0);
  expect(pypi.files.map((file) => file.filename)).toEqual(FILES);
  const warnings = run.annotations
    .filter((annotation) => annotation.level === "warning")
    .map((a) => a.message);
  expect(warnings).toEqual([
    expect.stringMatching(
      /^Unexpected input\(s\) 'repository_url', 'skip_existing', 'verbose', valid inputs/,
    ),
    `Input "repository_url" is pypa/gh-action-pypi-publish's deprecated spelling of "repository-url": it is honoured ("${pypi.uploadUrl}"), but rename it to "repository-url".`,
    `Input "skip_existing" is pypa/gh-action-pypi-publish's deprecated spelling of "skip-existing": it is honoured ("true"), but rename it to "skip-existing".`,
    expect.stringMatching(
      /^Input "verbose" is pypa\/gh-action-pypi-publish's; this action has none and ignores it/,
    ),
  ]);
  // Said before anything was sent (skip-existing's simple API read comes first).
  expect(run.stdout.indexOf('::warning::Input "repository_url"')).toBeLessThan(
    run.stdout.indexOf("::group::Upload"),
  );
  expect(run.summary).toContain(
    'Input "repository_url" is pypa/gh-action-pypi-publish\'s deprecated spelling',
  );
});

it("refuses pypa's underscore input and ours when they disagree, before any request", async () => {
  const token = pypi.createToken();
  const run = await publish(
    { password: token },
    { env: { INPUT_REPOSITORY_URL: "https://test.pypi.org/legacy/" }, secrets: [token] },
  );
  expect(run.exitCode).toBe(1);
  expect(run.annotations.filter((annotation) => annotation.level === "error").map((a) => a.message)).toEqual([
    `Inputs "repository_url" ("https://test.pypi.org/legacy/") and "repository-url" ("${pypi.uploadUrl}") disagree: "repository_url" is pypa/gh-action-pypi-publish's deprecated spelling of "repository-url". Keep only "repository-url".`,
  ]);
  expect(pypi.requests).toEqual([]);
});

it("never lets a wheel's folded Name line reach the log as a workflow command", async () => {
  // The wheel comes from the build job: its METADATA is not the project's own text.
  const dist = join(workspace, "dist");
  for (const file of readdirSync(dist)) rmSync(join(dist, file));
  const info = "sample_cli-0.1.0.dist-info";
  writeFileSync(
    join(dist, "sample_cli-0.1.0-py3-none-any.whl"),
    writeZip([
      {
        path: `${info}/METADATA`,
        content: Buffer.from(
          "Metadata-Version: 2.1\nName: sample-cli\n ::error::owned\n ::stop-commands::pwned\nVersion: 0.1.0\n %0A::warning::twice\n",
        ),
      },
      { path: `${info}/WHEEL`, content: Buffer.from("Wheel-Version: 1.0\n") },
      { path: `${info}/RECORD`, content: Buffer.from("") },
    ]),
  );
  const token = pypi.createToken();
  const run = await publish({ password: token }, { secrets: [token] });
  expect(run.exitCode).toBe(1);
  // The runner reads one annotation: the refusal, which quotes the name as Python's repr would.
  expect(run.annotations.map((annotation) => annotation.level)).toEqual(["error"]);
  expect(run.annotations[0]?.message).toMatch(
    /'sample-cli\\n::error::owned\\n::stop-commands::pwned' is an invalid value for Name/,
  );
  expect(run.stdout).not.toMatch(/^\s*::(error|stop-commands|warning)::(owned|pwned|twice)/m);
  expect(pypi.requests).toEqual([]);
});
