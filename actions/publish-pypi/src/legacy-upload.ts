/**
 * The legacy upload API (`POST https://upload.pypi.org/legacy/`) as twine speaks it: a
 * multipart/form-data body with `:action=file_upload`, the metadata fields, the digests and the
 * file, streamed from disk with a known Content-Length (multipart-body.ts), through the stage's
 * fetch (deps.fetch: the runtime's, which honours the proxy settings) over HTTP/1.1, so that the
 * reason phrase, where Warehouse puts its error text, survives. Redirects are refused; 5xx and
 * 429 answers, dropped connections and answers cut mid-body are retried with back-off.
 */
import { Readable, Transform } from "node:stream";
import { ConfigurationError, getErrorMessage, type Log } from "@release-actions/core/strategy";
import type { Digests } from "./digests.ts";
import { multipartFrame, type UploadFile, writeMultipartBody } from "./multipart-body.ts";
import { backOff, type RetryPolicy, refuseUnresolvedHost, transientStatus } from "./request-retries.ts";

/** Where and as whom to upload. */
export interface UploadTarget {
  readonly url: string;
  readonly username: string;
  readonly password: string;
}

/**
 * The answer of the index to one upload. `afterLostAnswer`: an earlier attempt failed after its
 * request may have reached the index (its answer lost or cut), so "exists" may name this very
 * upload.
 */
export type UploadAnswer =
  | { readonly status: "uploaded"; readonly warnings: string; readonly digests: Digests }
  | { readonly status: "exists"; readonly message: string; readonly afterLostAnswer: boolean };

interface SentUpload {
  readonly status: number;
  readonly reason: string;
  readonly body: string;
  readonly location: string | undefined;
  readonly retryAfter: string | undefined;
  /** The file's digests, known once its last byte was sent. */
  readonly digests: Promise<Digests>;
}

async function send(
  fetchImpl: typeof fetch,
  target: UploadTarget,
  file: UploadFile,
  idleTimeoutMs: number,
): Promise<SentUpload> {
  // About 100 random bits keep the boundary out of any file's content; Math.random's are as good
  // for that as node:crypto's, which would take 2–3 ms to load before the first byte.
  const random = () => Math.random().toString(16).slice(2);
  const boundary = `release-actions-${random()}${random()}`;
  const frame = multipartFrame(file, boundary);
  // Without an idle limit, an index that stops answering holds the release job until the job's
  // own time limit (6 hours by default). Every chunk sent or received restarts it.
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const moved = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => controller.abort(new Error(`no byte moved for ${idleTimeoutMs / 1000} s`)),
      idleTimeoutMs,
    );
  };
  moved();
  const body = new Transform({
    transform(chunk, _encoding, done) {
      moved();
      done(null, chunk);
    },
  });
  const digests = writeMultipartBody(body, file, frame);
  // An index may answer (a refusal) before it read the whole body: its answer wins.
  digests.catch(() => undefined);
  try {
    const response = await fetchImpl(target.url, {
      method: "POST",
      headers: {
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": String(frame.length),
        authorization: `Basic ${Buffer.from(`${target.username}:${target.password}`).toString("base64")}`,
        "user-agent": "instructlab-release-actions/publish-pypi",
      },
      body: Readable.toWeb(body) as ReadableStream,
      duplex: "half",
      redirect: "manual",
      signal: controller.signal,
    } as RequestInit);
    moved();
    // A body cut mid-way throws here: no answer, the upload may or may not have landed.
    const text = await response.text();
    return {
      status: response.status,
      // Warehouse's message is the reason phrase (HTTP/1.1).
      reason: response.statusText,
      body: text,
      location: response.headers.get("location") ?? undefined,
      retryAfter: response.headers.get("retry-after") ?? undefined,
      digests,
    };
  } catch (error) {
    body.destroy();
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

/** A server's words followed by ours: they end with one period, never two. */
export function asSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Uploads one file; "exists" when the index says the file is already there. */
export async function uploadFile(
  fetchImpl: typeof fetch,
  target: UploadTarget,
  file: UploadFile,
  retry: RetryPolicy,
  log: Log,
): Promise<UploadAnswer> {
  // Whether an attempt failed once its request may have reached the index.
  let afterLostAnswer = false;
  for (let attempt = 1; ; attempt++) {
    const retryAfter = (why: string, failure?: unknown) => {
      log.warning(`Uploading ${file.filename}: ${why}; retrying (${attempt}/${retry.attempts - 1}).`);
      return backOff(retry, attempt, failure);
    };
    let answer: SentUpload;
    try {
      answer = await send(fetchImpl, target, file, retry.idleTimeoutMs);
    } catch (error) {
      refuseUnresolvedHost(error, target.url);
      afterLostAnswer = true;
      if (attempt >= retry.attempts)
        throw new Error(
          `Uploading ${file.filename} to ${target.url} failed ${attempt} times; last: ` +
            `${getErrorMessage(error)}`,
        );
      await retryAfter(`the connection failed (${getErrorMessage(error)})`);
      continue;
    }
    const text = [answer.reason, answer.body.trim()]
      .filter((part, index, all) => part && all.indexOf(part) === index)
      .join(": ");
    // PyPI answers 200; other indexes 201 or another success code.
    if (answer.status >= 200 && answer.status < 300)
      return { status: "uploaded", warnings: answer.body.trim(), digests: await answer.digests };
    // 5xx and 429 (PyPI's "Too many new projects created", a proxy's rate limit) are retried,
    // after the Retry-After the index asked for when it gave one.
    const transient = transientStatus(answer.status, text, answer.retryAfter);
    if (transient && attempt < retry.attempts) {
      // A gateway's 5xx may come after the index took the file.
      if (answer.status >= 500) afterLostAnswer = true;
      await retryAfter(`${answer.status} ${text}`, transient);
      continue;
    }
    if (answer.status >= 300 && answer.status < 400) {
      throw new ConfigurationError(
        `Input "repository-url": ${target.url} answered ${answer.status} ${answer.reason} and redirects to ` +
          `${answer.location ?? "elsewhere"}. Uploads are not sent through redirects: set repository-url ` +
          `to the upload URL itself (for PyPI https://upload.pypi.org/legacy/, with the trailing slash).`,
      );
    }
    if (
      answer.status === 409 ||
      (answer.status === 400 && /already exist/i.test(`${answer.reason} ${answer.body}`))
    )
      return { status: "exists", message: text, afterLostAnswer };
    if (answer.status === 403) {
      throw new ConfigurationError(
        `${target.url} refused ${file.filename}: 403 ${asSentence(text)} Check the credentials: a PyPI API ` +
          `token (user __token__) or trusted publishing (no password, permissions: id-token: write).`,
      );
    }
    throw new ConfigurationError(`${target.url} refused ${file.filename}: ${answer.status} ${text}`);
  }
}
