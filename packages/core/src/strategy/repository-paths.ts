/**
 * File paths that the inputs and the policy name inside the user's repository (the CHANGELOG,
 * version files, requirement files, the notes configuration, the schedule): relative, inside the
 * repository, one line. They are checked before any request, so a path such as `/etc/passwd`,
 * `../x` or one holding a newline is refused before the stage reads or writes anything.
 */
import { ConfigurationError, quote } from "./errors.ts";

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** What is wrong with `path` as a path inside the repository, or undefined when it is fine. */
export function repositoryPathProblem(path: string): string | undefined {
  if (path === "") return "is empty";
  if (CONTROL.test(path)) return "holds a control character (a line break?)";
  if (path.includes("\\")) return "holds a backslash (paths in a repository use /)";
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "is absolute";
  const segments = path.split("/");
  if (segments.includes("..")) return 'goes up with ".."';
  if (segments.some((segment) => segment === "" || segment === "."))
    return 'has an empty or "." part (a doubled or trailing /, or ./)';
  if (segments.some((segment) => segment.toLowerCase() === ".git")) return "is inside .git";
  return undefined;
}

/**
 * Returns `path` when it is a relative path inside the repository, else throws a
 * ConfigurationError naming `what` (the input or policy key), a prefix of the value and the fix.
 */
export function checkRepositoryPath(path: string, what: string): string {
  const problem = repositoryPathProblem(path);
  if (problem === undefined) return path;
  throw new ConfigurationError(
    `${what}: ${quote(path, 40)} ${problem}. Give a path relative to the repository's root, such as CHANGELOG.md or docs/CHANGES.md.`,
  );
}
