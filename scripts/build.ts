/**
 * Bundles every stage with ncc: actions/<stage>/src/index.ts → actions/<stage>/dist/ (index.js,
 * its lazily loaded chunks, package.json with "type": "module", licenses.txt). The bundles are
 * committed because the runner executes them straight from a checkout of this repository.
 * Minified: the toolkit (@actions/core, @actions/github, undici) is about 1.3 MB as written,
 * and every stage must stay under 1,000 kB (bench/bundle-sizes.ts); licenses.txt keeps the
 * notices. ncc minifies the entry chunk only: the lazily loaded chunks (undici behind a proxy,
 * js-yaml, nodemailer, @sigstore/sign) are minified here, with rolldown's oxc minifier. The build
 * fails when a module takes from undici a name its stand-in (the stages' tsconfig.json `paths`)
 * does not export: after a toolkit upgrade, a bundle that would fail only behind a proxy.
 * Also bundles bench/toolkit-action, the cold-start reference of the benchmarks (built like a stage).
 *   node scripts/build.ts [stage ...]
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { minify } from "rolldown/utils";

const root = join(import.meta.dirname, "..");
const ncc = join(root, "node_modules", ".bin", "ncc");
const requested = process.argv.slice(2);
const stages = readdirSync(join(root, "actions")).filter(
  (stage) =>
    existsSync(join(root, "actions", stage, "src", "index.ts")) &&
    (requested.length === 0 || requested.includes(stage)),
);
const BENCH_REFERENCE = "toolkit-action";
const unknown = requested.filter((stage) => !stages.includes(stage) && stage !== BENCH_REFERENCE);
if (unknown.length > 0) {
  console.error(`No stage named ${unknown.join(", ")} under actions/.`);
  process.exit(2);
}

/** A package inside a bundle: where it was bundled from, and whether the entry chunk holds it. */
interface BundledPackage {
  readonly name: string;
  readonly dir: string;
  readonly inEntry: boolean;
}

/** What the build reads in ncc's stats (webpack's stats JSON). */
interface Stats {
  readonly modules?: StatsModule[];
  readonly chunks?: { readonly id: number | string; readonly initial: boolean }[];
}

interface StatsModule {
  readonly nameForCondition?: string;
  readonly chunks?: (number | string)[];
  readonly modules?: StatsModule[];
  readonly providedExports?: string[] | null;
}

/**
 * The packages webpack put into the bundle, from ncc's stats: every module's resource path under
 * a node_modules folder names its package (ncc's own --license option missed most of them: it
 * listed js-yaml alone for a bundle of 15 packages).
 */
