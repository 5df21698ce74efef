/** The committed bundle, run from announce/action.yml the way the runner runs it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NOTES_MARKER } from "@release-actions/core/strategy";
import {
  type FakeRepository,
  REPO_ROOT,
  type RunContext,
  runAction,
  stageDir,
} from "@release-actions/testkit";
import { DiscordSink, MailSink, SlackSink, startInterceptingProxy } from "@release-actions/testkit/sinks";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { afterAll, beforeAll, expect, it } from "vitest";

const fakeGitHub = useFakeGitHub();
const AUTH = { user: "releases", pass: "bundle p@ss" };
let mail: MailSink;
let repository: FakeRepository;
let website: FakeRepository;
let context: RunContext;

beforeAll(async () => {
  mail = await MailSink.start(AUTH);
  const fake = fakeGitHub();
  repository = await fake.createRepository("acme/bundled", { files: { "README.md": "# bundled\n" } });
  await repository.createTag("v1.2.0", (await repository.refSha("heads/main")) as string);
  website = await fake.createRepository("acme/bundled-site", { files: { "releases.yml": "releases: []\n" } });
  const response = await fetch(`${fake.apiUrl}/repos/${repository.fullName}/releases`, {
    method: "POST",
    headers: { authorization: `token ${fake.defaultToken}`, "content-type": "application/json" },
    body: JSON.stringify({
      tag_name: "v1.2.0",
      body: `${NOTES_MARKER}\n\n## What's Changed\n\n### Features\n\n* Add a thing by @carol in ${fake.serverUrl}/acme/bundled/pull/7\n`,
    }),
  });
  expect(response.status).toBe(201);
  context = {
    repository: repository.fullName,
    apiUrl: fake.apiUrl,
    serverUrl: fake.serverUrl,
    token: fake.defaultToken,
  };
});
afterAll(() => mail.stop());

it("refuses a webhook URL of the wrong scheme before anything, without printing it", async () => {
  const secret = "https://hooks.slack.com.example.net/services/T0/B0/bundle-secret";
  const requests = fakeGitHub().requests.length;
  const run = await runAction(stageDir("announce"), {
    inputs: { version: "1.2.0", channels: "slack", "slack-webhook-url": secret },
    context,
    secrets: [secret],
  });
  expect(run.exitCode).toBe(1);
  expect(run.annotations.find((annotation) => annotation.level === "error")?.message).toMatch(
    /^Input "slack-webhook-url" must be a webhook URL like https:\/\/hooks.slack.com/,
  );
  expect(run.leaks).toEqual([]);
  expect(fakeGitHub().requests).toHaveLength(requests);
});

it("mails the list and opens the website PR once; a re-run reports already-sent; fail-on-error keeps the outputs", async () => {
  const websiteToken = fakeGitHub().createToken({ login: "site-bot" });
  const inputs = {
    version: "1.2.0",
    channels: "email\nwebsite",
    "smtp-url": mail.url(AUTH),
    "email-from": "Releases <releases@example.org>",
    "email-to": "announce@example.org",
    "website-repository": website.fullName,
    "website-token": websiteToken,
    "website-file": "releases.yml",
  };
  const secrets = [inputs["smtp-url"], AUTH.pass, websiteToken, fakeGitHub().defaultToken];
  const first = await runAction(stageDir("announce"), { inputs, context, secrets });
  expect(first.stderr).toBe("");
  expect(first.exitCode).toBe(0);
  expect(JSON.parse(first.outputs.results as string)).toEqual({ email: "sent", website: "sent" });
  expect(first.masks).toEqual(expect.arrayContaining([inputs["smtp-url"], AUTH.pass]));
  expect(first.leaks).toEqual([]);
  expect(mail.messages).toHaveLength(1);
  expect(mail.messages[0]?.parsed.text).toContain(`${fakeGitHub().serverUrl}/acme/bundled/pull/7`);
  const page = await website.readFile("release-actions/announce-v1.2.0", "releases.yml");
  expect(page).toMatch(/^releases:\n {2}- version: 1\.2\.0\n/);

  const again = await runAction(stageDir("announce"), { inputs, context, secrets });
  expect(JSON.parse(again.outputs.results as string)).toEqual({
    email: "already-sent",
    website: "already-sent",
  });
  expect(mail.messages).toHaveLength(1);

  // fail-on-error: the step fails after reporting, its outputs and summary kept.
  const fake = fakeGitHub();
  await repository.createTag("v1.3.0", (await repository.refSha("heads/main")) as string);
  await fetch(`${fake.apiUrl}/repos/${repository.fullName}/releases`, {
    method: "POST",
    headers: { authorization: `token ${fake.defaultToken}`, "content-type": "application/json" },
    body: JSON.stringify({ tag_name: "v1.3.0", body: "" }),
  });
  const wrong = mail.url({ user: AUTH.user, pass: "not it" });
  const failing = await runAction(stageDir("announce"), {
    inputs: { ...inputs, version: "1.3.0", channels: "email", "smtp-url": wrong, "fail-on-error": "true" },
    context,
    secrets: [...secrets, wrong, "not it"],
  });
  expect(failing.exitCode).toBe(1);
  expect(JSON.parse(failing.outputs.results as string)).toEqual({ email: "failed" });
  expect(failing.annotations.find((annotation) => annotation.level === "error")?.message).toMatch(
    /^announce could not post on 1 channel\(s\).*email: the SMTP server refused the login \(535\)/,
  );
  expect(failing.summary).toMatch(/\| email \| failed \|/);
  expect(failing.leaks).toEqual([]);
});

it("posts to Slack and Discord at their real URLs through an HTTPS proxy (HTTPS_PROXY, NO_PROXY)", async () => {
  const [slack, discord] = await Promise.all([SlackSink.start(), DiscordSink.start()]);
  slack.addChannel("announce");
  const proxy = await startInterceptingProxy({ "hooks.slack.com": slack.url, "discord.com": discord.url });
  try {
    const secrets = [slack.createWebhook("announce"), discord.createWebhook()];
    const [slackUrl = "", discordUrl = ""] = secrets;
    const run = await runAction(stageDir("announce"), {
      inputs: {
        version: "1.2.0",
        channels: "slack, discord",
        "slack-webhook-url": slackUrl,
        "discord-webhook-url": discordUrl,
      },
      context,
      env: proxy.env,
      secrets,
    });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.outputs.results as string)).toEqual({ slack: "sent", discord: "sent" });
    expect(proxy.connects).toEqual(["hooks.slack.com", "discord.com"]);
    expect([slack.messages.length, discord.messages.length]).toEqual([1, 1]);
    expect(run.leaks).toEqual([]);
  } finally {
    await Promise.all([proxy.stop(), slack.stop(), discord.stop()]);
  }
});

it("keeps nodemailer out of the entry chunk: only a run that mails loads it", () => {
  const entry = readFileSync(join(REPO_ROOT, "actions", "announce", "dist", "index.js"), "utf8");
  expect(entry).not.toMatch(/SMTPConnection|nodemailer/);
});
