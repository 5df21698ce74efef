/**
 * Reads single members of a zip file (a wheel) from its central directory, without loading the
 * file: the directory is at the end, and each member is inflated on its own. These few small
 * reads at known offsets are synchronous: each costs less than a trip through the thread pool.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { inflateRawSync } from "node:zlib";

/** A member as the central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_MEMBER = 64 * 1024 * 1024;

/** The zip file's member list and a reader for members. */
export class ZipFile {
  readonly path: string;
  readonly entries: readonly ZipEntry[];

  private constructor(path: string, entries: ZipEntry[]) {
    this.path = path;
    this.entries = entries;
  }

  /** Opens a zip file and reads its central directory; throws "not a zip file" otherwise. */
  static open(path: string): ZipFile {
    const fd = openSync(path, "r");
    try {
      const { size } = fstatSync(fd);
      const tailLength = Math.min(size, 65_557);
      const tail = Buffer.alloc(tailLength);
      readSync(fd, tail, 0, tailLength, size - tailLength);
      let eocd = -1;
      for (let i = tailLength - 22; i >= 0; i--) {
        if (tail.readUInt32LE(i) === EOCD) {
          eocd = i;
          break;
        }
      }
      if (eocd === -1) throw new Error("File is not a zipfile");
      let count = tail.readUInt16LE(eocd + 10);
      let directorySize = tail.readUInt32LE(eocd + 12);
      let directoryOffset = tail.readUInt32LE(eocd + 16);
      if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
        const locator = eocd - 20;
        if (locator < 0 || tail.readUInt32LE(locator) !== ZIP64_LOCATOR)
          throw new Error("File is not a zipfile: missing zip64 locator");
        const record = Buffer.alloc(56);
        readSync(fd, record, 0, 56, Number(tail.readBigUInt64LE(locator + 8)));
        if (record.readUInt32LE(0) !== ZIP64_EOCD)
          throw new Error("File is not a zipfile: bad zip64 end of central directory");
        count = Number(record.readBigUInt64LE(32));
        directorySize = Number(record.readBigUInt64LE(40));
        directoryOffset = Number(record.readBigUInt64LE(48));
      }
      if (directoryOffset + directorySize > size)
        throw new Error("File is not a zipfile: central directory out of bounds");
      const directory = Buffer.alloc(directorySize);
      readSync(fd, directory, 0, directorySize, directoryOffset);
      const entries: ZipEntry[] = [];
      let at = 0;
      for (let index = 0; index < count; index++) {
        if (directory.readUInt32LE(at) !== CENTRAL)
          throw new Error("File is not a zipfile: bad central directory entry");
        const nameLength = directory.readUInt16LE(at + 28);
        const extraLength = directory.readUInt16LE(at + 30);
        const commentLength = directory.readUInt16LE(at + 32);
        let compressedSize = directory.readUInt32LE(at + 20);
        let entrySize = directory.readUInt32LE(at + 24);
        let offset = directory.readUInt32LE(at + 42);
        const name = directory.toString("utf8", at + 46, at + 46 + nameLength);
        // Zip64 extended information replaces the 32-bit fields that overflowed, in this order.
        for (let extra = at + 46 + nameLength; extra < at + 46 + nameLength + extraLength; ) {
          const id = directory.readUInt16LE(extra);
          const length = directory.readUInt16LE(extra + 2);
          if (id === 0x0001) {
            let field = extra + 4;
            if (entrySize === 0xffffffff) {
              entrySize = Number(directory.readBigUInt64LE(field));
              field += 8;
            }
            if (compressedSize === 0xffffffff) {
              compressedSize = Number(directory.readBigUInt64LE(field));
              field += 8;
            }
            if (offset === 0xffffffff) offset = Number(directory.readBigUInt64LE(field));
          }
          extra += 4 + length;
        }
        entries.push({
          name,
          method: directory.readUInt16LE(at + 10),
          compressedSize,
          size: entrySize,
          offset,
        });
        at += 46 + nameLength + extraLength + commentLength;
      }
      return new ZipFile(path, entries);
    } finally {
      closeSync(fd);
    }
  }

  /** The bytes of one member (stored or deflated). */
  read(entry: ZipEntry): Buffer {
    if (entry.size > MAX_MEMBER)
      throw new Error(`${entry.name} is ${entry.size} bytes, more than a metadata file can be`);
    const fd = openSync(this.path, "r");
    try {
      const { size } = fstatSync(fd);
      // A central directory may lie: every offset and size is checked against the file.
      if (entry.offset + 30 > size)
        throw new Error(`ZIP archive not accepted: ${entry.name} starts past the end of the file`);
      const header = Buffer.alloc(30);
      readSync(fd, header, 0, 30, entry.offset);
      if (header.readUInt32LE(0) !== LOCAL)
        throw new Error(`ZIP archive not accepted: bad local header for ${entry.name}`);
      const start = entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      if (start + entry.compressedSize > size)
        throw new Error(
          `ZIP archive not accepted: ${entry.name}'s ${entry.compressedSize} compressed bytes run past the ` +
            `end of the file`,
        );
      const data = Buffer.alloc(entry.compressedSize);
      readSync(fd, data, 0, entry.compressedSize, start);
      if (entry.method === 0) return data;
      if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: MAX_MEMBER });
      throw new Error(
        `File does not use a supported compression type (${entry.name} uses method ${entry.method})`,
      );
    } finally {
      closeSync(fd);
    }
  }
}
