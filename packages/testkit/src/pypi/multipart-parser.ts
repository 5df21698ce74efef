/**
 * Reads a multipart/form-data request as it streams in: text fields into memory, the file part
 * (`content`) onto disk and through an observer (the index hashes it on the way), reading no
 * faster than the disk takes it, so the fake index takes large uploads without holding them.
 */
import { once } from "node:events";
import { createWriteStream, type WriteStream } from "node:fs";
import type { IncomingMessage } from "node:http";

/** A parsed upload: every text field (repeated ones kept in order) and the file, if any. */
export interface ParsedForm {
  readonly fields: [string, string][];
  readonly file:
    | {
        readonly field: string;
        readonly filename: string;
        readonly contentType: string | undefined;
        readonly path: string;
        readonly size: number;
      }
    | undefined;
  /** Non-file fields that were sent as files (Warehouse refuses them). */
  readonly fileFields: string[];
}

/** Where the end of `data` that could be the start of `delimiter` begins (`data.length`: none). */
function possibleDelimiterStart(data: Buffer, delimiter: Buffer): number {
  for (let at = Math.max(data.length - delimiter.length + 1, 0); at < data.length; at++) {
    if (data[at] === delimiter[0] && data.subarray(at).equals(delimiter.subarray(0, data.length - at)))
      return at;
  }
  return data.length;
}

function headerValue(headers: string, name: string): string | undefined {
  return new RegExp(`^${name}:\\s*(.*)$`, "im").exec(headers)?.[1]?.trim();
}

/**
 * Parses the request body into `fileTarget` (the path the file part is written to); `onFileData`
 * sees the file part's bytes in order, each chunk once.
 */
export async function parseMultipart(
  request: IncomingMessage,
  fileTarget: string,
  onFileData: (data: Buffer) => void = () => {},
): Promise<ParsedForm> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(request.headers["content-type"] ?? "");
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) throw new Error("not multipart/form-data");
  const delimiter = Buffer.from(`\r\n--${marker}`);
  const fields: [string, string][] = [];
  const fileFields: string[] = [];
  let file: ParsedForm["file"];
  // Prefixing CRLF lets the first boundary be found like every later one.
  let pending: Buffer = Buffer.from("\r\n");
  let part:
    | {
        name: string;
        filename: string | undefined;
        contentType: string | undefined;
        chunks: Buffer[];
        out: WriteStream | undefined;
        size: number;
      }
    | undefined;
  let finished = false;

  const closePart = async () => {
    if (!part) return;
    if (part.out) {
      const out = part.out;
      await new Promise<void>((resolve, reject) =>
        out.end((error?: Error | null) => (error ? reject(error) : resolve())),
      );
      file = {
        field: part.name,
        filename: part.filename ?? "",
        contentType: part.contentType,
        path: fileTarget,
        size: part.size,
      };
    } else if (part.filename !== undefined) {
      fileFields.push(part.name);
    } else {
      fields.push([part.name, Buffer.concat(part.chunks).toString("utf8")]);
    }
    part = undefined;
  };
  const write = async (data: Buffer) => {
    if (!part || data.length === 0) return;
    part.size += data.length;
    if (!part.out) {
      part.chunks.push(data);
      return;
    }
    onFileData(data);
    if (!part.out.write(data)) await once(part.out, "drain");
  };

  for await (const chunk of request as AsyncIterable<Buffer>) {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    while (!finished) {
      if (!part) {
        const at = pending.indexOf(delimiter);
        if (at === -1) break;
        const headersEnd = pending.indexOf("\r\n\r\n", at + delimiter.length);
        const afterMarker = pending.subarray(at + delimiter.length, at + delimiter.length + 2).toString();
        if (afterMarker === "--") {
          finished = true;
          break;
        }
        if (headersEnd === -1) break;
        const headers = pending.subarray(at + delimiter.length + 2, headersEnd).toString("utf8");
        const disposition = headerValue(headers, "content-disposition") ?? "";
        const name = /name="([^"]*)"/.exec(disposition)?.[1] ?? "";
        const filename = /filename="([^"]*)"/.exec(disposition)?.[1];
        const contentType = headerValue(headers, "content-type");
        part = {
          name,
          filename,
          contentType,
          chunks: [],
          out: filename !== undefined && name === "content" ? createWriteStream(fileTarget) : undefined,
          size: 0,
        };
        pending = pending.subarray(headersEnd + 4);
        continue;
      }
      const at = pending.indexOf(delimiter);
      if (at === -1) {
        // Keep only what could be the start of the next delimiter (most often nothing, so that
        // the next chunk is taken as it is, not copied).
        const safe = possibleDelimiterStart(pending, delimiter);
        await write(pending.subarray(0, safe));
        pending = pending.subarray(safe);
        break;
      }
      await write(pending.subarray(0, at));
      pending = pending.subarray(at);
      await closePart();
    }
  }
  await closePart();
  return { fields, file, fileFields };
}
