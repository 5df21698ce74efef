/**
 * Issue 15, Deliver 2: no secret is printed — not in the log, the job summary or the outputs —
 * even when a server echoes it (the Authorization header, the webhook URL, the SMTP login) in
 * its error answer. The runner masks what a step registered with `::add-mask::` in the log, but
 * not in the job summary or outputs: the harness's `leaks` looks for each secret verbatim in
 * all three.
 */
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildDistributions,
  FakePyPI,
  type RunContext,
  runAction,
  SAMPLE_FILES,
  stageDir,
  writeFiles,
} from "@release-actions/testkit";
import { MailSink, SlackSink, startInterceptingProxy } from "@release-actions/testkit/sinks";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { beforeAll, expect, it } from "vitest";
import { refusalProblems } from "../../src/hostile-values.ts";

const fakeGitHub = useFakeGitHub();
const REPO = "acme/secrets";
const ECHO = "acme/echo";
let context: RunContext;

beforeAll(async () => {
  const fake = fakeGitHub();
  const repository = await fake.createRepository(REPO, { files: { "README.md": "x\n" } });
  const tagged = await repository.commit({ branch: "main", files: { a: "1" }, message: "feat: one (#1)" });
  await repository.createTag("v0.1.0", tagged);
  await fetch(`${fake.apiUrl}/repos/${REPO}/releases`, {
    method: "POST",
    headers: { authorization: `token ${fake.defaultToken}`, "content-type": "application/json" },
    body: JSON.stringify({ tag_name: "v0.1.0", body: "notes" }),
  });
  context = { repository: REPO, apiUrl: fake.apiUrl, serverUrl: fake.serverUrl, token: fake.defaultToken };
});

/** Where each secret shows: the log (add-mask lines aside), the job summary, an output. */
function leaksOf(run: Awaited<ReturnType<typeof runAction>>, secrets: readonly string[]): string[] {
  const log = run.stdout
    .split("\n")
    .filter((line) => !line.startsWith("::add-mask::"))
    .join("\n");
  const places: Record<string, string> = { log, stderr: run.stderr, summary: run.summary, ...run.outputs };
  return secrets.flatMap((secret, index) =>
    Object.entries(places)
      .filter(([, text]) => text.includes(secret))
      .map(([place]) => `secret ${index} in ${place}`),
  );
}

function errorOf(run: Awaited<ReturnType<typeof runAction>>): string | undefined {
  return run.annotations.find((annotation) => annotation.level === "error")?.message;
}

/** Runs once, on first use, shared by the tests that look at it. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

const githubEcho = once(async () => {
  const token = fakeGitHub().defaultToken;
  // Only this repository's reads fail: the other tests share the fake.
  await fakeGitHub().createRepository(ECHO, { files: { "README.md": "x\n" } });
  fakeGitHub().injectFault({
    method: "GET",
    path: /\/repos\/acme\/echo\//,
    times: 1000,
    fault: { status: 401, body: { message: `Bad credentials (Authorization: token ${token})` } },
  });
  const run = await runAction(stageDir("validate-version"), {
    inputs: { version: "next-z" },
    context: { ...context, repository: ECHO },
    secrets: [token],
  });
  return { run, secret: token };
});

it("GitHub echoing the Authorization header: refused clearly, the token masked in the log, in no output", async () => {
  const { run, secret } = await githubEcho();
  expect(run.exitCode).toBe(1);
  expect(refusalProblems(errorOf(run))).toEqual([]);
  expect(run.masks).toContain(secret);
  expect(leaksOf(run, [secret]).filter((place) => place !== "secret 0 in log")).toEqual([]);
});

/**
 * The failure summary quotes the error message, which quotes the server's answer; the runner
 * masks `::add-mask::` values in the log only, never in the job summary, so the runtime redacts
 * them from the summary itself (packages/core/src/runtime/secrets.ts).
 */
it("GitHub echoing the Authorization header: the token is not in the job summary", async () => {
  const { run, secret } = await githubEcho();
  expect(run.summary).not.toContain(secret);
});

it("a mail server echoing the SMTP login, a Slack webhook echoing its URL: neither is printed", async () => {
  const auth = { user: "releases", pass: "s3cret-smtp-pass" };
  const mail = await MailSink.start(auth);
  const slack = await SlackSink.start();
  slack.addChannel("announce");
  const proxy = await startInterceptingProxy({ "hooks.slack.com": slack.url });
  try {
    const smtpUrl = mail.url(auth);
    const webhook = slack.createWebhook("announce");
    mail.injectFault({ stage: "rcpt", code: 550, message: `refused for ${smtpUrl} (${auth.pass})` });
    slack.injectFault({ status: 500, body: `internal error posting to ${webhook}` });
    const secrets = [smtpUrl, auth.pass, webhook, fakeGitHub().defaultToken];
    const run = await runAction(stageDir("announce"), {
      inputs: {
        version: "0.1.0",
        channels: "email, slack",
        "smtp-url": smtpUrl,
        "email-from": "Releases <releases@example.org>",
        "email-to": "announce@example.org",
        "slack-webhook-url": webhook,
        "fail-on-error": "true",
      },
      context,
      env: proxy.env,
      secrets,
    });
    expect(run.exitCode).toBe(1);
    expect(errorOf(run)).toMatch(/email: the SMTP server refused.*slack: Slack answered 500/);
    expect(refusalProblems(errorOf(run))).toEqual([]);
    expect(leaksOf(run, secrets)).toEqual([]);
  } finally {
    await Promise.all([proxy.stop(), slack.stop(), mail.stop()]);
  }
});

const pypiEcho = once(async () => {
  const pypi = await FakePyPI.start();
  try {
    const project = mkdtempSync(join(tmpdir(), "sample-project-"));
    writeFiles(project, SAMPLE_FILES);
    const workspace = mkdtempSync(join(tmpdir(), "workspace-"));
    mkdirSync(join(workspace, "dist"));
    buildDistributions(project, join(workspace, "dist"));
    const password = pypi.createToken(["sample-cli"]);
    pypi.injectFault({
      path: /legacy/,
      times: 10,
      fault: { status: 403, reason: `Invalid or non-existent authentication information: ${password}` },
    });
    const run = await runAction(stageDir("publish-pypi"), {
      inputs: { "repository-url": pypi.uploadUrl, attestations: "false", password },
      context: { ...context, eventName: "release", ref: "refs/tags/v0.1.0" },
      workspace,
      secrets: [password],
    });
    return { run, secret: password };
  } finally {
    await pypi.stop();
  }
});

it("PyPI echoing the password in its refusal: refused clearly, masked in the log, in no output", async () => {
  const { run, secret } = await pypiEcho();
  expect(run.exitCode).toBe(1);
  expect(refusalProblems(errorOf(run))).toEqual([]);
  expect(run.masks).toContain(secret);
  expect(leaksOf(run, [secret]).filter((place) => place !== "secret 0 in log")).toEqual([]);
});

/** The runtime's failure summary, as for GitHub above. */
it("PyPI echoing the password in its refusal: the password is not in the job summary", async () => {
  const { run, secret } = await pypiEcho();
  expect(run.summary).not.toContain(secret);
});
