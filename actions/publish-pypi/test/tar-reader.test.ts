import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeTarGz } from "@release-actions/testkit";
import { expect, it } from "vitest";
import { scanTarGz } from "../src/tar-reader.ts";

const PKG_INFO = Buffer.from("Metadata-Version: 2.4\nName: sample-cli\nVersion: 0.1.0\n");

/** An sdist whose payload member (before PKG-INFO, as hatchling orders them) is `payload`. */
function sdist(payload: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), "tar-reader-")), "sample_cli-0.1.0.tar.gz");
  writeFileSync(
    path,
    writeTarGz([
      { path: "sample_cli-0.1.0/src/sample_cli/payload.bin", content: payload },
      { path: "sample_cli-0.1.0/PKG-INFO", content: PKG_INFO },
    ]),
  );
  return path;
}

const expected = (payloadSize: number) => ({
  members: [
    { name: "sample_cli-0.1.0/", type: "5", size: 0 },
    { name: "sample_cli-0.1.0/src/", type: "5", size: 0 },
    { name: "sample_cli-0.1.0/src/sample_cli/", type: "5", size: 0 },
    { name: "sample_cli-0.1.0/src/sample_cli/payload.bin", type: "0", size: payloadSize },
    { name: "sample_cli-0.1.0/PKG-INFO", type: "0", size: PKG_INFO.length },
  ],
  contents: new Map([["sample_cli-0.1.0/PKG-INFO", PKG_INFO]]),
});

const wantPkgInfo = (member: { name: string }) => member.name.endsWith("/PKG-INFO");

it.each([
  ["a small archive, read whole", randomBytes(10_000), (size: number) => size < 1024 * 1024],
  ["a large archive, streamed", randomBytes(3 * 1024 * 1024), (size: number) => size > 1024 * 1024],
  // 40 MiB of zeros compress to about 40 kB: over what a whole read may decompress to.
  ["a small archive that decompresses too large, streamed", Buffer.alloc(40 * 1024 * 1024), () => true],
])("lists the members and keeps PKG-INFO of %s", async (_, payload, sizeIsAsDescribed) => {
  const path = sdist(payload);
  expect(sizeIsAsDescribed(statSync(path).size)).toBe(true);
  const scan = await scanTarGz(path, wantPkgInfo);
  const { members, contents } = expected(payload.length);
  expect(scan.members).toEqual(members);
  expect(scan.contents).toEqual(contents);
});

it("refuses a truncated archive, whichever way it is read", async () => {
  for (const payload of [randomBytes(1_000), randomBytes(2 * 1024 * 1024)]) {
    const path = sdist(payload);
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 8));
    await expect(scanTarGz(path, wantPkgInfo)).rejects.toThrow(/unexpected end of file/);
  }
});

it("refuses a file that is not gzip, whichever way it is read", async () => {
  const small = join(mkdtempSync(join(tmpdir(), "tar-reader-")), "broken-0.1.0.tar.gz");
  writeFileSync(small, "not a tarball");
  await expect(scanTarGz(small, wantPkgInfo)).rejects.toThrow(/incorrect header check/);
  const large = join(mkdtempSync(join(tmpdir(), "tar-reader-")), "broken-0.1.0.tar.gz");
  writeFileSync(large, randomBytes(2 * 1024 * 1024));
  await expect(scanTarGz(large, wantPkgInfo)).rejects.toThrow(/incorrect header check/);
});
