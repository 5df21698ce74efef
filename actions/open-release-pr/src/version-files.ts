/**
 * Sets the release version in the files of projects with a static version: `pyproject.toml`
 * (`[project].version`, or `[tool.poetry].version`), and Python modules (`__init__.py`,
 * `_version.py`, … with `__version__ = "…"` or `version = "…"`). The caller refuses a listed
 * file that would not change (see release-changes.ts): it would ship the old version.
 */
import { ConfigurationError } from "@release-actions/core/strategy";

const TOML_VERSION = /^(\s*version\s*=\s*)(["'])([^"']*)\2/m;
const PY_VERSION = /^((?:__version__|version|VERSION)\s*(?::\s*str\s*)?=\s*)(["'])([^"']*)\2/m;

function setInTomlTable(text: string, tables: readonly string[], version: string): string | undefined {
  for (const table of tables) {
    const header = new RegExp(`^\\[${table.replace(/\./g, "\\.")}\\]\\s*$`, "m").exec(text);
    if (!header) continue;
    const start = header.index + header[0].length;
    const next = /^\[/m.exec(text.slice(start));
    const end = next ? start + next.index : text.length;
    const body = text.slice(start, end);
    if (!TOML_VERSION.test(body)) continue;
    return (
      text.slice(0, start) +
      body.replace(
        TOML_VERSION,
        (_, prefix: string, quote: string) => `${prefix}${quote}${version}${quote}`,
      ) +
      text.slice(end)
    );
  }
  return undefined;
}

/**
 * Returns the file's text with the version set.
 * @throws ConfigurationError when the file has no version this function knows how to set.
 */
export function setVersion(path: string, text: string, version: string): string {
  let updated: string | undefined;
  if (path.endsWith(".toml")) {
    if (/^\s*dynamic\s*=\s*\[[^\]]*["']version["']/m.test(text)) {
      throw new ConfigurationError(
        `version-files: ${path} declares the version dynamic (setuptools_scm, hatch-vcs…): the tag sets ` +
          `it, so leave ${path} out of version-files.`,
      );
    }
    updated = setInTomlTable(text, ["project", "tool.poetry"], version);
  } else if (path.endsWith(".py")) {
    updated = PY_VERSION.test(text)
      ? text.replace(PY_VERSION, (_, prefix: string, quote: string) => `${prefix}${quote}${version}${quote}`)
      : undefined;
  } else {
    throw new ConfigurationError(
      `version-files: ${path} is neither a pyproject-style .toml file nor a Python module; list ` +
        `pyproject.toml, __init__.py or _version.py files.`,
    );
  }
  if (updated === undefined) {
    const where = path.endsWith(".toml")
      ? "a version key in [project] or [tool.poetry]"
      : 'a __version__ = "…" (or version = "…") line';
    throw new ConfigurationError(
      `version-files: ${path} has ${where.replace(/^a /, "no ")} to set to ${version}.`,
    );
  }
  return updated;
}
