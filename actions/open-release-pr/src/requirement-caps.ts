/**
 * Caps requirements below their next minor version on a release branch, the way InstructLab
 * pins its own libraries when it cuts a stream (`instructlab-sdg>=0.8.2` →
 * `instructlab-sdg>=0.8.2,<0.9.0`), so that a Z-stream never picks up a library's next Y-stream.
 */
import { ConfigurationError, normalizePackageName, parsePep440, quote } from "@release-actions/core/strategy";

/** One line of the `cap-requirements` input: `requirements.txt: instructlab-sdg, instructlab-training`. */
export interface CapRequest {
  readonly path: string;
  readonly packages: readonly string[];
}

/** Parses the `cap-requirements` input, one `path: package, package` per line. */
export function parseCapRequests(lines: readonly string[]): CapRequest[] {
  return lines.map((line) => {
    const match = /^([^:]+):\s*(.+)$/.exec(line.trim());
    const packages = match?.[2]
      ?.split(/[,\s]+/)
      .map((name) => name.trim())
      .filter((name) => name !== "");
    if (!match?.[1] || !packages || packages.length === 0) {
      throw new ConfigurationError(
        `Input "cap-requirements": ${quote(line)} must read "path: package, package", for example ` +
          `"requirements.txt: instructlab-sdg, instructlab-training".`,
      );
    }
    return { path: match[1].trim(), packages };
  });
}

// A requirement at the start of a line (requirements.txt) or inside quotes (pyproject.toml):
// name, optional extras, then the version specifiers up to a marker, comment or quote.
const REQUIREMENT =
  /^(\s*["']?)([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?(\s*)([^;#"'\n]*?)(\s*(?:[;#"'].*)?)$/;

function capSpecifiers(name: string, specifiers: string, path: string): string {
  const clauses = specifiers
    .split(",")
    .map((clause) => clause.trim())
    .filter((clause) => clause !== "");
  const lower = clauses.map((clause) => /^(>=|~=|==)\s*(.+)$/.exec(clause)).find((match) => match);
  const version = lower?.[2] ? parsePep440(lower[2]) : undefined;
  if (!lower || !version || version.release.length < 2) {
    throw new ConfigurationError(
      `cap-requirements: ${name} in ${path} has no lower bound to cap from ` +
        `("${specifiers || "no version"}"); write it as ${name}>=X.Y.Z first.`,
    );
  }
  if (lower[1] === "==") return clauses.join(",");
  const [major, minor] = version.release as [number, number];
  const cap = `<${major}.${minor + 1}.0`;
  const kept = clauses.filter((clause) => !/^<(?!=)/.test(clause));
  return [...kept, cap].join(",");
}

/**
 * Returns the file's text with each named package capped below its next minor version.
 * @throws ConfigurationError for a package that is not in the file, or that has no lower bound.
 */
export function capRequirements(path: string, text: string, packages: readonly string[]): string {
  const wanted = new Map(packages.map((name) => [normalizePackageName(name), name]));
  const found = new Set<string>();
  const lines = text.split("\n").map((line) => {
    const match = REQUIREMENT.exec(line);
    if (!match) return line;
    const [, lead = "", name = "", extras = "", gap = "", specifiers = "", tail = ""] = match;
    const key = normalizePackageName(name);
    if (!wanted.has(key)) return line;
    found.add(key);
    return `${lead}${name}${extras}${gap}${capSpecifiers(name, specifiers.trim(), path)}${tail}`;
  });
  const missing = [...wanted].filter(([key]) => !found.has(key)).map(([, name]) => name);
  if (missing.length > 0) {
    throw new ConfigurationError(
      `cap-requirements: ${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} not in ${path}; check ` +
        `the package names (or the path).`,
    );
  }
  return lines.join("\n");
}
