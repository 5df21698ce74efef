/**
 * The fake index's side of Warehouse's upload validation (warehouse/forklift/legacy.py), in its
 * order and with its error texts. It judges what the client sent (the form fields, as Warehouse
 * does, and the archive itself) without sharing code with the client's own pre-checks, so a
 * client bug cannot hide behind a mirrored one.
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
// The version model only: core's PEP 440 is checked against Python's packaging, the reference.
import { normalizePep440 } from "@release-actions/core/strategy";
import { formMetadataRefusal, pythonRepr } from "./warehouse-metadata.ts";

/** A refusal: HTTP status and Warehouse's message (sent as the reason phrase and the body). */
export class UploadRefusal extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const CORE_METADATA = "See https://packaging.python.org/specifications/core-metadata for more information.";

/** PEP 503, as Warehouse's normalize_pep426_name. */
export function canonicalName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** A form value as UploadForm's errors quote it: Python's repr, cut in the middle past 60 characters. */
function quotedFormValue(value: string): string {
  return pythonRepr(value.length > 60 ? `${value.slice(0, 30)}...${value.slice(-30)}` : value);
}

/**
 * UploadForm (warehouse/forklift/forms.py) as file_upload reports it: every field's validators,
 * then the error of `name` first, else of the alphabetically first field; then the checks across
 * fields, which run only when every field passed.
 */
function uploadFormRefusal(form: ReadonlyMap<string, readonly string[]>): string | undefined {
  const one = (field: string) => form.get(field)?.[0] ?? "";
  const errors = new Map<string, string>();
  const name = one("name");
  if (name === "") errors.set("name", "This field is required.");
  else if (!/^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i.test(name))
    errors.set(
      "name",
      "Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'.",
    );
  const filetype = one("filetype");
  if (filetype === "") errors.set("filetype", "This field is required.");
  else if (filetype !== "sdist" && filetype !== "bdist_wheel")
    errors.set("filetype", "Use a known file type.");
  for (const [digest, kind] of [
    ["sha256_digest", "SHA256"],
    ["blake2_256_digest", "BLAKE2"],
  ]) {
    const value = one(digest as string);
    if (value !== "" && !/^[0-9a-f]{64}$/i.test(value))
      errors.set(digest as string, `Use a valid, hex-encoded, ${kind} message digest.`);
  }
  const field = errors.has("name") ? "name" : [...errors.keys()].sort()[0];
  if (field === "name")
    return `${quotedFormValue(name)} is an invalid value for Name. Error: ${errors.get("name")} ${CORE_METADATA}`;
  if (field) return `Invalid value for ${field}. Error: ${errors.get(field)}`;
  const pyversion = one("pyversion");
  if (filetype !== "sdist" && pyversion === "")
    return "Invalid value for pyversion. Error: Python version is required for binary distribution uploads.";
  if (filetype === "sdist" && pyversion !== "" && pyversion !== "source")
    return "Invalid value for pyversion. Error: Use 'source' as Python version for an sdist.";
  if (!one("md5_digest") && !one("sha256_digest") && !one("blake2_256_digest"))
    return "Error: Include at least one message digest.";
  return undefined;
}

/** Checks the form before the file is looked at, in Warehouse's order (file_upload up to the file part). */
export function checkUploadForm(form: Map<string, string[]>): {
  name: string;
  version: string;
  filetype: string;
} {
  const protocol = form.get("protocol_version")?.[0] ?? "1";
  if (protocol !== "1") throw new UploadRefusal(400, "Unknown protocol version.");
  const refusal = uploadFormRefusal(form) ?? formMetadataRefusal(form);
  if (refusal) throw new UploadRefusal(400, refusal);
  const one = (field: string) => form.get(field)?.[0] as string;
  return { name: one("name"), version: normalizePep440(one("version")) as string, filetype: one("filetype") };
}

// Warehouse's allowed platform tags, as one pattern per family.
const PLATFORM =
  /^(?:any|win32|win_(?:amd64|arm64|ia64)|linux_armv[67]l|manylinux1_(?:x86_64|i686)|manylinux2010_(?:x86_64|i686)|manylinux2014_(?:x86_64|i686|aarch64|armv7l|ppc64|ppc64le|s390x)|manylinux_\d+_\d+_(?:x86_64|i686|aarch64|armv7l|ppc64le|ppc64|s390x|riscv64)|musllinux_\d+_\d+_(?:x86_64|i686|aarch64|armv7l|ppc64le|s390x|riscv64)|macosx_(?:10_\d+|1[1-5]_0|26_0)_(?:x86_64|arm64|universal2?|intel|fat(?:3|64)?|i386|ppc(?:64)?)|ios_\w+|android_\w+|pyemscripten_\w+_wasm32)$/;

/** warehouse/forklift/legacy.py COMPRESSION_RATIO_MIN_SIZE and COMPRESSION_RATIO_THRESHOLD (zip only). */
const COMPRESSION_RATIO_MIN_SIZE = 64 * 1024 * 1024;
const COMPRESSION_RATIO_THRESHOLD = 50;

