import {
  type ActionInputs,
  type CommonSettings,
  type RunnerContext,
  readCommonSettings,
} from "@release-actions/core/runtime";
import {
  ANNOUNCE_CHANNELS,
  type AnnounceChannel,
  ConfigurationError,
  formatReleaseVersion,
  parseReleaseVersion,
} from "@release-actions/core/strategy";
import { websiteFormat } from "./website-entry.ts";

/** The SMTP server of `smtp-url`. */
export interface SmtpServer {
  readonly host: string;
  readonly port: number;
  /** `smtps://`: TLS from the first byte (port 465); `smtp://`: STARTTLS. */
  readonly secure: boolean;
  readonly user: string | undefined;
  readonly password: string | undefined;
}

/** The inputs of announce (announce/action.yml). */
export interface AnnounceSettings extends CommonSettings {
  readonly version: string;
  /** Empty: the release's own page. */
  readonly releaseUrl: string;
  /** Empty, or a file that is not on this runner: the release's body is the notes. */
  readonly notesFile: string;
  readonly channels: readonly AnnounceChannel[];
  readonly slack: {
    readonly webhookUrl: string;
    readonly token: string;
    /** Empty: the policy's announce.slack.channel. */
    readonly channel: string;
  };
  readonly discord: { readonly webhookUrl: string };
  readonly email: {
    readonly server: SmtpServer | undefined;
    /** Empty: the policy's announce.email.from. */
    readonly from: string;
    /** Empty: the policy's announce.email.to. */
    readonly to: readonly string[];
  };
  readonly website: {
    /** Empty: the policy's announce.website.repository. */
    readonly repository: string;
    readonly token: string;
    /** Empty: the policy's announce.website.file. */
    readonly file: string;
  };
  readonly failOnError: boolean;
  /** Every secret of the inputs, and the parts of them that could be printed alone (the SMTP password). */
  readonly secrets: readonly string[];
}

const SLACK_HOSTS = ["hooks.slack.com", "hooks.slack-gov.com"];
const DISCORD_HOSTS = ["discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com"];

/** What a URL that is not the expected one is, without its path (which holds the secret). */
function describeUrl(text: string): string {
  try {
    const url = new URL(text);
    return `a ${url.protocol}// URL on ${url.host || "no host"}`;
  } catch {
    return "something that is not a URL";
  }
}

function checkWebhook(
  input: string,
  value: string,
  hosts: readonly string[],
  path: RegExp,
  example: string,
): void {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== "https:" || !hosts.includes(url.hostname) || !path.test(url.pathname)) {
    throw new ConfigurationError(
      `Input "${input}" must be a webhook URL like ${example}, got ${describeUrl(value)} (the value is a secret and is not shown). Copy the webhook's URL into the secret again.`,
    );
  }
}

/** `smtp[s]://user:pass@host:port`, checked without ever quoting it (it holds the password). */
export function parseSmtpUrl(value: string): SmtpServer {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(
      'Input "smtp-url" is not a URL (the value is a secret and is not shown): use smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465, with the user and password URL-encoded.',
    );
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:")
    throw new ConfigurationError(
      `Input "smtp-url" must start with smtp:// (STARTTLS) or smtps:// (TLS), got ${url.protocol}//.`,
    );
  if (url.hostname === "")
    throw new ConfigurationError(
      'Input "smtp-url" has no host: use smtp://user:password@host:587, e.g. smtp://user:password@smtp.example.org:587.',
    );
  const secure = url.protocol === "smtps:";
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      throw new ConfigurationError(
        'Input "smtp-url": the user or password is not valid URL-encoding; encode it (encodeURIComponent) in the secret.',
      );
    }
  };
  return {
    host: url.hostname.replace(/^\[|\]$/g, ""),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    user: url.username ? decode(url.username) : undefined,
    password: url.password ? decode(url.password) : undefined,
  };
}

function readChannels(inputs: ActionInputs): AnnounceChannel[] {
  const names = inputs.list("channels").map((name) => name.toLowerCase());
  if (names.length === 0)
    throw new ConfigurationError(
      `Input "channels" is required: name where to announce, comma-separated, from ${ANNOUNCE_CHANNELS.join(", ")}.`,
    );
  for (const name of names) {
    if (!(ANNOUNCE_CHANNELS as readonly string[]).includes(name)) {
      const shown = name.length > 20 ? `${name.slice(0, 20)}…` : name;
      throw new ConfigurationError(
        `Input "channels": "${shown}" is not a channel; use ${ANNOUNCE_CHANNELS.join(", ")} (comma-separated or one per line).`,
      );
    }
  }
  return [...new Set(names)] as AnnounceChannel[];
}

