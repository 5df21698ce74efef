import { existsSync, readFileSync } from "node:fs";
import { GitHubGateway, loadReleasePolicy } from "@release-actions/core/github";
import type { StageDeps } from "@release-actions/core/runtime";
import {
  type AnnounceChannel,
  type AnnouncePolicy,
  ConfigurationError,
  getErrorMessage,
  parseAnnouncePolicy,
  parseReleaseVersion,
  renderAnnounceTemplate,
  renderTemplate,
} from "@release-actions/core/strategy";
import { type Announcement, readHighlights } from "./announcement.ts";
import { renderDiscordPayload, renderSlackMessage } from "./chat-messages.ts";
import { postDiscord, postSlackApi, postSlackWebhook } from "./chat-senders.ts";
import { renderEmail } from "./email-message.ts";
import type { AnnounceSettings } from "./inputs.ts";
import {
  type AnnouncedRelease,
  findAnnouncedRelease,
  readSentRecord,
  recordSent,
  withoutSentRecord,
} from "./sent-record.ts";
import { previewEntry, updateReleasesPage, websiteFormat } from "./website-entry.ts";
import { upsertWebsitePull } from "./website-pull.ts";

/** What run() gets: the common dependencies, and what tests shorten or aim elsewhere. */
export interface AnnounceDeps extends StageDeps {
  /** Waits (rate limits, retries); default: a timer. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** A gateway to another repository (the website's) with its own token; default: the run's API. */
  readonly connect?: (fullName: string, token: string) => GitHubGateway;
}

/** What happened on one channel (`results` output, DESIGN §5). */
export type ChannelStatus = "sent" | "already-sent" | "skipped" | "failed";

/** One channel's outcome. */
export interface ChannelResult {
  readonly channel: AnnounceChannel;
  readonly status: ChannelStatus;
  /** In words, for the summary; never holds a secret. */
  readonly detail: string;
  /** The message as rendered for this channel (shown in the summary). */
  readonly preview: { readonly language: string; readonly text: string };
  readonly link?: string;
}

/** What announce did. */
export interface AnnounceResult {
  readonly tag: string;
  readonly release: AnnouncedRelease | undefined;
  readonly releaseUrl: string;
  readonly results: readonly ChannelResult[];
  readonly highlights: number;
  readonly policySource: string;
  readonly requests: number;
}

/** Each chosen channel's settings, from the inputs and then the policy; checked before any send. */
interface ChannelPlan {
  readonly slack?: { readonly webhookUrl: string } | { readonly token: string; readonly channel: string };
  readonly discord?: { readonly webhookUrl: string };
  readonly email?: { readonly from: string; readonly to: readonly string[] };
  readonly website?: { readonly repository: string; readonly file: string };
}

function planChannels(settings: AnnounceSettings, policy: AnnouncePolicy): ChannelPlan {
  const chosen = (channel: AnnounceChannel) => settings.channels.includes(channel);
  const plan: { -readonly [K in keyof ChannelPlan]: ChannelPlan[K] } = {};
  if (chosen("slack")) {
    if (settings.slack.webhookUrl !== "") plan.slack = { webhookUrl: settings.slack.webhookUrl };
    else {
      const channel = settings.slack.channel || policy.slack.channel;
      if (!channel)
        throw new ConfigurationError(
          'Input "slack-token" posts with chat.postMessage, which needs a channel: set input "slack-channel" (e.g. #announce) or announce.slack.channel in the policy file.',
        );
      plan.slack = { token: settings.slack.token, channel };
    }
  }
  if (chosen("discord")) plan.discord = { webhookUrl: settings.discord.webhookUrl };
  if (chosen("email")) {
    const from = settings.email.from || policy.email.from;
    const to = settings.email.to.length > 0 ? settings.email.to : policy.email.to;
    if (!from?.includes("@"))
      throw new ConfigurationError(
        'Channel "email" needs a sender: set input "email-from" (e.g. "Releases <releases@example.org>") or announce.email.from in the policy file.',
      );
    if (to.length === 0)
      throw new ConfigurationError(
        'Channel "email" needs recipients: set input "email-to" (the list\'s address) or announce.email.to in the policy file.',
      );
    plan.email = { from, to };
  }
  if (chosen("website")) {
    const repository = settings.website.repository || policy.website.repository;
    const file = settings.website.file || policy.website.file;
    if (!repository || !file)
      throw new ConfigurationError(
        `Channel "website" needs ${!repository ? 'input "website-repository" (owner/name)' : 'input "website-file" (the releases page, .md, .yml or .json)'}, or announce.website.${!repository ? "repository" : "file"} in the policy file.`,
      );
    if (!websiteFormat(file))
      throw new ConfigurationError(
        `announce.website.file: "${file.slice(0, 60)}" must end in .md, .yml, .yaml or .json (the entry's format is chosen by the extension).`,
      );
    plan.website = { repository, file };
  }
  return plan;
}

