/**
 * The digests of a distribution, in one streaming pass: sha256 (what indexes compare), BLAKE2b-256
 * (what PyPI keys files on; Node's crypto cannot produce it, hash-wasm can), and md5 for print-hash.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createBLAKE2b } from "hash-wasm";

/** Hex digests of a file. */
export interface Digests {
  readonly sha256: string;
  readonly blake2_256: string;
  readonly md5: string;
}

/** Reads the file once and computes the three digests. */
export async function digestFile(path: string): Promise<Digests> {
  const sha256 = createHash("sha256");
  const md5 = createHash("md5");
  const blake2 = await createBLAKE2b(256);
  blake2.init();
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    sha256.update(chunk as Buffer);
    md5.update(chunk as Buffer);
    blake2.update(chunk as Buffer);
  }
  return { sha256: sha256.digest("hex"), blake2_256: blake2.digest("hex"), md5: md5.digest("hex") };
}
