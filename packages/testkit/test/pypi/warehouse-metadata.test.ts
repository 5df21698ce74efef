/**
 * The fake index's metadata rules, each with the text Warehouse answers. Sources:
 * pypi/warehouse warehouse/forklift/legacy.py (`file_upload`: UploadForm, then
 * `metadata.parse(None, form_data=request.POST)`, the error of `_error_message_order` first, and
 * "{error}. See {url} for more information."), warehouse/forklift/forms.py (UploadForm),
 * warehouse/forklift/metadata.py (`parse_form_metadata`, `_validate_metadata`, DYNAMIC_FIELDS), and
 * packaging 26.2 (the version Warehouse pins) src/packaging/metadata.py (`Metadata.from_raw`:
 * "{field} introduced in metadata version {added}, not {version}", the `_process_*` rules).
 */
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakePyPI, twineUpload, writeZip } from "../../src/pypi/index.ts";
import { checkUploadedFile, checkUploadForm, UploadRefusal } from "../../src/pypi/warehouse-rules.ts";

const SEE = "See https://packaging.python.org/specifications/core-metadata for more information.";
const DIGEST = "a".repeat(64);

/** A valid wheel upload form of Metadata-Version `version`, with `extra` fields (repeated: arrays). */
function form(version: string, extra: Record<string, string | string[] | null> = {}): Map<string, string[]> {
  const fields: Record<string, string | string[] | null> = {
    ":action": "file_upload",
    protocol_version: "1",
    metadata_version: version,
    name: "sample-cli",
    version: "0.1.0",
    filetype: "bdist_wheel",
    pyversion: "py3",
    sha256_digest: DIGEST,
    ...extra,
  };
  return new Map(
    Object.entries(fields)
      .filter((entry): entry is [string, string | string[]] => entry[1] !== null)
      .map(([name, value]) => [name, Array.isArray(value) ? value : [value]]),
  );
}

function refusal(fields: Map<string, string[]>): string | undefined {
  try {
    checkUploadForm(fields);
    return undefined;
  } catch (error) {
    if (!(error instanceof UploadRefusal)) throw error;
    expect(error.status).toBe(400);
    return error.message;
  }
}

describe("a field newer than the Metadata-Version (packaging Metadata.from_raw, field `added`)", () => {
  it.each<[string, string, Record<string, string | string[]>, string]>([
    [
      "License-File",
      "2.1",
      { license_file: "LICENSE.txt" },
      "license-file introduced in metadata version 2.4, not 2.1",
    ],
    [
      "License-Expression",
      "2.3",
      { license_expression: "MIT" },
      "license-expression introduced in metadata version 2.4, not 2.3",
    ],
    ["Dynamic", "2.1", { dynamic: "Summary" }, "dynamic introduced in metadata version 2.2, not 2.1"],
    [
      "Description-Content-Type",
      "1.2",
      { description_content_type: "text/markdown" },
      "description-content-type introduced in metadata version 2.1, not 1.2",
    ],
    [
      "Provides-Extra",
      "1.2",
      { provides_extra: "dev" },
      "provides-extra introduced in metadata version 2.1, not 1.2",
    ],
    [
      "Requires-Dist",
      "1.1",
      { requires_dist: "click" },
      "requires-dist introduced in metadata version 1.2, not 1.1",
    ],
    [
      "Requires-Python",
      "1.1",
      { requires_python: ">=3.9" },
      "requires-python introduced in metadata version 1.2, not 1.1",
    ],
    [
      "Project-URL",
      "1.1",
      { project_urls: "Source, https://github.com/instructlab/sample-cli" },
      "project-url introduced in metadata version 1.2, not 1.1",
    ],
    ["Maintainer", "1.1", { maintainer: "Ada" }, "maintainer introduced in metadata version 1.2, not 1.1"],
    [
      "Classifier",
      "1.0",
      { classifiers: "Programming Language :: Python" },
      "classifier introduced in metadata version 1.1, not 1.0",
    ],
    [
      "Download-URL",
      "1.0",
      { download_url: "https://example.org/d" },
      "download-url introduced in metadata version 1.1, not 1.0",
    ],
    [
      "Supported-Platform",
      "1.0",
      { supported_platform: "RedHat 7.2" },
      "supported-platform introduced in metadata version 1.1, not 1.0",
    ],
    [
      "Import-Name",
      "2.4",
      { import_name: "sample_cli" },
      "import-name introduced in metadata version 2.5, not 2.4",
    ],
  ])("refuses %s in Metadata-Version %s", (_, version, extra, message) => {
    expect(refusal(form(version, extra))).toBe(`${message}. ${SEE}`);
    expect(refusal(form("2.5", extra))).toBeUndefined();
  });

  it("takes what each version allows, and no field of an unknown version", () => {
    expect(
      refusal(form("2.1", { license: "MIT", description_content_type: "text/markdown" })),
    ).toBeUndefined();
    expect(refusal(form("2.6", { license_file: "LICENSE" }))).toBe(
      `'2.6' is not a valid metadata version. ${SEE}`,
    );
    expect(refusal(form("2.0"))).toBe(`'2.0' is not a valid metadata version. ${SEE}`);
  });
});

