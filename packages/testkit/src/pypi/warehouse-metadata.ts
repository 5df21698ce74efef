/**
 * Warehouse's metadata validation of an upload, as `metadata.parse(None, form_data=request.POST)`
 * runs it (warehouse/forklift/legacy.py `file_upload`): the form is mapped to packaging's
 * RawMetadata (warehouse/forklift/metadata.py `parse_form_metadata`), validated by packaging's
 * `Metadata.from_raw` (packaging 26.2, src/packaging/metadata.py: every field against the
 * Metadata-Version that introduced it, then each field's own rule), and only when that passes by
 * Warehouse's own rules (`_validate_metadata`). The error reported is the first of the field that
 * `_error_message_order` puts first, else of the alphabetically first field, with its text.
 */
import { normalizePep440 } from "@release-actions/core/strategy";

const VERSIONS = ["1.0", "1.1", "1.2", "2.1", "2.2", "2.3", "2.4", "2.5"];
const CORE_METADATA = "https://packaging.python.org/specifications/core-metadata";
const LOCAL_VERSIONS =
  "https://packaging.python.org/en/latest/specifications/version-specifiers/#local-version-identifiers";

/** packaging's fields: raw name → [core metadata (email) name, Metadata-Version that added it]. */
const FIELDS: Readonly<Record<string, readonly [string, string]>> = {
  metadata_version: ["metadata-version", "1.0"],
  name: ["name", "1.0"],
  version: ["version", "1.0"],
  dynamic: ["dynamic", "2.2"],
  platforms: ["platform", "1.0"],
  supported_platforms: ["supported-platform", "1.1"],
  summary: ["summary", "1.0"],
  description: ["description", "1.0"],
  description_content_type: ["description-content-type", "2.1"],
  keywords: ["keywords", "1.0"],
  home_page: ["home-page", "1.0"],
  download_url: ["download-url", "1.1"],
  author: ["author", "1.0"],
  author_email: ["author-email", "1.0"],
  maintainer: ["maintainer", "1.2"],
  maintainer_email: ["maintainer-email", "1.2"],
  license: ["license", "1.0"],
  license_expression: ["license-expression", "2.4"],
  license_files: ["license-file", "2.4"],
  classifiers: ["classifier", "1.1"],
  requires_dist: ["requires-dist", "1.2"],
  requires_python: ["requires-python", "1.2"],
  requires_external: ["requires-external", "1.2"],
  project_urls: ["project-url", "1.2"],
  provides_extra: ["provides-extra", "2.1"],
  provides_dist: ["provides-dist", "1.2"],
  obsoletes_dist: ["obsoletes-dist", "1.2"],
  import_names: ["import-name", "2.5"],
  import_namespaces: ["import-namespace", "2.5"],
  requires: ["requires", "1.1"],
  provides: ["provides", "1.1"],
  obsoletes: ["obsoletes", "1.1"],
};

const STRING_FIELDS = new Set([
  "author",
  "author_email",
  "description",
  "description_content_type",
  "download_url",
  "home_page",
  "license",
  "license_expression",
  "maintainer",
  "maintainer_email",
  "metadata_version",
  "name",
  "requires_python",
  "summary",
  "version",
]);

/** The form names that differ from the raw ones (parse_form_metadata's `_override`). */
const FORM_OVERRIDES: Readonly<Record<string, string>> = {
  platforms: "platform",
  supported_platforms: "supported_platform",
  license_files: "license_file",
  import_names: "import_name",
  import_namespaces: "import_namespace",
};
const FORM_TO_RAW = new Map(Object.keys(FIELDS).map((raw) => [FORM_OVERRIDES[raw] ?? raw, raw]));

/** warehouse/forklift/metadata.py DYNAMIC_FIELDS, lowercased. */
const WAREHOUSE_DYNAMIC = new Set(
  [
    "Platform",
    "Supported-Platform",
    "Summary",
    "Description",
    "Description-Content-Type",
    "Keywords",
    "Home-Page",
    "Download-Url",
    "Author",
    "Author-Email",
    "Maintainer",
    "Maintainer-Email",
    "License",
    "License-Expression",
    "License-File",
    "Classifier",
    "Requires-Dist",
    "Requires-Python",
    "Requires-External",
    "Project-Url",
    "Provides-Extra",
    "Provides-Dist",
    "Obsoletes-Dist",
    "Requires",
    "Provides",
    "Obsoletes",
    "Import-Name",
    "Import-Namespace",
  ].map((field) => field.toLowerCase()),
);

