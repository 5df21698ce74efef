/**
 * PEP 440 versions: parsing with the specification's normalization rules, the canonical
 * spelling, and the ordering Python's packaging tools use. The release scheme of this
 * project (X.Y.Z with a/b/rc pre-releases) is a subset, see `release-version.ts`; the full
 * model is here so that tags outside the scheme (post, dev, local, epochs, 2 or 4
 * components) are recognized and reported instead of being misread.
 */

/** A pre-release label in its normalized spelling. */
export type PreLabel = "a" | "b" | "rc";

/** A parsed PEP 440 version. Absent optional parts mean "not present", not zero. */
export interface Pep440Version {
  readonly epoch: number;
  readonly release: readonly number[];
  readonly pre?: { readonly label: PreLabel; readonly number: number };
  readonly post?: number;
  readonly dev?: number;
  /** Local label segments, lower-cased; numeric segments as numbers. */
  readonly local?: readonly (string | number)[];
}

const PRE_SPELLINGS: Readonly<Record<string, PreLabel>> = {
  a: "a",
  alpha: "a",
  b: "b",
  beta: "b",
  c: "rc",
  rc: "rc",
  pre: "rc",
  preview: "rc",
};

// Written from the grammar in PEP 440 "Appendix B": each optional part may be introduced by
// one of the separators . _ - and its number may be omitted (meaning 0).
const SEP = "[-_.]?";
const GRAMMAR = new RegExp(
  [
    "^\\s*v?",
    "(?:(?<epoch>\\d+)!)?",
    "(?<release>\\d+(?:\\.\\d+)*)",
    `(?:${SEP}(?<preLabel>alpha|beta|preview|pre|rc|a|b|c)${SEP}(?<preNumber>\\d+)?)?`,
    `(?:-(?<postImplicit>\\d+)|${SEP}(?:post|rev|r)${SEP}(?<postNumber>\\d+)?(?<postMarker>))?`,
    `(?:${SEP}(?<devMarker>dev)${SEP}(?<devNumber>\\d+)?)?`,
    "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?",
    "\\s*$",
  ].join(""),
  "i",
);

/** Parses any PEP 440 version, or returns undefined when `text` is not one. */
export function parsePep440(text: string): Pep440Version | undefined {
  const groups = GRAMMAR.exec(text)?.groups;
  if (!groups?.release) return undefined;
  const preLabel = groups.preLabel?.toLowerCase();
  const hasPost = groups.postImplicit !== undefined || groups.postMarker !== undefined;
  return {
    epoch: groups.epoch === undefined ? 0 : Number(groups.epoch),
    release: groups.release.split(".").map(Number),
    ...(preLabel && {
      pre: { label: PRE_SPELLINGS[preLabel] as PreLabel, number: Number(groups.preNumber ?? 0) },
    }),
    ...(hasPost && { post: Number(groups.postImplicit ?? groups.postNumber ?? 0) }),
    ...(groups.devMarker !== undefined && { dev: Number(groups.devNumber ?? 0) }),
    ...(groups.local !== undefined && {
      local: groups.local
        .toLowerCase()
        .split(/[-_.]/)
        .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)),
    }),
  };
}

/** The canonical spelling of a version (`1.0.0-RC.1` → `1.0.0rc1`, `v2` → `2`). */
export function formatPep440(version: Pep440Version): string {
  let text = version.epoch === 0 ? "" : `${version.epoch}!`;
  text += version.release.join(".");
  if (version.pre) text += `${version.pre.label}${version.pre.number}`;
  if (version.post !== undefined) text += `.post${version.post}`;
  if (version.dev !== undefined) text += `.dev${version.dev}`;
  if (version.local) text += `+${version.local.join(".")}`;
  return text;
}

/** Normalizes a version string, or returns undefined when it is not PEP 440. */
export function normalizePep440(text: string): string | undefined {
  const version = parsePep440(text);
  return version && formatPep440(version);
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareRelease(a: readonly number[], b: readonly number[]): number {
  // Trailing zeros do not count: 1.0 == 1.0.0.
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const order = compareNumbers(a[i] ?? 0, b[i] ?? 0);
    if (order !== 0) return order;
  }
  return 0;
}

const PRE_RANK: Readonly<Record<PreLabel, number>> = { a: 0, b: 1, rc: 2 };

/**
 * Where the pre-release part places a version among the releases of the same X.Y.Z:
 * a bare dev release comes before every pre-release, a final release after all of them.
 */
function preKey(version: Pep440Version): [number, number] {
  if (version.pre) return [PRE_RANK[version.pre.label], version.pre.number];
  if (version.dev !== undefined && version.post === undefined) return [-1, 0];
  return [3, 0];
}

function compareLocal(a: Pep440Version["local"], b: Pep440Version["local"]): number {
  if (!a || !b) return compareNumbers(a ? 1 : 0, b ? 1 : 0);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    if (typeof x !== typeof y) return typeof x === "number" ? 1 : -1; // numbers sort after strings
    const order = typeof x === "number" ? compareNumbers(x, y as number) : x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return order;
  }
  return 0;
}

/** PEP 440 ordering: negative when `a` sorts before `b`, 0 when they are equal versions. */
export function comparePep440(a: Pep440Version, b: Pep440Version): number {
  const [aPreRank, aPreNumber] = preKey(a);
  const [bPreRank, bPreNumber] = preKey(b);
  return (
    compareNumbers(a.epoch, b.epoch) ||
    compareRelease(a.release, b.release) ||
    compareNumbers(aPreRank, bPreRank) ||
    compareNumbers(aPreNumber, bPreNumber) ||
    compareNumbers(a.post ?? -1, b.post ?? -1) ||
    compareNumbers(a.dev ?? Number.POSITIVE_INFINITY, b.dev ?? Number.POSITIVE_INFINITY) ||
    compareLocal(a.local, b.local)
  );
}
