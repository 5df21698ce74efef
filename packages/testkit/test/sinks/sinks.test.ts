/**
 * The sinks answer like the services they stand for; each rule cites where it comes from, so a
 * stage tested against them is tested against the real services' rules.
 */
import { createTransport } from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiscordSink, MailSink, routedFetch, SlackSink } from "../../src/sinks/index.ts";

let slack: SlackSink;
let discord: DiscordSink;
let fetchSinks: typeof fetch;

beforeAll(async () => {
  [slack, discord] = await Promise.all([SlackSink.start(), DiscordSink.start()]);
  fetchSinks = routedFetch({
    "https://hooks.slack.com": slack.url,
    "https://slack.com": slack.url,
    "https://discord.com": discord.url,
  });
});
afterAll(() => Promise.all([slack.stop(), discord.stop()]));

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetchSinks(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

describe("Slack incoming webhooks (https://api.slack.com/changelog/2016-05-17-changes-to-errors-for-incoming-webhooks)", () => {
  it("answers 200 ok in plain text and posts to the webhook's channel", async () => {
    slack.addChannel("announce");
    const webhook = slack.createWebhook("#announce");
    const response = await post(webhook, { text: "hello" });
    expect([response.status, await response.text()]).toEqual([200, "ok"]);
    expect(slack.messagesIn("announce").map((message) => message.text)).toEqual(["hello"]);
  });

  it("answers the documented error codes with their HTTP statuses", async () => {
    const webhook = slack.createWebhook("announce");
    const answers = async (response: Promise<Response>) => {
      const settled = await response;
      return [settled.status, await settled.text()];
    };
    expect(await answers(post(webhook, "{not json"))).toEqual([400, "invalid_payload"]);
    // docs.slack.dev/messaging/sending-messages-using-incoming-webhooks: text or blocks required.
    expect(await answers(post(webhook, { username: "x" }))).toEqual([400, "no_text"]);
    expect(
      await answers(
        post(webhook, { blocks: [{ type: "section", text: { type: "mrkdwn", text: "x".repeat(3001) } }] }),
      ),
    ).toEqual([400, "invalid_blocks"]);
    expect(await answers(post(slack.createWebhook("gone"), { text: "x" }))).toEqual([
      404,
      "channel_not_found",
    ]);
    slack.addChannel("old").archived = true;
    expect(await answers(post(slack.createWebhook("old"), { text: "x" }))).toEqual([
      410,
      "channel_is_archived",
    ]);
    slack.revokeWebhook(webhook);
    expect(await answers(post(webhook, { text: "x" }))).toEqual([404, "no_service"]);
  });

  it("a rate limit is 429 with Retry-After (https://docs.slack.dev/apis/web-api/rate-limits)", async () => {
    slack.injectFault({ status: 429, headers: { "retry-after": "2" }, body: "rate_limited" });
    const response = await post(slack.createWebhook("announce"), { text: "x" });
    expect([response.status, response.headers.get("retry-after")]).toEqual([429, "2"]);
  });
});

describe("Slack chat.postMessage (https://docs.slack.dev/reference/methods/chat.postMessage)", () => {
  it("answers HTTP 200 with ok:false and the error code, ok:true with channel and ts", async () => {
    const token = slack.createBotToken();
    slack.addChannel("lonely", { botMember: false });
    const call = async (body: unknown, auth: string | undefined = token) => {
      const response = await post(
        "https://slack.com/api/chat.postMessage",
        body,
        auth ? { authorization: `Bearer ${auth}` } : {},
      );
      expect(response.status).toBe(200);
      return (await response.json()) as Record<string, unknown>;
    };
    expect(await call({ channel: "announce", text: "x" }, "")).toEqual({ ok: false, error: "not_authed" });
    expect(await call({ channel: "announce", text: "x" }, "xoxb-wrong")).toEqual({
      ok: false,
      error: "invalid_auth",
    });
    expect(await call({ channel: "nowhere", text: "x" })).toEqual({ ok: false, error: "channel_not_found" });
    expect(await call({ channel: "lonely", text: "x" })).toEqual({ ok: false, error: "not_in_channel" });
    expect(await call({ channel: "announce" })).toEqual({ ok: false, error: "no_text" });
    expect(
      await call({ channel: "announce", blocks: [{ type: "header", text: { type: "mrkdwn", text: "x" } }] }),
    ).toEqual({ ok: false, error: "invalid_blocks" });
    const posted = await call({ channel: "#announce", text: "release" });
    expect(posted).toMatchObject({
      ok: true,
      channel: slack.channels.get("announce")?.id,
      ts: expect.any(String),
    });
  });
});

describe("Discord webhooks (https://discord.com/developers/docs/resources/webhook#execute-webhook)", () => {
  it("answers 204 without wait, the message with ?wait=true", async () => {
    const webhook = discord.createWebhook();
    expect((await post(webhook, { content: "hi" })).status).toBe(204);
    const waited = await post(`${webhook}?wait=true`, { embeds: [{ title: "v1", description: "notes" }] });
    expect(waited.status).toBe(200);
    expect(await waited.json()).toMatchObject({ id: expect.any(String), embeds: [{ title: "v1" }] });
    expect(discord.messages).toHaveLength(2);
  });

  it("refuses unknown webhooks, empty messages and every limit with Discord's codes", async () => {
    const webhook = discord.createWebhook();
    const refusal = async (url: string, body: unknown) => {
      const response = await post(url, body);
      return { status: response.status, ...((await response.json()) as Record<string, unknown>) };
    };
    expect(await refusal(webhook, {})).toMatchObject({ status: 400, code: 50006 });
    expect(await refusal(webhook, { content: "x".repeat(2001) })).toMatchObject({
      status: 400,
      code: 50035,
      errors: { content: expect.any(String) },
    });
    // https://discord.com/developers/docs/resources/message#embed-object-embed-limits
    expect(await refusal(webhook, { embeds: [{ description: "x".repeat(4097) }] })).toMatchObject({
      code: 50035,
      errors: { "embeds.0.description": expect.any(String) },
    });
    const large = { title: "t", description: "x".repeat(4000) };
    expect(await refusal(webhook, { embeds: [large, large] })).toMatchObject({
      code: 50035,
      errors: { embeds: "Embed size exceeds maximum size of 6000" },
    });
    expect(
      await refusal(webhook, { embeds: Array.from({ length: 11 }, () => ({ title: "t" })) }),
    ).toMatchObject({
      code: 50035,
    });
    const wrongToken = webhook.replace(/[^/]+$/, "wrong");
    expect(await refusal(wrongToken, { content: "x" })).toMatchObject({ status: 401, code: 50027 });
    discord.deleteWebhook(webhook);
    expect(await refusal(webhook, { content: "x" })).toMatchObject({
      status: 404,
      code: 10015,
      message: "Unknown Webhook",
    });
  });

  it("a rate limit is 429 with retry_after in the JSON body and Retry-After (https://discord.com/developers/docs/topics/rate-limits)", async () => {
    discord.rateLimit(1.5);
    const response = await post(discord.createWebhook(), { content: "x" });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(await response.json()).toEqual({
      message: "You are being rate limited.",
      retry_after: 1.5,
      global: false,
    });
  });
});

describe("the SMTP sink", () => {
  it("accepts an authenticated message, parsed with mailparser; refuses a wrong password with 535", async () => {
    const auth = { user: "announcer", pass: "p@ss word" };
    const mail = await MailSink.start(auth);
    try {
      const transport = createTransport(mail.url(auth));
      await transport.sendMail({
        from: "Releases <releases@example.org>",
        to: "announce@example.org",
        subject: "v1.0.0",
        text: "plain",
        html: "<p>html</p>",
      });
      const [received] = mail.messages;
      expect(received?.envelope).toEqual({ from: "releases@example.org", to: ["announce@example.org"] });
      expect(received?.user).toBe("announcer");
      expect([received?.parsed.subject, received?.parsed.text?.trim(), received?.parsed.html]).toEqual([
        "v1.0.0",
        "plain",
        "<p>html</p>",
      ]);
      const wrong = createTransport(mail.url({ user: "announcer", pass: "nope" }));
      await expect(
        wrong.sendMail({ from: "a@example.org", to: "b@example.org", text: "x" }),
      ).rejects.toMatchObject({
        responseCode: 535,
      });
      mail.injectFault({ stage: "data", code: 451, message: "Try again later" });
      await expect(
        transport.sendMail({ from: "a@example.org", to: "b@example.org", text: "x" }),
      ).rejects.toMatchObject({
        responseCode: 451,
      });
      expect(mail.messages).toHaveLength(1);
    } finally {
      await mail.stop();
    }
  });
});
