/**
 * The multipart/form-data body of an upload, streamed into the request: the fields, the file part
 * read from disk, and the closing boundary, with its length known before the first byte (the
 * index gets a Content-Length, and memory does not grow with the file). The digest fields go
 * before the file when the digests are known already; otherwise the file is hashed as it streams
 * and they follow it (Warehouse reads the whole form before it checks any field): one pass over
 * the file. Either way the digest fields have a fixed length, so the body's length is known.
 */
import { createReadStream } from "node:fs";
import type { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createDigester, type Digester, type Digests, READ_CHUNK } from "./digests.ts";
import { digestFields } from "./upload-fields.ts";

/** One file and its form fields. */
export interface UploadFile {
  readonly path: string;
  readonly filename: string;
  readonly size: number;
  /** Form fields but the digests (action, protocol, metadata, filetype, attestations…). */
  readonly fields: readonly (readonly [string, string])[];
  /** The file's digests when computed before the upload; without them, computed as it streams. */
  readonly digests?: Digests;
}

const CRLF = "\r\n";

/** Digests of the length of every real pair (hex sha256 and BLAKE2b-256: 64 characters each). */
const SAME_LENGTH_DIGESTS: Digests = { sha256: "0".repeat(64), blake2_256: "0".repeat(64) };

function quote(value: string): string {
  return value.replace(/"/g, "%22").replace(/\r|\n/g, " ");
}

/** The body's parts around the file content, and its total length. */
export function multipartFrame(
  file: UploadFile,
  boundary: string,
): { head: Buffer; tail: (digests: Digests) => Buffer; length: number } {
  const parts = (fields: readonly (readonly [string, string])[]) =>
    fields
      .map(
        ([name, value]) =>
          `--${boundary}${CRLF}Content-Disposition: form-data; ` +
          `name="${quote(name)}"${CRLF}${CRLF}${value}${CRLF}`,
      )
      .join("");
  const filePart =
    `--${boundary}${CRLF}Content-Disposition: form-data; name="content"; ` +
    `filename="${quote(file.filename)}"${CRLF}Content-Type: application/octet-stream${CRLF}${CRLF}`;
  const known = file.digests;
  const head = Buffer.from(parts(file.fields) + (known ? parts(digestFields(known)) : "") + filePart, "utf8");
  const tail = (digests: Digests) =>
    Buffer.from(`${CRLF}${known ? "" : parts(digestFields(digests))}--${boundary}--${CRLF}`, "utf8");
  return { head, tail, length: head.length + file.size + tail(SAME_LENGTH_DIGESTS).length };
}

/**
 * Writes the whole body into `request` and ends it, waiting for the request to take each chunk
 * before reading the next; resolves with the file's digests.
 */
export async function writeMultipartBody(
  request: Writable,
  file: UploadFile,
  frame: ReturnType<typeof multipartFrame>,
): Promise<Digests> {
  // The hashing is set up once the head is on its way: setting up BLAKE2b (a WebAssembly
  // compile) would otherwise hold back the connection and the first byte of the upload.
  await new Promise<void>((resolve, reject) =>
    request.write(frame.head, (error) => (error ? reject(error) : resolve())),
  );
  const known = file.digests;
  const digester: Digester = known ? { update() {}, digest: () => known } : await createDigester();
  await pipeline(
    createReadStream(file.path, { highWaterMark: READ_CHUNK }),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        digester.update(chunk);
        yield chunk;
      }
    },
    request,
    { end: false },
  );
  const digests = digester.digest();
  request.end(frame.tail(digests));
  return digests;
}
