/**
 * The preflight of the npm scripts: the Node it asks for, how it installs the tests' Debian tools,
 * and that its list of tools is complete (every Debian package a test or the testkit asks for).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { installPlan, NODE_MAJOR, nodeProblem, TEST_TOOLS } from "./preflight.mjs";

const ROOT = join(import.meta.dirname, "..");
const PACKAGES = TEST_TOOLS.map((tool) => tool.package);

/** The TypeScript sources of the tests and of the testkit (what runs under npm test). */
function testSources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "node_modules" && entry.name !== "dist") walk(path);
      else if (entry.isFile() && entry.name.endsWith(".ts")) files.push(path);
    }
  };
  for (const dir of ["packages", "actions", "scripts"]) walk(dir);
  return files.filter((file) => /[/\\]test[/\\]|packages[/\\]testkit[/\\]src/.test(file));
}

describe("the Node the scripts run on", () => {
  it("accepts Node 24 and later", () => {
    expect(NODE_MAJOR).toBe(24);
    expect(nodeProblem("24.0.0", "/x/node", true)).toBeUndefined();
    expect(nodeProblem("25.1.0", "/x/node", false)).toBeUndefined();
  });

  it("tells an npm ci --ignore-scripts install how to get the bundled Node, without a stack trace", () => {
    const problem = nodeProblem("20.20.2", "/usr/bin/node", false) ?? "";
    expect(problem).toMatch(/^This project runs on Node 24; this is Node 20\.20\.2 \(\/usr\/bin\/node\)\./);
    expect(problem).toMatch(/run npm ci again without --ignore-scripts/);
  });

  it("tells someone calling the system node directly to go through npm", () => {
    expect(nodeProblem("22.3.0", "/usr/bin/node", true)).toMatch(/run the project through npm\n\(npm test/);
  });

  it("runs in this Node and passes", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "scripts", "preflight.mjs")], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

describe("the tests' Debian tools", () => {
  it("installs with apt-get as root, and with sudo -n when sudo needs no password", () => {
    expect(installPlan(["twine"], { debian: true, root: true, sudo: false }).command).toEqual([
      "apt-get",
      "install",
      "-y",
      "-qq",
      "twine",
    ]);
    expect(installPlan(["twine", "git"], { debian: true, root: false, sudo: true }).command).toEqual([
      "sudo",
      "-n",
      "apt-get",
      "install",
      "-y",
      "-qq",
      "twine",
      "git",
    ]);
  });

  it("prints the exact command, and installs nothing, where it may not", () => {
    const plan = installPlan(["python3-docutils"], { debian: true, root: false, sudo: false });
    expect(plan.command).toBeUndefined();
    expect(plan.hint).toContain("sudo apt-get update && sudo apt-get install -y python3-docutils");
    const elsewhere = installPlan(["twine"], { debian: false, root: true, sudo: false });
    expect(elsewhere.command).toBeUndefined();
    expect(elsewhere.hint).toMatch(/run them on Debian or Ubuntu/);
    expect(elsewhere.hint).toContain("apt-get update && apt-get install -y twine && npm ci && npm test");
  });

  it("lists every Debian package the tests and the testkit name", () => {
    const named = new Set<string>();
    for (const file of testSources()) {
      const text = readFileSync(join(ROOT, file), "utf8");
      for (const match of text.matchAll(/\bpython3-[a-z][a-z0-9-]*[a-z0-9]\b/g)) named.add(match[0]);
      if (/\/usr\/bin\/twine\b/.test(text)) named.add("twine");
      if (/\/usr\/share\/python-wheels\b/.test(text))
        named.add("python3-pip-whl").add("python3-setuptools-whl");
    }
    expect(named.size).toBeGreaterThan(4);
    expect(PACKAGES).toEqual(expect.arrayContaining([...named]));
  });

  it("finds every tool installed on this machine (npm test installed what was missing)", () => {
    expect(TEST_TOOLS.filter((tool) => !tool.present()).map((tool) => tool.package)).toEqual([]);
  });

  it("leaves no test skipped: no runIf, skipIf, skip or todo in a test file", () => {
    const skipping = testSources().filter((file) =>
      /\b(?:it|test|describe)\s*\.\s*(?:runIf|skipIf|skip|todo)\b/.test(
        readFileSync(join(ROOT, file), "utf8"),
      ),
    );
    expect(skipping).toEqual([]);
  });
});
