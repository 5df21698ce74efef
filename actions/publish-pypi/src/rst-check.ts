/**
 * What would keep a reStructuredText description from rendering on PyPI. PyPI renders reST with
 * docutils through readme_renderer, which refuses the whole description on the first warning.
 * Covered here: section underlines shorter than their title, directives and roles docutils does
 * not know (Sphinx's, typically), and strong or literal markup left open. A description that
 * passes may still fail on rarer constructs; one that fails here fails on PyPI.
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

/** The problems found, as docutils would word them, with line numbers. */
export function rstProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  let literalBlock = false;
  let literalIndent = 0;
  lines.forEach((line, index) => {
    const number = index + 1;
    const indent = line.length - line.trimStart().length;
    if (literalBlock) {
      if (line.trim() === "" || indent > literalIndent) return;
      literalBlock = false;
    }
    const previous = lines[index - 1] ?? "";
    if (
      ADORNMENT.test(line) &&
      previous.trim() !== "" &&
      !ADORNMENT.test(previous) &&
      line.trimEnd().length < previous.trimEnd().length
    ) {
      problems.push(`line ${number}: Warning: Title underline too short.`);
    }
    const directive = /^\s*\.\.\s+([\w-]+(?::[\w-]+)?)::/.exec(line);
    if (directive?.[1] && !DIRECTIVES.has(directive[1].toLowerCase()))
      problems.push(`line ${number}: Error: Unknown directive type "${directive[1]}".`);
    for (const role of line.matchAll(/(?:^|[\s(])(:[\w-]+(?::[\w-]+)?:)`/g)) {
      const name = (role[1] as string).slice(1, -1);
      if (!ROLES.has(name.toLowerCase()))
        problems.push(`line ${number}: Error: Unknown interpreted text role "${name}".`);
    }
    const withoutLiterals = line.replace(/``[^`]+``/g, "");
    if ((withoutLiterals.match(/``/g) ?? []).length % 2 === 1)
      problems.push(`line ${number}: Warning: Inline literal start-string without end-string.`);
    if ((withoutLiterals.replace(/\*\*[^*]+\*\*/g, "").match(/(?<![\w*])\*\*(?=\S)/g) ?? []).length > 0) {
      problems.push(`line ${number}: Warning: Inline strong start-string without end-string.`);
    }
    if (line.trimEnd().endsWith("::") && !directive) {
      literalBlock = true;
      literalIndent = indent;
    }
  });
  return problems;
}
