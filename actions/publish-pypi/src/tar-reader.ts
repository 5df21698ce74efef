/**
 * Reads a gzipped tar file (an sdist): member headers one by one, the content of the members
 * asked for, and nothing else kept. A small archive is decompressed in one synchronous call; a
 * larger one streams, read in chunks by synchronous reads fed to gunzip as it takes them, so
 * memory does not grow with the file. This is read before the first upload: both ways start
 * faster than a file stream.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { pipeline } from "node:stream/promises";
import { createGunzip, gunzipSync } from "node:zlib";
import { READ_CHUNK } from "./digests.ts";

/** A member of the archive. */
export interface TarMember {
  readonly name: string;
  /** `0`/`\0` regular file, `5` directory, `2` symlink… */
  readonly type: string;
  readonly size: number;
}

/** What a scan of the archive found. */
export interface TarScan {
  readonly members: readonly TarMember[];
  /** Contents of the members `want` selected. */
  readonly contents: ReadonlyMap<string, Buffer>;
}

function text(block: Buffer, start: number, length: number): string {
  const slice = block.subarray(start, start + length);
  const end = slice.indexOf(0);
  return slice.toString("utf8", 0, end === -1 ? slice.length : end);
}

function number(block: Buffer, start: number, length: number): number {
  // Base-256 for sizes over 8 GiB, octal otherwise.
  if (((block[start] ?? 0) & 0x80) !== 0) {
    let value = 0;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + (block[i] ?? 0);
    return value;
  }
  return Number.parseInt(text(block, start, length).trim() || "0", 8);
}

function paxPath(data: Buffer): string | undefined {
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(0x20, at);
    const length = Number(data.toString("utf8", at, space));
    if (!length) break;
    const record = data.toString("utf8", space + 1, at + length - 1);
    if (record.startsWith("path=")) return record.slice(5);
    at += length;
  }
  return undefined;
}

function* fileChunks(path: string): Generator<Buffer> {
  const fd = openSync(path, "r");
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(READ_CHUNK);
      const length = readSync(fd, chunk);
      if (length === 0) return;
      yield chunk.subarray(0, length);
    }
  } finally {
    closeSync(fd);
  }
}

/** Takes the decompressed archive in chunks of any size and collects what `scanTarGz` returns. */
class TarMembers {
  readonly members: TarMember[] = [];
  readonly contents = new Map<string, Buffer>();
  /** True once the end-of-archive block was read. */
  ended = false;
  readonly #want: (member: TarMember) => boolean;
  #pending: Buffer = Buffer.alloc(0);
  /** The member whose data is being read, and what of it is kept. */
  #current:
    | { name: string; type: string; remaining: number; padding: number; keep: Buffer[] | undefined }
    | undefined;
  /** Bytes to discard: the padding after a member's data. */
  #skip = 0;
  #longName: string | undefined;

  constructor(want: (member: TarMember) => boolean) {
    this.#want = want;
  }

  push(chunk: Buffer): void {
    if (this.ended) return;
    let pending = this.#pending.length === 0 ? chunk : Buffer.concat([this.#pending, chunk]);
    while (!this.ended) {
      if (this.#skip > 0) {
        const dropped = Math.min(this.#skip, pending.length);
        pending = pending.subarray(dropped);
        this.#skip -= dropped;
        if (this.#skip > 0) break;
        continue;
      }
      const current = this.#current;
      if (current) {
        const take = Math.min(current.remaining, pending.length);
        current.keep?.push(pending.subarray(0, take));
        pending = pending.subarray(take);
        current.remaining -= take;
        if (current.remaining > 0) break;
        const data = current.keep && Buffer.concat(current.keep);
        if (current.type === "L" && data) this.#longName = text(data, 0, data.length);
        else if (current.type === "x" && data) this.#longName = paxPath(data) ?? this.#longName;
        else if (data) this.contents.set(current.name, data);
        this.#skip = current.padding;
        this.#current = undefined;
        continue;
      }
      if (pending.length < 512) break;
      const block = pending.subarray(0, 512);
      pending = pending.subarray(512);
      if (block.every((byte) => byte === 0)) {
        this.ended = true;
        break;
      }
      const type = String.fromCharCode(block[156] ?? 48).replace("\0", "0");
      const prefix = text(block, 257, 6).startsWith("ustar") ? text(block, 345, 155) : "";
      const name = this.#longName ?? (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100));
      const size = number(block, 124, 12);
      const meta = type === "L" || type === "x" || type === "g";
      if (!meta) {
        this.#longName = undefined;
        this.members.push({ name, type, size });
      }
      const keep = meta || (this.#want({ name, type, size }) && size <= MAX_KEPT) ? [] : undefined;
      this.#current = { name, type, remaining: size, padding: (512 - (size % 512)) % 512, keep };
    }
    this.#pending = pending;
  }
}

/** Largest member content kept. */
const MAX_KEPT = 16 * 1024 * 1024;

/**
 * Archives up to this size are read and decompressed in one synchronous call (most sdists:
 * about a millisecond, where setting up a stream takes three); larger ones stream.
 */
const WHOLE_FILE_LIMIT = 1024 * 1024;

/** Most a whole-file read may decompress to; a larger archive is streamed after all. */
const WHOLE_FILE_OUTPUT_LIMIT = 32 * 1024 * 1024;

/** The whole decompressed archive, or undefined when it would exceed WHOLE_FILE_OUTPUT_LIMIT. */
function gunzipWhole(path: string): Buffer | undefined {
  try {
    return gunzipSync(readFileSync(path), { maxOutputLength: WHOLE_FILE_OUTPUT_LIMIT });
  } catch (error) {
    if ((error as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") return undefined;
    throw error;
  }
}

/**
 * A decompression bomb: past 64 MiB decompressed, more than 50 times the file's size. These are
 * PyPI's numbers for zip archives (warehouse/forklift/legacy.py COMPRESSION_RATIO_MIN_SIZE and
 * _THRESHOLD); PyPI does not bound a .tar.gz (a TODO there), so this action does, before it
 * uploads: reading stops at the bound instead of inflating gigabytes.
 */
export const COMPRESSION_RATIO_MIN_SIZE = 64 * 1024 * 1024;
export const COMPRESSION_RATIO_THRESHOLD = 50;

/** The error of an archive that decompresses past the bound. */
export function compressionRatioError(): Error {
  return new Error(`File exceeds compression ratio of ${COMPRESSION_RATIO_THRESHOLD}`);
}

/** Scans the members of a .tar.gz, keeping the contents of those `want` selects (up to 16 MiB each). */
export async function scanTarGz(path: string, want: (member: TarMember) => boolean): Promise<TarScan> {
  const scan = new TarMembers(want);
  const { size } = statSync(path);
  const whole = size <= WHOLE_FILE_LIMIT ? gunzipWhole(path) : undefined;
  if (whole) {
    scan.push(whole);
    return { members: scan.members, contents: scan.contents };
  }
  const bound = Math.max(COMPRESSION_RATIO_MIN_SIZE, size * COMPRESSION_RATIO_THRESHOLD);
  let decompressed = 0;
  const stream = createGunzip();
  const feeding = pipeline(fileChunks(path), stream);
  try {
    // Read to the end even after the end-of-archive blocks: gunzip checks the file's trailer
    // there, as the one-call read does.
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      decompressed += chunk.length;
      if (decompressed > bound) throw compressionRatioError();
      scan.push(chunk);
    }
  } finally {
    stream.destroy();
    // Its errors reached the loop above through the stream; stopping early ends it too.
    await feeding.catch(() => {});
  }
  return { members: scan.members, contents: scan.contents };
}
