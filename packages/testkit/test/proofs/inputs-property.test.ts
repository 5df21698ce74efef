/**
 * Issue 15, Deliver 2: fast-check over every stage's inputs, in-process on `readInputs` (the
 * bundles are spawned for a few representative cases in bundle-refusals.test.ts). Whatever the
 * inputs, reading them either gives settings or refuses with a ConfigurationError whose message
 * is non-empty, has no stack trace and quotes at most a short prefix of the bad value.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ActionInputs, readRunnerContext } from "@release-actions/core/runtime";
import { ConfigurationError } from "@release-actions/core/strategy";
import { REPO_ROOT } from "@release-actions/testkit";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { readInputs as announce } from "../../../../actions/announce/src/inputs.ts";
import { readInputs as checkMilestone } from "../../../../actions/check-milestone/src/inputs.ts";
import { readInputs as createReleaseBranch } from "../../../../actions/create-release-branch/src/inputs.ts";
import { readInputs as openReleasePr } from "../../../../actions/open-release-pr/src/inputs.ts";
import { readInputs as publishPypi } from "../../../../actions/publish-pypi/src/inputs.ts";
import { readInputs as rotateMilestones } from "../../../../actions/rotate-milestones/src/inputs.ts";
import { readInputs as tagAndChangelog } from "../../../../actions/tag-and-changelog/src/inputs.ts";
import { readInputs as validateVersion } from "../../../../actions/validate-version/src/inputs.ts";
import { HUNDRED_KB, inputValue, refusalProblems } from "../../src/hostile-values.ts";

type Reader = (inputs: ActionInputs, context: ReturnType<typeof readRunnerContext>) => unknown;

/** Values that pass an input's own check, so that the property also reaches later checks. */
const PLAUSIBLE: Record<string, readonly string[]> = {
  version: ["0.2.0", "0.2.0rc1", "next-y", "next-z", "1.2.3"],
  "released-version": ["0.2.0", "0.2.1"],
  "release-branch": ["release-v0.2"],
  "previous-tag": ["v0.1.0"],
  commit: ["main", "0123456789abcdef0123456789abcdef01234567"],
  "dry-run": ["true", "false"],
  draft: ["true", "false"],
  channels: ["slack", "email\nwebsite", "discord"],
  "slack-webhook-url": ["https://hooks.slack.com/services/T0/B0/x"],
  "discord-webhook-url": ["https://discord.com/api/webhooks/1/x"],
  "smtp-url": ["smtps://u:p@mail.example.org"],
  "email-to": ["a@example.org"],
  "website-repository": ["acme/site"],
  "website-file": ["releases.yml"],
  "changelog-file": ["CHANGELOG.md"],
  "version-files": ["pyproject.toml"],
  "repository-url": ["https://upload.pypi.org/legacy/", "https://test.pypi.org/legacy/"],
  "packages-dir": ["dist"],
  assets: ["dist", "dist/"],
  window: ["3", "1"],
  "cadence-days": ["14"],
  now: ["2026-01-01T00:00:00Z"],
  "required-approvals": ["0", "2"],
  token: ["ghs_token"],
};

const STAGES: Record<string, Reader> = {
  announce,
  "check-milestone": checkMilestone,
  "create-release-branch": createReleaseBranch,
  "open-release-pr": openReleasePr,
  "publish-pypi": (inputs, context) => publishPypi(inputs, context, {}),
  "rotate-milestones": rotateMilestones,
  "tag-and-changelog": tagAndChangelog,
  "validate-version": validateVersion,
};

/** The declared inputs of a stage and the defaults the runner fills in. */
function declaredInputs(stage: string): Record<string, string> {
  const metadata = parse(readFileSync(join(REPO_ROOT, stage, "action.yml"), "utf8")) as {
    inputs?: Record<string, { default?: unknown }>;
  };
  return Object.fromEntries(
    Object.entries(metadata.inputs ?? {}).map(([name, input]) => [
      name,
      // An expression default (`${{ github.token }}`) stands for a value the runner always has.
      typeof input.default === "string"
        ? input.default.includes("${{")
          ? "ghs_expression"
          : input.default
        : "",
    ]),
  );
}

