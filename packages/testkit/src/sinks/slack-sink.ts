/**
 * A Slack that answers like the real one, for the announce stage:
 * - incoming webhooks (`POST https://hooks.slack.com/services/T…/B…/…`) answer `200 ok` in plain
 *   text, or an HTTP error status with a plain-text code: 400 `invalid_payload`, `no_text`,
 *   `invalid_blocks`; 404 `no_service` (unknown or revoked webhook), `channel_not_found`; 410
 *   `channel_is_archived` (https://api.slack.com/changelog/2016-05-17-changes-to-errors-for-incoming-webhooks,
 *   https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks#handling_errors);
 * - `POST https://slack.com/api/chat.postMessage` with a bot token answers HTTP 200 and JSON
 *   `{ok: false, error}` for its errors (`not_authed`, `invalid_auth`, `channel_not_found`,
 *   `not_in_channel`, `is_archived`, `no_text`, `invalid_blocks`), `{ok: true, channel, ts}` when
 *   posted (https://docs.slack.dev/reference/methods/chat.postMessage);
 * - a rate limit (injected) is HTTP 429 with `Retry-After` in seconds
 *   (https://docs.slack.dev/apis/web-api/rate-limits).
 * Block Kit limits enforced: 50 blocks, section text 3,000 characters, header text 150, context
 * 10 elements (https://docs.slack.dev/reference/block-kit/blocks).
 */
import { randomBytes } from "node:crypto";
import { jsonBody, type SinkReply, type SinkRequest, SinkServer } from "./sink-server.ts";

/** A Slack channel of the sink. */
export interface SlackChannel {
  readonly id: string;
  readonly name: string;
  archived: boolean;
  /** Whether the bot user is a member (chat.postMessage needs it). */
  botMember: boolean;
}

/** A message the sink accepted. */
export interface SlackMessage {
  readonly channel: string;
  readonly via: "webhook" | "chat.postMessage";
  readonly text: string | undefined;
  readonly blocks: readonly Record<string, unknown>[];
  readonly ts: string;
}

const MAX_BLOCKS = 50;
const MAX_SECTION_TEXT = 3000;
const MAX_HEADER_TEXT = 150;
const MAX_CONTEXT_ELEMENTS = 10;

type TextObject = { type?: unknown; text?: unknown };

function textOf(object: unknown): string | undefined {
  const text = (object as TextObject | undefined)?.text;
  return typeof text === "string" ? text : undefined;
}

/** Why Slack would refuse these blocks, or undefined when it would take them. */
export function blockProblem(blocks: unknown): string | undefined {
  if (!Array.isArray(blocks)) return "blocks must be an array";
  if (blocks.length > MAX_BLOCKS) return `more than ${MAX_BLOCKS} blocks`;
  for (const [index, block] of blocks.entries()) {
    const type = (block as { type?: unknown }).type;
    if (type === "section") {
      const text = textOf((block as { text?: unknown }).text);
      if (text === undefined || text === "") return `blocks[${index}]: section without text`;
      if (text.length > MAX_SECTION_TEXT)
        return `blocks[${index}].text: must be less than ${MAX_SECTION_TEXT + 1} characters`;
    } else if (type === "header") {
      const text = (block as { text?: TextObject }).text;
      if (text?.type !== "plain_text") return `blocks[${index}].text: header text must be plain_text`;
      const value = textOf(text) ?? "";
      if (value === "" || value.length > MAX_HEADER_TEXT)
        return `blocks[${index}].text: must be 1 to ${MAX_HEADER_TEXT} characters`;
    } else if (type === "context") {
      const elements = (block as { elements?: unknown }).elements;
      if (!Array.isArray(elements) || elements.length === 0 || elements.length > MAX_CONTEXT_ELEMENTS)
        return `blocks[${index}].elements: 1 to ${MAX_CONTEXT_ELEMENTS} elements`;
    } else if (type !== "divider") {
      return `blocks[${index}]: unsupported type ${JSON.stringify(type)}`;
    }
  }
  return undefined;
}

/** The Slack workspace of a test. */
export class SlackSink extends SinkServer {
  readonly channels = new Map<string, SlackChannel>();
  readonly messages: SlackMessage[] = [];
  readonly #webhooks = new Map<string, string>();
  readonly #botTokens = new Set<string>();
  #nextTs = 1_700_000_000;

  static async start(): Promise<SlackSink> {
    return new SlackSink(await SinkServer.listen());
  }

