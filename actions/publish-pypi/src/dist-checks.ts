/**
 * What PyPI (Warehouse) would refuse, checked before any upload, each with Warehouse's own words
 * and what to do; plus what `verify-metadata` promises (twine check) and `expected-version`.
 * A refused dist means nothing is uploaded: a half-published release is worse than none.
 */
import {
  comparePep440,
  formatPep440,
  normalizePackageName,
  parsePep440,
} from "@release-actions/core/strategy";
import { metadataVersionAllows } from "./core-metadata.ts";
import type { Distribution } from "./distributions.ts";
import { rstProblems } from "./rst-check.ts";
import { COMPRESSION_RATIO_MIN_SIZE, COMPRESSION_RATIO_THRESHOLD } from "./tar-reader.ts";

const SUPPORTED_METADATA_VERSIONS = ["1.0", "1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5"];
const NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
const ARCHES = "(x86_64|i686|aarch64|armv7l|ppc64le|s390x|riscv64|ppc64)";
const MAC_ARCHES = "(x86_64|arm64|universal2|universal|intel|fat|fat3|fat64|i386|ppc|ppc64)";
const PLATFORMS = [
  /^(any|win32|win_amd64|win_arm64|win_ia64|linux_armv6l|linux_armv7l)$/,
  /^manylinux1_(x86_64|i686)$/,
  /^manylinux2010_(x86_64|i686)$/,
  /^manylinux2014_(x86_64|i686|aarch64|armv7l|ppc64|ppc64le|s390x)$/,
  new RegExp(`^manylinux_\\d+_\\d+_${ARCHES}$`),
  /^musllinux_\d+_\d+_(x86_64|i686|aarch64|armv7l|ppc64le|s390x|riscv64)$/,
  new RegExp(`^macosx_10_\\d+_${MAC_ARCHES}$`),
  new RegExp(`^macosx_(11|12|13|14|15|26)_0_${MAC_ARCHES}$`),
  /^ios_\w+$/,
  /^android_\w+$/,
  /^pyemscripten_\w+_wasm32$/,
];
/**
 * Fields and the Metadata-Version that introduced them (packaging's `Metadata`, which PyPI
 * validates uploads with): a newer field is refused ("{field} introduced in metadata version
 * {added}, not {version}"), except License-File, which twine leaves out below 2.4.
 */
const FIELD_VERSIONS: Readonly<Record<string, string>> = {
  "supported-platform": "1.1",
  "download-url": "1.1",
  classifier: "1.1",
  requires: "1.1",
  provides: "1.1",
  obsoletes: "1.1",
  maintainer: "1.2",
  "maintainer-email": "1.2",
  "requires-dist": "1.2",
  "requires-python": "1.2",
  "requires-external": "1.2",
  "project-url": "1.2",
  "provides-dist": "1.2",
  "obsoletes-dist": "1.2",
  "description-content-type": "2.1",
  "provides-extra": "2.1",
  dynamic: "2.2",
  "license-expression": "2.4",
  "license-file": "2.4",
  "import-name": "2.5",
  "import-namespace": "2.5",
};
const CONTENT_TYPES = ["text/plain", "text/x-rst", "text/markdown"];

// Warehouse refuses ordinals 0-31 and 127 in file names.
function hasControlCharacters(text: string): boolean {
  return [...text].some((character) => {
    const code = character.charCodeAt(0);
    return code < 32 || code === 127;
  });
}

/**
 * A metadata value quoted as Warehouse quotes it (Python's repr, cut in the middle past 60
 * characters): one line whatever the value holds.
 */
