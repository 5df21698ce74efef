/**
 * The rehearsal's announcement (step 8 of the strategy): the released version announced on every
 * channel by announce's committed bundle — Slack and Discord at their real webhook URLs through an
 * HTTPS proxy to the sinks, the mailing list through a real SMTP server, the website through a
 * pull request on the fake GitHub — then the same step again, which must report `already-sent`
 * everywhere and post nothing.
 */
import type { FakeGitHub, FakeRepository } from "../github/index.ts";
import { type ActionRun, runAction, stageDir } from "../runner/index.ts";
import { DiscordSink, MailSink, SlackSink, startInterceptingProxy } from "../sinks/index.ts";

const CHANNELS = ["slack", "discord", "email", "website"];

/** What the announcement did. */
export interface AnnouncementRehearsal {
  /** What went wrong (nothing when all is well). */
  readonly failures: string[];
  /** The texts Slack, Discord and the mailing list received, in that order. */
  readonly messages: string[];
  /** The website's repository, where the announcement is a pull request. */
  readonly website: FakeRepository;
}

/** Announces `version` of `repository` twice. */
export async function rehearseAnnouncement(
  fake: FakeGitHub,
  repository: FakeRepository,
  version: string,
  say: (text: string) => void,
): Promise<AnnouncementRehearsal> {
  const failures: string[] = [];
  const messages: string[] = [];
  const smtp = { user: "releases", pass: "rehearsal smtp password" };
  const website = await fake.createRepository(`${repository.owner.login}/website`, {
    files: { "content/releases.md": "# Releases\n" },
  });
  const [slack, discord, mail] = await Promise.all([
    SlackSink.start(),
    DiscordSink.start(),
    MailSink.start(smtp),
  ]);
  const proxy = await startInterceptingProxy({ "hooks.slack.com": slack.url, "discord.com": discord.url });
  try {
    slack.addChannel("announce");
    const inputs = {
      version,
      channels: CHANNELS.join(", "),
      "slack-webhook-url": slack.createWebhook("#announce"),
      "discord-webhook-url": discord.createWebhook(),
      "smtp-url": mail.url(smtp),
      "email-from": "Releases <releases@example.org>",
      "email-to": "announce@example.org",
      "website-repository": website.fullName,
      "website-token": fake.createToken({ login: "website-bot" }),
      "website-file": "content/releases.md",
    };
    const secrets = [
      inputs["slack-webhook-url"],
      inputs["discord-webhook-url"],
      inputs["smtp-url"],
      smtp.pass,
      inputs["website-token"],
    ];
    // release.yml's announce job: contents: write on the released repository only; the website
    // is written with website-token.
    const jobToken = fake.jobToken(repository.fullName, { contents: "write" });
    const announce = async (title: string, expected: string): Promise<ActionRun> => {
      say(`\n▶ ${title}`);
      const run = await runAction(stageDir("announce"), {
        inputs,
        context: {
          repository: repository.fullName,
          apiUrl: fake.apiUrl,
          serverUrl: fake.serverUrl,
          token: jobToken,
        },
        env: proxy.env,
        secrets: [...secrets, jobToken],
      });
      say(`  ${run.exitCode === 0 ? "✔" : "✘"} announce › results ${run.outputs.results ?? "(none)"}`);
      say(run.summary.replace(/<details>[\s\S]*?<\/details>\n*/g, "").replace(/^/gm, "      "));
      const results = JSON.parse(run.outputs.results ?? "{}") as Record<string, string>;
      for (const channel of CHANNELS)
        if (results[channel] !== expected)
          failures.push(`announce (${title}): ${channel} is ${results[channel]}, not ${expected}`);
      if (run.exitCode !== 0) failures.push(`announce (${title}): the step failed`);
      if (run.leaks.length > 0) failures.push(`announce (${title}): a secret was printed`);
      return run;
    };
    await announce(`Announce v${version} on Slack, Discord, the list and the website`, "sent");
    const posted = [slack.messages.length, discord.messages.length, mail.messages.length];
    await announce(`Run the announcement again: nothing is posted twice`, "already-sent");
    const after = [slack.messages.length, discord.messages.length, mail.messages.length];
    if (posted.join() !== "1,1,1" || after.join() !== posted.join())
      failures.push(
        `announce: Slack, Discord and the list should have one message each, not ${after.join(", ")}`,
      );
    const pulls = [...website.issues.values()].length;
    say(
      `\n  Slack #announce: ${slack.messagesIn("announce").length} message; Discord: ${discord.messages.length}; list: ${mail.messages.length} mail ("${mail.messages[0]?.parsed.subject ?? ""}"); website: ${pulls} pull request.`,
    );
    if (pulls !== 1) failures.push(`announce: the website should have one pull request, not ${pulls}`);
    messages.push(
      ...slack.messages.map((message) => `slack #${message.channel}: ${message.text ?? ""}`),
      ...discord.messages.map((message) => `discord: ${message.content}`),
      ...mail.messages.map(
        (message) => `mail "${message.parsed.subject ?? ""}": ${message.parsed.text ?? ""}`,
      ),
    );
  } finally {
    await Promise.all([proxy.stop(), slack.stop(), discord.stop(), mail.stop()]);
  }
  return { failures, messages, website };
}
