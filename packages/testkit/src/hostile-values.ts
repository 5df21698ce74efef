/**
 * Hostile values for the proofs of issue 15 (packages/testkit/test/proofs): what a fuzzer or a
 * careless workflow author puts in an input or a policy file, and the bounds on what a stage
 * may print back when it refuses one.
 */
import fc from "fast-check";

/**
 * The longest `::error::` message a refusal may print. An error names the input and quotes a
 * short prefix of the bad value (DESIGN §3), so a 100 kB value must not come back whole.
 */
export const MAX_ERROR_CHARS = 2048;

/**
 * The longest job summary a failed step may write. The runner refuses a step summary over
 * 1 MiB (actions/runner, `SetStepSummaryCommand`, "Step summary files over 1024k"); a refusal
 * needs far less, so the bound is 64 kB.
 */
export const MAX_SUMMARY_CHARS = 64 * 1024;

/** A ~1 KB YAML "billion laughs": nine levels of nine aliases, ~387 M nodes once expanded. */
export function yamlAliasBomb(key = "release-branch"): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = "abcdefghi";
  for (let level = 1; level < names.length; level++) {
    const previous = `*${names[level - 1]}`;
    lines.push(`${names[level]}: &${names[level]} [${Array(9).fill(previous).join(",")}]`);
  }
  lines.push(`${key}: *i`);
  return `${lines.join("\n")}\n`;
}

/** A value of 100 kB (one line, no blanks), the size that once gave an empty `::error::`. */
export const HUNDRED_KB = `${"9".repeat(50)}${"x".repeat(100 * 1024 - 50)}`;

/** Fixed hostile strings: workflow commands, encodings, paths, numbers past 2^53. */
export const HOSTILE_STRINGS: readonly string[] = [
  "",
  " ",
  "\n::error::injected",
  "x\n::stop-commands::token\n::set-output name=a::b",
  "%0A::add-mask::x",
  "x\n  ::ERROR::injected after blanks",
  "title ##[error]injected mid-line",
  "##[add-mask]x",
  "../../etc/passwd",
  "/etc/passwd",
  "0.2.0rc99999999999999999999999",
  "99999999999999999999.0.0",
  "true\nfalse",
  "${{ secrets.TOKEN }}",
  "\u0000\u202e\ufeff",
  "a".repeat(5000),
  "a b ".repeat(15000),
  HUNDRED_KB,
];

/** Values an input may get: plausible ones, hostile ones and random text. */
export function inputValue(plausible: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    ...(plausible.length > 0 ? [{ weight: 3, arbitrary: fc.constantFrom(...plausible) }] : []),
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 8 }))
        .map(([a, b]) => `${b}${a}`),
    },
  );
}

/** Problems with a refusal's `::error::` text: empty, too long, a stack trace, "Unexpected error". */
export function refusalProblems(message: string | undefined): string[] {
  const problems: string[] = [];
  if (message === undefined || message.trim() === "") problems.push("the error message is empty");
  else {
    if (message.length > MAX_ERROR_CHARS)
      problems.push(`the error message has ${message.length} characters (> ${MAX_ERROR_CHARS})`);
    if (/\n\s+at .+:\d+:\d+\)?/.test(message)) problems.push("the error message holds a stack trace");
    if (/Unexpected error/.test(message)) problems.push('the error message says "Unexpected error"');
  }
  return problems;
}
