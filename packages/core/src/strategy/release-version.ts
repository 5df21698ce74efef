/**
 * The versions this release scheme accepts: PEP 440 with exactly three release components
 * (`X.Y.Z`, as the strategy says) and optionally an a/b/rc pre-release (`0.27.0rc1`).
 * Everything else that PEP 440 allows is recognized and explained, never misread.
 */
import { ConfigurationError, quoteValue } from "./errors.ts";
import { type PreLabel, parsePep440 } from "./pep440.ts";

/** A release of the scheme: X.Y.Z, optionally a pre-release of it. */
export interface ReleaseVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly pre?: { readonly label: PreLabel; readonly number: number };
}

/** The outcome of reading a string as a release version: the version, or why it is not one. */
export type ReleaseVersionReading = { ok: true; version: ReleaseVersion } | { ok: false; problem: string };

const EXAMPLES = "X.Y.Z with an optional a, b or rc pre-release, such as 0.27.0 or 0.27.0rc1";

/** Reads `text` as a release version and says precisely why when it is not one. */
export function readReleaseVersion(text: string): ReleaseVersionReading {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, problem: `the version is empty; expected ${EXAMPLES}` };
  const parsed = parsePep440(trimmed);
  if (!parsed)
    return { ok: false, problem: `${quoteValue(trimmed)} is not a PEP 440 version; expected ${EXAMPLES}` };
  const release = parsed.release.join(".");
  const problem = (why: string) => ({ ok: false as const, problem: `${quoteValue(trimmed)} ${why}` });
  if (parsed.local) {
    return problem(
      `has a local version label (+${parsed.local.join(".")}): PyPI refuses local versions; release ${release} instead`,
    );
  }
  if (parsed.epoch !== 0)
    return problem(
      `has an epoch (${parsed.epoch}!), which this scheme does not use; release ${release} instead`,
    );
  if (parsed.post !== undefined) {
    return problem("is a post-release; this scheme ships fixes as Z-stream releases (X.Y.Z+1) instead");
  }
  if (parsed.dev !== undefined) {
    return problem("is a development release; use an a, b or rc pre-release (for example 0.27.0a1) instead");
  }
  if (parsed.release.length !== 3) {
    const suggestion = [...parsed.release, 0, 0].slice(0, 3).join(".");
    return problem(
      `has ${parsed.release.length} release components; the strategy's versions are X.Y.Z (for example ${suggestion})`,
    );
  }
  const [major, minor, patch] = parsed.release as [number, number, number];
  return { ok: true, version: { major, minor, patch, ...(parsed.pre && { pre: parsed.pre }) } };
}

/**
 * Parses a release version or throws a ConfigurationError naming `inputName` and the fix.
 * Accepts any PEP 440 spelling of an X.Y.Z[a|b|rcN] version: `v0.27.0`, `0.27.0-RC.1`.
 */
export function parseReleaseVersion(text: string, inputName = "version"): ReleaseVersion {
  const reading = readReleaseVersion(text);
  if (!reading.ok) throw new ConfigurationError(`Input "${inputName}": ${reading.problem}.`);
  return reading.version;
}

/** The canonical PEP 440 spelling: `0.27.0`, `0.27.0rc1`. */
export function formatReleaseVersion(version: ReleaseVersion): string {
  const pre = version.pre ? `${version.pre.label}${version.pre.number}` : "";
  return `${version.major}.${version.minor}.${version.patch}${pre}`;
}

const PRE_ORDER: Readonly<Record<PreLabel, number>> = { a: 0, b: 1, rc: 2 };

/** PEP 440 order restricted to the scheme: pre-releases come before their final release. */
export function compareReleaseVersions(a: ReleaseVersion, b: ReleaseVersion): number {
  return (
    a.major - b.major ||
    a.minor - b.minor ||
    a.patch - b.patch ||
    (a.pre ? PRE_ORDER[a.pre.label] : 3) - (b.pre ? PRE_ORDER[b.pre.label] : 3) ||
    (a.pre?.number ?? 0) - (b.pre?.number ?? 0)
  );
}

/** The final release a version leads to: `0.27.0rc1` → `0.27.0`. */
export function finalRelease(version: ReleaseVersion): ReleaseVersion {
  return { major: version.major, minor: version.minor, patch: version.patch };
}

/** The X.Y stream a version belongs to, as `"0.27"`. */
export function streamOf(version: ReleaseVersion): string {
  return `${version.major}.${version.minor}`;
}
