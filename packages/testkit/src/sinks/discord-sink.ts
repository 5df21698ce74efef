/**
 * A Discord that answers webhook executions like the real one
 * (https://discord.com/developers/docs/resources/webhook#execute-webhook):
 * - `POST https://discord.com/api/webhooks/{id}/{token}` answers 204 No Content, or 200 with the
 *   message object when `?wait=true`;
 * - an unknown webhook id is 404 `{"message": "Unknown Webhook", "code": 10015}`, a wrong token
 *   401 `{"message": "Invalid Webhook Token", "code": 50027}`;
 * - a message with neither content nor embeds is 400 `{"message": "Cannot send an empty message",
 *   "code": 50006}`; one over a limit is 400 `{"message": "Invalid Form Body", "code": 50035,
 *   "errors": …}` (content 2,000 characters; 10 embeds; embed title 256, description 4,096,
 *   25 fields of name 256 / value 1,024, footer 2,048, author 256, and 6,000 in total over all
 *   embeds: https://discord.com/developers/docs/resources/message#embed-object-embed-limits);
 * - a rate limit (injected with {@link DiscordSink.rateLimit}) is 429 with a JSON body
 *   `{"message": "You are being rate limited.", "retry_after": <seconds, float>, "global": false}`
 *   and a `Retry-After` header (https://discord.com/developers/docs/topics/rate-limits).
 */
import { randomBytes } from "node:crypto";
import { jsonBody, type SinkReply, type SinkRequest, SinkServer } from "./sink-server.ts";

/** A message a webhook posted. */
export interface DiscordMessage {
  readonly id: string;
  readonly webhookId: string;
  readonly content: string;
  readonly embeds: readonly Record<string, unknown>[];
  readonly allowedMentions: unknown;
}

const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  total: 6000,
};

const length = (value: unknown) => (typeof value === "string" ? [...value].length : 0);

/** The field errors Discord would report for this payload (empty when it takes it). */
export function discordPayloadErrors(payload: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {};
  if (length(payload.content) > LIMITS.content)
    errors.content = `Must be ${LIMITS.content} or fewer in length.`;
  const embeds = Array.isArray(payload.embeds) ? (payload.embeds as Record<string, unknown>[]) : [];
  if (embeds.length > LIMITS.embeds) errors.embeds = `Must be ${LIMITS.embeds} or fewer in length.`;
  let total = 0;
  for (const [index, embed] of embeds.entries()) {
    const check = (key: string, value: unknown, max: number) => {
      total += length(value);
      if (length(value) > max) errors[`embeds.${index}.${key}`] = `Must be ${max} or fewer in length.`;
    };
    check("title", embed.title, LIMITS.title);
    check("description", embed.description, LIMITS.description);
    check("footer.text", (embed.footer as { text?: unknown } | undefined)?.text, LIMITS.footer);
    check("author.name", (embed.author as { name?: unknown } | undefined)?.name, LIMITS.author);
    const fields = Array.isArray(embed.fields) ? (embed.fields as { name?: unknown; value?: unknown }[]) : [];
    if (fields.length > LIMITS.fields)
      errors[`embeds.${index}.fields`] = `Must be ${LIMITS.fields} or fewer in length.`;
    for (const [at, field] of fields.entries()) {
      check(`fields.${at}.name`, field.name, LIMITS.fieldName);
      check(`fields.${at}.value`, field.value, LIMITS.fieldValue);
    }
  }
  if (total > LIMITS.total) errors.embeds = `Embed size exceeds maximum size of ${LIMITS.total}`;
  return errors;
}

/** The Discord server of a test. */
export class DiscordSink extends SinkServer {
  readonly messages: DiscordMessage[] = [];
  readonly #webhooks = new Map<string, string>();
  #nextId = 1_100_000_000_000_000_000n;

  static async start(): Promise<DiscordSink> {
    return new DiscordSink(await SinkServer.listen());
  }

  /** A webhook under its real URL (route discord.com to the sink). */
  createWebhook(): string {
    const id = String(this.#nextId++);
    const token = randomBytes(24).toString("base64url");
    this.#webhooks.set(id, token);
    return `https://discord.com/api/webhooks/${id}/${token}`;
  }

  /** Deletes a webhook: Discord answers 404 Unknown Webhook from then on. */
  deleteWebhook(url: string): void {
    this.#webhooks.delete(new URL(url).pathname.split("/")[3] ?? "");
  }

  /** Answers the next request(s) with Discord's 429. */
  rateLimit(retryAfterSeconds: number, times = 1): void {
    this.injectFault({
      status: 429,
      times,
      headers: {
        "content-type": "application/json",
        "retry-after": String(Math.ceil(retryAfterSeconds)),
        "x-ratelimit-scope": "user",
      },
      body: JSON.stringify({
        message: "You are being rate limited.",
        retry_after: retryAfterSeconds,
        global: false,
      }),
    });
  }

  protected override answer(request: SinkRequest): SinkReply {
    const json = (status: number, body: unknown): SinkReply => ({
      status,
      body: JSON.stringify(body),
      headers: { "content-type": "application/json" },
    });
    const url = new URL(request.path, "http://sink");
    const match = /^\/api(?:\/v\d+)?\/webhooks\/(\d+)\/([^/]+)$/.exec(url.pathname);
    if (request.method !== "POST" || !match) return json(404, { message: "404: Not Found", code: 0 });
    const [, id = "", token] = match;
    const known = this.#webhooks.get(id);
    if (known === undefined) return json(404, { message: "Unknown Webhook", code: 10015 });
    if (known !== token) return json(401, { message: "Invalid Webhook Token", code: 50027 });
    const payload = jsonBody(request);
    if (payload === null || typeof payload !== "object" || Array.isArray(payload))
      return json(400, { message: "Cannot send an empty message", code: 50006 });
    const body = payload as Record<string, unknown>;
    const embeds = Array.isArray(body.embeds) ? (body.embeds as Record<string, unknown>[]) : [];
    if (length(body.content) === 0 && embeds.length === 0)
      return json(400, { message: "Cannot send an empty message", code: 50006 });
    const errors = discordPayloadErrors(body);
    if (Object.keys(errors).length > 0)
      return json(400, { message: "Invalid Form Body", code: 50035, errors });
    const message: DiscordMessage = {
      id: String(this.#nextId++),
      webhookId: id,
      content: typeof body.content === "string" ? body.content : "",
      embeds,
      allowedMentions: body.allowed_mentions,
    };
    this.messages.push(message);
    if (url.searchParams.get("wait") !== "true") return { status: 204 };
    return json(200, { id: message.id, type: 0, content: message.content, embeds, webhook_id: id });
  }
}
