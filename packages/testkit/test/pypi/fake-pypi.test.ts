/**
 * The fake PyPI speaks the protocol: Debian's twine uploads to it, and gets Warehouse's refusals
 * in the reason phrase; the simple and JSON APIs describe what was uploaded; trusted publishing
 * verifies the fake GitHub's OIDC tokens with Warehouse's error codes.
 */
import { copyFileSync, mkdtempSync, readdirSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ACTIONS_ISSUER, FakeGitHub, OidcIssuer } from "../../src/github/index.ts";
import { buildDistributions, FakePyPI, pythonBuild, twineUpload, writeFiles } from "../../src/pypi/index.ts";
import { SAMPLE_FILES } from "../../src/rehearsal/sample-project.ts";

let github: FakeGitHub;
let pypi: FakePyPI;
let dist: string;

beforeAll(async () => {
  github = await FakeGitHub.start();
  const project = mkdtempSync(join(tmpdir(), "pypi-sample-"));
  writeFiles(project, SAMPLE_FILES);
  dist = mkdtempSync(join(tmpdir(), "pypi-dist-"));
  await pythonBuild(project, dist);
});

beforeEach(async () => {
  await pypi?.stop();
  pypi = await FakePyPI.start({ oidc: { key: github.oidc.publicKey, issuer: ACTIONS_ISSUER } });
});

afterAll(async () => {
  await pypi?.stop();
  await github?.stop();
});

const files = (directory: string) => readdirSync(directory).map((file) => join(directory, file));

