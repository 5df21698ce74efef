/**
 * Git's rules for branch and tag names (git-check-ref-format(1),
 * https://git-scm.com/docs/git-check-ref-format): the policy's `release-branch` and `tag`
 * templates are rendered and checked against them when the policy is read, so a template such as
 * `../../release-v{major}.{minor}` is refused before any write rather than at the write.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
const FORBIDDEN = /[\u0000-\u0020\u007f~^:?*[\\]/;

/** What makes `name` an invalid branch or tag name, or undefined when git accepts it. */
export function refNameProblem(name: string): string | undefined {
  if (name === "") return "is empty";
  if (FORBIDDEN.test(name)) return "holds a space, a control character or one of ~ ^ : ? * [ \\";
  if (name.includes("..")) return 'holds ".."';
  if (name.includes("@{") || name === "@") return 'holds "@{" or is "@"';
  if (name.startsWith("/") || name.endsWith("/") || name.includes("//"))
    return "starts or ends with /, or holds //";
  if (name.startsWith("-")) return "starts with -";
  if (name.endsWith(".")) return "ends with .";
  if (name.split("/").some((part) => part.startsWith(".") || part.endsWith(".lock")))
    return 'has a part starting with "." or ending with ".lock"';
  return undefined;
}
