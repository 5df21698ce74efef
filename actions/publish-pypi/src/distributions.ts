/**
 * The distributions to publish: found in `packages-dir`, their filenames parsed (PEP 427/491
 * wheels, PEP 625 sdists), their core metadata read from the archive itself.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { ATTESTATION_SUFFIX, ConfigurationError, getErrorMessage } from "@release-actions/core/strategy";
import { CoreMetadata } from "./core-metadata.ts";
import {
  COMPRESSION_RATIO_MIN_SIZE,
  COMPRESSION_RATIO_THRESHOLD,
  compressionRatioError,
  scanTarGz,
} from "./tar-reader.ts";
import { ZipFile } from "./zip-reader.ts";

/**
 * A wheel's or an sdist's filename, parsed: the name and version parts exactly as written, and a
 * wheel's python tag and platform tags (`.`-separated sets expanded).
 */
export type DistributionName =
  | {
      readonly kind: "wheel";
      readonly name: string;
      readonly version: string;
      readonly python: string;
      readonly platforms: readonly string[];
    }
  | { readonly kind: "sdist"; readonly name: string; readonly version: string };

/** A distribution file with its metadata and members. */
export interface Distribution {
  readonly path: string;
  readonly filename: string;
  readonly size: number;
  readonly parsed: DistributionName;
  readonly metadata: CoreMetadata;
  /** Member paths of the archive (for the checks of required files). */
  readonly members: readonly string[];
  /** Zip compression methods in use (wheels). */
  readonly methods: readonly number[];
  /** What the members add up to decompressed, as the zip's central directory says (wheels). */
  readonly decompressedSize: number;
}

/** Parses a distribution filename, or explains why it is not one. */
function parseDistributionName(filename: string): DistributionName {
  if (filename.endsWith(".whl")) {
    const parts = filename.slice(0, -4).split("-");
    if (parts.length !== 5 && parts.length !== 6) {
      throw new ConfigurationError(
        `${filename}: a wheel filename has 5 or 6 dash-separated parts ` +
          `(name-version[-build]-python-abi-platform.whl).`,
      );
    }
    if (parts.length === 6 && !/^\d/.test(parts[2] as string))
      throw new ConfigurationError(`${filename}: the build tag (3rd part) must start with a digit.`);
    const [name = "", version = ""] = parts;
    const [python, , platform] = parts.slice(-3) as [string, string, string];
    return { kind: "wheel", name, version, python, platforms: platform.split(".") };
  }
  if (filename.endsWith(".tar.gz")) {
    const stem = filename.slice(0, -7);
    const dash = stem.lastIndexOf("-");
    if (dash <= 0) throw new ConfigurationError(`${filename}: an sdist filename is {name}-{version}.tar.gz.`);
    return { kind: "sdist", name: stem.slice(0, dash), version: stem.slice(dash + 1) };
  }
  throw new ConfigurationError(`${filename}: not a distribution (a .whl wheel or a .tar.gz sdist).`);
}

