/**
 * announce's run() against the sinks (Slack, Discord, a real SMTP server) and the fake GitHub
 * (the release that records what was sent, the website's pull request).
 */
import { GitHubGateway } from "@release-actions/core/github";
import { ActionInputs } from "@release-actions/core/runtime";
import { NOTES_MARKER } from "@release-actions/core/strategy";
import { type FakeRepository, type RecordingLog, runnerContext, stageDeps } from "@release-actions/testkit";
import { DiscordSink, MailSink, routedFetch, SlackSink } from "@release-actions/testkit/sinks";
import { useFakeGitHub } from "@release-actions/testkit/vitest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type AnnounceSettings, readInputs } from "../src/inputs.ts";
import { report } from "../src/report.ts";
import { type AnnounceDeps, type ChannelStatus, run } from "../src/run.ts";
import { readSentRecord } from "../src/sent-record.ts";
import { upsertWebsitePull } from "../src/website-pull.ts";

const fakeGitHub = useFakeGitHub();
const AUTH = { user: "releases@example.org", pass: "s3cret/pass word" };
let slack: SlackSink;
let discord: DiscordSink;
let mail: MailSink;
let repository: FakeRepository;
let website: FakeRepository;
let websiteToken: string;
let counter = 0;

beforeAll(async () => {
  [slack, discord, mail] = await Promise.all([SlackSink.start(), DiscordSink.start(), MailSink.start(AUTH)]);
  slack.addChannel("announce");
  // One website for the file: each test's release is v0.1.0 of another project, so the pull
  // request of the first test that announces on the website is found again by the later ones.
  website = await fakeGitHub().createRepository("acme/website", {
    files: { "content/releases.md": "# Releases\n\nEvery release of cli.\n" },
  });
  websiteToken = fakeGitHub().createToken({ login: "website-bot" });
});
afterAll(() => Promise.all([slack.stop(), discord.stop(), mail.stop()]));

function notes(web: string, pulls: { title: string; category: string; number: number }[]): string {
  const lines = [NOTES_MARKER, "", "## What's Changed", ""];
  for (const category of [...new Set(pulls.map((pull) => pull.category))]) {
    lines.push(`### ${category}`, "");
    for (const pull of pulls.filter((candidate) => candidate.category === category))
      lines.push(`* ${pull.title} by @carol in ${web}/pull/${pull.number}`);
    lines.push("");
  }
  lines.push("## New Contributors", "", `* @carol made their first contribution in ${web}/pull/1`, "");
  lines.push(`**Full Changelog**: ${web}/compare/v0.0.9...v0.1.0`);
  return lines.join("\n");
}

const PULLS = [
  { title: "Add the serve command", category: "Features", number: 2 },
  { title: "Add a config file", category: "Features", number: 3 },
  { title: "Fix a crash on <empty> config & @channel", category: "Fixes", number: 4 },
];

