/**
 * Posting to Slack and Discord with plain fetch. A 429 is waited out as the service says
 * (`Retry-After`, or Discord's JSON `retry_after`); a request that never reached the service
 * (connection refused, unknown host) is tried again; a 5xx is not, because the service may have
 * posted before failing, and a second post is worse than a failed step that says so.
 */
import { getErrorMessage } from "@release-actions/core/strategy";
import type { DiscordPayload, SlackMessage } from "./chat-messages.ts";

/** What posting needs. */
export interface PostDeps {
  readonly fetch: typeof fetch;
  readonly sleep: (ms: number) => Promise<void>;
}

/** A post that did not happen, in words for the summary (never with a secret in them). */
export class PostError extends Error {
  override name = "PostError";
}

const ATTEMPTS = 3;
/** The longest wait a rate limit may ask for before the channel is given up for this run. */
const MAX_WAIT_MS = 120_000;
const NEVER_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH"]);

function errorCode(error: unknown): string | undefined {
  for (let cause: unknown = error; cause; cause = (cause as { cause?: unknown }).cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

/** A short, safe rendering of a server's answer (a code like `no_service`, or nothing). */
function answerCode(text: string): string {
  const trimmed = text.trim();
  return /^[a-z_]{1,60}$/.test(trimmed) ? trimmed : "";
}

/** Seconds to wait from a 429: the JSON `retry_after` (Discord, fractional), else `Retry-After`. */
async function retryAfterMs(response: Response): Promise<number> {
  const body = (await response.json().catch(() => undefined)) as { retry_after?: unknown } | undefined;
  if (typeof body?.retry_after === "number" && body.retry_after >= 0)
    return Math.ceil(body.retry_after * 1000);
  const header = Number(response.headers.get("retry-after"));
  return Number.isFinite(header) && header >= 0 ? header * 1000 : 1000;
}

/** POSTs JSON, waiting out rate limits; returns the first answer that is not a 429. */
async function postJson(
  deps: PostDeps,
  service: string,
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await deps.fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8", ...headers },
        body: JSON.stringify(body),
      });
    } catch (error) {
      const code = errorCode(error);
      if (code && NEVER_SENT.has(code) && attempt < ATTEMPTS) {
        await deps.sleep(1000 * attempt);
        continue;
      }
      throw new PostError(
        `could not reach ${service} (${code ?? getErrorMessage(error).slice(0, 80)})${code && NEVER_SENT.has(code) ? "" : "; it may or may not have posted, look before re-running"}.`,
      );
    }
    if (response.status !== 429) return response;
    const wait = await retryAfterMs(response);
    if (attempt >= ATTEMPTS || wait > MAX_WAIT_MS)
      throw new PostError(
        `${service} kept rate-limiting (429, retry after ${Math.ceil(wait / 1000)} s); nothing was posted. Re-run the job later.`,
      );
    await deps.sleep(wait);
  }
}

function serverError(service: string, status: number): PostError {
  return new PostError(
    `${service} answered ${status}: it may or may not have posted. Look at the channel; re-run the job only if the announcement is not there.`,
  );
}

const SLACK_WEBHOOK_HINTS: Record<string, string> = {
  no_service:
    "the webhook was removed or its URL is wrong: create a new incoming webhook and update the secret",
  channel_not_found: "the webhook's channel no longer exists: create a webhook for an existing channel",
  channel_is_archived: "the webhook's channel is archived: unarchive it or use another channel's webhook",
  action_prohibited: "the workspace restricts this webhook: ask a Slack admin",
};

/** Posts through an incoming webhook; Slack answers `ok` or a status and a plain-text code. */
export async function postSlackWebhook(
  deps: PostDeps,
  webhookUrl: string,
  message: SlackMessage,
): Promise<string> {
  const response = await postJson(deps, "Slack", webhookUrl, {
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
  });
  const code = answerCode(await response.text());
  if (response.ok) return "posted by the incoming webhook";
  if (response.status >= 500) throw serverError("Slack", response.status);
  const hint = SLACK_WEBHOOK_HINTS[code];
  throw new PostError(
    `Slack refused the post (${response.status}${code ? ` ${code}` : ""})${hint ? `: ${hint}` : ""}.`,
  );
}

const SLACK_API_HINTS: Record<string, string> = {
  not_authed: "no token reached Slack",
  invalid_auth: "the token is not valid: update the slack-token secret",
  token_revoked: "the token was revoked: update the slack-token secret",
  channel_not_found: "no such channel, or the bot cannot see it: check slack-channel (a name or an id)",
  not_in_channel: "the bot is not in the channel: invite it (/invite @your-bot) first",
  is_archived: "the channel is archived",
  missing_scope: "the bot lacks the chat:write scope",
};

/** Posts with chat.postMessage and a bot token; Slack answers 200 with `{ok, error}`. */
export async function postSlackApi(
  deps: PostDeps,
  token: string,
  channel: string,
  message: SlackMessage,
): Promise<string> {
  const response = await postJson(
    deps,
    "Slack",
    "https://slack.com/api/chat.postMessage",
    { channel, text: message.text, blocks: message.blocks, unfurl_links: false },
    { authorization: `Bearer ${token}` },
  );
  if (response.status >= 500) throw serverError("Slack", response.status);
  const answer = (await response.json().catch(() => ({}))) as { ok?: unknown; error?: unknown; ts?: unknown };
  if (answer.ok === true)
    return `posted by chat.postMessage (ts ${typeof answer.ts === "string" && /^[\d.]{1,30}$/.test(answer.ts) ? answer.ts : "?"})`;
  const code = typeof answer.error === "string" ? answerCode(answer.error) : "";
  const hint = SLACK_API_HINTS[code];
  throw new PostError(
    `Slack refused chat.postMessage (${code || `HTTP ${response.status}`})${hint ? `: ${hint}` : ""}.`,
  );
}

/** Executes a Discord webhook with `?wait=true`, so Discord confirms the message was saved. */
export async function postDiscord(
  deps: PostDeps,
  webhookUrl: string,
  payload: DiscordPayload,
): Promise<string> {
  const url = new URL(webhookUrl);
  url.searchParams.set("wait", "true");
  const response = await postJson(deps, "Discord", url.toString(), payload);
  if (response.status >= 500) throw serverError("Discord", response.status);
  const answer = (await response.json().catch(() => ({}))) as {
    id?: unknown;
    code?: unknown;
    message?: unknown;
  };
  if (response.ok)
    return `posted (message ${typeof answer.id === "string" && /^\d{1,30}$/.test(answer.id) ? answer.id : "?"})`;
  const code = typeof answer.code === "number" ? answer.code : undefined;
  const hint =
    response.status === 404
      ? "the webhook was deleted or its URL is wrong: create a new one and update the secret"
      : response.status === 401
        ? "the webhook's token is wrong: copy its URL into the secret again"
        : "Discord refused the message's form (a bug of this action: report it)";
  throw new PostError(
    `Discord refused the post (${response.status}${code ? `, code ${code}` : ""}): ${hint}.`,
  );
}