/** Names of the members of a zip, from its local file headers, start to end. */
function zipMembers(data: Buffer): string[] {
  const names: string[] = [];
  let decompressed = 0;
  let at = 0;
  while (at + 30 <= data.length && data.readUInt32LE(at) === 0x04034b50) {
    const flags = data.readUInt16LE(at + 6);
    const method = data.readUInt16LE(at + 8);
    if (method !== 0 && method !== 8)
      throw new UploadRefusal(
        400,
        "Invalid distribution file. File does not use a supported compression type",
      );
    const compressed = data.readUInt32LE(at + 18);
    decompressed += data.readUInt32LE(at + 22);
    const nameLength = data.readUInt16LE(at + 26);
    const extraLength = data.readUInt16LE(at + 28);
    names.push(data.toString("utf8", at + 30, at + 30 + nameLength));
    if (flags & 0x08)
      throw new UploadRefusal(
        400,
        "ZIP archive not accepted: data descriptors are not supported by this fake index",
      );
    at += 30 + nameLength + extraLength + compressed;
  }
  if (names.length === 0) throw new UploadRefusal(400, "Invalid distribution file. File is not a zipfile");
  // _is_valid_dist_file: a decompression bomb (PyPI checks it for zips, not for .tar.gz).
  if (decompressed > COMPRESSION_RATIO_MIN_SIZE && decompressed / data.length > COMPRESSION_RATIO_THRESHOLD)
    throw new UploadRefusal(
      400,
      `Invalid distribution file. File exceeds compression ratio of ${COMPRESSION_RATIO_THRESHOLD}`,
    );
  return names;
}

/** Names of the members of a .tar.gz. */
function tarMembers(data: Buffer): string[] {
  let tar: Buffer;
  try {
    tar = gunzipSync(data);
  } catch {
    throw new UploadRefusal(400, "Invalid distribution file. File is not a tarfile");
  }
  const names: string[] = [];
  let longName: string | undefined;
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start: number, length: number) =>
      header.toString("utf8", start, start + length).replace(/\0.*$/s, "");
    const size = Number.parseInt(field(124, 12).trim() || "0", 8);
    const type = field(156, 1) || "0";
    const data = tar.subarray(at + 512, at + 512 + size);
    const prefix = field(257, 5) === "ustar" ? field(345, 155) : "";
    if (type === "L") longName = data.toString("utf8").replace(/\0.*$/s, "");
    else if (type === "x") longName = /\d+ path=([^\n]*)\n/.exec(data.toString("utf8"))?.[1] ?? longName;
    else if (type !== "g") {
      names.push(longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100)));
      longName = undefined;
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}

/** Checks the file against the form (steps 12 and 20–22 of Warehouse). */
export function checkUploadedFile(
  path: string,
  filename: string,
  form: { name: string; version: string; filetype: string },
): void {
  if ([...filename].some((character) => character.charCodeAt(0) < 32 || character.charCodeAt(0) === 127))
    throw new UploadRefusal(
      400,
      "Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.",
    );
  if (/[/\\]/.test(filename))
    throw new UploadRefusal(400, "Cannot upload a file with '/' or '\\' in the name.");
  const extension = /\.(tar\.gz|zip|whl)$/i.exec(filename)?.[1]?.toLowerCase();
  if (!extension) {
    throw new UploadRefusal(
      400,
      "Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information",
    );
  }
  if ((form.filetype === "bdist_wheel") !== (extension === "whl")) {
    throw new UploadRefusal(
      400,
      `Invalid file extension: Extension ${extension} is invalid for filetype ${form.filetype}. See https://www.python.org/dev/peps/pep-0527 for more information.`,
    );
  }
  const project = canonicalName(form.name);
  const underscored = project.replace(/-/g, "_");
  const data = readFileSync(path);
  if (form.filetype === "sdist") {
    const expected = `${underscored}-${form.version}.tar.gz`;
    if (filename !== expected)
      throw new UploadRefusal(400, `Filename '${filename}' is invalid, should be '${expected}'.`);
    const names = tarMembers(data);
    const tops = new Set(names.map((name) => name.split("/")[0]));
    if (tops.size !== 1)
      throw new UploadRefusal(
        400,
        "Invalid distribution file. Incorrect number of top-level directories in sdist",
      );
    const top = [...tops][0];
    if (!names.includes(`${top}/PKG-INFO`))
      throw new UploadRefusal(400, `Invalid distribution file. PKG-INFO not found at ${top}/PKG-INFO`);
    return;
  }
  const parts = filename.slice(0, -4).split("-");
  if (parts.length !== 5 && parts.length !== 6)
    throw new UploadRefusal(400, `Invalid wheel filename (wrong number of parts): ${filename.slice(0, -4)}`);
  const [rawName = "", rawVersion = ""] = parts;
  if (canonicalName(rawName) !== project)
    throw new UploadRefusal(400, `Start filename for '${project}' with '${underscored}'.`);
  if (rawName !== underscored)
    throw new UploadRefusal(
      400,
      `Filename '${filename}' should contain the normalized project name '${underscored}', not '${rawName}'.`,
    );
  if (normalizePep440(rawVersion) !== form.version)
    throw new UploadRefusal(400, `Version in filename should be '${form.version}' not '${rawVersion}'.`);
  for (const platform of (parts.at(-1) as string).split(".")) {
    if (!PLATFORM.test(platform))
      throw new UploadRefusal(
        400,
        `Binary wheel '${filename}' has an unsupported platform tag '${platform}'.`,
      );
  }
  const names = zipMembers(data);
  const info = `${rawName}-${rawVersion}.dist-info`;
  if (!names.includes(`${info}/WHEEL`))
    throw new UploadRefusal(400, `Invalid distribution file. WHEEL not found at ${info}/WHEEL`);
  if (!names.includes(`${info}/METADATA`))
    throw new UploadRefusal(
      400,
      `Wheel '${filename}' does not contain the required METADATA file: ${info}/METADATA`,
    );
  if (!names.includes(`${info}/RECORD`))
    throw new UploadRefusal(
      400,
      `Wheel '${filename}' does not contain the required RECORD file: ${info}/RECORD`,
    );
}