/** Python's repr() of a str, as the messages quote values. */
export function pythonRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let text = "";
  for (const character of value) {
    const code = character.codePointAt(0) as number;
    if (character === "\\") text += "\\\\";
    else if (character === quote) text += `\\${quote}`;
    else if (character === "\n") text += "\\n";
    else if (character === "\r") text += "\\r";
    else if (character === "\t") text += "\\t";
    else if (code < 0x20 || code === 0x7f) text += `\\x${code.toString(16).padStart(2, "0")}`;
    else text += character;
  }
  return `${quote}${text}${quote}`;
}

type Raw = Map<string, string | string[] | Map<string, string>>;
type Errors = Map<string, string[]>;

function addError(errors: Errors, field: string, message: string): void {
  errors.set(field, [...(errors.get(field) ?? []), message]);
}

/** The message Warehouse answers for the errors collected, or undefined when there are none. */
function firstError(
  errors: Errors,
  seeFor: (field: string, messages: string[]) => string,
): string | undefined {
  if (errors.size === 0) return undefined;
  const field =
    ["metadata-version", "name", "version"].find((name) => errors.has(name)) ?? [...errors.keys()].sort()[0];
  const messages = errors.get(field as string) as string[];
  const message = messages[0] as string;
  return `${message}${message.endsWith(".") ? "" : "."} See ${seeFor(field as string, messages)} for more information.`;
}

const NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
const SPECIFIER = /^\s*(~=|===|==|!=|<=|>=|<|>)\s*[A-Za-z0-9*+!._-]+\s*$/;

/** A PEP 508 requirement, parsed as far as these rules need: its name and whether it is a URL. */
function parseRequirement(text: string): { valid: boolean; url?: string; normalized: string } {
  const match = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/s.exec(text);
  if (!match) return { valid: false, normalized: text };
  const [, name = "", extrasText = "", rest = ""] = match;
  const extras = extrasText
    .slice(1, -1)
    .split(",")
    .map((extra) => extra.trim())
    .filter((extra) => extra !== "");
  if (extras.some((extra) => !NAME.test(extra))) return { valid: false, normalized: text };
  const extrasPart = extras.length > 0 ? `[${[...extras].sort().join(",")}]` : "";
  const [spec = "", marker] = rest.split(";", 2).map((part) => part.trim());
  const markerPart = marker ? `; ${marker}` : "";
  if (marker === "") return { valid: false, normalized: text };
  if (spec.startsWith("@")) {
    const url = spec.slice(1).trim();
    if (!/^\S+:\/\/\S+$|^file:\S+$/.test(url)) return { valid: false, normalized: text };
    return { valid: true, url, normalized: `${name}${extrasPart} @ ${url}${marker ? " " : ""}${markerPart}` };
  }
  const specifiers = spec.replace(/^\((.*)\)$/, "$1").trim();
  const parts = specifiers === "" ? [] : specifiers.split(",");
  if (parts.some((part) => !SPECIFIER.test(part))) return { valid: false, normalized: text };
  const specifierPart = parts
    .map((part) => part.replace(/\s+/g, ""))
    .sort()
    .join(",");
  return { valid: true, normalized: `${name}${extrasPart}${specifierPart}${markerPart}` };
}

/** An http(s) URL (warehouse.utils.http.is_valid_uri with its default schemes). */
function isValidUrl(text: string): boolean {
  const url = URL.parse(text);
  return url !== null && (url.protocol === "http:" || url.protocol === "https:") && !/\s/.test(text);
}

/** What email_validator says of an address, as far as these rules go. */
function emailProblem(address: string): string | undefined {
  const at = address.lastIndexOf("@");
  if (at === -1) return "An email address must have an @-sign.";
  if (at === 0) return "There must be something before the @-sign.";
  const domain = address.slice(at + 1);
  if (domain === "") return "There must be something after the @-sign.";
  if (!domain.includes(".")) return "The part after the @-sign is not valid. It should have a period.";
  return undefined;
}

/** The form as packaging's RawMetadata (parse_form_metadata); fields it cannot read go to `errors`. */
function rawFromForm(form: ReadonlyMap<string, readonly string[]>, errors: Errors): Raw {
  const raw: Raw = new Map();
  for (const [name, values] of form) {
    const rawName = FORM_TO_RAW.get(name);
    if (rawName === undefined) continue;
    if (values.length === 1 && values[0] === "") continue;
    if (STRING_FIELDS.has(rawName) && values.length === 1) raw.set(rawName, values[0] as string);
    else if (rawName === "keywords" && values.length === 1)
      raw.set(
        rawName,
        (values[0] as string).split(",").map((keyword) => keyword.trim()),
      );
    else if (rawName === "project_urls") {
      const urls = new Map<string, string>();
      let duplicate = false;
      for (const pair of values) {
        const comma = pair.indexOf(",");
        const label = (comma === -1 ? pair : pair.slice(0, comma)).trim();
        if (urls.has(label)) duplicate = true;
        urls.set(label, comma === -1 ? "" : pair.slice(comma + 1).trim());
      }
      if (duplicate) addError(errors, name, `${pythonRepr(name)} has invalid data`);
      else raw.set(rawName, urls);
    } else if (!STRING_FIELDS.has(rawName) && rawName !== "keywords") raw.set(rawName, [...values]);
    else addError(errors, name, `${pythonRepr(name)} has invalid data`);
  }
  return raw;
}

