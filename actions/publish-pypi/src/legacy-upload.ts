/**
 * The legacy upload API (`POST https://upload.pypi.org/legacy/`) as twine speaks it: a
 * multipart/form-data body with `:action=file_upload`, the metadata fields and the file, streamed
 * from disk with a known Content-Length (memory does not grow with the file), over HTTP/1.1 so
 * that the reason phrase, where Warehouse puts its error text, survives. Redirects are refused,
 * 5xx answers and dropped connections are retried with back-off.
 */
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { ConfigurationError, getErrorMessage, type Log } from "@release-actions/core";

/** Where and as whom to upload. */
export interface UploadTarget {
  readonly url: string;
  readonly username: string;
  readonly password: string;
}

/** One file and its form fields. */
export interface UploadFile {
  readonly path: string;
  readonly filename: string;
  readonly size: number;
  /** Form fields before the file part (action, protocol, metadata, filetype, digests…). */
  readonly fields: readonly (readonly [string, string])[];
}

/** How uploads retry. */
export interface RetryPolicy {
  readonly attempts: number;
  /** First back-off; it doubles each time. */
  readonly backoffMs: number;
}

/** The answer of the index to one upload. */
export type UploadAnswer =
  | { readonly status: "uploaded"; readonly warnings: string }
  | { readonly status: "exists"; readonly message: string };

const CRLF = "\r\n";

function quote(value: string): string {
  return value.replace(/"/g, "%22").replace(/\r|\n/g, " ");
}

/** The multipart body's parts around the file, and its total length. */
export function multipartFrame(
  file: UploadFile,
  boundary: string,
): { head: Buffer; tail: Buffer; length: number } {
  const fields = file.fields.map(
    ([name, value]) =>
      `--${boundary}${CRLF}Content-Disposition: form-data; name="${quote(name)}"${CRLF}${CRLF}${value}${CRLF}`,
  );
  const filePart = `--${boundary}${CRLF}Content-Disposition: form-data; name="content"; filename="${quote(file.filename)}"${CRLF}Content-Type: application/octet-stream${CRLF}${CRLF}`;
  const head = Buffer.from(fields.join("") + filePart, "utf8");
  const tail = Buffer.from(`${CRLF}--${boundary}--${CRLF}`, "utf8");
  return { head, tail, length: head.length + file.size + tail.length };
}

function send(
  target: UploadTarget,
  file: UploadFile,
): Promise<{ status: number; reason: string; body: string; location: string | undefined }> {
  const boundary = `release-actions-${randomBytes(12).toString("hex")}`;
  const frame = multipartFrame(file, boundary);
  const url = new URL(target.url);
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    // An index may answer (a refusal) before it read the whole body: its answer wins over the
    // broken pipe that follows.
    let answered = false;
    const outgoing = request(
      url,
      {
        method: "POST",
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
          }),
        );
        response.on("error", reject);
      },
    );
    outgoing.on("error", (error) => {
      if (!answered) reject(error);
    });
    outgoing.write(frame.head);
    const content = createReadStream(file.path, { highWaterMark: 1024 * 1024 });
    content.on("error", (error) => outgoing.destroy(error));
    content.on("end", () => outgoing.end(frame.tail));
    content.pipe(outgoing, { end: false });
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
    let answer: Awaited<ReturnType<typeof send>>;
    try {
      answer = await send(target, file);
    } catch (error) {
      if (attempt >= retry.attempts)
        throw new Error(
          `Uploading ${file.filename} to ${target.url} failed ${attempt} times; last: ${getErrorMessage(error)}`,
        );
      log.warning(
        `Uploading ${file.filename}: the connection failed (${getErrorMessage(error)}); retrying (${attempt}/${retry.attempts - 1}).`,
      );
      await sleep(retry.backoffMs * 2 ** (attempt - 1));
      continue;
    }
    const text = [answer.reason, answer.body.trim()]
      .filter((part, index, all) => part && all.indexOf(part) === index)
      .join(": ");
    if (answer.status === 200) return { status: "uploaded", warnings: answer.body.trim() };
    if (answer.status >= 500 && attempt < retry.attempts) {
      log.warning(
        `Uploading ${file.filename}: ${answer.status} ${text}; retrying (${attempt}/${retry.attempts - 1}).`,
      );
      await sleep(retry.backoffMs * 2 ** (attempt - 1));
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
