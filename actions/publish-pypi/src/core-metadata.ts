/**
 * Python core metadata (a wheel's METADATA, an sdist's PKG-INFO): email-header fields, some of
 * them repeated, continuation lines, and since Metadata-Version 2.1 the description as the body.
 */

/** Parsed core metadata. Field names are kept as written and looked up without case. */
export class CoreMetadata {
  readonly #fields = new Map<string, string[]>();
  readonly #names = new Map<string, string>();
  /** The description: the message body, or the Description header of older metadata. */
  readonly description: string | undefined;

  private constructor(fields: [string, string][], body: string | undefined) {
    for (const [name, value] of fields) {
      const key = name.toLowerCase();
      this.#names.set(key, name);
      this.#fields.set(key, [...(this.#fields.get(key) ?? []), value]);
    }
    this.description = body !== undefined && body.trim() !== "" ? body : this.get("description");
  }

  /** Parses the text of METADATA or PKG-INFO. */
  static parse(text: string): CoreMetadata {
    const lines = text.replace(/\r\n/g, "\n").split("\n");
    const fields: [string, string][] = [];
    let index = 0;
    for (; index < lines.length; index++) {
      const line = lines[index] as string;
      if (line === "") break;
      if (/^[ \t]/.test(line) && fields.length > 0) {
        const last = fields[fields.length - 1] as [string, string];
        // A Description header is folded with 8 spaces (distutils) or 7 spaces and a bar (the
        // core metadata spec): only the fold goes, the text's own indentation (reST) stays.
        last[1] += `\n${/^description$/i.test(last[0]) ? unfoldDescriptionLine(line) : line.replace(/^[ \t]+/, "")}`;
        continue;
      }
      const colon = line.indexOf(":");
      if (colon <= 0)
        throw new Error(
          `Invalid distribution metadata: malformed line ${index + 1}: ${JSON.stringify(line.slice(0, 60))}`,
        );
      fields.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
    }
    const body = index < lines.length ? lines.slice(index + 1).join("\n") : undefined;
    return new CoreMetadata(fields, body);
  }

  /** The first value of a field. */
  get(name: string): string | undefined {
    return this.#fields.get(name.toLowerCase())?.[0];
  }

  /** Every value of a repeated field. */
  all(name: string): string[] {
    return this.#fields.get(name.toLowerCase()) ?? [];
  }

  /** Every field as written: [name, values]. */
  entries(): [string, string[]][] {
    return [...this.#fields].map(([key, values]) => [this.#names.get(key) ?? key, values]);
  }
}

/** Whether Metadata-Version `version` has a field that `since` introduced. */
export function metadataVersionAllows(version: string, since: string): boolean {
  const [a = 0, b = 0] = version.split(".").map(Number);
  const [c = 0, d = 0] = since.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

/** A continuation line of a Description header without its fold. */
function unfoldDescriptionLine(line: string): string {
  if (line.startsWith("        ") || line.startsWith("       |")) return line.slice(8);
  return line.replace(/^[ \t]+/, "");
}

// Upload form names of the metadata fields (twine's mapping); repeated fields send one part per value.
const FORM_NAMES: Readonly<Record<string, string>> = {
  "metadata-version": "metadata_version",
  name: "name",
  version: "version",
  summary: "summary",
  "description-content-type": "description_content_type",
  keywords: "keywords",
  "home-page": "home_page",
  "download-url": "download_url",
  author: "author",
  "author-email": "author_email",
  maintainer: "maintainer",
  "maintainer-email": "maintainer_email",
  license: "license",
  "license-expression": "license_expression",
  "license-file": "license_file",
  classifier: "classifiers",
  platform: "platform",
  "supported-platform": "supported_platform",
  "requires-dist": "requires_dist",
  "requires-python": "requires_python",
  "requires-external": "requires_external",
  "provides-extra": "provides_extra",
  "provides-dist": "provides_dist",
  "obsoletes-dist": "obsoletes_dist",
  requires: "requires",
  provides: "provides",
  obsoletes: "obsoletes",
  dynamic: "dynamic",
  "project-url": "project_urls",
};

/**
 * The project name as twine sends it (twine/package.py `_safe_name`, pkg_resources.safe_name):
 * each run of characters other than ASCII letters, digits and "." becomes "-".
 */
export function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9.]+/g, "-");
}

/**
 * The metadata as upload form fields, as twine sends them (twine/package.py
 * `metadata_dictionary`, twine/repository.py `_convert_metadata_to_list_of_tuples`): the name as
 * `safeName`, the keywords split on commas and joined with ", ", each Project-URL as
 * "label, url", and License-File left out below Metadata-Version 2.4 (where PyPI refuses it).
 */
export function metadataFormFields(metadata: CoreMetadata): [string, string][] {
  const fields: [string, string][] = [];
  const licenseFiles = metadataVersionAllows(metadata.get("Metadata-Version") ?? "", "2.4");
  for (const [name, values] of metadata.entries()) {
    const form = FORM_NAMES[name.toLowerCase()];
    if (!form || (form === "license_file" && !licenseFiles)) continue;
    if (form === "name") fields.push([form, safeName(values[0] as string)]);
    else if (form === "keywords")
      fields.push([
        form,
        values.flatMap((value) => value.split(",").map((keyword) => keyword.trim())).join(", "),
      ]);
    else if (form === "project_urls")
      for (const value of values) {
        const comma = value.indexOf(",");
        const [label, url] = comma === -1 ? [value, ""] : [value.slice(0, comma), value.slice(comma + 1)];
        fields.push([form, `${label.trim()}, ${url.trim()}`]);
      }
    else for (const value of values) fields.push([form, value]);
  }
  if (metadata.description !== undefined) fields.push(["description", metadata.description]);
  return fields;
}