/** Text from outside (a filename, a metadata value) as the log may show it: JSON-quoted unless plain. */
export function printable(text: string): string {
  return /^[^\p{Cc}\p{Zl}\p{Zp}:"]*$/u.test(text) && !text.startsWith(" ") ? text : JSON.stringify(text);
}

/** The distributions of a directory (and the other files in it, which are not uploaded). */
export async function findDistributions(directory: string): Promise<{ files: string[]; ignored: string[] }> {
  let names: string[];
  try {
    names = (await readdir(directory)).sort();
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new ConfigurationError(
      code === "ENOTDIR"
        ? `Input "packages-dir": ${directory} is a file, not a directory. Give the folder the ` +
            `distributions are in (python -m build writes them to dist/).`
        : code === "ENOENT"
          ? `Input "packages-dir": ${directory} does not exist. Build the distributions first (python -m ` +
            `build writes them to dist/).`
          : `Input "packages-dir": ${directory} cannot be read (${getErrorMessage(error)}).`,
    );
  }
  const isDistribution = (name: string) => name.endsWith(".whl") || name.endsWith(".tar.gz");
  // A FIFO, a device or a directory named like a distribution is refused at once: opening a FIFO
  // waits for a writer that never comes. A symbolic link to a regular file is read as that file.
  const special: string[] = [];
  for (const name of names.filter(isDistribution)) {
    const kind = await stat(join(directory, name)).then(
      (stats) =>
        stats.isFile()
          ? undefined
          : stats.isFIFO()
            ? "a FIFO"
            : stats.isDirectory()
              ? "a directory"
              : "not a regular file",
      () => "a broken link",
    );
    if (kind) special.push(`${printable(name)} (${kind})`);
  }
  if (special.length > 0)
    throw new ConfigurationError(
      `Input "packages-dir": ${directory} holds ${special.join(", ")}, named like a distribution but not a ` +
        `regular file. Nothing was uploaded: remove it, or publish from a directory that holds only the ` +
        `built files.`,
    );
  const files = names.filter(isDistribution).map((name) => join(directory, name));
  if (files.length === 0) {
    throw new ConfigurationError(
      `Input "packages-dir": ${directory} has no .whl or .tar.gz file to ` +
        `publish${names.length > 0 ? ` (found ${names.join(", ")})` : ""}. Build the distributions first.`,
    );
  }
  // Attestations a run before this one wrote beside its files are theirs, not strays.
  const ignored = names.filter((name) => !isDistribution(name) && !name.endsWith(ATTESTATION_SUFFIX));
  return { files, ignored };
}

/**
 * Reads a distribution: its filename, its core metadata, its members. Whatever is wrong with the
 * archive is an error that names the file.
 */
export async function readDistribution(path: string): Promise<Distribution> {
  const filename = path.split(/[\\/]/).at(-1) as string;
  try {
    return await readArchive(path, filename);
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new ConfigurationError(
      `${printable(filename)}: invalid distribution file: ${getErrorMessage(error)}.`,
    );
  }
}

async function readArchive(path: string, filename: string): Promise<Distribution> {
  const parsed = parseDistributionName(filename);
  const { size } = await stat(path);
  if (parsed.kind === "wheel") {
    let zip: ZipFile;
    try {
      zip = ZipFile.open(path);
    } catch (error) {
      throw new ConfigurationError(`${filename}: invalid distribution file: ${getErrorMessage(error)}.`);
    }
    const wanted = `${parsed.name}-${parsed.version}.dist-info/METADATA`;
    const entry = zip.entries.find((candidate) => candidate.name === wanted);
    if (!entry)
      throw new ConfigurationError(
        `Wheel '${filename}' does not contain the required METADATA file: ${wanted}`,
      );
    const metadata = CoreMetadata.parse(zip.read(entry).toString("utf8"));
    return {
      path,
      filename,
      size,
      parsed,
      metadata,
      members: zip.entries.map((member) => member.name),
      methods: [...new Set(zip.entries.map((member) => member.method))],
      decompressedSize: zip.entries.reduce((total, member) => total + member.size, 0),
    };
  }
  let scan: Awaited<ReturnType<typeof scanTarGz>>;
  try {
    scan = await scanTarGz(path, (member) => /^[^/]+\/PKG-INFO$/.test(member.name));
  } catch (error) {
    const message = getErrorMessage(error);
    throw new ConfigurationError(
      message === compressionRatioError().message
        ? `${printable(filename)}: invalid distribution file: ${message}: it decompresses to more than ` +
            `${COMPRESSION_RATIO_MIN_SIZE / 1024 / 1024} MiB and ${COMPRESSION_RATIO_THRESHOLD} times its ` +
            `size (a decompression bomb), so it is not uploaded. Rebuild the sdist from the project's ` +
            `sources.`
        : `${printable(filename)}: invalid distribution file: File is not a tarfile (${message}).`,
    );
  }
  const tops = [...new Set(scan.members.map((member) => member.name.split("/")[0]))];
  const top = tops.length === 1 ? tops[0] : undefined;
  const pkgInfo = top === undefined ? undefined : scan.contents.get(`${top}/PKG-INFO`);
  if (!pkgInfo) {
    throw new ConfigurationError(
      tops.length !== 1
        ? `${filename}: invalid distribution file: Incorrect number of top-level directories in sdist ` +
            `(${tops.length}).`
        : `${filename}: invalid distribution file: PKG-INFO not found at ${top}/PKG-INFO.`,
    );
  }
  return {
    path,
    filename,
    size,
    parsed,
    metadata: CoreMetadata.parse(pkgInfo.toString("utf8")),
    members: scan.members.map((member) => member.name),
    methods: [],
    decompressedSize: scan.members.reduce((total, member) => total + member.size, 0),
  };
}