function bundledPackages(stats: Stats): BundledPackage[] {
  const entryChunks = new Set((stats.chunks ?? []).filter((chunk) => chunk.initial).map((chunk) => chunk.id));
  const found = new Map<string, { dir: string; inEntry: boolean }>();
  const visit = (modules: readonly StatsModule[] = [], outerChunks: readonly (number | string)[] = []) => {
    for (const module of modules) {
      // The modules webpack concatenated into one list their chunks on the outer module only.
      const chunks = module.chunks?.length ? module.chunks : outerChunks;
      const match = /^(.*[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+))[/\\]/.exec(
        module.nameForCondition ?? "",
      );
      if (match?.[1] && match[2]) {
        const name = match[2].replace(/\\/g, "/");
        const inEntry = chunks.some((chunk) => entryChunks.has(chunk)) || found.get(name)?.inEntry === true;
        found.set(name, { dir: match[1], inEntry });
      }
      visit(module.modules, chunks);
    }
  };
  visit(stats.modules);
  return [...found]
    .map(([name, { dir, inEntry }]) => ({ name, dir, inEntry }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The names a module's source takes from undici: `import { a, b as c } from "undici"`, or the
 * properties it reads of what `require("undici")` or `import * as x from "undici"` gave it.
 */
function namesTakenFromUndici(source: string): string[] {
  const names: string[] = [];
  for (const [, list = ""] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']undici["']/g))
    names.push(...list.split(",").map((item) => item.trim().split(/\s+as\s+/)[0] ?? ""));
  const bindings = source.matchAll(
    /(?:(\w+)\s*=\s*require\(\s*["']undici["']\s*\)|import\s*\*\s*as\s+(\w+)\s+from\s*["']undici["'])/g,
  );
  for (const [, required, namespace] of bindings)
    for (const [, name = ""] of source.matchAll(new RegExp(`\\b${required ?? namespace}\\.(\\w+)`, "g")))
      names.push(name);
  return names.filter((name) => name !== "");
}

/**
 * What the bundled modules take from undici and its stand-in (packages/core/src/runtime/
 * undici-on-demand.ts) does not export: webpack does not check a `require()`, and checks an
 * `import` of a name no module exports only as a warning that does not fail a build. Nothing for
 * a bundle without the stand-in (bench/toolkit-action bundles undici itself).
 */
function missingFromUndiciStandIn(stats: Stats): string[] {
  const files: string[] = [];
  const provided = new Set<string>();
  const visit = (modules: readonly StatsModule[] = []) => {
    for (const module of modules) {
      const file = module.nameForCondition ?? "";
      if (file.endsWith("undici-on-demand.ts"))
        for (const name of module.providedExports ?? []) provided.add(name);
      else if (existsSync(file)) files.push(file);
      visit(module.modules);
    }
  };
  visit(stats.modules);
  if (provided.size === 0) return [];
  const missing = new Set<string>();
  for (const file of files)
    for (const name of namesTakenFromUndici(readFileSync(file, "utf8")))
      if (!provided.has(name)) missing.add(`${file} takes ${name}`);
  return [...missing];
}

/** Minifies the chunks ncc left as written (every dist/*.js but the entry). */
async function minifyLazyChunks(dist: string): Promise<void> {
  for (const file of readdirSync(dist).filter((name) => name.endsWith(".js") && name !== "index.js")) {
    const path = join(dist, file);
    const { code, errors } = await minify(file, readFileSync(path, "utf8"), { module: true });
    if (errors.length > 0) throw new Error(`Minifying ${path}: ${errors.map((e) => e.message).join("; ")}`);
    writeFileSync(path, code);
  }
}

/** licenses.txt: for each bundled package, its name and version, its license, and its license text. */
function licenses(packages: readonly BundledPackage[]): string {
  return packages
    .map(({ name, dir }) => {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        version?: string;
        license?: string;
      };
      const file = readdirSync(dir).find((entry) => /^(licen[cs]e|copying)(\.|$)/i.test(entry));
      const text = file ? readFileSync(join(dir, file), "utf8").trim() : "(no license file in the package)";
      return `${name}@${manifest.version ?? "?"}\n${manifest.license ?? "UNKNOWN"}\n${text}\n`;
    })
    .join("\n");
}

const dirOf = (stage: string) =>
  stage === BENCH_REFERENCE ? join(root, "bench", stage) : join(root, "actions", stage);
if (requested.length === 0 || requested.includes(BENCH_REFERENCE)) stages.push(BENCH_REFERENCE);

async function build(stage: string): Promise<void> {
  const dir = dirOf(stage);
  rmSync(join(dir, "dist"), { recursive: true, force: true });
  const scratch = mkdtempSync(join(tmpdir(), `build-${stage}-`));
  const statsFile = join(scratch, "stats.json");
  await promisify(execFile)(
    ncc,
    [
      "build",
      stage === BENCH_REFERENCE ? "index.ts" : "src/index.ts",
      "--out",
      "dist",
      "--minify",
      "--stats-out",
      statsFile,
      "--quiet",
    ],
    { cwd: dir },
  );
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as Stats;
  const missing = missingFromUndiciStandIn(stats);
  if (missing.length > 0)
    throw new Error(
      `${stage}: the toolkit takes from undici what packages/core/src/runtime/undici-on-demand.ts ` +
        `does not export (add it there, delegating to the real undici):\n${missing.join("\n")}`,
    );
  const packages = bundledPackages(stats);
  if (stage !== BENCH_REFERENCE && packages.some(({ name, inEntry }) => name === "undici" && inEntry))
    throw new Error(
      `${stage}: undici is in the entry chunk. Map it to the runtime's stand-in in actions/${stage}/tsconfig.json ` +
        '("paths": { "undici": ["../../packages/core/src/runtime/undici-on-demand.ts"] }), as every stage does.',
    );
  await minifyLazyChunks(join(dir, "dist"));
  writeFileSync(join(dir, "dist", "licenses.txt"), licenses(packages));
  rmSync(scratch, { recursive: true, force: true });
  const files = readdirSync(join(dir, "dist"));
  console.log(`${stage}: dist/ ${files.join(", ")}`);
}

// Two at a time: ncc is CPU-bound and CI machines have two cores.
const queue = [...stages];
await Promise.all(
  [0, 1].map(async () => {
    for (let stage = queue.shift(); stage; stage = queue.shift()) await build(stage);
  }),
);