describe("each field's own rule, with Warehouse's text", () => {
  it.each<[string, Record<string, string | string[] | null>, string]>([
    [
      "a missing metadata version",
      { metadata_version: null },
      `None is not a valid metadata version. ${SEE}`,
    ],
    ["a bad version", { version: "one" }, `'one' is invalid for 'version'. ${SEE}`],
    [
      "a local version",
      { version: "0.1.0+Dirty" },
      "The use of local versions in '0.1.0+dirty' is not allowed. See https://packaging.python.org/en/latest/specifications/version-specifiers/#local-version-identifiers for more information.",
    ],
    ["a two-line summary", { summary: "one\ntwo" }, `'summary' must be a single line. ${SEE}`],
    [
      "a long summary",
      { summary: "s".repeat(513) },
      `'summary' field must be 512 characters or less. ${SEE}`,
    ],
    ["two summaries", { summary: ["one", "two"] }, `'summary' has invalid data. ${SEE}`],
    [
      "an unknown description type",
      { description_content_type: "text/html" },
      `'description-content-type' must be one of ['text/plain', 'text/x-rst', 'text/markdown'], not 'text/html'. ${SEE}`,
    ],
    [
      "a charset other than UTF-8",
      { description_content_type: "text/markdown; charset=latin1" },
      `'description-content-type' can only specify the UTF-8 charset, not 'latin1'. ${SEE}`,
    ],
    ["Name as dynamic", { dynamic: "Name" }, `'name' is not allowed as a dynamic field. ${SEE}`],
    ["an unknown dynamic field", { dynamic: "Colour" }, `'colour' is not a valid dynamic field. ${SEE}`],
    [
      "a URL requirement",
      { requires_dist: "click @ https://example.org/click.whl" },
      `Can't have direct dependency: click @ https://example.org/click.whl. ${SEE}`,
    ],
    [
      "a broken requirement",
      { requires_dist: "click >>> 1" },
      `'click >>> 1' is invalid for 'requires-dist'. ${SEE}`,
    ],
    [
      "a URL Provides-Dist",
      { provides_dist: "other @ https://example.org/o.whl" },
      `Can't have direct dependency: 'other @ https://example.org/o.whl'. ${SEE}`,
    ],
    ["a bad Requires-Python", { requires_python: "3.9+" }, `'3.9+' is invalid for 'requires-python'. ${SEE}`],
    ["a bad extra", { provides_extra: "-dev" }, `'-dev' is invalid for 'provides-extra'. ${SEE}`],
    [
      "a License-File outside",
      { license_file: "../LICENSE" },
      `'../LICENSE' is invalid for 'license-file', parent directory indicators are not allowed. ${SEE}`,
    ],
    [
      "a License-File glob",
      { license_file: "LICENSE*" },
      `'LICENSE*' is invalid for 'license-file', paths must be resolved. ${SEE}`,
    ],
    [
      "License with License-Expression",
      { license: "MIT License", license_expression: "MIT" },
      `License is deprecated when License-Expression is present. Only License-Expression should be present. ${SEE}`,
    ],
    [
      "an address without @",
      { author_email: "ada.example.org" },
      `'ada.example.org' is not a valid email address: An email address must have an @-sign. ${SEE}`,
    ],
    ["a home page that is no URL", { home_page: "example.org" }, `'example.org' is not a valid url. ${SEE}`],
    [
      "a long Project-URL label",
      { project_urls: `${"L".repeat(33)}, https://example.org` },
      `'${"L".repeat(33)}' must be 32 characters or less. ${SEE}`,
    ],
    ["a Project-URL without URL", { project_urls: "Source," }, `Must have a URL. ${SEE}`],
    [
      "a repeated Project-URL label",
      { project_urls: ["Source, https://a.example", "Source, https://b.example"] },
      `'project_urls' has invalid data. ${SEE}`,
    ],
  ])("refuses %s", (_, extra, message) => {
    expect(refusal(form("2.4", extra))).toBe(message);
  });

  it("reports the metadata version first, then the name, then the version, then fields alphabetically", () => {
    expect(refusal(form("2.1", { version: "x", license_file: "L", dynamic: "Summary" }))).toBe(
      `'x' is invalid for 'version'. ${SEE}`,
    );
    expect(refusal(form("2.1", { license_file: "L", dynamic: "Summary" }))).toBe(
      `dynamic introduced in metadata version 2.2, not 2.1. ${SEE}`,
    );
  });
});

