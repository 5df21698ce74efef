// HTTPS_PROXY / HTTP_PROXY / NO_PROXY are honoured by every request of the runtime (DESIGN §3),
// checked on the committed bundles: the fake GitHub and the fake PyPI are reached by hostnames
// that only the proxy resolves, so a request that goes direct fails with ENOTFOUND and the step
// with it. The toolkit never proxies loopback hosts (@actions/http-client, proxy.ts
// checkBypass), hence the names instead of 127.0.0.1.
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ACTIONS_ISSUER,
  buildDistributions,
  type ConnectProxy,
  FakePyPI,
  runAction,
  SAMPLE_FILES,
  stageDir,
  startConnectProxy,
  writeFiles,
} from "@release-actions/testkit";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

const fakeGitHub = useFakeGitHub();
const GITHUB_HOST = "github.proxy.test";
const PYPI_HOST = "pypi.proxy.test";
let proxy: ConnectProxy;

/** `url` with its 127.0.0.1 host replaced by a name only the proxy resolves. */
const behindProxy = (url: string, host: string) => url.replace("127.0.0.1", host);
const proxyEnv = () => ({ HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url });

beforeEach(async () => {
  proxy = await startConnectProxy({ [GITHUB_HOST]: "127.0.0.1", [PYPI_HOST]: "127.0.0.1" });
});

afterEach(async () => {
  await proxy.stop();
});

describe("a GitHub stage behind a proxy", () => {
  const REPO = "acme/proxied";
  let head: string;

  beforeAll(async () => {
    const repository = await fakeGitHub().createRepository(REPO, { files: { "README.md": "x\n" } });
    const tagged = await repository.commit({ branch: "main", files: { a: "1" }, message: "feat: one (#1)" });
    await repository.createTag("v0.1.0", tagged);
    head = await repository.commit({ branch: "main", files: { a: "2" }, message: "feat: two (#2)" });
  });

  const validate = (runnerEnv: Record<string, string>) =>
    runAction(stageDir("validate-version"), {
      inputs: { version: "next-y" },
      context: {
        repository: REPO,
        apiUrl: behindProxy(fakeGitHub().apiUrl, GITHUB_HOST),
        serverUrl: behindProxy(fakeGitHub().serverUrl, GITHUB_HOST),
        token: fakeGitHub().defaultToken,
        sha: head,
      },
      runnerEnv,
    });

  it("sends every API request through the proxy", async () => {
    fakeGitHub().clearLog();
    const run = await validate(proxyEnv());
    expect(run.annotations.filter((annotation) => annotation.level === "error")).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs.version).toBe("0.2.0");
    expect(fakeGitHub().requests.length).toBeGreaterThan(0);
    expect(proxy.requests.length).toBeGreaterThan(0);
    expect(new Set(proxy.requests.map((request) => request.target.replace(/:\d+$/, "")))).toEqual(
      new Set([GITHUB_HOST]),
    );
  });

  it("fails without the proxy, and with the host in NO_PROXY: the name resolves only through it", async () => {
    for (const env of [{}, { ...proxyEnv(), NO_PROXY: `example.org,${GITHUB_HOST}` }]) {
      const run = await validate(env);
      expect(run.exitCode).toBe(1);
      expect(run.annotations.find((annotation) => annotation.level === "error")?.message).toMatch(
        /ENOTFOUND|EAI_AGAIN/,
      );
    }
    expect(proxy.requests).toEqual([]);
  });
});

describe("publish-pypi behind a proxy", () => {
  let pypi: FakePyPI;
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

  it("gets its OIDC token, mints the upload token and uploads (streaming) through the proxy", async () => {
    pypi.addTrustedPublisher({
      project: "sample-cli",
      repository: "instructlab/sample-cli",
      workflow: "release.yml",
      environment: "pypi",
    });
    const idToken = fakeGitHub().idTokenEndpoint({
      repository: "instructlab/sample-cli",
      workflowFile: ".github/workflows/release.yml",
      ref: "refs/tags/v0.1.0",
      sha: "d".repeat(40),
      eventName: "release",
      environment: "pypi",
    });
    const run = await runAction(stageDir("publish-pypi"), {
      inputs: { "repository-url": behindProxy(pypi.uploadUrl, PYPI_HOST), attestations: "false" },
      context: {
        repository: "instructlab/sample-cli",
        apiUrl: behindProxy(fakeGitHub().apiUrl, GITHUB_HOST),
        serverUrl: behindProxy(fakeGitHub().serverUrl, GITHUB_HOST),
        token: fakeGitHub().defaultToken,
        eventName: "release",
        ref: "refs/tags/v0.1.0",
      },
      idToken: { ...idToken, requestUrl: behindProxy(idToken.requestUrl, GITHUB_HOST) },
      secrets: [idToken.requestToken],
      workspace,
      runnerEnv: proxyEnv(),
    });
    expect(run.annotations.filter((annotation) => annotation.level === "error")).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(pypi.files.map((file) => file.filename).sort()).toEqual([
      "sample_cli-0.1.0-py3-none-any.whl",
      "sample_cli-0.1.0.tar.gz",
    ]);
    const hosts = new Set(proxy.requests.map((request) => request.target.replace(/:\d+$/, "")));
    expect(hosts).toEqual(new Set([GITHUB_HOST, PYPI_HOST]));
  });
});