/** Reads and checks the inputs, before any request: a chosen channel needs its secret. */
export function readInputs(inputs: ActionInputs, context: RunnerContext): AnnounceSettings {
  const version = formatReleaseVersion(
    parseReleaseVersion(inputs.required("version", "pass validate-version's version output")),
  );
  const channels = readChannels(inputs);
  const chosen = (channel: AnnounceChannel) => channels.includes(channel);
  const slackWebhook = inputs.secret("slack-webhook-url");
  const slackToken = inputs.secret("slack-token");
  const discordWebhook = inputs.secret("discord-webhook-url");
  const smtpUrl = inputs.secret("smtp-url");
  const websiteToken = inputs.secret("website-token");
  const secrets = [slackWebhook, slackToken, discordWebhook, smtpUrl, websiteToken];

  if (chosen("slack")) {
    if (slackWebhook === "" && slackToken === "")
      throw new ConfigurationError(
        'Channel "slack" needs input "slack-webhook-url" (an incoming webhook) or "slack-token" (a bot token, with "slack-channel"): pass one from a secret, e.g. slack-webhook-url: ${{ secrets.SLACK_WEBHOOK_URL }}.',
      );
    if (slackWebhook !== "" && slackToken !== "")
      throw new ConfigurationError(
        'Inputs "slack-webhook-url" and "slack-token" are both set: pass one (a webhook posts to its own channel; a bot token posts to "slack-channel").',
      );
    if (slackWebhook !== "")
      checkWebhook(
        "slack-webhook-url",
        slackWebhook,
        SLACK_HOSTS,
        /^\/services\/[^/]+\/[^/]+\/[^/]+$/,
        "https://hooks.slack.com/services/T…/B…/…",
      );
    if (slackToken !== "" && !/^xox[bp]-/.test(slackToken))
      throw new ConfigurationError(
        'Input "slack-token" is not a Slack bot or user token (they start with xoxb- or xoxp-; the value is a secret and is not shown).',
      );
  }
  if (chosen("discord")) {
    if (discordWebhook === "")
      throw new ConfigurationError(
        'Channel "discord" needs input "discord-webhook-url": pass it from a secret, e.g. discord-webhook-url: ${{ secrets.DISCORD_WEBHOOK_URL }}.',
      );
    checkWebhook(
      "discord-webhook-url",
      discordWebhook,
      DISCORD_HOSTS,
      /^\/api(\/v\d+)?\/webhooks\/\d+\/[\w-]+$/,
      "https://discord.com/api/webhooks/<id>/<token>",
    );
  }
  let server: SmtpServer | undefined;
  if (chosen("email")) {
    if (smtpUrl === "")
      throw new ConfigurationError(
        'Channel "email" needs input "smtp-url": pass it from a secret, e.g. smtp-url: ${{ secrets.SMTP_URL }} holding smtp://user:password@host:587.',
      );
    server = parseSmtpUrl(smtpUrl);
    if (server.password) secrets.push(server.password);
  }
  const websiteFile = inputs.string("website-file");
  if (chosen("website")) {
    if (websiteToken === "")
      throw new ConfigurationError(
        'Channel "website" needs input "website-token": a token that may push branches and open pull requests on the website\'s repository (the workflow\'s own token cannot), e.g. website-token: ${{ secrets.WEBSITE_TOKEN }}.',
      );
    if (websiteFile !== "" && !websiteFormat(websiteFile))
      throw new ConfigurationError(
        `Input "website-file": "${websiteFile.slice(0, 60)}" must end in .md, .yml, .yaml or .json (the format of the entry is chosen by the extension).`,
      );
  }
  const repository = inputs.string("website-repository");
  if (repository !== "" && !/^[\w.-]+\/[\w.-]+$/.test(repository))
    throw new ConfigurationError(
      `Input "website-repository" must be owner/name, got "${repository.slice(0, 60)}".`,
    );
  const releaseUrl = inputs.string("release-url");
  if (releaseUrl !== "" && !/^https?:\/\/\S+$/.test(releaseUrl))
    throw new ConfigurationError(
      `Input "release-url" must be an http(s) URL (tag-and-changelog's release-url output), got "${releaseUrl.slice(0, 60)}".`,
    );
  const to = inputs.list("email-to");
  const bad = to.find((address) => !address.includes("@"));
  if (bad !== undefined)
    throw new ConfigurationError(`Input "email-to": "${bad.slice(0, 60)}" is not an address.`);
  return {
    ...readCommonSettings(inputs, context),
    version,
    releaseUrl,
    notesFile: inputs.string("notes-file"),
    channels,
    slack: { webhookUrl: slackWebhook, token: slackToken, channel: inputs.string("slack-channel") },
    discord: { webhookUrl: discordWebhook },
    email: { server, from: inputs.string("email-from"), to },
    website: { repository, token: websiteToken, file: websiteFile },
    failOnError: inputs.boolean("fail-on-error"),
    secrets: secrets.filter((secret) => secret !== ""),
  };
}
