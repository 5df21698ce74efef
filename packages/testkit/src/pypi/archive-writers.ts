/**
 * Minimal writers of the two archive formats Python distributions use: zip (wheels: deflated
 * members, local headers with sizes, a central directory) and gzipped ustar (sdists).
 */
import { crc32, deflateRawSync, gzipSync } from "node:zlib";

/** A member to write. */
export interface ArchiveMember {
  readonly path: string;
  readonly content: Buffer;
}

// DOS time and date of every member: 2020-01-01 00:00 (reproducible archives).
const DOS_TIME = 0;
const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;

/**
 * The 26 bytes the local file header (after its signature) and the central directory entry
 * (after its signature and "version made by") share: version needed, flags (UTF-8 names),
 * method (deflate), time, date, CRC-32, sizes, name length, no extra field.
 */
function zipEntryFields(crc: number, compressed: number, size: number, nameLength: number): Buffer {
  const fields = Buffer.alloc(26);
  fields.writeUInt16LE(20, 0);
  fields.writeUInt16LE(0x0800, 2);
  fields.writeUInt16LE(8, 4);
  fields.writeUInt16LE(DOS_TIME, 6);
  fields.writeUInt16LE(DOS_DATE, 8);
  fields.writeUInt32LE(crc, 10);
  fields.writeUInt32LE(compressed, 14);
  fields.writeUInt32LE(size, 18);
  fields.writeUInt16LE(nameLength, 22);
  return fields;
}

/** A zip archive of the members, deflated, with a fixed timestamp (reproducible). */
export function writeZip(members: readonly ArchiveMember[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const member of members) {
    const name = Buffer.from(member.path, "utf8");
    const data = deflateRawSync(member.content);
    const fields = zipEntryFields(crc32(member.content), data.length, member.content.length, name.length);
    const local = Buffer.alloc(4);
    local.writeUInt32LE(0x04034b50, 0);
    locals.push(local, fields, name, data);
    // Signature, version made by (Unix, 2.0), the shared fields, then comment length, disk,
    // internal attributes (all zero), external attributes (a regular file, 0644), offset.
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4);
    fields.copy(central, 6);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + fields.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function tarHeader(path: string, size: number, type: "0" | "5"): Buffer {
  const header = Buffer.alloc(512);
  const write = (value: string, at: number, length: number) => header.write(value, at, length, "utf8");
  if (Buffer.byteLength(path) > 100) {
    const cut = path.lastIndexOf("/", 155);
    write(path.slice(cut + 1), 0, 100);
    write(path.slice(0, cut), 345, 155);
  } else {
    write(path, 0, 100);
  }
  write(type === "5" ? "0000755\0" : "0000644\0", 100, 8);
  write("0000000\0", 108, 8);
  write("0000000\0", 116, 8);
  write(`${size.toString(8).padStart(11, "0")}\0`, 124, 12);
  write(`${(1_577_836_800).toString(8).padStart(11, "0")}\0`, 136, 12);
  write("        ", 148, 8);
  write(type, 156, 1);
  write("ustar\0", 257, 6);
  write("00", 263, 2);
  let sum = 0;
  for (const byte of header) sum += byte;
  write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8);
  return header;
}

/** A gzipped ustar archive of the members, their directories first. */
export function writeTarGz(members: readonly ArchiveMember[]): Buffer {
  const blocks: Buffer[] = [];
  const directories = new Set<string>();
  for (const member of members) {
    const parts = member.path.split("/");
    for (let depth = 1; depth < parts.length; depth++) {
      const directory = `${parts.slice(0, depth).join("/")}/`;
      if (!directories.has(directory)) {
        directories.add(directory);
        blocks.push(tarHeader(directory, 0, "5"));
      }
    }
    blocks.push(
      tarHeader(member.path, member.content.length, "0"),
      member.content,
      Buffer.alloc((512 - (member.content.length % 512)) % 512),
    );
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}
