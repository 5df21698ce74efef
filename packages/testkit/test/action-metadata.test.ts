/**
 * The public files: every stage's action.yml and every workflow, checked with GitHub's own
 * parser and schemas (@actions/workflow-parser), and each stage's inputs and outputs against the
 * contract's names (DESIGN §5: they are public API).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { parseAction } from "@actions/workflow-parser/actions/action-parser";
import { REPO_ROOT } from "@release-actions/testkit";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const COMMON_INPUTS = ["token", "config", "dry-run"];

/** Names from DESIGN §5, the stages' public API. */
const CONTRACT: Record<string, { inputs: string[]; outputs: string[] }> = {
  "validate-version": {
    inputs: ["version", "commit", "allow-major", "allow-older-stream"],
    outputs: [
      "version",
      "tag",
      "stream",
      "prerelease",
      "release-branch",
      "branch-exists",
      "commit",
      "previous-tag",
      "previous-version",
      "make-latest",
      "milestone",
      "released",
    ],
  },
  "create-release-branch": {
    inputs: ["version", "commit", "protect"],
    outputs: ["branch", "commit", "created"],
  },
  "open-release-pr": {
    inputs: [
      "version",
      "release-branch",
      "previous-tag",
      "changelog-file",
      "version-files",
      "cap-requirements",
      "reviewers",
      "team-reviewers",
      "labels",
      "draft",
    ],
    outputs: ["pr-number", "pr-url", "head-branch", "commit", "created", "approvals"],
  },
  "tag-and-changelog": {
    inputs: [
      "version",
      "commit",
      "previous-tag",
      "release-notes-config",
      "required-approvals",
      "annotated",
      "draft",
      "make-latest",
    ],
    outputs: ["tag", "release-id", "release-url", "notes-file", "previous-tag", "created"],
  },
  "publish-pypi": {
    inputs: [
      "packages-dir",
      "repository-url",
      "user",
      "password",
      "expected-version",
      "skip-existing",
      "verify-metadata",
      "attestations",
      "print-hash",
    ],
    outputs: ["files", "project-url"],
  },
  "rotate-milestones": {
    inputs: [
      "released-version",
      "window",
      "cadence-days",
      "schedule-file",
      "schedule-mode",
      "release-manager",
      "now",
    ],
    outputs: ["open-milestones", "created", "closed", "moved", "schedule-pr"],
  },
  "check-milestone": { inputs: ["window", "exempt-labels"], outputs: ["milestone"] },
  announce: {
    inputs: [
      "version",
      "release-url",
      "notes-file",
      "channels",
      "slack-webhook-url",
      "slack-token",
      "slack-channel",
      "discord-webhook-url",
      "smtp-url",
      "email-from",
      "email-to",
      "website-repository",
      "website-token",
      "website-file",
      "fail-on-error",
    ],
    outputs: ["results"],
  },
};

const stages = readdirSync(REPO_ROOT).filter(
  (entry) => existsSync(join(REPO_ROOT, entry, "action.yml")) && entry in CONTRACT,
);

function workflowFiles(): string[] {
  return ["workflows-examples", ".github/workflows"].flatMap((dir) =>
    readdirSync(join(REPO_ROOT, dir))
      .filter((file) => file.endsWith(".yml"))
      .map((file) => join(dir, file)),
  );
}

describe("action.yml files", () => {
  it("every stage folder is in the contract table", () => {
    const all = readdirSync(REPO_ROOT).filter(
      (entry) =>
        existsSync(join(REPO_ROOT, entry, "action.yml")) && existsSync(join(REPO_ROOT, "actions", entry)),
    );
    expect(all.sort()).toEqual(stages.sort());
  });

  it.each(stages)(
    "%s/action.yml is valid, runs its committed bundle under node24, and keeps the contract's names",
    (stage) => {
      const content = readFileSync(join(REPO_ROOT, stage, "action.yml"), "utf8");
      const result = parseAction({ name: `${stage}/action.yml`, content }, new NoOperationTraceWriter());
      expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
      const metadata = parse(content) as {
        runs: { using: string; main: string };
        inputs: Record<string, { description?: string }>;
        outputs: Record<string, { description?: string }>;
      };
      expect(metadata.runs.using).toBe("node24");
      expect(metadata.runs.main).toBe(`../actions/${stage}/dist/index.js`);
      expect(existsSync(resolve(REPO_ROOT, stage, metadata.runs.main))).toBe(true);
      const contract = CONTRACT[stage] as { inputs: string[]; outputs: string[] };
      expect(Object.keys(metadata.inputs)).toEqual(
        expect.arrayContaining([...contract.inputs, ...COMMON_INPUTS]),
      );
      expect(Object.keys(metadata.outputs)).toEqual(expect.arrayContaining(contract.outputs));
      for (const [name, spec] of [...Object.entries(metadata.inputs), ...Object.entries(metadata.outputs)]) {
        expect(spec.description, `${stage}: ${name} has no description`).toBeTruthy();
      }
    },
  );

  it("the root action.yml is a valid stub that points to the stages", () => {
    const content = readFileSync(join(REPO_ROOT, "action.yml"), "utf8");
    expect(
      parseAction({ name: "action.yml", content }, new NoOperationTraceWriter()).context.errors.getErrors(),
    ).toEqual([]);
  });
});

describe("workflows", () => {
  it.each(workflowFiles())("%s is a valid workflow", (file) => {
    const result = parseWorkflow(
      { name: file, content: readFileSync(join(REPO_ROOT, file), "utf8") },
      new NoOperationTraceWriter(),
    );
    expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
  });

  it("this repository's own workflows pin third-party actions by commit sha", () => {
    for (const file of workflowFiles().filter((name) => name.startsWith(".github"))) {
      const uses = [...readFileSync(join(REPO_ROOT, file), "utf8").matchAll(/uses:\s*([^\s#]+)/g)].map(
        (match) => match[1] as string,
      );
      for (const action of uses.filter((name) => !name.startsWith("./")))
        expect(action, file).toMatch(/@[0-9a-f]{40}$/);
    }
  });
});