/** Replaces every secret (and its URL-encoded form) in a text that is about to be shown. */
function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    for (const form of new Set([secret, encodeURIComponent(secret)]))
      if (form.length >= 4) result = result.split(form).join("***");
  }
  return result;
}

function readNotes(
  settings: AnnounceSettings,
  release: AnnouncedRelease | undefined,
  deps: AnnounceDeps,
): string {
  if (settings.notesFile !== "") {
    if (existsSync(settings.notesFile)) return readFileSync(settings.notesFile, "utf8");
    deps.log.info(
      `The notes file ${settings.notesFile.replace(/[\r\n]/g, " ")} is not on this runner (it was written by another job): the release's own notes are announced.`,
    );
  }
  return withoutSentRecord(release?.body ?? "");
}

/** Announces the release on each chosen channel, once. */
export async function run(settings: AnnounceSettings, deps: AnnounceDeps): Promise<AnnounceResult> {
  const { github, log } = deps;
  for (const secret of settings.secrets) deps.mask(secret);
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const policy = await log.group("Release policy", () =>
    loadReleasePolicy(github, settings.config, settings.context.sha, log),
  );
  const announce = parseAnnouncePolicy(policy.announce, policy.source);
  const plan = planChannels(settings, announce);
  const tag = renderTemplate(policy.tag, parseReleaseVersion(settings.version));

  const release = await log.group(`Release ${tag}`, () => findAnnouncedRelease(github, tag));
  if (!release) {
    const missing = `No published release ${tag} in ${github.owner}/${github.repo}: announce runs after tag-and-changelog published it (a draft is not announced).`;
    if (!settings.dryRun) throw new ConfigurationError(missing);
    log.warning(`${missing} Dry-run: the messages are rendered anyway.`);
  }
  const releaseUrl = settings.releaseUrl || release?.url || github.webUrl(`/releases/tag/${tag}`);
  const date = (release?.publishedAt ?? deps.now().toISOString()).slice(0, 10);
  const fields = { project: settings.context.repo, version: settings.version, tag, date, url: releaseUrl };
  const announcement: Announcement = {
    project: settings.context.repo,
    version: settings.version,
    tag,
    date,
    releaseUrl,
    pypiUrl: `https://pypi.org/project/${announce.pypiProject ?? settings.context.repo}/${settings.version}/`,
    changelogUrl: github.webUrl(`/blob/${tag}/${policy.changelog.file}`),
    groups: readHighlights(readNotes(settings, release, deps)),
    perGroup: announce.highlightsPerCategory,
    fields,
  };
  const sent = readSentRecord(release?.body ?? "");
  const connect =
    deps.connect ??
    ((fullName: string, token: string) => {
      const [owner = "", repo = ""] = fullName.split("/");
      return new GitHubGateway({
        token,
        apiUrl: settings.context.apiUrl,
        serverUrl: settings.context.serverUrl,
        owner,
        repo,
        dryRun: settings.dryRun,
        log,
        fetch: deps.fetch,
        timing: github.timing,
      });
    });
  const post = { fetch: deps.fetch, sleep };

  // Each channel: rendered, then sent unless it already was; a failure does not stop the others.
  const senders: Record<
    AnnounceChannel,
    () => { preview: ChannelResult["preview"]; send: () => Promise<{ detail: string; link?: string }> }
  > = {
    slack: () => {
      const target = plan.slack as NonNullable<ChannelPlan["slack"]>;
      const message = renderSlackMessage(announcement, announce.wording.slack);
      return {
        preview: { language: "json", text: JSON.stringify(message, null, 2) },
        send: async () => ({
          detail:
            "webhookUrl" in target
              ? await postSlackWebhook(post, target.webhookUrl, message)
              : await postSlackApi(post, target.token, target.channel, message),
        }),
      };
    },
    discord: () => {
      const payload = renderDiscordPayload(announcement, announce.wording.discord, announce.discord.username);
      const webhookUrl = (plan.discord as NonNullable<ChannelPlan["discord"]>).webhookUrl;
      return {
        preview: { language: "json", text: JSON.stringify(payload, null, 2) },
        send: async () => ({ detail: await postDiscord(post, webhookUrl, payload) }),
      };
    },
    email: () => {
      const envelope = plan.email as NonNullable<ChannelPlan["email"]>;
      const message = renderEmail(
        announcement,
        announce.wording.email,
        announce.email.subject,
        envelope.from,
        `${github.owner}/${github.repo}`,
      );
      const server = settings.email.server;
      return {
        preview: {
          language: "text",
          text: `Subject: ${message.subject}\nTo: ${envelope.to.join(", ")}\n\n${message.text}`,
        },
        send: async () => {
          if (!server) throw new ConfigurationError('Input "smtp-url" is required for channel "email".');
          const { sendEmail } = await import("./email-sender.ts");
          return { detail: `mail ${await sendEmail(server, envelope, message, sleep)}` };
        },
      };
    },
    website: () => {
      const target = plan.website as NonNullable<ChannelPlan["website"]>;
      const title = renderAnnounceTemplate(announce.wording.website.title, fields);
      return {
        preview: {
          language: websiteFormat(target.file) === "markdown" ? "markdown" : "json",
          text: previewEntry(target.file, announcement, announce.wording.website),
        },
        send: async () => {
          const pull = await upsertWebsitePull(connect(target.repository, settings.website.token), {
            tag,
            file: target.file,
            title,
            body: `Adds ${settings.context.repo} ${settings.version} to ${target.file}: ${releaseUrl}\n\nOpened by instructlab/release-actions (announce) from ${settings.context.runUrl}.`,
            update: (current) =>
              updateReleasesPage(current, target.file, announcement, announce.wording.website),
          });
          return {
            detail: `pull request #${pull.number} ${pull.created ? "opened" : pull.committed ? "updated" : "already had the entry"}`,
            link: pull.url,
          };
        },
      };
    },
  };

  const results: ChannelResult[] = [];
  for (const channel of settings.channels) {
    const result = await log.group(`Announce on ${channel}`, async (): Promise<ChannelResult> => {
      const { preview, send } = senders[channel]();
      if (sent[channel])
        return {
          channel,
          status: "already-sent",
          detail: `announced at ${sent[channel]}, recorded on the release`,
          preview,
        };
      if (settings.dryRun)
        return { channel, status: "skipped", detail: "dry-run: rendered below, not sent", preview };
      let outcome: { detail: string; link?: string };
      try {
        outcome = await send();
      } catch (error) {
        return {
          channel,
          status: "failed",
          detail: redact(getErrorMessage(error), settings.secrets),
          preview,
        };
      }
      try {
        await recordSent(github, release as AnnouncedRelease, channel, deps.now().toISOString());
      } catch (error) {
        const why = redact(getErrorMessage(error), settings.secrets);
        log.warning(
          `${channel}: announced, but could not record it on the release (${why}); a re-run would announce it again unless you remove "${channel}" from "channels".`,
        );
        return {
          channel,
          status: "sent",
          detail: `${outcome.detail}; not recorded on the release: ${why}`,
          preview,
          ...(outcome.link && { link: outcome.link }),
        };
      }
      return {
        channel,
        status: "sent",
        detail: outcome.detail,
        preview,
        ...(outcome.link && { link: outcome.link }),
      };
    });
    if (result.status === "failed") log.warning(`${channel}: ${result.detail}`);
    else log.info(`${channel}: ${result.status} (${result.detail}).`);
    results.push(result);
  }
  return {
    tag,
    release,
    releaseUrl,
    results,
    highlights: announcement.groups.reduce((sum, group) => sum + group.items.length, 0),
    policySource: policy.source,
    requests: github.requestCount,
  };
}
