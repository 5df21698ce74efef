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

interface ActionMetadata {
  runs: { using: string; main: string };
  inputs: Record<string, { description?: string; default?: unknown; required?: boolean }>;
  outputs: Record<string, { description?: string }>;
}

/** The stages: the folders with an action.yml that runs a bundle under actions/ (nothing lists them by hand). */
const stages = readdirSync(REPO_ROOT).filter(
  (entry) =>
    existsSync(join(REPO_ROOT, entry, "action.yml")) && existsSync(join(REPO_ROOT, "actions", entry, "src")),
);

function metadata(stage: string): ActionMetadata {
  return parse(readFileSync(join(REPO_ROOT, stage, "action.yml"), "utf8")) as ActionMetadata;
}

/** The rows of the README's input table: the inputs each row names, and its default cell. */
function inputRows(readme: string): { names: string[]; defaultCell: string }[] {
  const lines = readme.split("\n");
  const header = lines.findIndex((line) => /^\|\s*Input\s*\|/.test(line));
  if (header < 0) return [];
  const rows: { names: string[]; defaultCell: string }[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith("|")) break;
    const [first = "", second = ""] = line.split("|").slice(1);
    rows.push({
      names: [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string),
      defaultCell: second.trim(),
    });
  }
  return rows;
}

