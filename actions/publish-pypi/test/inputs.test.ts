/** readInputs: the Sigstore deployment the job's environment may name instead of the public-good one. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ActionInputs, readRunnerContext } from "@release-actions/core/runtime";
import { ConfigurationError } from "@release-actions/core/strategy";
import { describe, expect, it } from "vitest";
import { PYPA_ALIASES, readInputs } from "../src/inputs.ts";

const read = (env: Record<string, string>) =>
  readInputs(
    new ActionInputs({ INPUT_TOKEN: "ghs_x", ...env }),
    readRunnerContext({ GITHUB_REPOSITORY: "instructlab/sample-cli" }),
    env,
  );

describe("SIGSTORE_FULCIO_URL and SIGSTORE_REKOR_URL", () => {
  it("leave the public-good Sigstore when neither is set", () => {
    expect(read({}).sigstore).toBeUndefined();
    expect(read({ SIGSTORE_FULCIO_URL: " ", SIGSTORE_REKOR_URL: "" }).sigstore).toBeUndefined();
  });

  it.each([
    ["https://fulcio.sigstage.dev", "https://rekor.sigstage.dev"],
    ["http://127.0.0.1:8080", "http://localhost:8081/"],
    ["http://[::1]:8080", "http://[::1]:8081"],
  ])("name another deployment: %s, %s", (fulcioUrl, rekorUrl) => {
    expect(read({ SIGSTORE_FULCIO_URL: fulcioUrl, SIGSTORE_REKOR_URL: rekorUrl }).sigstore).toEqual({
      fulcioUrl,
      rekorUrl,
    });
  });

  it.each([
    [
      { SIGSTORE_FULCIO_URL: "https://fulcio.example" },
      "SIGSTORE_FULCIO_URL is set but SIGSTORE_REKOR_URL is not",
    ],
    [
      { SIGSTORE_REKOR_URL: "https://rekor.example" },
      "SIGSTORE_REKOR_URL is set but SIGSTORE_FULCIO_URL is not",
    ],
  ])("go together: %o", (env, message) => {
    expect(() => read(env)).toThrow(ConfigurationError);
    expect(() => read(env)).toThrow(
      `${message}: a Sigstore deployment needs both its Fulcio and its Rekor. Set both SIGSTORE_FULCIO_URL and SIGSTORE_REKOR_URL, or neither to sign with the public-good Sigstore.`,
    );
  });

  it.each([
    ["SIGSTORE_FULCIO_URL", "http://fulcio.example", "https://fulcio.sigstage.dev"],
    ["SIGSTORE_REKOR_URL", "rekor.example", "https://rekor.sigstage.dev"],
    ["SIGSTORE_REKOR_URL", "ftp://127.0.0.1/", "https://rekor.sigstage.dev"],
  ])("refuse %s=%s: https only, http for loopback", (name, value, example) => {
    const env = {
      SIGSTORE_FULCIO_URL: "https://fulcio.example",
      SIGSTORE_REKOR_URL: "https://rekor.example",
      [name]: value,
    };
    expect(() => read(env)).toThrow(ConfigurationError);
    expect(() => read(env)).toThrow(
      `${name}="${value}" is not an https URL (http is allowed only on a loopback host: localhost, 127.0.0.0/8, [::1]). Set it to the base URL of your deployment's service (Sigstore's staging one: ${example}), or unset both SIGSTORE_FULCIO_URL and SIGSTORE_REKOR_URL to sign with the public-good Sigstore.`,
    );
  });
});

describe("pypa/gh-action-pypi-publish's underscore spellings", () => {
  // What the runner passes for our action.yml's defaults when the step does not set them.
  const defaults = {
    "INPUT_REPOSITORY-URL": "https://upload.pypi.org/legacy/",
    "INPUT_PACKAGES-DIR": "dist",
    "INPUT_VERIFY-METADATA": "true",
    "INPUT_SKIP-EXISTING": "false",
    "INPUT_PRINT-HASH": "false",
  };

  it("match our action.yml's defaults", () => {
    const action = readFileSync(join(import.meta.dirname, "../../../publish-pypi/action.yml"), "utf8");
    for (const { input, default: fallback } of Object.values(PYPA_ALIASES))
      expect(action).toMatch(
        new RegExp(
          `\\n  ${input}:\\n(?:    .*\\n)*?    default: "?${fallback.replace(/[./]/g, "\\$&")}"?\\n`,
        ),
      );
  });

  it("are honoured when ours are at their defaults, each with a deprecation warning", () => {
    const settings = read({
      ...defaults,
      INPUT_PACKAGES_DIR: "wheelhouse",
      INPUT_VERIFY_METADATA: "false",
      INPUT_SKIP_EXISTING: "true",
      INPUT_PRINT_HASH: "true",
    });
    expect([
      settings.packagesDir,
      settings.verifyMetadata,
      settings.skipExisting,
      settings.printHash,
    ]).toEqual(["wheelhouse", false, true, true]);
    expect(settings.deprecations).toHaveLength(4);
  });

  it("agreeing with ours is only a warning; disagreeing is refused by name", () => {
    expect(
      read({ ...defaults, "INPUT_PACKAGES-DIR": "out", INPUT_PACKAGES_DIR: "out" }).deprecations,
    ).toHaveLength(1);
    expect(() => read({ ...defaults, "INPUT_SKIP-EXISTING": "true", INPUT_SKIP_EXISTING: "false" })).toThrow(
      /Inputs "skip_existing" \("false"\) and "skip-existing" \("true"\) disagree/,
    );
    expect(() => read({ ...defaults, INPUT_VERIFY_METADATA: "maybe" })).toThrow(
      'Input "verify_metadata" must be true or false, got "maybe".',
    );
  });
});