const CONTEXT = readRunnerContext({
  GITHUB_REPOSITORY: "acme/proofs",
  GITHUB_API_URL: "https://api.github.com",
  GITHUB_SERVER_URL: "https://github.com",
  GITHUB_REF: "refs/heads/main",
  GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
  GITHUB_EVENT_NAME: "workflow_dispatch",
  GITHUB_RUN_ID: "1",
});

function envOf(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, "_").toUpperCase()}`, value]),
  );
}

/** What reading these inputs did wrong, or [] when it returned settings or refused well. */
function problemsOf(reader: Reader, inputs: Record<string, string>): string[] {
  try {
    reader(new ActionInputs(envOf(inputs)), CONTEXT);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigurationError))
      return [`not a ConfigurationError: ${String(error).slice(0, 300)}`];
    return refusalProblems(error.message).map((problem) => `${problem}: ${error.message.slice(0, 60)}`);
  }
}

// `secret()` masks through stdout: keep the test's output readable.
beforeAll(() => {
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
});
afterAll(() => {
  vi.restoreAllMocks();
});

describe.each(Object.keys(STAGES))("%s inputs", (stage) => {
  const reader = STAGES[stage] as Reader;
  const declared = declaredInputs(stage);
  // The common inputs are read by the runtime (packages/core/src/runtime), checked apart below.
  const names = Object.keys(declared).filter((name) => !COMMON.includes(name));

  it("refuse any value with a short ConfigurationError, or accept it (fast-check)", () => {
    const overrides = fc.dictionary(
      fc.constantFrom(...names),
      fc.constantFrom(...names).chain((name) => inputValue(PLAUSIBLE[name])),
      { maxKeys: 4 },
    );
    const result = fc.check(
      fc.property(overrides, (values) => problemsOf(reader, { ...declared, ...values }).length === 0),
      { numRuns: 300, seed: 15 },
    );
    // Report the counterexample by its inputs' names, short prefixes and problems, not 100 kB of it.
    const values = result.counterexample?.[0] ?? {};
    expect({
      inputs: Object.fromEntries(
        Object.entries(values).map(([k, v]) => [k, `${v.slice(0, 40)} (${v.length} chars)`]),
      ),
      problems: result.failed ? problemsOf(reader, { ...declared, ...values }) : [],
    }).toEqual({ inputs: expect.anything(), problems: [] });
  });

  it.each(names)("a 100 kB value of %s is refused briefly or accepted", (name) => {
    expect(problemsOf(reader, { ...declared, ...PLAUSIBLE_BASE, [name]: HUNDRED_KB })).toEqual([]);
  });
});

/** The runtime's typed readers (packages/core/src/runtime/action-inputs.ts) quote a prefix too. */
it("the runtime's typed readers (boolean, integer, choice) quote a short prefix", () => {
  const read = (inputs: Record<string, string>) => {
    try {
      tagAndChangelog(new ActionInputs(envOf({ version: "0.2.0", token: "t", ...inputs })), CONTEXT);
      return "accepted";
    } catch (error) {
      return refusalProblems((error as Error).message);
    }
  };
  expect([
    read({ "dry-run": HUNDRED_KB }),
    read({ "required-approvals": HUNDRED_KB }),
    read({ "make-latest": HUNDRED_KB }),
  ]).toEqual([[], [], []]);
});

const COMMON = ["token", "config", "dry-run"];

/** A valid base for each stage's required inputs, so the 100 kB value is the one checked. */
const PLAUSIBLE_BASE: Record<string, string> = {
  version: "0.2.0",
  "released-version": "0.2.0",
  channels: "email",
  "smtp-url": "smtps://u:p@mail.example.org",
  "email-from": "r@example.org",
  "email-to": "a@example.org",
};
