import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ACTIONS_ISSUER,
  buildDistributions,
  FakeGitHub,
  FakePyPI,
  pythonBuild,
  SAMPLE_FILES,
  twineUpload,
  writeFiles,
  writeTarGz,
  writeZip,
} from "@release-actions/testkit";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PublishPypiSettings } from "../src/inputs.ts";
import { run } from "../src/run.ts";
import { publishDeps, publishSettings, publishWith } from "./publish-harness.ts";

let github: FakeGitHub;
let pypi: FakePyPI;
let token: string;
/** The sample project built with Python's build (hatchling). */
let pythonDist: string;
/** The same project built with the testkit's builder. */
let testkitDist: string;
const FAST_RETRY = { attempts: 4, backoffMs: 5, idleTimeoutMs: 30_000 };

function temp(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

beforeAll(async () => {
  github = await FakeGitHub.start();
  await github.createRepository("instructlab/sample-cli", { files: { "README.md": "x\n" } });
  const project = temp("sample-project-");
  writeFiles(project, SAMPLE_FILES);
  pythonDist = temp("python-dist-");
  await pythonBuild(project, pythonDist);
  testkitDist = temp("testkit-dist-");
  buildDistributions(project, testkitDist);
});

beforeEach(async () => {
  await pypi?.stop();
  pypi = await FakePyPI.start({ oidc: { key: github.oidc.publicKey, issuer: ACTIONS_ISSUER } });
  token = pypi.createToken();
});

afterAll(async () => {
  await pypi?.stop();
  await github?.stop();
});

const REPOSITORY = "instructlab/sample-cli";
const settings = (overrides: Partial<PublishPypiSettings> = {}) =>
  publishSettings(github, REPOSITORY, {
    packagesDir: pythonDist,
    repositoryUrl: pypi.uploadUrl,
    password: token,
    ...overrides,
  });
const publish = (overrides: Partial<PublishPypiSettings> = {}) =>
  publishWith(github, REPOSITORY, settings(overrides), FAST_RETRY);

const uploads = () => pypi.requests.filter((request) => request.path === "/legacy/");

/**
 * Registers the sample repository's release.yml as the project's trusted publisher (with the
 * claims' environment) and returns the OIDC settings of a release job of it; `claims` override
 * the job's.
 */
function releaseJob(
  claims: Partial<Parameters<FakeGitHub["idTokenEndpoint"]>[0]> = {},
): PublishPypiSettings["oidc"] {
  pypi.addTrustedPublisher({
    project: "sample-cli",
    repository: REPOSITORY,
    workflow: "release.yml",
    ...(claims.environment && { environment: claims.environment }),
  });
  const endpoint = github.idTokenEndpoint({
    repository: REPOSITORY,
    workflowFile: ".github/workflows/release.yml",
    ref: "refs/tags/v0.1.0",
    sha: "a".repeat(40),
    eventName: "release",
    ...claims,
  });
  return { ...endpoint, eventName: "release", event: {} };
}

/**
 * A server in front of `target` (the fake's token service) whose first requests get `faults`
 * in turn, and later ones the service's answer: faults at the HTTP level, where core.getIDToken
 * (node:http, not deps.fetch) meets them on a runner.
 */
async function flakyFront(
  target: string,
  faults: ((request: IncomingMessage, response: ServerResponse) => void)[],
): Promise<{ url: string; close: () => void }> {
  const upstream = new URL(target);
  const server = createServer((request, response) => {
    const fault = faults.shift();
    if (fault) return fault(request, response);
    const headers = { authorization: request.headers.authorization ?? "" };
    fetch(new URL(request.url ?? "/", upstream.origin), { headers }).then(
      async (answer) => {
        response.writeHead(answer.status, { "content-type": "application/json" }).end(await answer.text());
      },
      (error: unknown) => response.destroy(error as Error),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${upstream.pathname}${upstream.search}`,
    close: () => server.close(),
  };
}

describe("publish-pypi run()", () => {
  it("uploads what python -m build made, storing exactly what twine stores", async () => {
    const { outputs, result } = await publish();
    expect(JSON.parse(outputs.files as string)).toEqual([
      {
        filename: "sample_cli-0.1.0-py3-none-any.whl",
        version: "0.1.0",
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        status: "uploaded",
      },
      {
        filename: "sample_cli-0.1.0.tar.gz",
        version: "0.1.0",
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        status: "uploaded",
      },
    ]);
    expect(outputs["project-url"]).toBe(`${pypi.url}/project/sample-cli/0.1.0/`);
    expect(result.authentication).toBe("API token");
    const ours = pypi.files.map(({ filename, size, sha256, blake2_256, fields }) => ({
      filename,
      size,
      sha256,
      blake2_256,
      fields: new Map(fields),
    }));

    const twineIndex = await FakePyPI.start();
    const twine = await twineUpload(
      twineIndex.uploadUrl,
      twineIndex.createToken(),
      readdirSync(pythonDist).map((file) => join(pythonDist, file)),
    );
    expect(twine.code, twine.output).toBe(0);
    const theirs = twineIndex.files.map(({ filename, size, sha256, blake2_256, fields }) => ({
      filename,
      size,
      sha256,
      blake2_256,
      fields: new Map(fields),
    }));
    await twineIndex.stop();
    expect(ours.map(({ fields: _, ...file }) => file)).toEqual(theirs.map(({ fields: _, ...file }) => file));
    // The metadata fields twine sends, we send with the same values.
    for (const [index, file] of theirs.entries()) {
      // pyversion differs for sdists on purpose: twine 4.0.2 sent "", twine ≥ 6.1 (and we) send "source".
      const compared = [
        "name",
        "version",
        "metadata_version",
        "summary",
        "requires_python",
        "description_content_type",
        "filetype",
        "sha256_digest",
        "blake2_256_digest",
      ];
      if (file.filename.endsWith(".whl")) compared.push("pyversion");
      for (const field of compared) {
        expect(ours[index]?.fields.get(field), `${file.filename} ${field}`).toBe(file.fields.get(field));
      }
    }
  });

  it("hashes each file as it uploads, or ahead with print-hash (md5 then only), the index taking both alike", async () => {
    const { result, deps } = await publish();
    // One pass: the digests followed each file, and the index checked them against what it received.
    expect(result.files.map((file) => file.digests)).toEqual(
      pypi.files.map(({ sha256, blake2_256 }) => ({ sha256, blake2_256 })),
    );
    expect(deps.log.messages("info").join("\n")).not.toMatch(/MD5/);
    const oneByOne = pypi.files.map(({ sha256, blake2_256, md5 }) => ({ sha256, blake2_256, md5 }));

    const ahead = await FakePyPI.start();
    const printed = await publish({
      printHash: true,
      repositoryUrl: ahead.uploadUrl,
      password: ahead.createToken(),
    });
    expect(ahead.files.map(({ sha256, blake2_256, md5 }) => ({ sha256, blake2_256, md5 }))).toEqual(oneByOne);
    await ahead.stop();
    for (const [index, file] of printed.result.files.entries()) {
      expect(file.digests.md5).toBe(oneByOne[index]?.md5);
      expect(printed.deps.log.messages("info")).toContain(
        `${file.filename}\n  SHA256: ${file.sha256}\n  MD5: ${file.digests.md5}\n  BLAKE2-256: ${file.digests.blake2_256}`,
      );
    }
  });

  it("uploads Debian's real wheels as twine does", async () => {
    const wheels = temp("debian-wheels-");
    for (const file of readdirSync("/usr/share/python-wheels").filter((name) =>
      /^(pip|setuptools)-.*\.whl$/.test(name),
    ))
      copyFileSync(join("/usr/share/python-wheels", file), join(wheels, file));
    expect(readdirSync(wheels).length).toBeGreaterThan(0);
    await publish({ packagesDir: wheels });
    const twineIndex = await FakePyPI.start();
    const twine = await twineUpload(
      twineIndex.uploadUrl,
      twineIndex.createToken(),
      readdirSync(wheels).map((file) => join(wheels, file)),
    );
    expect(twine.code, twine.output).toBe(0);
    expect(pypi.files.map(({ filename, sha256, blake2_256 }) => ({ filename, sha256, blake2_256 }))).toEqual(
      twineIndex.files.map(({ filename, sha256, blake2_256 }) => ({ filename, sha256, blake2_256 })),
    );
    await twineIndex.stop();
  });

  it("leaves License-File out below Metadata-Version 2.4, where PyPI refuses it (Debian's pip 23.0.1 wheel)", async () => {
    // pip 23.0.1 declares Metadata-Version 2.1 and carries License-File: PyPI answers 400
    // "license-file introduced in metadata version 2.4, not 2.1" to a form that sends it.
    const wheels = temp("pip-wheel-");
    copyFileSync(
      "/usr/share/python-wheels/pip-23.0.1-py3-none-any.whl",
      join(wheels, "pip-23.0.1-py3-none-any.whl"),
    );
    const { result } = await publish({ packagesDir: wheels });
    expect(result.files.map((file) => file.status)).toEqual(["uploaded"]);
    const fields = pypi.files[0]?.fields ?? [];
    expect(fields.filter(([name]) => name === "metadata_version")).toEqual([["metadata_version", "2.1"]]);
    expect(fields.filter(([name]) => name === "license_file")).toEqual([]);
    expect(result.warnings).toContain(
      "pip-23.0.1-py3-none-any.whl: License-File needs Metadata-Version 2.4 or later (this file declares 2.1): it is left out of the upload, as twine does.",
    );
  });

  it("sends the name as twine does and a legacy Description header with its reST indentation", async () => {
    const description =
      "Sample\n======\n\n.. code-block:: console\n\n    $ sample --help\n\n* item\n\n  continued\n";
    // distutils folds with 8 spaces, the core metadata spec with 7 spaces and a bar: both go.
    const folded = description
      .split("\n")
      .map((line, index) => (index === 0 ? line : index % 2 ? `        ${line}` : `       |${line}`))
      .join("\n");
    const directory = temp("legacy-description-");
    writeFiles(directory, {
      "sample_cli-0.1.0-py3-none-any.whl": writeZip([
        {
          path: "sample_cli-0.1.0.dist-info/METADATA",
          content: Buffer.from(
            `Metadata-Version: 1.2\nName: Sample_CLI\nVersion: 0.1.0\nSummary: s\nKeywords: cli,release ,  tools\nProject-URL: Source ,  https://example.org/src\nDescription: ${folded}\n`,
          ),
        },
        { path: "sample_cli-0.1.0.dist-info/WHEEL", content: Buffer.from("Wheel-Version: 1.0\n") },
        { path: "sample_cli-0.1.0.dist-info/RECORD", content: Buffer.from("") },
      ]),
    });
    const { result } = await publish({ packagesDir: directory });
    expect(result.files.map((file) => file.status)).toEqual(["uploaded"]);
    const fields = new Map(pypi.files[0]?.fields ?? []);
    // twine's _safe_name: runs of characters other than letters, digits and "." become "-".
    expect(fields.get("name")).toBe("Sample-CLI");
    expect(fields.get("description")).toBe(description);
    expect(fields.get("keywords")).toBe("cli, release, tools");
    expect(fields.get("project_urls")).toBe("Source, https://example.org/src");
  });

  it("uploads the testkit builder's dists, whose metadata matches hatchling's", async () => {
    const { result } = await publish({ packagesDir: testkitDist, expectedVersion: "v0.1.0" });
    expect(result.files.map((file) => file.status)).toEqual(["uploaded", "uploaded"]);
    const ours = pypi.files[0]?.fields ?? [];
    const hatchling = await FakePyPI.start();
    await publish({ repositoryUrl: hatchling.uploadUrl, password: hatchling.createToken() });
    const reference = hatchling.files[0]?.fields ?? [];
    await hatchling.stop();
    const values = (fields: readonly [string, string][], name: string) =>
      fields.filter(([field]) => field === name).map(([, value]) => value);
    // Requirements compared clause by clause: backends order specifiers differently.
    const requirement = (text: string) =>
      text
        .replace(/\s/g, "")
        .replace(
          /^([\w.-]+)(.*)$/,
          (_, name: string, specifiers: string) => `${name}${specifiers.split(",").sort().join(",")}`,
        );
    for (const field of [
      "metadata_version",
      "name",
      "version",
      "summary",
      "requires_python",
      "description_content_type",
    ])
      expect(values(ours, field), field).toEqual(values(reference, field));
    expect(values(ours, "requires_dist").map(requirement).sort()).toEqual(
      values(reference, "requires_dist").map(requirement).sort(),
    );
  });

  it("skips files the index has with the same sha256, and refuses a different file under the same name before uploading", async () => {
    await publish();
    pypi.requests.length = 0;
    const again = await publish({ skipExisting: true });
    expect(again.result.files.map((file) => file.status)).toEqual(["skipped", "skipped"]);
    expect(uploads()).toEqual([]);
    // Another build of the same version: same filenames, other content.
    const rebuilt = temp("rebuilt-");
    const project = temp("rebuilt-project-");
    writeFiles(project, { ...SAMPLE_FILES, "README.md": "# sample-cli\n\nRebuilt.\n" });
    buildDistributions(project, rebuilt);
    pypi.requests.length = 0;
    await expect(publish({ packagesDir: rebuilt, skipExisting: true })).rejects.toThrow(
      /Nothing was uploaded: the index already has sample_cli-0.1.0-py3-none-any.whl, sample_cli-0.1.0.tar.gz with other content/,
    );
    expect(uploads()).toEqual([]);
    await expect(publish({ packagesDir: rebuilt })).rejects.toThrow(
      /File already exists \('sample_cli-0.1.0-py3-none-any.whl', with blake2_256 hash '[0-9a-f]{64}'\)\. See https:\/\/pypi\.org\/help\/#file-name-reuse for more information\. It has another file under this name \(sha256 [0-9a-f]{12}, this one [0-9a-f]{12}\): a published file is never replaced/,
    );
  });

  it("reads a private index's simple API with the upload's API token, and says what to do without one", async () => {
    await pypi.stop();
    pypi = await FakePyPI.start({
      oidc: { key: github.oidc.publicKey, issuer: ACTIONS_ISSUER },
      privateReads: true,
    });
    token = pypi.createToken();
    await publish();
    const again = await publish({ skipExisting: true });
    expect(again.result.files.map((file) => file.status)).toEqual(["skipped", "skipped"]);
    // Trusted publishing sends no credentials there.
    await expect(publish({ skipExisting: true, password: "" })).rejects.toThrow(
      `skip-existing reads the index's simple API, and ${pypi.simpleUrl}sample-cli/ answered 401 Unauthorized: it needs credentials to be read, and only an API token (password) on the same host as repository-url is sent there. Set "index-url" to a simple API this job can read, or turn skip-existing off.`,
    );
  });

  it("skips a file an index answers 'exists' for when its simple API lists this very file", async () => {
    await publish();
    // Where PyPI answers 200 to a byte-identical upload, other indexes answer 409.
    pypi.injectFault({ path: /\/legacy\//, fault: { status: 409, reason: "Conflict" } });
    const again = await publish();
    expect(again.result.files.map(({ status, note }) => [status, note])).toEqual([
      ["skipped", "the index has this very file (sha256 compared)"],
      ["uploaded", ""],
    ]);
    expect(again.result.warnings).toEqual([]);
  });

  it("stops at an 'exists' answer it cannot check, unless skip-existing is on (then a warning)", async () => {
    // A fresh index that answers "exists" for a file its simple API does not list.
    const refuse = () =>
      pypi.injectFault({ path: /\/legacy\//, fault: { status: 400, reason: "File already exists" } });
    refuse();
    await expect(publish()).rejects.toThrow(
      `sample_cli-0.1.0-py3-none-any.whl: the index refused it: File already exists. It says it has the file, and its content could not be compared with this file's (${pypi.simpleUrl} does not list it). Set skip-existing: true to skip files the index says it has.`,
    );
    refuse();
    const { result, deps } = await publish({ skipExisting: true });
    expect(result.files.map((file) => file.status)).toEqual(["skipped", "uploaded"]);
    const warning = `sample_cli-0.1.0-py3-none-any.whl: skipped, the index says it has it; its content could not be compared with this file's (${pypi.simpleUrl} does not list it).`;
    expect(result.warnings).toEqual([warning]);
    // In the log too, as an annotation: it stays on the run's page if a later step fails.
    expect(deps.log.messages("warning")).toEqual([warning]);
  });

  it("names the files already uploaded when a later one fails, and how a re-run finishes", async () => {
    pypi.deleteFile("sample_cli-0.1.0.tar.gz");
    await expect(publish()).rejects.toThrow(
      /sample_cli-0.1.0.tar.gz: 400 This filename was previously used by a file that has since been deleted[\s\S]*\nAlready uploaded by this run: sample_cli-0.1.0-py3-none-any.whl\. Once the cause is fixed, re-run with skip-existing: true: it skips them and uploads the rest\.$/,
    );
    expect(pypi.files.map((file) => file.filename)).toEqual(["sample_cli-0.1.0-py3-none-any.whl"]);
  });

  it("takes any 2xx answer as an upload (indexes other than PyPI answer 201)", async () => {
    pypi.injectFault({ path: /\/legacy\//, times: 2, fault: { status: 201, reason: "Created" } });
    const { result } = await publish();
    expect(result.files.map((file) => file.status)).toEqual(["uploaded", "uploaded"]);
  });

  it("retries 5xx answers and dropped connections", async () => {
    pypi.injectFault({ path: /\/legacy\//, times: 2, fault: { status: 503, reason: "Service Unavailable" } });
    pypi.injectFault({ path: /\/legacy\//, fault: { drop: true } });
    const { result, deps } = await publish();
    expect(result.files.map((file) => file.status)).toEqual(["uploaded", "uploaded"]);
    expect(pypi.requests.map((request) => request.status)).toEqual([503, 503, "dropped", 200, 200]);
    expect(deps.log.messages("warning").join("\n")).toMatch(/503 Service Unavailable; retrying/);
  });

  it("refuses an upload host that does not resolve at once, uploading nothing and naming it", async () => {
    const runSettings = settings({ repositoryUrl: "https://upload.pypi.example/legacy/" });
    let asked = 0;
    const deps = {
      ...publishDeps(github, REPOSITORY, runSettings),
      fetch: (async () => {
        asked++;
        throw new TypeError("fetch failed", {
          cause: Object.assign(new Error("getaddrinfo ENOTFOUND upload.pypi.example"), { code: "ENOTFOUND" }),
        });
      }) as typeof fetch,
    };
    await expect(run(runSettings, deps, FAST_RETRY)).rejects.toThrow(
      /^upload\.pypi\.example does not resolve \(the DNS lookup answered ENOTFOUND\)/,
    );
    expect(asked).toBe(1);
    expect(deps.log.messages("warning")).toEqual([]);
  });

  it("retries every request of trusted publishing, the simple API and the upload, whatever fails on the way", async () => {
    const oidc = releaseJob();
    pypi.injectFault({ path: /^\/_\/oidc\/audience$/, fault: { status: 503 } });
    pypi.injectFault({ path: /^\/_\/oidc\/mint-token$/, fault: { status: 502, reason: "Bad Gateway" } });
    // A cut answer: the index used the OIDC token, so the retry needs a new one.
    pypi.injectFault({ path: /^\/_\/oidc\/mint-token$/, fault: { cut: true } });
    pypi.injectFault({ path: /^\/simple\//, fault: { status: 500, reason: "Internal Server Error" } });
    pypi.injectFault({ path: /^\/simple\//, fault: { cut: true } });
    pypi.injectFault({
      path: /^\/legacy\//,
      fault: { status: 429, reason: "Too Many Requests", retryAfter: 1 },
    });
    // The runner's OIDC token service: a dropped connection, then a 500, then the service.
    const tokenService = await flakyFront(oidc.requestUrl as string, [
      (request) => request.socket.destroy(),
      (_request, response) => response.writeHead(500).end("oops"),
    ]);
    const runSettings = settings({
      password: "",
      oidc: { ...oidc, requestUrl: tokenService.url },
      skipExisting: true,
      repositoryUrl: pypi.uploadUrl,
    });
    const deps = publishDeps(github, REPOSITORY, runSettings);
    const started = Date.now();
    const result = await run(runSettings, deps, FAST_RETRY).finally(() => tokenService.close());
    expect(result.files.map((file) => file.status)).toEqual(["uploaded", "uploaded"]);
    expect(pypi.files.map((file) => file.filename)).toEqual([
      "sample_cli-0.1.0-py3-none-any.whl",
      "sample_cli-0.1.0.tar.gz",
    ]);
    // Retry-After: 1 was honoured.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(pypi.requests.map((request) => `${request.path} ${request.status}`)).toEqual([
      "/simple/sample-cli/ 500",
      "/simple/sample-cli/ cut",
      "/simple/sample-cli/ 404",
      "/_/oidc/audience 503",
      "/_/oidc/audience 200",
      "/_/oidc/mint-token 502",
      "/_/oidc/mint-token cut",
      "/_/oidc/mint-token 200",
      "/legacy/ 429",
      "/legacy/ 200",
      "/legacy/ 200",
    ]);
    expect(deps.log.messages("warning")).toEqual([
      "The simple API request for sample-cli: 500 Internal Server Error; retrying (1/3).",
      "The simple API request for sample-cli: the connection failed (terminated (other side closed)); retrying (2/3).",
      "Trusted publishing exchange failure: audience retrieval: 503 Service Unavailable; retrying (1/3).",
      expect.stringMatching(
        /^GitHub: OIDC token request: the connection failed \(.*socket hang up.*\); retrying \(1\/3\)\.$/,
      ),
      "GitHub: OIDC token request: 500; retrying (2/3).",
      "Trusted publishing exchange failure: the token request: 502 Bad Gateway; retrying (1/3).",
      "Trusted publishing exchange failure: the token request: the connection failed (terminated (other side closed)); retrying (2/3).",
      "Uploading sample_cli-0.1.0-py3-none-any.whl: 429 Too Many Requests; retrying (1/3).",
    ]);
  });

  it("never reports a simple API that failed for a while as one without PEP 691", async () => {
    pypi.injectFault({
      path: /^\/simple\//,
      times: 10,
      fault: { status: 500, reason: "Internal Server Error" },
    });
    const failure = await publish({ skipExisting: true }).catch((error: Error) => error);
    expect(String(failure)).toMatch(
      /The simple API request for sample-cli failed 4 times; last: 500 Internal Server Error/,
    );
    expect(String(failure)).not.toMatch(/PEP 691/);
    expect(uploads()).toEqual([]);
  });

  it("says an index without a JSON simple API has none, not that it lists no sha256", async () => {
    const existsAnswer = () =>
      pypi.injectFault({ path: /\/legacy\//, fault: { status: 400, reason: "File already exists" } });
    existsAnswer();
    await expect(publish({ indexUrl: `${pypi.url}/nowhere/` })).rejects.toThrow(
      `sample_cli-0.1.0-py3-none-any.whl: the index refused it: File already exists. It says it has the file, and its content could not be compared with this file's (${pypi.url}/nowhere/ has no PEP 691 JSON simple API to compare with: it answered 404 Not Found, text/plain; charset=utf-8).`,
    );
    // One whose simple API answers, but not in PEP 691's JSON.
    existsAnswer();
    pypi.injectFault({ path: /^\/simple\//, times: 2, fault: { status: 200, reason: "OK" } });
    await expect(publish()).rejects.toThrow(
      `(${pypi.simpleUrl} has no PEP 691 JSON simple API to compare with: it answered 200 OK, text/plain; charset=utf-8)`,
    );
  });

  it.each<[string, Parameters<FakePyPI["injectFault"]>[0]["fault"][]]>([
    ["lost", [{ lost: true }]],
    ["cut mid-body", [{ cut: true }]],
    [
      "lost, and the retry answered 409 as indexes other than PyPI do",
      [{ lost: true }, { status: 409, reason: "Conflict" }],
    ],
  ])("reports an upload whose answer was %s as uploaded, never as a failure", async (_, faults) => {
    for (const fault of faults) pypi.injectFault({ path: /^\/legacy\//, fault });
    const { result } = await publish();
    expect(result.files.map((file) => file.status)).toEqual(["uploaded", "uploaded"]);
    expect(pypi.files.map((file) => file.filename)).toEqual([
      "sample_cli-0.1.0-py3-none-any.whl",
      "sample_cli-0.1.0.tar.gz",
    ]);
  });

  it.each([1, 2, 3, 4, 5])(
    "publishes under random faults (seed %i) with the end state of a clean run",
    async (seed) => {
      pypi.injectRandomFaults({ seed, rate: 0.3 });
      const runSettings = settings({ password: "", oidc: releaseJob(), skipExisting: true });
      const deps = publishDeps(github, REPOSITORY, runSettings);
      const result = await run(runSettings, deps, {
        ...FAST_RETRY,
        attempts: 8,
      });
      pypi.stopRandomFaults();
      expect(result.files.map((file) => file.status)).toEqual(["uploaded", "uploaded"]);
      expect(pypi.files.map((file) => file.filename)).toEqual([
        "sample_cli-0.1.0-py3-none-any.whl",
        "sample_cli-0.1.0.tar.gz",
      ]);
    },
  );

  it("abandons and retries an upload the index stops answering", async () => {
    pypi.injectFault({ path: /\/legacy\//, fault: { stall: true } });
    const { result, deps } = await publishWith(github, REPOSITORY, settings(), {
      ...FAST_RETRY,
      idleTimeoutMs: 300,
    });
    expect(result.files.map((file) => file.status)).toEqual(["uploaded", "uploaded"]);
    expect(pypi.requests.map((request) => request.status)).toEqual(["stalled", 200, 200]);
    expect(deps.log.messages("warning")).toEqual([
      expect.stringMatching(
        /^Uploading sample_cli-0\.1\.0.*: the connection failed \(no byte moved for 0\.3 s\); retrying \(1\/3\)\.$/,
      ),
    ]);
  });

  it("refuses to follow a redirect and says how to fix the URL", async () => {
    await expect(publish({ repositoryUrl: `${pypi.url}/legacy` })).rejects.toThrow(
      /answered 308 An upload was attempted to \/legacy but the expected upload URL is \/legacy\/ \(with a trailing slash\).*with the trailing slash/,
    );
    expect(pypi.files).toEqual([]);
  });

  it("surfaces Warehouse's reason phrase", async () => {
    await expect(publish({ password: pypi.createToken(["another-project"]) })).rejects.toThrow(
      /403 The given token isn't allowed to upload to project 'sample-cli'/,
    );
    await expect(publish({ password: "pypi-nope" })).rejects.toThrow(/403 Invalid API Token/);
  });

  it("publishes through trusted publishing, masking both tokens", async () => {
    const { result, deps } = await publish({ password: "", oidc: releaseJob({ environment: "pypi" }) });
    expect(result.authentication).toBe("trusted publishing");
    expect(result.files.map((file) => file.status)).toEqual(["uploaded", "uploaded"]);
    expect(deps.log.masked).toHaveLength(2);
    expect(deps.log.masked[1]).toMatch(/^pypi-/);
    // PyPI's 15-minute token outlasts these uploads: minted once.
    expect(pypi.requests.filter((request) => request.path === "/_/oidc/mint-token")).toHaveLength(1);
  });

  it("mints a new upload token before an upload when the last one has under 10 minutes left", async () => {
    await pypi.stop();
    pypi = await FakePyPI.start({
      oidc: { key: github.oidc.publicKey, issuer: ACTIONS_ISSUER },
      uploadTokenLifetimeSeconds: 300,
    });
    const { result, deps } = await publish({ password: "", oidc: releaseJob() });
    expect(result.files.map((file) => file.status)).toEqual(["uploaded", "uploaded"]);
    // The first token, then one before each upload (each from a new OIDC token), every one masked.
    const mints = pypi.requests.filter((request) => request.path === "/_/oidc/mint-token");
    expect(mints.map((request) => request.status)).toEqual([200, 200, 200]);
    expect(deps.log.masked.filter((secret) => secret.startsWith("pypi-"))).toHaveLength(3);
    expect(deps.log.messages("info")).toContain(
      "The upload token expires in under 10 minutes: minting a new one.",
    );
  });

  it.each<[string, () => Partial<PublishPypiSettings>, RegExp]>([
    [
      "a job without id-token: write",
      () => ({ oidc: { requestUrl: undefined, requestToken: undefined, eventName: "release", event: {} } }),
      /Add "permissions: id-token: write"/,
    ],
    [
      "a pull request from a fork",
      () => ({
        oidc: {
          requestUrl: undefined,
          requestToken: undefined,
          eventName: "pull_request",
          event: { pull_request: { head: { repo: { fork: true } } } },
        },
      }),
      /pull request from a fork.*no OIDC token/,
    ],
    [
      "a workflow no publisher is configured for",
      () => ({
        oidc: {
          ...github.idTokenEndpoint({
            repository: "instructlab/sample-cli",
            workflowFile: ".github/workflows/other.yml",
            ref: "refs/heads/main",
            sha: "b".repeat(40),
            eventName: "push",
          }),
          eventName: "push",
          event: {},
        },
      }),
      /`invalid-publisher`: valid token, but no corresponding publisher[\s\S]*`job_workflow_ref`: `instructlab\/sample-cli\/.github\/workflows\/other.yml@refs\/heads\/main`[\s\S]*troubleshooting/,
    ],
  ])("explains trusted publishing refused for %s", async (_, oidc, message) => {
    pypi.addTrustedPublisher({
      project: "sample-cli",
      repository: "instructlab/sample-cli",
      workflow: "release.yml",
    });
    await expect(publish({ password: "", ...oidc() })).rejects.toThrow(message);
    expect(uploads()).toEqual([]);
  });

  it("warns that a reusable workflow will not match its publisher", async () => {
    const oidc = releaseJob({
      jobWorkflowRef: "instructlab/shared/.github/workflows/publish.yml@refs/heads/main",
    });
    const runSettings = settings({ password: "", oidc });
    const deps = publishDeps(github, REPOSITORY, runSettings);
    const failure = await run(runSettings, deps, FAST_RETRY).catch((error: Error) => error);
    expect(String(failure)).toMatch(/invalid-publisher/);
    expect(deps.log.entries).toContainEqual({
      level: "warning",
      message: expect.stringContaining(
        "this job runs in a reusable workflow (instructlab/shared/.github/workflows/publish.yml@refs/heads/main, called from instructlab/sample-cli/.github/workflows/release.yml@refs/tags/v0.1.0)",
      ),
    });
  });

  it("checks and reports everything in dry-run, authenticating and uploading nothing", async () => {
    const { result, summary } = await publish({ dryRun: true, printHash: true, password: "" });
    expect(result.files.map((file) => file.status)).toEqual(["would upload", "would upload"]);
    expect(pypi.requests).toEqual([]);
    expect(summary).toMatch(/checked \(dry-run\)/);
  });
});

describe("distributions PyPI would refuse, refused before any upload", () => {
  let broken: string;
  beforeEach(() => {
    broken = temp("broken-");
  });

  /** Copies the good sample dists, then lets a test damage them. */
  function copyGood(only?: "wheel" | "sdist"): { wheel: string; sdist: string } {
    const wheel = join(broken, "sample_cli-0.1.0-py3-none-any.whl");
    const sdist = join(broken, "sample_cli-0.1.0.tar.gz");
    if (only !== "sdist") copyFileSync(join(testkitDist, "sample_cli-0.1.0-py3-none-any.whl"), wheel);
    if (only !== "wheel") copyFileSync(join(testkitDist, "sample_cli-0.1.0.tar.gz"), sdist);
    return { wheel, sdist };
  }

  /** Builds the sample with a pyproject.toml changed by `edit`. */
  function buildWith(edit: (pyproject: string) => string, files: Record<string, string> = {}): void {
    const project = temp("edited-");
    writeFiles(project, {
      ...SAMPLE_FILES,
      ...files,
      "pyproject.toml": edit(SAMPLE_FILES["pyproject.toml"] as string),
    });
    buildDistributions(project, broken);
  }

  it.each<[string, () => void, Partial<PublishPypiSettings>, RegExp]>([
    [
      "a wheel renamed to another version",
      () => {
        const { wheel } = copyGood("wheel");
        renameSync(wheel, join(broken, "sample_cli-0.1.1-py3-none-any.whl"));
      },
      {},
      /Wheel 'sample_cli-0.1.1-py3-none-any.whl' does not contain the required METADATA file: sample_cli-0.1.1.dist-info\/METADATA/,
    ],
    [
      "an sdist renamed to another version",
      () => {
        const { sdist } = copyGood("sdist");
        renameSync(sdist, join(broken, "sample_cli-0.1.1.tar.gz"));
      },
      {},
      /sample_cli-0.1.1.tar.gz: PyPI refuses it: "Version in filename should be '0.1.0' not '0.1.1'\."/,
    ],
    [
      "a plain linux_x86_64 wheel",
      () => {
        const { wheel } = copyGood("wheel");
        renameSync(wheel, join(broken, "sample_cli-0.1.0-cp312-cp312-linux_x86_64.whl"));
      },
      {},
      /Binary wheel 'sample_cli-0.1.0-cp312-cp312-linux_x86_64.whl' has an unsupported platform tag 'linux_x86_64'.*auditwheel/,
    ],
    [
      "an sdist not named by PEP 625, and a second sdist",
      () => {
        const { sdist } = copyGood("sdist");
        copyFileSync(sdist, join(broken, "sample-cli-0.1.0.tar.gz"));
      },
      {},
      /Filename 'sample-cli-0.1.0.tar.gz' is invalid, should be 'sample_cli-0.1.0.tar.gz'[\s\S]*Only one sdist may be uploaded per release/,
    ],
    [
      "a local version",
      () => buildWith((text) => text.replace('version = "0.1.0"', 'version = "0.1.0+dirty"')),
      {},
      /The use of local versions in '0.1.0\+dirty' is not allowed/,
    ],
    [
      "a description that would not render",
      () =>
        buildWith((text) => text.replace('readme = "README.md"', 'readme = "README.rst"'), {
          "README.rst": "sample-cli\n=====\n\n.. toctree::\n",
        }),
      {},
      /The description failed to render.*Title underline too short.*Unknown directive type "toctree"/,
    ],
    [
      "a file over the size limit",
      () => copyGood(),
      { fileSizeLimit: 1000 },
      /File too large. Limit for project 'sample-cli' is 0 MB/,
    ],
    [
      "a build of another version than expected",
      () => copyGood(),
      { expectedVersion: "0.2.0" },
      /version 0.1.0, but expected-version is 0.2.0/,
    ],
    ["a directory without distributions", () => undefined, {}, /has no .whl or .tar.gz file to publish/],
  ])("refuses %s", async (_, arrange, overrides, message) => {
    arrange();
    await expect(publish({ packagesDir: broken, ...overrides })).rejects.toThrow(message);
    expect(pypi.requests).toEqual([]);
  });

  it("refuses a FIFO named like a wheel at once, instead of waiting on it", async () => {
    copyGood();
    execFileSync("mkfifo", [join(broken, "sample_cli-0.1.0-py3-none-manylinux_2_17_x86_64.whl")]);
    await expect(publish({ packagesDir: broken })).rejects.toThrow(
      `Input "packages-dir": ${broken} holds sample_cli-0.1.0-py3-none-manylinux_2_17_x86_64.whl (a FIFO), named like a distribution but not a regular file.`,
    );
    expect(pypi.requests).toEqual([]);
  });

  it("refuses a gzip bomb sdist by its decompressed size, before any upload", async () => {
    const { wheel } = copyGood("wheel");
    const pkgInfo = "Metadata-Version: 2.1\nName: sample-cli\nVersion: 0.1.0\n";
    writeFiles(broken, {
      "sample_cli-0.1.0.tar.gz": writeTarGz([
        { path: "sample_cli-0.1.0/PKG-INFO", content: Buffer.from(pkgInfo) },
        // 80 MiB of zeros: about 80 kB compressed, a thousand times smaller.
        { path: "sample_cli-0.1.0/zeros.bin", content: Buffer.alloc(80 * 1024 * 1024) },
      ]),
    });
    expect(wheel).toBeTruthy();
    await expect(publish({ packagesDir: broken })).rejects.toThrow(
      "sample_cli-0.1.0.tar.gz: invalid distribution file: File exceeds compression ratio of 50: it decompresses to more than 64 MiB and 50 times its size (a decompression bomb), so it is not uploaded.",
    );
    expect(pypi.requests).toEqual([]);
  });

  it("names the file whose zip central directory lies", async () => {
    const { wheel } = copyGood("wheel");
    const data = readFileSync(wheel);
    // METADATA's central directory entry (its name's last occurrence, 46 bytes into the entry)
    // claims 2 GB of compressed data.
    const entry = data.lastIndexOf(Buffer.from("sample_cli-0.1.0.dist-info/METADATA")) - 46;
    data.writeUInt32LE(0x7fffffff, entry + 20);
    writeFileSync(wheel, data);
    await expect(publish({ packagesDir: broken })).rejects.toThrow(
      /^sample_cli-0\.1\.0-py3-none-any\.whl: invalid distribution file: ZIP archive not accepted: sample_cli-0\.1\.0\.dist-info\/\w+'s 2147483647 compressed bytes run past the end of the file\.$/,
    );
    // Or puts a member past the end of the file.
    data.writeUInt32LE(data.length + 10, entry + 42);
    writeFileSync(wheel, data);
    await expect(publish({ packagesDir: broken })).rejects.toThrow(
      /^sample_cli-0\.1\.0-py3-none-any\.whl: invalid distribution file: ZIP archive not accepted: .* starts past the end of the file\.$/,
    );
    expect(pypi.requests).toEqual([]);
  });

  it("refuses a wheel of another project renamed to this one", async () => {
    buildWith((text) => text.replace('name = "sample-cli"', 'name = "other-cli"'));
    renameSync(
      join(broken, "other_cli-0.1.0-py3-none-any.whl"),
      join(broken, "sample_cli-0.1.0-py3-none-any.whl"),
    );
    await expect(publish({ packagesDir: broken })).rejects.toThrow(
      /does not contain the required METADATA file: sample_cli-0.1.0.dist-info\/METADATA/,
    );
    rmSync(join(broken, "sample_cli-0.1.0-py3-none-any.whl"));
    renameSync(join(broken, "other_cli-0.1.0.tar.gz"), join(broken, "sample_cli-0.1.0.tar.gz"));
    await expect(publish({ packagesDir: broken })).rejects.toThrow(
      /Start filename for 'other-cli' with 'other_cli'/,
    );
    expect(pypi.requests).toEqual([]);
  });

  it("refuses unsupported metadata versions and missing fields", async () => {
    const project = temp("raw-");
    mkdirSync(join(project, "dist"));
    const write = (filename: string, metadata: string) =>
      writeFiles(project, {
        [`dist/${filename}`]: writeZip([
          { path: "sample_cli-0.1.0.dist-info/METADATA", content: Buffer.from(metadata) },
          { path: "sample_cli-0.1.0.dist-info/WHEEL", content: Buffer.from("Wheel-Version: 1.0\n") },
          { path: "sample_cli-0.1.0.dist-info/RECORD", content: Buffer.from("") },
        ]),
      });
    write("sample_cli-0.1.0-py3-none-any.whl", "Metadata-Version: 2.6\nName: sample-cli\nVersion: 0.1.0\n");
    await expect(publish({ packagesDir: join(project, "dist") })).rejects.toThrow(
      /'2.6' is not a valid metadata version/,
    );
    write("sample_cli-0.1.0-py3-none-any.whl", "Metadata-Version: 2.1\nName: sample-cli\n");
    await expect(publish({ packagesDir: join(project, "dist") })).rejects.toThrow(
      /Metadata-Version, Name and Version are required/,
    );
    expect(pypi.requests).toEqual([]);
  });
});