describe("uploads with twine", () => {
  it("accepts twine's uploads and lists them in the PEP 691 and JSON APIs", async () => {
    const upload = await twineUpload(pypi.uploadUrl, pypi.createToken(), files(dist));
    expect(upload.code, upload.output).toBe(0);
    expect(pypi.files.map((file) => file.filename)).toEqual([
      "sample_cli-0.1.0-py3-none-any.whl",
      "sample_cli-0.1.0.tar.gz",
    ]);
    const simple = await fetch(`${pypi.simpleUrl}sample-cli/`, {
      headers: { accept: "application/vnd.pypi.simple.v1+json" },
    });
    expect(simple.headers.get("content-type")).toBe("application/vnd.pypi.simple.v1+json");
    expect(
      ((await simple.json()) as { files: { filename: string; hashes: { sha256: string } }[] }).files.map(
        (file) => [file.filename, file.hashes.sha256],
      ),
    ).toEqual(pypi.files.map((file) => [file.filename, file.sha256]));
    expect((await fetch(`${pypi.simpleUrl}Sample_CLI/`, { redirect: "manual" })).status).toBe(301);
    const json = (await (await fetch(`${pypi.url}/pypi/sample-cli/0.1.0/json`)).json()) as {
      urls: { digests: { blake2b_256: string } }[];
    };
    expect(json.urls.map((file) => file.digests.blake2b_256)).toEqual(
      pypi.files.map((file) => file.blake2_256),
    );
    expect((await fetch(`${pypi.url}/pypi/nope/json`)).status).toBe(404);
  });

  it("treats an identical re-upload as a no-op and a different file under the same name as existing", async () => {
    const token = pypi.createToken();
    await twineUpload(pypi.uploadUrl, token, files(dist));
    expect((await twineUpload(pypi.uploadUrl, token, files(dist))).code).toBe(0);
    const other = mkdtempSync(join(tmpdir(), "pypi-other-"));
    const project = mkdtempSync(join(tmpdir(), "pypi-other-project-"));
    writeFiles(project, { ...SAMPLE_FILES, "README.md": "another build\n" });
    buildDistributions(project, other);
    const refused = await twineUpload(pypi.uploadUrl, token, files(other));
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(
      /File already exists \('sample_cli-0.1.0-py3-none-any.whl', with blake2_256 hash/,
    );
    expect((await twineUpload(pypi.uploadUrl, token, files(other), ["--skip-existing"])).code).toBe(0);
  });

  it.each<[string, (directory: string) => void, RegExp]>([
    [
      "a plain linux_x86_64 wheel",
      (directory) =>
        renameSync(
          join(directory, "sample_cli-0.1.0-py3-none-any.whl"),
          join(directory, "sample_cli-0.1.0-py3-none-linux_x86_64.whl"),
        ),
      /Binary wheel 'sample_cli-0.1.0-py3-none-linux_x86_64.whl' has an unsupported platform tag 'linux_x86_64'/,
    ],
    [
      "an sdist named before PEP 625",
      (directory) =>
        renameSync(join(directory, "sample_cli-0.1.0.tar.gz"), join(directory, "sample-cli-0.1.0.tar.gz")),
      /Filename 'sample-cli-0.1.0.tar.gz' is invalid, should be 'sample_cli-0.1.0.tar.gz'/,
    ],
  ])("refuses %s with Warehouse's words", async (_, damage, message) => {
    const broken = mkdtempSync(join(tmpdir(), "pypi-broken-"));
    for (const file of readdirSync(dist)) copyFileSync(join(dist, file), join(broken, file));
    damage(broken);
    const upload = await twineUpload(pypi.uploadUrl, pypi.createToken(), files(broken));
    expect(upload.code).not.toBe(0);
    expect(upload.output.replace(/\s+/g, " ")).toMatch(message);
  });

  it("answers a missing trailing slash with a redirect twine refuses, and bad credentials with 403", async () => {
    const redirected = await twineUpload(`${pypi.url}/legacy`, pypi.createToken(), files(dist));
    expect(redirected.output).toMatch(/redirect/i);
    const bad = await twineUpload(pypi.uploadUrl, "pypi-unknown", files(dist));
    expect(bad.output).toMatch(/403.*Invalid API Token/s);
    const user = await fetch(pypi.uploadUrl, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from("alice:secret").toString("base64")}` },
    });
    expect(user.status).toBe(403);
    expect(user.statusText).toMatch(/^Username\/Password authentication is no longer supported/);
  });
});

describe("trusted publishing", () => {
  const run = {
    repository: "instructlab/sample-cli",
    workflowFile: ".github/workflows/release.yml",
    ref: "refs/tags/v0.1.0",
    sha: "a".repeat(40),
    eventName: "release",
  };
  const mint = (token: unknown) =>
    fetch(`${pypi.url}/_/oidc/mint-token`, { method: "POST", body: JSON.stringify({ token }) }).then(
      async (response) => ({
        status: response.status,
        body: (await response.json()) as { token?: string; errors?: { code: string }[] },
      }),
    );

  it("announces its audience and mints a token for a matching publisher, once per OIDC token", async () => {
    expect(await (await fetch(`${pypi.url}/_/oidc/audience`)).json()).toEqual({ audience: "pypi" });
    pypi.addTrustedPublisher({
      project: "sample-cli",
      repository: "instructlab/sample-cli",
      workflow: "release.yml",
    });
    const token = github.oidc.token("pypi", run, new Date());
    const minted = await mint(token);
    expect(minted.status).toBe(200);
    const upload = await twineUpload(pypi.uploadUrl, minted.body.token as string, files(dist));
    expect(upload.code, upload.output).toBe(0);
    expect((await mint(token)).body.errors?.[0]?.code).toBe("invalid-reuse-token");
  });

  it.each<[string, () => unknown, string]>([
    ["not a JWT", () => "nope", "invalid-payload"],
    ["another audience", () => github.oidc.token("testpypi", run, new Date()), "invalid-token"],
    [
      "an expired token",
      () => github.oidc.token("pypi", run, new Date(Date.now() - 3_600_000)),
      "invalid-token",
    ],
    [
      "another workflow",
      () => github.oidc.token("pypi", { ...run, workflowFile: ".github/workflows/ci.yml" }, new Date()),
      "invalid-publisher",
    ],
    [
      "a token signed by someone else",
      () => new OidcIssuer().token("pypi", run, new Date()),
      "invalid-token",
    ],
  ])("refuses %s with Warehouse's code", async (_, token, code) => {
    pypi.addTrustedPublisher({
      project: "sample-cli",
      repository: "instructlab/sample-cli",
      workflow: "release.yml",
    });
    const answer = await mint(token());
    expect(answer.status).toBe(422);
    expect(answer.body.errors?.[0]?.code).toBe(code);
  });

  it("says trusted publishing is disabled when the index was started without it", async () => {
    const plain = await FakePyPI.start();
    expect((await fetch(`${plain.url}/_/oidc/audience`)).status).toBe(403);
    await plain.stop();
  });
});

describe("faults", () => {
  const simple = () =>
    fetch(`${pypi.simpleUrl}sample-cli/`, { headers: { accept: "application/vnd.pypi.simple.v1+json" } });

  it("answers an error status with Retry-After, and drops a connection before the answer", async () => {
    await twineUpload(pypi.uploadUrl, pypi.createToken(), files(dist));
    pypi.injectFault({
      path: /^\/simple\//,
      fault: { status: 429, reason: "Too Many Requests", retryAfter: 3 },
    });
    const limited = await simple();
    expect([limited.status, limited.statusText, limited.headers.get("retry-after")]).toEqual([
      429,
      "Too Many Requests",
      "3",
    ]);
    pypi.injectFault({ path: /^\/simple\//, fault: { drop: true } });
    await expect(simple()).rejects.toThrow(/fetch failed/);
    expect((await simple()).status).toBe(200);
  });

  it("cuts an answer mid-body: the head says more than arrives", async () => {
    await twineUpload(pypi.uploadUrl, pypi.createToken(), files(dist));
    pypi.injectFault({ path: /^\/simple\//, fault: { cut: true } });
    const cut = await simple();
    expect(cut.status).toBe(200);
    await expect(cut.text()).rejects.toThrow();
    expect(pypi.requests.at(-1)?.status).toBe("cut");
  });

  it("carries out an upload whose answer is lost; the byte-identical retry is answered 200", async () => {
    const token = pypi.createToken();
    pypi.injectFault({ path: /^\/legacy\//, fault: { lost: true } });
    const upload = await twineUpload(pypi.uploadUrl, token, files(dist));
    // twine does not retry a lost answer: it fails, though the index has the file.
    expect(upload.code).not.toBe(0);
    expect(pypi.files.map((file) => file.filename)).toEqual(["sample_cli-0.1.0-py3-none-any.whl"]);
    expect((await twineUpload(pypi.uploadUrl, token, files(dist))).code).toBe(0);
    expect(
      pypi.requests.filter((request) => request.path === "/legacy/").map((request) => request.status),
    ).toEqual(["lost", 200, 200]);
  });

  it("draws the same faults from the same seed", async () => {
    const statuses = async (seed: number) => {
      const index = await FakePyPI.start();
      index.injectRandomFaults({ seed, rate: 0.5 });
      for (let i = 0; i < 30; i++) await fetch(`${index.url}/simple/nope/`).catch(() => undefined);
      const seen = index.requests.map((request) => request.status);
      await index.stop();
      return seen;
    };
    const first = await statuses(7);
    expect(await statuses(7)).toEqual(first);
    expect(await statuses(8)).not.toEqual(first);
    expect(new Set(first)).toEqual(new Set([404, 500, 502, 503, 429, "dropped", "cut", "lost"]));
  });
});