/** The outputs the README's "Outputs" paragraph names: the first code span of each top-level item. */
function documentedOutputs(readme: string): string[] {
  const match = /^(?:Outputs:|## Outputs\n\n)([\s\S]*?)(?:\n\n|(?![\s\S]))/m.exec(readme);
  if (!match) return [];
  const text = match[1] as string;
  const items: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of text) {
    if (char === "(" || char === "{") depth++;
    if (char === ")" || char === "}") depth--;
    if (char === "," && depth === 0) {
      items.push(current);
      current = "";
    } else current += char;
  }
  items.push(current);
  return items.map((item) => /`([^`]+)`/.exec(item)?.[1]).filter((name): name is string => Boolean(name));
}

function workflowFiles(): string[] {
  return ["workflows-examples", ".github/workflows"].flatMap((dir) =>
    readdirSync(join(REPO_ROOT, dir))
      .filter((file) => file.endsWith(".yml"))
      .map((file) => join(dir, file)),
  );
}

describe("action.yml files", () => {
  it("finds the stages by their action.yml", () => {
    expect(stages).toEqual(expect.arrayContaining(["validate-version", "publish-pypi"]));
  });

  it.each(stages)(
    "%s/action.yml is valid, runs its committed bundle under node24, and describes every name",
    (stage) => {
      const content = readFileSync(join(REPO_ROOT, stage, "action.yml"), "utf8");
      const result = parseAction({ name: `${stage}/action.yml`, content }, new NoOperationTraceWriter());
      expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
      const { runs, inputs, outputs } = metadata(stage);
      expect(runs.using).toBe("node24");
      expect(runs.main).toBe(`../actions/${stage}/dist/index.js`);
      expect(existsSync(resolve(REPO_ROOT, stage, runs.main))).toBe(true);
      expect(Object.keys(inputs)).toEqual(expect.arrayContaining(COMMON_INPUTS));
      for (const [name, spec] of [...Object.entries(inputs), ...Object.entries(outputs ?? {})]) {
        expect(spec.description, `${stage}: ${name} has no description`).toBeTruthy();
      }
    },
  );

  // action.yml is the one place for a stage's names; the README's tables are checked against it.
  it.each(stages)("%s/README.md documents exactly the inputs and outputs of its action.yml", (stage) => {
    const readme = readFileSync(join(REPO_ROOT, stage, "README.md"), "utf8");
    const { inputs, outputs } = metadata(stage);
    const rows = inputRows(readme);
    expect(rows.flatMap((row) => row.names).sort(), `${stage}/README.md input table`).toEqual(
      Object.keys(inputs).sort(),
    );
    for (const { names, defaultCell } of rows) {
      const literal = /^`([^`]*)`$/.exec(defaultCell)?.[1];
      for (const name of names) {
        const spec = inputs[name];
        if (defaultCell === "(required)") expect(spec?.required, `${stage}: ${name} is required`).toBe(true);
        if (literal !== undefined && !String(spec?.default ?? "").includes("${{"))
          expect(String(spec?.default ?? ""), `${stage}: default of ${name}`).toBe(literal);
      }
    }
    expect(documentedOutputs(readme).sort(), `${stage}/README.md outputs`).toEqual(
      Object.keys(outputs).sort(),
    );
  });

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

  // The runner passes an undeclared input on with only a warning (actions/runner ActionRunner.cs,
  // "Unexpected input(s)"), so a misspelt input would be ignored: every `with:` of a step using a
  // stage must name one of that stage's inputs.
  it.each(workflowFiles())("%s gives the stages only the inputs they declare", (file) => {
    const workflow = parse(readFileSync(join(REPO_ROOT, file), "utf8")) as {
      jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    const unknown: string[] = [];
    for (const [job, { steps = [] }] of Object.entries(workflow.jobs)) {
      for (const step of steps) {
        const stage = /^(?:instructlab\/release-actions|\.)\/([a-z-]+)@?/.exec(step.uses ?? "")?.[1];
        if (!stage || !stages.includes(stage)) continue;
        const declared = Object.keys(metadata(stage).inputs ?? {});
        for (const name of Object.keys(step.with ?? {}))
          if (!declared.includes(name)) unknown.push(`${job}: ${stage} has no input "${name}"`);
      }
    }
    expect(unknown).toEqual([]);
  });

  // The publish job holds the OIDC token PyPI turns into an upload token: the examples pin the
  // stage that runs there by full commit sha, so a moved tag cannot change what runs in it.
  it("the examples pin publish-pypi by a full commit sha", () => {
    const uses = workflowFiles()
      .filter((file) => file.startsWith("workflows-examples"))
      .flatMap((file) => [
        ...readFileSync(join(REPO_ROOT, file), "utf8").matchAll(/uses: (\S*publish-pypi@\S+)/g),
      ])
      .map((match) => match[1]);
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use).toMatch(/^instructlab\/release-actions\/publish-pypi@[0-9a-f]{40}$/);
  });

  // Hygiene of this repository's own workflows (issue 12 §7): no job without a time limit, no
  // checkout that leaves the token in .git/config for later steps, and no expression spliced into a
  // script (values reach run: through env, where the shell cannot read them as code).
  it.each(workflowFiles().filter((file) => file.startsWith(".github")))(
    "%s: time limits, checkouts without persisted credentials, no expression in run:",
    (file) => {
      const workflow = parse(readFileSync(join(REPO_ROOT, file), "utf8")) as {
        jobs: Record<
          string,
          {
            "timeout-minutes"?: number;
            steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[];
          }
        >;
      };
      for (const [name, job] of Object.entries(workflow.jobs)) {
        expect(job["timeout-minutes"], `${file}: job ${name} has no timeout-minutes`).toBeGreaterThan(0);
        for (const step of job.steps ?? []) {
          if (step.uses?.startsWith("actions/checkout@"))
            expect(step.with?.["persist-credentials"], `${file}: ${name}: checkout`).toBe(false);
          expect(step.run ?? "", `${file}: ${name}: a run: script`).not.toMatch(/\$\{\{/);
        }
      }
    },
  );

  it("the README's first example is a valid workflow that builds before it publishes", () => {
    const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
    const content = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const result = parseWorkflow({ name: "README.md", content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((error) => error.message)).toEqual([]);
    const { jobs } = parse(content) as {
      jobs: Record<string, { needs?: string[] | string; permissions?: Record<string, string> }>;
    };
    const publish = Object.values(jobs).find((job) => job.permissions?.["id-token"] === "write");
    expect([publish?.needs ?? []].flat()).toContain("build");
    expect(Object.keys(publish?.permissions ?? {})).toEqual(["id-token"]);
    expect(JSON.stringify(jobs.build)).toMatch(/python -m build/);
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
