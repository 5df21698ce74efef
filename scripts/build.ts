/**
 * Bundles every stage with ncc: actions/<stage>/src/index.ts → actions/<stage>/dist/ (index.js,
 * its lazily loaded chunks, package.json with "type": "module", licenses.txt). The bundles are
 * committed because the runner executes them straight from a checkout of this repository.
 * Minified: the toolkit (@actions/core, @actions/github, undici) is about 1.3 MB as written,
 * and every stage must stay under 1,000 kB (bench/bundle-sizes.ts); licenses.txt keeps the
 * notices. Also bundles bench/toolkit-action, the cold-start reference of the benchmarks (built like a stage).
 *   node scripts/build.ts [stage ...]
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

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

/** A package inside a bundle: where it was bundled from. */
interface BundledPackage {
  readonly name: string;
  readonly dir: string;
}

/**
 * The packages webpack put into the bundle, from ncc's stats: every module's resource path under
 * a node_modules folder names its package (ncc's own --license option missed most of them: it
 * listed js-yaml alone for a bundle of 15 packages).
 */
function bundledPackages(statsFile: string): BundledPackage[] {
  const stats = JSON.parse(readFileSync(statsFile, "utf8")) as { modules?: StatsModule[] };
  const found = new Map<string, string>();
  const visit = (modules: readonly StatsModule[] = []) => {
    for (const module of modules) {
      const match = /^(.*[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+))[/\\]/.exec(
        module.nameForCondition ?? "",
      );
      if (match?.[1] && match[2]) found.set(match[2].replace(/\\/g, "/"), match[1]);
      visit(module.modules);
    }
  };
  visit(stats.modules);
  return [...found].map(([name, dir]) => ({ name, dir })).sort((a, b) => a.name.localeCompare(b.name));
}

interface StatsModule {
  readonly nameForCondition?: string;
  readonly modules?: StatsModule[];
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
  const stats = join(scratch, "stats.json");
  await promisify(execFile)(
    ncc,
    [
      "build",
      stage === BENCH_REFERENCE ? "index.ts" : "src/index.ts",
      "--out",
      "dist",
      "--minify",
      "--stats-out",
      stats,
      "--quiet",
    ],
    { cwd: dir },
  );
  writeFileSync(join(dir, "dist", "licenses.txt"), licenses(bundledPackages(stats)));
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