/** packaging's `Metadata.from_raw` checks: the field's Metadata-Version, then its own rule. */
function packagingErrors(raw: Raw, errors: Errors): void {
  const metadataVersion = raw.get("metadata_version") as string | undefined;
  const known = metadataVersion !== undefined && VERSIONS.includes(metadataVersion);
  if (!known)
    addError(
      errors,
      "metadata-version",
      `${metadataVersion === undefined ? "None" : pythonRepr(metadataVersion)} is not a valid metadata version`,
    );
  const fields = new Set([...raw.keys(), "name", "version"]);
  fields.delete("metadata_version");
  for (const key of fields) {
    const [field, added] = FIELDS[key] as readonly [string, string];
    if (known && VERSIONS.indexOf(added) > VERSIONS.indexOf(metadataVersion as string)) {
      addError(errors, field, `${field} introduced in metadata version ${added}, not ${metadataVersion}`);
      continue;
    }
    const problem = fieldProblem(key, raw.get(key), pythonRepr(field));
    if (problem) addError(errors, field, problem);
  }
}

/** One field's own rule in packaging (`_Validator._process_*`), or undefined when it holds. */
function fieldProblem(
  key: string,
  value: Raw extends Map<string, infer V> ? V | undefined : never,
  field: string,
): string | undefined {
  const text = typeof value === "string" ? value : "";
  const list = Array.isArray(value) ? value : [];
  switch (key) {
    case "name":
      if (!text) return `${field} is a required field`;
      return NAME.test(text) ? undefined : `${pythonRepr(text)} is invalid for ${field}`;
    case "version":
      if (!text) return `${field} is a required field`;
      return normalizePep440(text) ? undefined : `${pythonRepr(text)} is invalid for ${field}`;
    case "summary":
      return text.includes("\n") ? `${field} must be a single line` : undefined;
    case "description_content_type": {
      const [type = "", ...parameters] = text.split(";").map((part) => part.trim());
      const contentType = type.toLowerCase();
      if (!["text/plain", "text/x-rst", "text/markdown"].includes(contentType))
        return `${field} must be one of ['text/plain', 'text/x-rst', 'text/markdown'], not ${pythonRepr(text)}`;
      const parameter = (wanted: string) =>
        parameters
          .map((pair) => pair.split("=").map((part) => part.trim().replace(/^"(.*)"$/, "$1")))
          .find(([name]) => name?.toLowerCase() === wanted)?.[1];
      const charset = parameter("charset") ?? "UTF-8";
      if (charset !== "UTF-8")
        return `${field} can only specify the UTF-8 charset, not ${pythonRepr(charset)}`;
      const variant = parameter("variant") ?? "GFM";
      if (contentType === "text/markdown" && variant !== "GFM" && variant !== "CommonMark")
        return `valid Markdown variants for ${field} are ['GFM', 'CommonMark'], not ${pythonRepr(variant)}`;
      return undefined;
    }
    case "dynamic":
      for (const entry of list.map((item) => item.toLowerCase())) {
        if (["name", "version", "metadata-version"].includes(entry))
          return `${pythonRepr(entry)} is not allowed as a dynamic field`;
        if (!Object.values(FIELDS).some(([email]) => email === entry))
          return `${pythonRepr(entry)} is not a valid dynamic field`;
      }
      return undefined;
    case "provides_extra":
      for (const extra of list) if (!NAME.test(extra)) return `${pythonRepr(extra)} is invalid for ${field}`;
      return undefined;
    case "requires_python": {
      const parts = text.split(",");
      return parts.every((part) => SPECIFIER.test(part))
        ? undefined
        : `${pythonRepr(text)} is invalid for ${field}`;
    }
    case "requires_dist":
      for (const requirement of list)
        if (!parseRequirement(requirement).valid) return `${pythonRepr(requirement)} is invalid for ${field}`;
      return undefined;
    case "license_expression":
      // An SPDX expression: identifiers (and LicenseRef-) joined by AND, OR, WITH, in parentheses.
      return /^[\s()]*[A-Za-z0-9.+-]+[\s()]*((AND|OR|WITH|and|or|with)[\s()]+[A-Za-z0-9.+-]+[\s()]*)*$/.test(
        text,
      )
        ? undefined
        : `${pythonRepr(text)} is invalid for ${field}`;
    case "license_files":
      for (const path of list) {
        if (path.includes(".."))
          return `${pythonRepr(path)} is invalid for ${field}, parent directory indicators are not allowed`;
        if (path.includes("*")) return `${pythonRepr(path)} is invalid for ${field}, paths must be resolved`;
        if (path.startsWith("/") || /^[A-Za-z]:[\\/]|^[\\/]{2}/.test(path))
          return `${pythonRepr(path)} is invalid for ${field}, paths must be relative`;
        if (path.includes("\\"))
          return `${pythonRepr(path)} is invalid for ${field}, paths must use '/' delimiter`;
      }
      return undefined;
    case "import_names":
    case "import_namespaces":
      for (const entry of list) {
        const [name = "", option] = entry.split(";", 2);
        for (const identifier of name.trimEnd().split("."))
          if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(identifier))
            return `${pythonRepr(name.trimEnd())} is invalid for ${field}; ${pythonRepr(identifier)} is not a valid identifier`;
        if (option !== undefined && option.trim() !== "private")
          return `${pythonRepr(entry)} is invalid for ${field}; the only valid option is 'private'`;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** Warehouse's own rules on top of packaging's (metadata.py `_validate_metadata`). */
function warehouseErrors(raw: Raw, errors: Errors): void {
  const text = (key: string) => raw.get(key) as string | undefined;
  const list = (key: string) => (raw.get(key) as string[] | undefined) ?? [];
  const canonical = normalizePep440(text("version") as string) as string;
  if (canonical.includes("+"))
    addError(errors, "version", `The use of local versions in '${canonical}' is not allowed.`);
  if ((text("summary") ?? "").length > 512)
    addError(errors, "summary", "'summary' field must be 512 characters or less.");
  for (const [key, field] of [
    ["author_email", "author-email"],
    ["maintainer_email", "maintainer-email"],
  ] as const) {
    const value = text(key);
    if (value === undefined) continue;
    // email.utils.parseaddr: the address in <…>, or the whole value.
    const address = (/<([^>]*)>/.exec(value)?.[1] ?? value.split(",")[0] ?? "").trim();
    const problem = address && emailProblem(address);
    if (problem) addError(errors, field, `${pythonRepr(address)} is not a valid email address: ${problem}`);
  }
  for (const [key, field] of [
    ["home_page", "home-page"],
    ["download_url", "download-url"],
  ] as const) {
    const url = text(key);
    if (url !== undefined && !isValidUrl(url))
      addError(errors, field, `${pythonRepr(url)} is not a valid url.`);
  }
  for (const [label, url] of (raw.get("project_urls") as Map<string, string> | undefined) ?? []) {
    if (!label) addError(errors, "project-url", "Must have a label");
    else if (label.length > 32)
      addError(errors, "project-url", `${pythonRepr(label)} must be 32 characters or less.`);
    else if (!url) addError(errors, "project-url", "Must have a URL");
    else if (!isValidUrl(url)) addError(errors, "project-url", `${pythonRepr(url)} is not a valid url`);
  }
  for (const [key, field] of [
    ["provides_dist", "provides-dist"],
    ["obsoletes_dist", "obsoletes-dist"],
  ] as const) {
    for (const requirement of list(key)) {
      const parsed = parseRequirement(requirement);
      if (!parsed.valid)
        addError(errors, field, `${pythonRepr(requirement)} is invalid: Expected end or semicolon`);
      else if (parsed.url)
        addError(errors, field, `Can't have direct dependency: ${pythonRepr(requirement)}`);
    }
  }
  for (const requirement of list("requires_dist")) {
    const parsed = parseRequirement(requirement);
    if (parsed.url) addError(errors, "requires-dist", `Can't have direct dependency: ${parsed.normalized}`);
  }
  for (const entry of list("dynamic").map((item) => item.toLowerCase()))
    if (!WAREHOUSE_DYNAMIC.has(entry))
      addError(errors, "dynamic", `Dynamic field ${pythonRepr(entry)} is not a valid dynamic field.`);
  if (text("license") && text("license_expression"))
    addError(
      errors,
      "license",
      "License is deprecated when License-Expression is present. Only License-Expression should be present.",
    );
}

/**
 * Warehouse's answer (400 reason) to the metadata of an upload form, or undefined when it takes
 * it. Classifiers are not checked against trove-classifiers' list (the fake has no copy of it).
 */
export function formMetadataRefusal(form: ReadonlyMap<string, readonly string[]>): string | undefined {
  const errors: Errors = new Map();
  const raw = rawFromForm(form, errors);
  if (errors.size > 0) return firstError(errors, () => CORE_METADATA);
  packagingErrors(raw, errors);
  if (errors.size === 0) warehouseErrors(raw, errors);
  return firstError(errors, (field, messages) =>
    field === "version" && messages.some((message) => message.includes("use of local versions"))
      ? LOCAL_VERSIONS
      : CORE_METADATA,
  );
}