async function publishRelease(body: string, tag = "v0.1.0"): Promise<number> {
  const fake = fakeGitHub();
  const response = await fetch(`${fake.apiUrl}/repos/${repository.fullName}/releases`, {
    method: "POST",
    headers: { authorization: `token ${fake.defaultToken}`, "content-type": "application/json" },
    body: JSON.stringify({ tag_name: tag, name: tag, body }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: number }).id;
}

function releaseBody(): string {
  const [release] = [...repository.releases.values()];
  return release?.body ?? "";
}

beforeEach(async () => {
  const fake = fakeGitHub();
  counter++;
  repository = await fake.createRepository(`acme/cli-${counter}`, { files: { "README.md": "# cli\n" } });
  await repository.createTag("v0.1.0", (await repository.refSha("heads/main")) as string);
  await publishRelease(notes(`${fake.serverUrl}/${repository.fullName}`, PULLS));
});

interface Sleeps {
  readonly sleeps: number[];
}

function deps(options: { dryRun?: boolean } = {}): AnnounceDeps & { log: RecordingLog } & Sleeps {
  const fake = fakeGitHub();
  const base = stageDeps(fake, repository.fullName, options);
  const sleeps: number[] = [];
  return {
    ...base,
    sleeps,
    fetch: routedFetch({
      "https://hooks.slack.com": slack.url,
      "https://slack.com": slack.url,
      "https://discord.com": discord.url,
    }),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    connect: (fullName, token) => {
      const [owner = "", repo = ""] = fullName.split("/");
      return new GitHubGateway({
        token,
        apiUrl: fake.apiUrl,
        serverUrl: fake.serverUrl,
        owner,
        repo,
        dryRun: options.dryRun ?? false,
        log: base.log,
        timing: { retryBaseMs: 5, writeSpacingMs: 0, notificationSpacingMs: 0, rateLimitUnitMs: 5 },
      });
    },
  };
}

/** Settings as the runner passes them: inputs by name (secrets included), read by readInputs. */
function settingsOf(inputs: Record<string, string>): AnnounceSettings {
  const env: Record<string, string> = { INPUT_TOKEN: fakeGitHub().defaultToken };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return readInputs(new ActionInputs(env), runnerContext(fakeGitHub(), repository.fullName));
}

function everyChannel(extra: Record<string, string> = {}): Record<string, string> {
  return {
    version: "0.1.0",
    channels: "slack, discord, email, website",
    "slack-webhook-url": slack.createWebhook("announce"),
    "discord-webhook-url": discord.createWebhook(),
    "smtp-url": mail.url(AUTH),
    "email-from": "Releases <releases@example.org>",
    "email-to": "announce@lists.example.org",
    "website-repository": website.fullName,
    "website-token": websiteToken,
    "website-file": "content/releases.md",
    ...extra,
  };
}

const statuses = (result: Awaited<ReturnType<typeof run>>): Record<string, ChannelStatus> =>
  Object.fromEntries(result.results.map((entry) => [entry.channel, entry.status]));

describe("every channel, exactly once", () => {
  it("announces on Slack, Discord, the list and the website, and records it on the release", async () => {
    const settings = settingsOf(everyChannel());
    const [slackBefore, discordBefore, mailBefore] = [
      slack.messages.length,
      discord.messages.length,
      mail.messages.length,
    ];
    const result = await run(settings, deps());
    expect(statuses(result)).toEqual({ slack: "sent", discord: "sent", email: "sent", website: "sent" });
    expect(report(result, settings).outputs.results).toBe(
      '{"slack":"sent","discord":"sent","email":"sent","website":"sent"}',
    );
    // Slack: Block Kit with the header, the categories, escaped text that cannot ping the channel.
    const posted = slack.messages.slice(slackBefore);
    expect(posted).toHaveLength(1);
    const text = JSON.stringify(posted[0]?.blocks);
    expect(posted[0]?.blocks[0]).toMatchObject({
      type: "header",
      text: { text: `cli-${counter} 0.1.0 released` },
    });
    expect(text).toContain("*Features*");
    expect(text).toContain("Fix a crash on &lt;empty&gt; config &amp; @channel (#4)");
    expect(text).toContain(`/${repository.fullName}/pull/2|Add the serve command (#2)>`);
    expect(text).not.toContain("New Contributors");
    expect(text).toContain(`https://pypi.org/project/cli-${counter}/0.1.0/`);
    // Discord: one embed linking the release; no mention is parsed.
    const [message] = discord.messages.slice(discordBefore);
    expect(message?.allowedMentions).toEqual({ parse: [] });
    expect(message?.embeds[0]).toMatchObject({
      title: `cli-${counter} 0.1.0 released`,
      url: result.releaseUrl,
    });
    expect(String(message?.embeds[0]?.description)).toContain("**Fixes**");
    expect(String(message?.embeds[0]?.description)).toContain("@\u200bchannel");
    // Email: multipart, the release's Message-ID, links in both parts, nothing that tracks.
    const [received] = mail.messages.slice(mailBefore);
    expect(received?.envelope).toEqual({ from: "releases@example.org", to: ["announce@lists.example.org"] });
    expect(received?.user).toBe(AUTH.user);
    const parsed = received?.parsed;
    expect(parsed?.subject).toBe(`[ANNOUNCE] cli-${counter} 0.1.0 released`);
    expect(parsed?.messageId).toBe(`<announce.v0.1.0.acme.cli-${counter}@example.org>`);
    expect(parsed?.headers.has("list-id")).toBe(false);
    expect(received?.raw).toMatch(/Content-Type: multipart\/alternative/);
    expect(parsed?.text).toContain(`${result.releaseUrl}`);
    expect(parsed?.text).toContain("Fix a crash on <empty> config & @channel (#4)");
    expect(parsed?.html).toContain("Fix a crash on &lt;empty&gt; config &amp; @channel (#4)</a>");
    expect(parsed?.html).toContain(`href="https://pypi.org/project/cli-${counter}/0.1.0/"`);
    expect(parsed?.html).not.toMatch(/<img|<script/);
    // Website: one pull request adding the entry under the page's title.
    const pull = result.results.find((entry) => entry.channel === "website");
    expect(pull?.detail).toMatch(/pull request #\d+ (opened|updated)/);
    const page = await website.readFile("release-actions/announce-v0.1.0", "content/releases.md");
    expect(page).toMatch(
      /^# Releases\n\nEvery release of cli\.\n\n<!-- release-actions announce v0\.1\.0 -->\n## cli-\d+ 0\.1\.0 released\n/,
    );
    // The record, one channel at a time, on the release.
    expect(Object.keys(readSentRecord(releaseBody()))).toEqual(["slack", "discord", "email", "website"]);
    expect(releaseBody().startsWith(NOTES_MARKER)).toBe(true);
  });

  it("a re-run reports already-sent everywhere and posts nothing", async () => {
    const inputs = everyChannel();
    await run(settingsOf(inputs), deps());
    const counts = [slack.requests.length, discord.requests.length, mail.messages.length];
    const pulls = [...website.issues.values()].length;
    const again = await run(settingsOf(inputs), deps());
    expect(statuses(again)).toEqual({
      slack: "already-sent",
      discord: "already-sent",
      email: "already-sent",
      website: "already-sent",
    });
    expect([slack.requests.length, discord.requests.length, mail.messages.length]).toEqual(counts);
    expect([...website.issues.values()]).toHaveLength(pulls);
  });

  it("a run that died after its first post: the re-run posts only the rest", async () => {
    const inputs = everyChannel({ channels: "slack, discord" });
    // The first run: Slack posts, then Discord fails (as if the job had been killed there).
    discord.deleteWebhook(inputs["discord-webhook-url"] as string);
    const first = await run(settingsOf(inputs), deps());
    expect(statuses(first)).toEqual({ slack: "sent", discord: "failed" });
    expect(first.results[1]?.detail).toMatch(
      /Discord refused the post \(404, code 10015\): the webhook was deleted/,
    );
    const slackPosts = slack.messages.length;
    const second = await run(
      settingsOf({ ...inputs, "discord-webhook-url": discord.createWebhook() }),
      deps(),
    );
    expect(statuses(second)).toEqual({ slack: "already-sent", discord: "sent" });
    expect(slack.messages.length).toBe(slackPosts);
    expect(Object.keys(readSentRecord(releaseBody()))).toEqual(["slack", "discord"]);
  });

  it("fail-on-error fails the step after every channel was tried, naming each failure, outputs kept", async () => {
    const inputs = everyChannel({ channels: "slack, discord, email", "fail-on-error": "true" });
    slack.revokeWebhook(inputs["slack-webhook-url"] as string);
    discord.deleteWebhook(inputs["discord-webhook-url"] as string);
    const settings = settingsOf(inputs);
    const result = await run(settings, deps());
    expect(statuses(result)).toEqual({ slack: "failed", discord: "failed", email: "sent" });
    const reported = report(result, settings);
    expect(reported.failure).toMatch(
      /on 2 channel\(s\).*slack: Slack refused the post \(404 no_service\).*discord: Discord refused/,
    );
    expect(reported.outputs.results).toBe('{"slack":"failed","discord":"failed","email":"sent"}');
    expect(report(result, settingsOf({ ...inputs, "fail-on-error": "false" })).failure).toBeUndefined();
  });
});

describe("the services' answers", () => {
  it("waits out a 429 as Retry-After (Slack) and retry_after (Discord) say, then posts once", async () => {
    const inputs = everyChannel({ channels: "slack, discord" });
    slack.injectFault({ status: 429, headers: { "retry-after": "3" }, body: "rate_limited" });
    discord.rateLimit(1.25);
    const before = [slack.messages.length, discord.messages.length];
    const run1 = deps();
    const result = await run(settingsOf(inputs), run1);
    expect(statuses(result)).toEqual({ slack: "sent", discord: "sent" });
    expect(run1.sleeps).toEqual([3000, 1250]);
    expect([slack.messages.length, discord.messages.length]).toEqual([
      (before[0] ?? 0) + 1,
      (before[1] ?? 0) + 1,
    ]);
  });

  it("never retries a 5xx of a chat service (it may have posted), and says so", async () => {
    const inputs = everyChannel({ channels: "slack" });
    slack.injectFault({ status: 500, body: "rollup_error" });
    const requests = slack.requests.length;
    const result = await run(settingsOf(inputs), deps());
    expect(result.results[0]).toMatchObject({
      status: "failed",
      detail: expect.stringMatching(/answered 500: it may or may not have posted/),
    });
    expect(slack.requests.length).toBe(requests + 1);
    expect(readSentRecord(releaseBody())).toEqual({});
  });

  it("tries a mail again after a temporary SMTP refusal (451): nothing was delivered", async () => {
    mail.injectFault({ stage: "data", code: 451, message: "Try again later" });
    const before = mail.messages.length;
    const run1 = deps();
    const result = await run(settingsOf(everyChannel({ channels: "email" })), run1);
    expect(result.results[0]?.status).toBe("sent");
    expect(run1.sleeps).toEqual([2000]);
    expect(mail.messages.length).toBe(before + 1);
  });

  it("posts with chat.postMessage to the policy's channel, in the policy's wording; names not_in_channel", async () => {
    const fake = fakeGitHub();
    const sha = await repository.commit({
      branch: "main",
      files: {
        ".github/release-strategy.yml":
          'announce:\n  title: "{project} v{version} is here"\n  slack:\n    channel: "#announce"\n',
      },
      message: "Policy",
    });
    const token = slack.createBotToken();
    const context = runnerContext(fake, repository.fullName, { sha });
    const settings = {
      ...settingsOf({ version: "0.1.0", channels: "slack", "slack-token": token }),
      context,
    };
    const before = slack.messages.length;
    const result = await run(settings, deps());
    expect(result.results[0]).toMatchObject({
      status: "sent",
      detail: expect.stringMatching(/^posted by chat.postMessage/),
    });
    const [posted] = slack.messages.slice(before);
    expect(posted).toMatchObject({ channel: "announce", via: "chat.postMessage" });
    expect(posted?.blocks[0]).toMatchObject({ text: { text: `cli-${counter} v0.1.0 is here` } });
  });

  it("names not_in_channel with its fix", async () => {
    slack.addChannel(`closed-${counter}`, { botMember: false });
    const result = await run(
      settingsOf({
        version: "0.1.0",
        channels: "slack",
        "slack-token": slack.createBotToken(),
        "slack-channel": `#closed-${counter}`,
      }),
      deps(),
    );
    expect(result.results[0]?.detail).toBe(
      "Slack refused chat.postMessage (not_in_channel): the bot is not in the channel: invite it (/invite @your-bot) first.",
    );
  });
});

describe("limits, dry-run, secrets", () => {
  it("cuts a release of 400 long pull requests to each channel's limits, with a link, and every service takes it", async () => {
    const fake = fakeGitHub();
    const web = `${fake.serverUrl}/${repository.fullName}`;
    const many = Array.from({ length: 400 }, (_, index) => ({
      title: `${"A very long pull request title that goes on and on ".repeat(3)}${index}`,
      category: ["Features", "Fixes", "Other Changes"][index % 3] as string,
      number: 100 + index,
    }));
    const file = await deps().files.write("notes.md", notes(web, many));
    const settings = settingsOf(everyChannel({ channels: "slack, discord, email", "notes-file": file }));
    const before = [slack.messages.length, discord.messages.length];
    const result = await run(settings, deps());
    expect(statuses(result)).toEqual({ slack: "sent", discord: "sent", email: "sent" });
    const [posted] = slack.messages.slice(before[0]);
    expect(JSON.stringify(posted?.blocks)).toMatch(/…and \d+ more in <[^|]+\|the release notes>/);
    const [message] = discord.messages.slice(before[1]);
    const description = String(message?.embeds[0]?.description);
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(description).toContain("more in [the release notes]");
  });

  it("dry-run renders every message into the summary and sends nothing", async () => {
    const fake = fakeGitHub();
    const settings = settingsOf(everyChannel({ "dry-run": "true" }));
    const counts = [slack.requests.length, discord.requests.length, mail.connections];
    fake.clearLog();
    const result = await run(settings, deps({ dryRun: true }));
    expect(statuses(result)).toEqual({
      slack: "skipped",
      discord: "skipped",
      email: "skipped",
      website: "skipped",
    });
    expect([slack.requests.length, discord.requests.length, mail.connections]).toEqual(counts);
    expect(fake.mutatingRequests()).toEqual([]);
    const { summary } = report(result, settings);
    expect(summary).toContain('"type": "header"');
    expect(summary).toContain("Subject: [ANNOUNCE]");
    expect(summary).toContain("<!-- release-actions announce v0.1.0 -->");
  });

  it("masks every secret and the SMTP password, and never shows one in a failure", async () => {
    const inputs = everyChannel({
      channels: "slack, email",
      "smtp-url": mail.url({ user: AUTH.user, pass: "wrong pass" }),
    });
    const run1 = deps();
    const settings = settingsOf(inputs);
    const result = await run(settings, run1);
    expect(run1.log.masked).toEqual(
      expect.arrayContaining([inputs["slack-webhook-url"], inputs["smtp-url"], "wrong pass", websiteToken]),
    );
    expect(result.results[1]).toMatchObject({
      status: "failed",
      detail: expect.stringMatching(/refused the login \(535\)/),
    });
    const shown = JSON.stringify(report(result, settings));
    for (const secret of [
      inputs["slack-webhook-url"],
      inputs["smtp-url"],
      "wrong pass",
      "wrong%20pass",
      websiteToken,
    ])
      expect(shown).not.toContain(secret);
  });
});

describe("bad input, refused before anything is sent", () => {
  const refusal = (inputs: Record<string, string>) => {
    try {
      settingsOf({ version: "0.1.0", ...inputs });
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error("accepted");
  };

  it("refuses webhook URLs of another host or scheme, naming the input, never the secret", () => {
    const secret = "T0/B0/very-secret-token";
    for (const url of [
      `http://hooks.slack.com/services/${secret}`,
      `https://hooks.slack.com.evil.example/services/${secret}`,
    ]) {
      const message = refusal({ channels: "slack", "slack-webhook-url": url });
      expect(message).toMatch(
        /^Input "slack-webhook-url" must be a webhook URL like https:\/\/hooks.slack.com\/services/,
      );
      expect(message).not.toContain("very-secret-token");
    }
    expect(
      refusal({ channels: "discord", "discord-webhook-url": `https://discord.gg/api/webhooks/1/${secret}` }),
    ).toMatch(
      /^Input "discord-webhook-url" must be a webhook URL like https:\/\/discord.com\/api\/webhooks.*got a https:\/\/ URL on discord.gg/,
    );
  });

  it("refuses an smtp-url without a host or of another scheme, never quoting it", () => {
    expect(refusal({ channels: "email", "smtp-url": "smtp://user:hunter2@:587" })).not.toContain("hunter2");
    expect(refusal({ channels: "email", "smtp-url": "smtp:///" })).toMatch(/^Input "smtp-url" has no host/);
    expect(refusal({ channels: "email", "smtp-url": "https://user:hunter2@mail.example.org" })).toBe(
      'Input "smtp-url" must start with smtp:// (STARTTLS) or smtps:// (TLS), got https://.',
    );
  });

  it("refuses an unknown channel and a chosen channel without its secret", () => {
    expect(refusal({ channels: "slack, twitter" })).toMatch(
      /^Input "channels": "twitter" is not a channel; use slack, discord, email, website/,
    );
    expect(refusal({ channels: "slack" })).toMatch(/^Channel "slack" needs input "slack-webhook-url"/);
    expect(refusal({ channels: "discord" })).toMatch(/^Channel "discord" needs input "discord-webhook-url"/);
    expect(refusal({ channels: "email" })).toMatch(/^Channel "email" needs input "smtp-url"/);
    expect(refusal({ channels: "website" })).toMatch(/^Channel "website" needs input "website-token"/);
    expect(refusal({ channels: "" })).toMatch(/^Input "channels" is required/);
  });

  it("refuses, before any post, a bot token without a channel and mail without a sender", async () => {
    const counts = [slack.requests.length, mail.connections];
    await expect(
      run(
        settingsOf({
          version: "0.1.0",
          channels: "discord, slack",
          "discord-webhook-url": discord.createWebhook(),
          "slack-token": "xoxb-1",
        }),
        deps(),
      ),
    ).rejects.toThrow(/needs a channel: set input "slack-channel"/);
    await expect(
      run(settingsOf({ version: "0.1.0", channels: "email", "smtp-url": mail.url(AUTH) }), deps()),
    ).rejects.toThrow(/Channel "email" needs a sender/);
    expect([slack.requests.length, mail.connections]).toEqual(counts);
  });
});

describe("the website pull request", () => {
  it("is found again when another run opened it between the lookup and the create (GitHub's 422)", async () => {
    const gateway = deps().connect?.(website.fullName, websiteToken) as GitHubGateway;
    const head = "release-actions/announce-v8.8.8";
    fakeGitHub().injectFault({
      operationId: "pulls/create",
      fault: {
        before: async () => {
          await website.openPullRequest({
            head,
            base: "main",
            title: "Other run",
            author: fakeGitHub().addUser("website-bot"),
          });
        },
      },
    });
    const pull = await upsertWebsitePull(gateway, {
      tag: "v8.8.8",
      file: "releases.json",
      title: "Announce cli 8.8.8",
      body: "",
      update: async () => "[]\n",
    });
    expect(pull).toMatchObject({ created: false, committed: true });
    expect(website.pull(pull.number)?.title).toBe("Other run");
  });

  it("is one pull request, found again and left as it is when the page has the entry", async () => {
    const gateway = deps().connect?.(website.fullName, websiteToken) as GitHubGateway;
    const change = {
      tag: "v9.9.9",
      file: "releases.json",
      title: "Announce cli 0.1.0",
      body: "Adds cli 0.1.0.",
      update: async (current: string | undefined) =>
        `${JSON.stringify([{ version: "0.1.0" }, ...(current ? (JSON.parse(current) as unknown[]).slice(1) : [])], null, 2)}\n`,
    };
    const first = await upsertWebsitePull(gateway, change);
    const second = await upsertWebsitePull(gateway, change);
    expect(first).toMatchObject({ created: true, committed: true });
    expect(second).toEqual({ ...first, created: false, committed: false });
  });
});

it("reads the notes from notes-file when it is on this runner", async () => {
  const path = await deps().files.write(
    "notes-file.md",
    "### Features\n\n* Only this one by @x in https://example.org/pull/9\n",
  );
  const result = await run(
    settingsOf({ ...everyChannel({ channels: "discord" }), "notes-file": path, "dry-run": "true" }),
    deps({ dryRun: true }),
  );
  expect(result.highlights).toBe(1);
  expect(result.results[0]?.preview.text).toContain(
    "[Only this one \\\\(#9\\\\)](https://example.org/pull/9)",
  );
  expect(result.results[0]?.preview.text).not.toContain("Add the serve command");
});
