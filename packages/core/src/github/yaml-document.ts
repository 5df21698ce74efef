/**
 * YAML documents other than the policy (a website's releases page): parsed and rendered with the
 * same js-yaml the policy loader uses, loaded on first use, so a stage bundles one copy of it and
 * runs that never touch YAML never load it.
 */

/**
 * Parses YAML text.
 * @throws the parser's error (with its line and column) when the text is not YAML
 */
export async function parseYamlText(text: string, filename?: string): Promise<unknown> {
  const { load } = await import("js-yaml");
  return load(text, filename ? { filename } : {});
}

/** Renders plain data as YAML: block style, no line folding, no anchors. */
export async function renderYamlText(document: unknown): Promise<string> {
  const { dump } = await import("js-yaml");
  return dump(document, { lineWidth: -1, noRefs: true });
}
