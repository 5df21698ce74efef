/**
 * A unified diff of two texts for the dry-run summary. The changes a release commit makes are
 * insertions and line replacements, so one hunk between the common prefix and suffix (with
 * three lines of context) is exact for them, and readable for anything else.
 */

/** `--- a/path` / `+++ b/path` diff; empty when the texts are equal. */
export function unifiedDiff(path: string, before: string | undefined, after: string): string {
  if (before === after) return "";
  const old = before === undefined ? [] : before.split("\n");
  const now = after.split("\n");
  let prefix = 0;
  while (prefix < old.length && prefix < now.length && old[prefix] === now[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < old.length - prefix &&
    suffix < now.length - prefix &&
    old[old.length - 1 - suffix] === now[now.length - 1 - suffix]
  )
    suffix++;
  const context = 3;
  const start = Math.max(prefix - context, 0);
  const oldEnd = Math.min(old.length - suffix + context, old.length);
  const newEnd = Math.min(now.length - suffix + context, now.length);
  const lines = [
    `--- ${before === undefined ? "/dev/null" : `a/${path}`}`,
    `+++ b/${path}`,
    `@@ -${old.length === 0 ? 0 : start + 1},${oldEnd - start} +${start + 1},${newEnd - start} @@`,
    ...old.slice(start, prefix).map((line) => ` ${line}`),
    ...old.slice(prefix, old.length - suffix).map((line) => `-${line}`),
    ...now.slice(prefix, now.length - suffix).map((line) => `+${line}`),
    ...now.slice(now.length - suffix, newEnd).map((line) => ` ${line}`),
  ];
  return lines.join("\n");
}
