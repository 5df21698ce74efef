/**
 * The legacy upload API (`POST https://upload.pypi.org/legacy/`) as twine speaks it: a
 * multipart/form-data body with `:action=file_upload`, the metadata fields, the digests and the
 * file, streamed from disk with a known Content-Length (multipart-body.ts), over HTTP/1.1 so that
 * the reason phrase, where Warehouse puts its error text, survives. Redirects are refused, 5xx
 * answers and dropped connections are retried with back-off.
 */
import { request as httpRequest, type IncomingMessage } from "node:http";
import { proxyAgentFor } from "@release-actions/core/runtime";
import { ConfigurationError, getErrorMessage, type Log } from "@release-actions/core/strategy";
import type { Digests } from "./digests.ts";
import { multipartFrame, type UploadFile, writeMultipartBody } from "./multipart-body.ts";

/** Where and as whom to upload. */
export interface UploadTarget {
  readonly url: string;
  readonly username: string;
  readonly password: string;
}

/** How uploads retry. */
export interface RetryPolicy {
  readonly attempts: number;
  /** First back-off; it doubles each time. */
  readonly backoffMs: number;
  /** An attempt on which no byte moved either way for this long is abandoned, then retried. */
  readonly idleTimeoutMs: number;
}

/** The answer of the index to one upload. */
export type UploadAnswer =
  | { readonly status: "uploaded"; readonly warnings: string; readonly digests: Digests }
  | { readonly status: "exists"; readonly message: string };

interface SentUpload {
  readonly status: number;
  readonly reason: string;
  readonly body: string;
  readonly location: string | undefined;
  /** The file's digests, known once its last byte was sent. */
  readonly digests: Promise<Digests>;
}

async function send(target: UploadTarget, file: UploadFile, idleTimeoutMs: number): Promise<SentUpload> {
  // About 100 random bits keep the boundary out of any file's content; Math.random's are as good
  // for that as node:crypto's, which would take 2–3 ms to load before the first byte.
  const boundary = `release-actions-${Math.random().toString(16).slice(2)}${Math.random().toString(16).slice(2)}`;
  const frame = multipartFrame(file, boundary);
  const url = new URL(target.url);
  // TLS is loaded only for an https index.
  const request = url.protocol === "https:" ? (await import("node:https")).request : httpRequest;
  return new Promise((resolve, reject) => {
    // An index may answer (a refusal) before it read the whole body: its answer wins over the
    // broken pipe that follows.
    let answered = false;
    const outgoing = request(
      url,
      {
        method: "POST",
        agent: proxyAgentFor(url.href),
        headers: {
          "content-type": `multipart/form-data; boundary=${boundary}`,
          "content-length": String(frame.length),
          authorization: `Basic ${Buffer.from(`${target.username}:${target.password}`).toString("base64")}`,
          "user-agent": "instructlab-release-actions/publish-pypi",
        },
      },
      (response: IncomingMessage) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            reason: response.statusMessage ?? "",
            body: Buffer.concat(chunks).toString("utf8"),
            location: response.headers.location,
            digests,
          }),
        );
        response.on("error", reject);
      },
    );
    outgoing.on("error", (error) => {
      if (!answered) reject(error);
    });
    // Without this, an index that stops answering holds the release job until the job's own
    // time limit (6 hours by default).
    outgoing.setTimeout(idleTimeoutMs, () =>
      outgoing.destroy(new Error(`no byte moved for ${idleTimeoutMs / 1000} s`)),
    );
    const digests = writeMultipartBody(outgoing, file, frame);
    digests.catch((error: unknown) => {
      if (!answered) reject(error);
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Uploads one file; "exists" when the index says the file is already there. */
export async function uploadFile(
  target: UploadTarget,
  file: UploadFile,
  retry: RetryPolicy,
  log: Log,
): Promise<UploadAnswer> {
  for (let attempt = 1; ; attempt++) {
    const backOff = (why: string) => {
      log.warning(`Uploading ${file.filename}: ${why}; retrying (${attempt}/${retry.attempts - 1}).`);
      return sleep(retry.backoffMs * 2 ** (attempt - 1));
    };
    let answer: SentUpload;
    try {
      answer = await send(target, file, retry.idleTimeoutMs);
    } catch (error) {
      if (attempt >= retry.attempts)
        throw new Error(
          `Uploading ${file.filename} to ${target.url} failed ${attempt} times; last: ${getErrorMessage(error)}`,
        );
      await backOff(`the connection failed (${getErrorMessage(error)})`);
      continue;
    }
    const text = [answer.reason, answer.body.trim()]
      .filter((part, index, all) => part && all.indexOf(part) === index)
      .join(": ");
    // PyPI answers 200; other indexes 201 or another success code.
    if (answer.status >= 200 && answer.status < 300)
      return { status: "uploaded", warnings: answer.body.trim(), digests: await answer.digests };
    if (answer.status >= 500 && attempt < retry.attempts) {
      await backOff(`${answer.status} ${text}`);
      continue;
    }
    if (answer.status >= 300 && answer.status < 400) {
      throw new ConfigurationError(
        `Input "repository-url": ${target.url} answered ${answer.status} ${answer.reason} and redirects to ${answer.location ?? "elsewhere"}. Uploads are not sent through redirects: set repository-url to the upload URL itself (for PyPI https://upload.pypi.org/legacy/, with the trailing slash).`,
      );
    }
    if (
      answer.status === 409 ||
      (answer.status === 400 && /already exist/i.test(`${answer.reason} ${answer.body}`))
    )
      return { status: "exists", message: text };
    if (answer.status === 403) {
      throw new ConfigurationError(
        `${target.url} refused ${file.filename}: 403 ${text}. Check the credentials: a PyPI API token (user __token__) or trusted publishing (no password, permissions: id-token: write).`,
      );
    }
    throw new ConfigurationError(`${target.url} refused ${file.filename}: ${answer.status} ${text}`);
  }
}
