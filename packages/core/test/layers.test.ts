// The architecture of DESIGN §1, checked on the sources: packages/core in three layers
// (strategy ← github ← runtime), strategy free of every client library, no stage importing
// another stage. Each rule is also run on a made-up violation, so that a checker that sees
// nothing cannot pass.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const CORE = join(ROOT, "packages/core/src");

type Layer = "strategy" | "github" | "runtime";

/** What each layer may import besides itself: other layers and bare packages. */
const ALLOWED: Record<Layer, { layers: readonly Layer[]; packages: RegExp }> = {
  // Pure rules: no I/O, no client; `semver` is a pure library.
  strategy: { layers: [], packages: /^semver(\/|$)/ },
  github: {
    layers: ["strategy"],
    packages: /^(@octokit\/|@actions\/(github|http-client)(\/|$)|bottleneck|js-yaml|node:)/,
  },
  runtime: { layers: ["strategy", "github"], packages: /./ },
};

/** Every module specifier a TypeScript file imports, re-exports or loads lazily. */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^;"']*?\bfrom\s*["']([^"']+)["']/gm,
    /^\s*import\s*["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
    /\/\/\/\s*<reference\s+path=["']([^"']+)["']/g,
  ];
  for (const pattern of patterns)
    for (const match of source.matchAll(pattern)) found.push(match[1] as string);
  return found;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|js|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The layer rules broken by one core file (`file` absolute, under packages/core/src). */
function layerViolations(file: string, source: string): string[] {
  const layer = relative(CORE, file).split(sep)[0] as Layer;
  const rule = ALLOWED[layer];
  if (!rule) return [`${relative(ROOT, file)} is in no layer (strategy, github, runtime)`];
  const problems: string[] = [];
  for (const spec of specifiers(source)) {
    const where = `${relative(ROOT, file)} imports "${spec}"`;
    if (spec.startsWith(".")) {
      const target = relative(CORE, resolve(dirname(file), spec)).split(sep);
      const targetLayer = target[0] as Layer;
      if (target[0] === ".." || !(targetLayer in ALLOWED)) problems.push(`${where}: outside the layers`);
      else if (targetLayer !== layer && !rule.layers.includes(targetLayer))
        problems.push(`${where}: ${layer} may not import ${targetLayer}`);
    } else if (spec.startsWith("@release-actions/")) {
      problems.push(`${where}: core imports no workspace package`);
    } else if (!rule.packages.test(spec)) {
      problems.push(`${where}: not allowed in ${layer}`);
    }
  }
  return problems;
}

const STAGES = readdirSync(join(ROOT, "actions"));

/** Imports by which a file of one stage reaches into another stage or into core's sources. */
function stageViolations(file: string, source: string): string[] {
  const own = relative(join(ROOT, "actions"), file).split(sep)[0];
  const problems: string[] = [];
  for (const spec of specifiers(source)) {
    const where = `${relative(ROOT, file)} imports "${spec}"`;
    const other = STAGES.find(
      (stage) =>
        stage !== own &&
        (spec === `@release-actions/${stage}` ||
          spec.startsWith(`@release-actions/${stage}/`) ||
          (spec.startsWith(".") &&
            relative(join(ROOT, "actions", stage), resolve(dirname(file), spec)).split(sep)[0] !== "..")),
    );
    if (other) problems.push(`${where}: a stage never imports another stage (${other})`);
    if (
      spec === "@release-actions/core" ||
      (spec.startsWith("@release-actions/core/") &&
        !/^@release-actions\/core\/(strategy|github|runtime)$/.test(spec))
    )
      problems.push(`${where}: import core through @release-actions/core/strategy, /github or /runtime`);
    if (spec.startsWith(".") && relative(ROOT, resolve(dirname(file), spec)).startsWith(`packages${sep}`))
      problems.push(`${where}: import core and the testkit by package name`);
  }
  return problems;
}

describe("packages/core layers", () => {
  it("holds every file in strategy, github or runtime, and each imports only what its layer may", () => {
    const problems = files(CORE).flatMap((file) => layerViolations(file, readFileSync(file, "utf8")));
    expect(problems).toEqual([]);
  });

  it("exports each layer, and only the layers, as a subpath of the package", () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, "packages/core/package.json"), "utf8"));
    expect(Object.keys(manifest.exports).sort()).toEqual(["./github", "./runtime", "./strategy"]);
  });

  it("flags strategy importing the gateway, the runtime or a client, and github importing the runtime", () => {
    const strategy = join(CORE, "strategy/x.ts");
    const github = join(CORE, "github/x.ts");
    expect(
      layerViolations(strategy, 'import type { GitHubGateway } from "../github/github-gateway.ts";'),
    ).toHaveLength(1);
    expect(layerViolations(strategy, 'import { x } from "../runtime/action-log.ts";')).toHaveLength(1);
    expect(layerViolations(strategy, 'import * as core from "@actions/core";')).toHaveLength(1);
    expect(layerViolations(strategy, 'const { Octokit } = await import("@octokit/core");')).toHaveLength(1);
    expect(layerViolations(strategy, 'import { readFile } from "node:fs/promises";')).toHaveLength(1);
    expect(layerViolations(github, 'export * from "../runtime/stage-runner.ts";')).toHaveLength(1);
    expect(layerViolations(github, 'import { parsePep440 } from "../strategy/pep440.ts";')).toEqual([]);
    expect(
      layerViolations(
        join(CORE, "runtime/x.ts"),
        'import { GitHubGateway } from "../github/github-gateway.ts";',
      ),
    ).toEqual([]);
  });
});

describe("stages", () => {
  const sources = STAGES.flatMap((stage) =>
    files(join(ROOT, "actions", stage)).filter(
      (file) => !file.includes(`${sep}dist${sep}`) && !file.includes(`${sep}node_modules${sep}`),
    ),
  );

  it("import no other stage, and core only through its layers", () => {
    const problems = sources.flatMap((file) => stageViolations(file, readFileSync(file, "utf8")));
    expect(sources.length).toBeGreaterThan(STAGES.length);
    expect(problems).toEqual([]);
  });

  it("flags a stage importing another one, by path or by package name", () => {
    const file = join(ROOT, "actions/open-release-pr/src/run.ts");
    expect(stageViolations(file, 'import { run } from "../../tag-and-changelog/src/run.ts";')).toHaveLength(
      1,
    );
    expect(stageViolations(file, 'import { run } from "@release-actions/validate-version";')).toHaveLength(1);
    expect(stageViolations(file, 'import { x } from "@release-actions/core";')).toHaveLength(1);
    expect(
      stageViolations(file, 'import { x } from "../../../packages/core/src/strategy/pep440.ts";'),
    ).toHaveLength(1);
    expect(stageViolations(file, 'import { x } from "./pr-body.ts";')).toEqual([]);
  });
});