describe("UploadForm (forms.py), before the metadata", () => {
  it.each<[string, Record<string, string>, string]>([
    ["no name", { name: "" }, `'' is an invalid value for Name. Error: This field is required. ${SEE}`],
    [
      "a folded name, quoted as Python's repr",
      { name: "sample\n::error::owned" },
      `'sample\\n::error::owned' is an invalid value for Name. Error: Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'. ${SEE}`,
    ],
    [
      "an unknown file type",
      { filetype: "egg" },
      "Invalid value for filetype. Error: Use a known file type.",
    ],
    [
      "a short BLAKE2 digest",
      { blake2_256_digest: "ab" },
      "Invalid value for blake2_256_digest. Error: Use a valid, hex-encoded, BLAKE2 message digest.",
    ],
    ["no digest", { sha256_digest: "" }, "Error: Include at least one message digest."],
    [
      "an sdist of a Python version",
      { filetype: "sdist", pyversion: "py3" },
      "Invalid value for pyversion. Error: Use 'source' as Python version for an sdist.",
    ],
  ])("refuses %s", (_, extra, message) => {
    // The form's own checks come before the metadata's (here an invalid License-File too).
    expect(refusal(form("2.1", { license_file: "L", ...extra }))).toBe(message);
  });
});

describe("over HTTP", () => {
  let pypi: FakePyPI;
  beforeAll(async () => {
    pypi = await FakePyPI.start();
  });
  afterAll(async () => {
    await pypi.stop();
  });

  it("uploads Debian's pip wheel (Metadata-Version 2.1 with License-File) from twine, which drops License-File below 2.4", async () => {
    const directory = mkdtempSync(join(tmpdir(), "pip-wheel-"));
    const wheel = join(directory, "pip-23.0.1-py3-none-any.whl");
    copyFileSync("/usr/share/python-wheels/pip-23.0.1-py3-none-any.whl", wheel);
    const upload = await twineUpload(pypi.uploadUrl, pypi.createToken(), [wheel]);
    expect(upload.code, upload.output).toBe(0);
    expect(pypi.files[0]?.fields.filter(([name]) => name === "license_file")).toEqual([]);
    // The same form with License-File, as a client that forgets the rule sends it.
    const body = new FormData();
    for (const [name, value] of pypi.files[0]?.fields ?? []) body.append(name, value);
    body.append("license_file", "LICENSE.txt");
    const answer = await fetch(pypi.uploadUrl, {
      method: "POST",
      body,
      headers: {
        authorization: `Basic ${Buffer.from(`__token__:${pypi.createToken()}`).toString("base64")}`,
      },
    });
    expect(answer.status).toBe(400);
    expect(answer.statusText).toBe(`license-file introduced in metadata version 2.4, not 2.1. ${SEE}`);
  });
});

describe("archives (legacy.py _is_valid_dist_file)", () => {
  it("refuses a wheel that decompresses past 64 MiB and 50 times its size", () => {
    const directory = mkdtempSync(join(tmpdir(), "zip-bomb-"));
    const filename = "sample_cli-0.1.0-py3-none-any.whl";
    const info = "sample_cli-0.1.0.dist-info";
    const wheel = (padding: number) =>
      writeZip([
        {
          path: `${info}/METADATA`,
          content: Buffer.from("Metadata-Version: 2.1\nName: sample-cli\nVersion: 0.1.0\n"),
        },
        { path: `${info}/WHEEL`, content: Buffer.from("Wheel-Version: 1.0\n") },
        { path: `${info}/RECORD`, content: Buffer.from("") },
        { path: "sample_cli/zeros.bin", content: Buffer.alloc(padding) },
      ]);
    const upload = { name: "sample-cli", version: "0.1.0", filetype: "bdist_wheel" };
    writeFileSync(join(directory, filename), wheel(65 * 1024 * 1024));
    expect(() => checkUploadedFile(join(directory, filename), filename, upload)).toThrow(
      "Invalid distribution file. File exceeds compression ratio of 50",
    );
    // Well compressed but small: under COMPRESSION_RATIO_MIN_SIZE, any ratio passes.
    writeFileSync(join(directory, filename), wheel(32 * 1024 * 1024));
    expect(() => checkUploadedFile(join(directory, filename), filename, upload)).not.toThrow();
  });
});
