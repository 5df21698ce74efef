/**
 * Markdown for job summaries: what a maintainer reads instead of the log. Tables, links and
 * code spans with the escaping GitHub's renderer needs.
 */

/** Escapes text for a table cell (pipes and line breaks would break the row). */
export function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}

/** An inline code span that survives backticks in its content. */
export function code(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  return `${fence}${text}${fence}`;
}

/** A markdown link, or the bare text when there is no URL. */
export function link(text: string, url: string | undefined): string {
  return url ? `[${text.replace(/[[\]]/g, "\\$&")}](${url})` : text;
}

/** Builds a summary section by section. */
export class Markdown {
  readonly #parts: string[] = [];

  heading(text: string, level = 2): this {
    this.#parts.push(`${"#".repeat(level)} ${text}`);
    return this;
  }

  paragraph(text: string): this {
    this.#parts.push(text);
    return this;
  }

  /** A table; cells are escaped, so pass plain text or already-built links and code spans. */
  table(header: readonly string[], rows: readonly (readonly string[])[]): this {
    const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
    this.#parts.push(
      [line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n"),
    );
    return this;
  }

  list(items: readonly string[]): this {
    if (items.length > 0) this.#parts.push(items.map((item) => `- ${item}`).join("\n"));
    return this;
  }

  /** A collapsed section. */
  details(summary: string, body: string): this {
    this.#parts.push(`<details><summary>${summary}</summary>\n\n${body}\n\n</details>`);
    return this;
  }

  codeBlock(text: string, language = ""): this {
    const fence = text.includes("```") ? "````" : "```";
    this.#parts.push(`${fence}${language}\n${text}\n${fence}`);
    return this;
  }

  toString(): string {
    return `${this.#parts.join("\n\n")}\n`;
  }
}
