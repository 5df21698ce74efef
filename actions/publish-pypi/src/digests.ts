/**
 * The digests of a distribution: sha256 (what indexes compare and attestations sign), BLAKE2b-256
 * (what PyPI keys files on; Node's crypto cannot produce it, hash-wasm's BLAKE2b build can), and
 * md5 only when print-hash shows it. A `Digester` takes the bytes as they pass: in a pass of its
 * own over the file (`digestFile`), or along the upload (multipart-body.ts).
 */
import { open } from "node:fs/promises";
import blake2b from "hash-wasm/dist/blake2b.umd.min.js";

/** Hex digests of a file. */
export interface Digests {
  readonly sha256: string;
  readonly blake2_256: string;
  /** Only when asked for (print-hash). */
  readonly md5?: string;
}

/** Which digests to compute besides sha256 and BLAKE2b-256. */
export interface DigestOptions {
  readonly md5?: boolean;
}

/** Hashes the bytes it is given, in order; each chunk is consumed at once (its buffer may be reused). */
export interface Digester {
  update(chunk: Uint8Array): void;
  digest(): Digests;
}

/** Reads files in chunks of this size, into one buffer reused for the whole file. */
export const READ_CHUNK = 64 * 1024;

/** A digester for one file. */
export async function createDigester({ md5 = false }: DigestOptions = {}): Promise<Digester> {
  // Loaded here, once the upload's first bytes are on their way (multipart-body.ts), not at start.
  const { createHash } = await import("node:crypto");
  const sha256 = createHash("sha256");
  const md5Hash = md5 ? createHash("md5") : undefined;
  const blake2 = (await blake2b.createBLAKE2b(256)).init();
  return {
    update(chunk) {
      sha256.update(chunk);
      md5Hash?.update(chunk);
      blake2.update(chunk);
    },
    digest: () => ({
      sha256: sha256.digest("hex"),
      blake2_256: blake2.digest("hex"),
      ...(md5Hash && { md5: md5Hash.digest("hex") }),
    }),
  };
}

/** Reads the file once and computes its digests. */
export async function digestFile(path: string, options: DigestOptions = {}): Promise<Digests> {
  const digester = await createDigester(options);
  const buffer = Buffer.allocUnsafe(READ_CHUNK);
  const file = await open(path);
  try {
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, READ_CHUNK, null);
      if (bytesRead === 0) return digester.digest();
      digester.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await file.close();
  }
}
