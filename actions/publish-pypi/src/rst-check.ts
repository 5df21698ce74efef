/**
 * What would keep a reStructuredText description from rendering on PyPI. PyPI renders reST with
 * docutils through readme_renderer, which refuses the whole description on the first warning.
 * Covered here: section underlines shorter than their title, directives and roles docutils does
 * not know (Sphinx's, typically), the raw and include directives PyPI switches off, and strong or
 * literal markup left open in a paragraph. Literal blocks, comments and directive bodies are not
 * looked into. A description that passes may still fail on rarer constructs; one that fails here
 * fails on PyPI.
 */

const DIRECTIVES = new Set([
  "admonition",
  "attention",
  "caution",
  "danger",
  "error",
  "hint",
  "important",
  "note",
  "tip",
  "warning",
  "image",
  "figure",
  "topic",
  "sidebar",
  "line-block",
  "parsed-literal",
  "code",
  "code-block",
  "sourcecode",
  "math",
  "rubric",
  "epigraph",
  "highlights",
  "pull-quote",
  "compound",
  "container",
  "table",
  "csv-table",
  "list-table",
  "contents",
  "sectnum",
  "section-numbering",
  "header",
  "footer",
  "target-notes",
  "replace",
  "unicode",
  "date",
  "class",
  "role",
  "default-role",
  "title",
  "meta",
  "raw",
  "include",
]);
/** Known to docutils, but switched off by readme_renderer (raw_enabled, file_insertion_enabled). */
const DISABLED = new Set(["raw", "include"]);
const ROLES = new Set([
  "emphasis",
  "literal",
  "code",
  "math",
  "pep-reference",
  "pep",
  "rfc-reference",
  "rfc",
  "strong",
  "subscript",
  "sub",
  "superscript",
  "sup",
  "title-reference",
  "title",
  "t",
  "abbreviation",
  "ab",
  "acronym",
  "ac",
]);
const ADORNMENT = /^([!-/:-@[-`{-~])\1{3,}\s*$/;
/** `.. name::`, or `.. |substitution| name::`; the name is captured. */
const DIRECTIVE = /^\s*\.\.\s+(?:\|[^|]+\|\s+)?([\w-]+(?::[\w-]+)?)::/;
/**
 * `..` not followed by a hyperlink target, footnote, citation or substitution: a comment, unless
 * a directive.
 */
const COMMENT = /^\s*\.\.(?:$|\s(?!\s*[_[|]))/;

/** The problems found, as docutils would word them, with line numbers. */
export function rstProblems(text: string): string[] {
  const lines = markupLines(text.replace(/\r\n/g, "\n").split("\n"));
  const problems = lines.flatMap((line, index) => lineProblems(line, lines[index - 1] ?? "", index + 1));
  for (const { number, text } of paragraphs(lines)) problems.push(...inlineProblems(text, number));
  return problems;
}

/** The lines, with literal blocks, comments and the bodies of directives blanked. */
function markupLines(lines: string[]): string[] {
  let skipped = -1; // indentation of the line that opened the block being blanked
  return lines.map((line) => {
    const indent = line.length - line.trimStart().length;
    if (skipped >= 0) {
      if (line.trim() === "" || indent > skipped) return "";
      skipped = -1;
    }
    const directive = DIRECTIVE.test(line);
    const comment = COMMENT.test(line) && !directive;
    if (directive || comment || line.trimEnd().endsWith("::")) skipped = indent;
    return comment ? "" : line;
  });
}

/** Runs of consecutive non-blank lines, each with the number of its first line, as docutils reports them. */
function paragraphs(lines: string[]): { number: number; text: string }[] {
  const found: { number: number; text: string }[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    const last = found.at(-1);
    if (last && lines[index - 1]?.trim()) last.text += `\n${line}`;
    else found.push({ number: index + 1, text: line });
  });
  return found;
}

/** Title underlines, directives and roles: problems docutils finds within one line. */
function lineProblems(line: string, previous: string, number: number): string[] {
  const problems: string[] = [];
  if (
    ADORNMENT.test(line) &&
    previous.trim() !== "" &&
    !ADORNMENT.test(previous) &&
    line.trimEnd().length < previous.trimEnd().length
  ) {
    problems.push(`line ${number}: Warning: Title underline too short.`);
  }
  const directive = DIRECTIVE.exec(line)?.[1];
  if (directive && DISABLED.has(directive.toLowerCase()))
    problems.push(`line ${number}: Warning: "${directive}" directive disabled.`);
  else if (directive && !DIRECTIVES.has(directive.toLowerCase()))
    problems.push(`line ${number}: Error: Unknown directive type "${directive}".`);
  for (const role of line.matchAll(/(?:^|[\s(])(:[\w-]+(?::[\w-]+)?:)`/g)) {
    const name = (role[1] as string).slice(1, -1);
    if (!ROLES.has(name.toLowerCase()))
      problems.push(`line ${number}: Error: Unknown interpreted text role "${name}".`);
  }
  return problems;
}

/** Literal and strong markup left open in a paragraph, reported at its first line as docutils does. */
function inlineProblems(text: string, number: number): string[] {
  const problems: string[] = [];
  const withoutLiterals = text.replace(/``[^`]+``/g, "");
  if ((withoutLiterals.match(/``/g) ?? []).length % 2 === 1)
    problems.push(`line ${number}: Warning: Inline literal start-string without end-string.`);
  if ((withoutLiterals.replace(/\*\*[^*]+\*\*/g, "").match(/(?<![\w*])\*\*(?=\S)/g) ?? []).length > 0) {
    problems.push(`line ${number}: Warning: Inline strong start-string without end-string.`);
  }
  return problems;
}