  /** Adds a channel (the bot is a member unless told otherwise). */
  addChannel(name: string, options: { botMember?: boolean } = {}): SlackChannel {
    const channel: SlackChannel = {
      id: `C${randomBytes(4).toString("hex").toUpperCase()}`,
      name: name.replace(/^#/, ""),
      archived: false,
      botMember: options.botMember ?? true,
    };
    this.channels.set(channel.name, channel);
    return channel;
  }

  /** An incoming webhook posting to `channel`, under its real URL (route hooks.slack.com to the sink). */
  createWebhook(channel: string): string {
    const path = `/services/T0TEAM/B${randomBytes(4).toString("hex").toUpperCase()}/${randomBytes(12).toString("hex")}`;
    this.#webhooks.set(path, channel.replace(/^#/, ""));
    return `https://hooks.slack.com${path}`;
  }

  /** Revokes a webhook: Slack answers 404 `no_service` from then on. */
  revokeWebhook(url: string): void {
    this.#webhooks.delete(new URL(url).pathname);
  }

  /** A bot token (`xoxb-…`) chat.postMessage accepts. */
  createBotToken(): string {
    const token = `xoxb-${randomBytes(10).toString("hex")}`;
    this.#botTokens.add(token);
    return token;
  }

  /** Messages posted to a channel (by name). */
  messagesIn(channel: string): SlackMessage[] {
    return this.messages.filter((message) => message.channel === channel.replace(/^#/, ""));
  }

  protected override answer(request: SinkRequest): SinkReply {
    const path = request.path.replace(/\?.*$/, "");
    if (request.method === "POST" && path.startsWith("/services/")) return this.#webhook(path, request);
    if (request.method === "POST" && path === "/api/chat.postMessage") return this.#postMessage(request);
    return { status: 404, body: "" };
  }

  #accept(channel: SlackChannel, via: SlackMessage["via"], text: unknown, blocks: unknown): string {
    const ts = `${this.#nextTs++}.000100`;
    this.messages.push({
      channel: channel.name,
      via,
      text: typeof text === "string" ? text : undefined,
      blocks: Array.isArray(blocks) ? (blocks as Record<string, unknown>[]) : [],
      ts,
    });
    return ts;
  }

  #webhook(path: string, request: SinkRequest): SinkReply {
    const plain = (status: number, body: string): SinkReply => ({
      status,
      body,
      headers: { "content-type": "text/html" },
    });
    const channelName = this.#webhooks.get(path);
    if (channelName === undefined) return plain(404, "no_service");
    const contentType = String(request.headers["content-type"] ?? "");
    const payload = contentType.startsWith("application/json")
      ? jsonBody(request)
      : contentType.startsWith("application/x-www-form-urlencoded")
        ? (() => {
            const field = new URLSearchParams(request.body).get("payload");
            return field === null ? undefined : jsonBody({ ...request, body: field });
          })()
        : undefined;
    if (payload === null || typeof payload !== "object" || Array.isArray(payload))
      return plain(400, "invalid_payload");
    const { text, blocks } = payload as { text?: unknown; blocks?: unknown };
    if ((typeof text !== "string" || text === "") && blocks === undefined) return plain(400, "no_text");
    if (blocks !== undefined && blockProblem(blocks)) return plain(400, "invalid_blocks");
    const channel = this.channels.get(channelName);
    if (!channel) return plain(404, "channel_not_found");
    if (channel.archived) return plain(410, "channel_is_archived");
    this.#accept(channel, "webhook", text, blocks);
    return plain(200, "ok");
  }

  #postMessage(request: SinkRequest): SinkReply {
    const json = (body: Record<string, unknown>): SinkReply => ({
      status: 200,
      body: JSON.stringify(body),
      headers: { "content-type": "application/json; charset=utf-8" },
    });
    const fail = (error: string) => json({ ok: false, error });
    const authorization = String(request.headers.authorization ?? "");
    const token = /^Bearer (.+)$/.exec(authorization)?.[1];
    if (!token) return fail("not_authed");
    if (!this.#botTokens.has(token)) return fail("invalid_auth");
    const payload = jsonBody(request);
    if (payload === null || typeof payload !== "object") return fail("invalid_arguments");
    const {
      channel: target,
      text,
      blocks,
    } = payload as {
      channel?: unknown;
      text?: unknown;
      blocks?: unknown;
    };
    const channel =
      typeof target === "string"
        ? (this.channels.get(target.replace(/^#/, "")) ??
          [...this.channels.values()].find((candidate) => candidate.id === target))
        : undefined;
    if (!channel) return fail("channel_not_found");
    if ((typeof text !== "string" || text === "") && blocks === undefined) return fail("no_text");
    if (blocks !== undefined && blockProblem(blocks)) return fail("invalid_blocks");
    if (channel.archived) return fail("is_archived");
    if (!channel.botMember) return fail("not_in_channel");
    const ts = this.#accept(channel, "chat.postMessage", text, blocks);
    return json({ ok: true, channel: channel.id, ts, message: { type: "message", text, ts } });
  }
}
