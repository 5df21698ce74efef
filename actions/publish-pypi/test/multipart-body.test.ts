/** The upload body: where the digest parts go, and a length known before the first byte. */
import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { expect, it } from "vitest";
import { digestFile } from "../src/digests.ts";
import { multipartFrame, type UploadFile, writeMultipartBody } from "../src/multipart-body.ts";

const content = Buffer.alloc(300_000, "release-actions ");
const path = join(mkdtempSync(join(tmpdir(), "multipart-body-")), "sample_cli-0.1.0-py3-none-any.whl");
writeFileSync(path, content);
const file: UploadFile = {
  path,
  filename: "sample_cli-0.1.0-py3-none-any.whl",
  size: content.length,
  fields: [
    [":action", "file_upload"],
    ["name", "sample-cli"],
  ],
};

async function body(upload: UploadFile) {
  const frame = multipartFrame(upload, "BOUNDARY");
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const digests = await writeMultipartBody(sink, upload, frame);
  const text = Buffer.concat(chunks).toString("latin1");
  const at = (name: string) => text.indexOf(`name="${name}"`);
  return { digests, text, length: frame.length, at };
}

it("hashes the file as it streams and sends its digests after it, in a body of the announced length", async () => {
  const { digests, text, length, at } = await body(file);
  expect(digests).toEqual({
    sha256: createHash("sha256").update(content).digest("hex"),
    // BLAKE2b-256 of the same bytes, from the digest pass.
    blake2_256: (await digestFile(path)).blake2_256,
  });
  expect(Buffer.byteLength(text, "latin1")).toBe(length);
  expect(at("name")).toBeLessThan(at("content"));
  expect(at("content")).toBeLessThan(at("sha256_digest"));
  expect(at("sha256_digest")).toBeLessThan(at("blake2_256_digest"));
  expect(text).toContain(`name="sha256_digest"\r\n\r\n${digests.sha256}\r\n`);
  expect(text.endsWith("--BOUNDARY--\r\n")).toBe(true);
});

it("sends digests computed beforehand ahead of the file", async () => {
  const known = await digestFile(path);
  const { digests, text, length, at } = await body({ ...file, digests: known });
  expect(digests).toBe(known);
  expect(Buffer.byteLength(text, "latin1")).toBe(length);
  expect(at("blake2_256_digest")).toBeLessThan(at("content"));
  expect(text).toContain(`name="blake2_256_digest"\r\n\r\n${known.blake2_256}\r\n`);
});