function repr(value: string): string {
  const cut = value.length > 60 ? `${value.slice(0, 30)}...${value.slice(-30)}` : value;
  const escaped = cut.replace(/[\\'\p{Cc}]/gu, (character) => {
    const named: Record<string, string> = { "\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t" };
    return named[character] ?? `\\x${character.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
  return `'${escaped}'`;
}

/** What the checks found: errors stop the upload; warnings are reported. */
export interface CheckResult {
  readonly errors: string[];
  readonly warnings: string[];
}

/** Options of the checks. */
export interface CheckOptions {
  readonly expectedVersion?: string;
  readonly verifyMetadata: boolean;
  /** The index's size limit per file, in bytes. */
  readonly maxFileSize: number;
}

/** Checks every distribution against Warehouse's rules (and the options). */
export function checkDistributions(
  distributions: readonly Distribution[],
  options: CheckOptions,
): CheckResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const expected = options.expectedVersion ? parsePep440(options.expectedVersion) : undefined;

  for (const dist of distributions) {
    const fail = (message: string, fix: string) =>
      errors.push(`${dist.filename}: PyPI refuses it: "${message}" ${fix}`);
    const { metadata, parsed } = dist;
    const metadataVersion = metadata.get("Metadata-Version");
    const name = metadata.get("Name");
    const versionText = metadata.get("Version");
    if (!metadataVersion || !name || !versionText) {
      fail(
        "Metadata-Version, Name and Version are required",
        "The archive's metadata is incomplete: rebuild it with a current build backend.",
      );
      continue;
    }
    if (!SUPPORTED_METADATA_VERSIONS.includes(metadataVersion)) {
      fail(
        `${repr(metadataVersion)} is not a valid metadata version.`,
        `PyPI accepts ${SUPPORTED_METADATA_VERSIONS.join(", ")}; build with a backend that writes one of ` +
          `them.`,
      );
    }
    if (!NAME.test(name))
      fail(
        `${repr(name)} is an invalid value for Name.`,
        "Start and end with a letter or numeral, and use only ASCII letters, digits, '.', '_' and '-'.",
      );
    const version = parsePep440(versionText);
    if (!version) {
      fail(`${repr(versionText)} is invalid for 'version'.`, "Use a PEP 440 version.");
      continue;
    }
    if (version.local)
      fail(
        `The use of local versions in ${repr(versionText)} is not allowed.`,
        `Release ${formatPep440({ ...version, local: undefined })} instead (setuptools_scm: local_scheme = ` +
          `"no-local-version").`,
      );
    const project = normalizePackageName(name);
    const normalized = project.replace(/-/g, "_");
    if (normalizePackageName(parsed.name) !== project) {
      fail(
        `Start filename for '${project}' with '${normalized}'.`,
        `The filename names ${parsed.name}, the metadata ${name}: the file belongs to another project or ` +
          `was renamed.`,
      );
    } else if (parsed.kind === "wheel" && parsed.name !== normalized) {
      fail(
        `Filename '${dist.filename}' should contain the normalized project name '${normalized}', not ` +
          `'${parsed.name}'.`,
        "Rebuild with a current build backend, which normalizes the name.",
      );
    }
    const fileVersion = parsePep440(parsed.version);
    if (!fileVersion || comparePep440(fileVersion, version) !== 0) {
      fail(
        `Version in filename should be '${formatPep440(version)}' not '${parsed.version}'.`,
        "The file was renamed, or built from another version.",
      );
    }
    if (parsed.kind === "sdist") {
      const wanted = `${normalized}-${formatPep440(version)}.tar.gz`;
      if (dist.filename !== wanted)
        fail(
          `Filename '${dist.filename}' is invalid, should be '${wanted}'.`,
          "PEP 625 names sdists {normalized_name}-{version}.tar.gz; rebuild with a current build backend.",
        );
    } else {
      for (const platform of parsed.platforms) {
        if (!PLATFORMS.some((pattern) => pattern.test(platform))) {
          fail(
            `Binary wheel '${dist.filename}' has an unsupported platform tag '${platform}'.`,
            "Build a manylinux/musllinux wheel (auditwheel repair), or upload only the sdist.",
          );
        }
      }
      const info = `${parsed.name}-${parsed.version}.dist-info`;
      if (!dist.members.includes(`${info}/WHEEL`))
        fail(
          `Invalid distribution file. WHEEL not found at ${info}/WHEEL`,
          "The wheel is damaged: rebuild it.",
        );
      if (!dist.members.includes(`${info}/RECORD`))
        fail(
          `Wheel '${dist.filename}' does not contain the required RECORD file: ${info}/RECORD`,
          "The wheel is damaged: rebuild it.",
        );
      if (
        dist.decompressedSize > COMPRESSION_RATIO_MIN_SIZE &&
        dist.decompressedSize / dist.size > COMPRESSION_RATIO_THRESHOLD
      )
        fail(
          `Invalid distribution file. File exceeds compression ratio of ${COMPRESSION_RATIO_THRESHOLD}`,
          `Its members add up to ${dist.decompressedSize} bytes, over ${COMPRESSION_RATIO_THRESHOLD} times ` +
            `its size: a decompression bomb, or a damaged wheel.`,
        );
      if (dist.methods.some((method) => method !== 0 && method !== 8))
        fail(
          "Invalid distribution file. File does not use a supported compression type",
          "Zip members may only be stored or deflated.",
        );
    }
    if (dist.size > options.maxFileSize) {
      fail(
        `File too large. Limit for project '${project}' is ` +
          `${Math.round(options.maxFileSize / 1024 / 1024)} MB.`,
        "Make the file smaller, or request a larger limit for the project on PyPI.",
      );
    }
    if ((metadata.get("Summary") ?? "").length > 512)
      fail(
        "'summary' must be 512 characters or less.",
        "Shorten the project's description in pyproject.toml.",
      );
    if (hasControlCharacters(dist.filename) || /[/\\]/.test(dist.filename))
      fail(
        "Cannot upload a file with non-printable characters or path separators in the name.",
        "Rename the file.",
      );
    if (expected && comparePep440(version, expected) !== 0) {
      errors.push(
        `${dist.filename}: version ${formatPep440(version)}, but expected-version is ` +
          `${formatPep440(expected)}: a build from another commit or tag must never reach the index.`,
      );
    }
    const warn = (warning: string) => warnings.push(`${dist.filename}: ${warning}`);
    checkFieldVersions(dist, metadataVersion, fail, warn);
    if (options.verifyMetadata) verifyMetadata(dist, fail, warn);
  }

  const sdists = new Map<string, string[]>();
  for (const dist of distributions.filter((candidate) => candidate.parsed.kind === "sdist")) {
    const key = `${normalizePackageName(dist.parsed.name)} ${dist.metadata.get("Version")}`;
    sdists.set(key, [...(sdists.get(key) ?? []), dist.filename]);
  }
  for (const files of sdists.values()) {
    if (files.length > 1)
      errors.push(
        `${files.join(", ")}: PyPI refuses them: "Only one sdist may be uploaded per release." Keep one.`,
      );
  }
  return { errors, warnings };
}

/**
 * Fields newer than the file's Metadata-Version: PyPI refuses them, whatever verify-metadata says.
 * Older setuptools wrote License-File long before 2.4 made it standard: twine leaves it out of the
 * upload below 2.4 (and so does this action), which is worth a warning, not a refusal.
 */
function checkFieldVersions(
  dist: Distribution,
  metadataVersion: string,
  fail: (message: string, fix: string) => void,
  warn: (message: string) => void,
): void {
  if (!SUPPORTED_METADATA_VERSIONS.includes(metadataVersion)) return;
  for (const [field, since] of Object.entries(FIELD_VERSIONS)) {
    if (dist.metadata.all(field).length === 0 || metadataVersionAllows(metadataVersion, since)) continue;
    if (field === "license-file")
      warn(
        `License-File needs Metadata-Version 2.4 or later (this file declares ${metadataVersion}): it is ` +
          `left out of the upload, as twine does.`,
      );
    else
      fail(
        `${field} introduced in metadata version ${since}, not ${metadataVersion}.`,
        "Rebuild with a current build backend (hatchling ≥ 1.26, setuptools ≥ 77 write 2.4).",
      );
  }
}

/** What twine check verifies, in its words. */
function verifyMetadata(
  dist: Distribution,
  fail: (message: string, fix: string) => void,
  warn: (message: string) => void,
): void {
  const { metadata } = dist;
  if (metadata.get("License") && metadata.get("License-Expression"))
    fail(
      "License and License-Expression are mutually exclusive.",
      "Keep License-Expression (an SPDX expression).",
    );
  for (const requirement of [
    ...metadata.all("Requires-Dist"),
    ...metadata.all("Provides-Dist"),
    ...metadata.all("Obsoletes-Dist"),
  ]) {
    if (/@\s*\w+:\/\//.test(requirement))
      fail(
        `Can't have direct dependency: ${requirement}`,
        "PyPI refuses URL dependencies: publish the dependency, or drop it.",
      );
  }
  for (const url of metadata.all("Project-URL")) {
    const [label = ""] = url.split(",");
    if (label.trim().length > 32)
      fail(
        `Project-URL label '${label.trim()}' is longer than 32 characters.`,
        "Shorten it in pyproject.toml's [project.urls].",
      );
  }
  const contentType = metadata.get("Description-Content-Type");
  const baseType = contentType?.split(";")[0]?.trim().toLowerCase();
  if (baseType && !CONTENT_TYPES.includes(baseType))
    fail(
      `'${contentType}' is an invalid value for Description-Content-Type.`,
      `Use one of ${CONTENT_TYPES.join(", ")}.`,
    );
  if (!contentType) warn("`long_description_content_type` missing. defaulting to `text/x-rst`.");
  if (!metadata.description || metadata.description.trim() === "UNKNOWN") warn("`long_description` missing.");
  else if (!baseType || baseType === "text/x-rst") {
    const problems = rstProblems(metadata.description);
    if (problems.length > 0) {
      fail(
        `The description failed to render in the default format of reStructuredText.`,
        `\`long_description\` has syntax errors in markup and would not be rendered on PyPI: ` +
          `${problems.join("; ")}. Fix the README, or declare its real content type (readme = ` +
          `"README.md").`,
      );
    }
  }
}
