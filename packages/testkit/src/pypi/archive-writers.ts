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

/** A zip archive of the members, deflated, with a fixed timestamp (reproducible). */
export function writeZip(members: readonly ArchiveMember[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const dosTime = 0;
  const dosDate = ((2020 - 1980) << 9) | (1 << 5) | 1;
  for (const member of members) {
    const name = Buffer.from(member.path, "utf8");
    const data = deflateRawSync(member.content);
    const crc = crc32(member.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(member.content.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(member.content.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
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
