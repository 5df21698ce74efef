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
import { existsSync, readdirSync, rmSync } from "node:fs";
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

const dirOf = (stage: string) =>
  stage === BENCH_REFERENCE ? join(root, "bench", stage) : join(root, "actions", stage);
if (requested.length === 0 || requested.includes(BENCH_REFERENCE)) stages.push(BENCH_REFERENCE);

async function build(stage: string): Promise<void> {
  const dir = dirOf(stage);
  rmSync(join(dir, "dist"), { recursive: true, force: true });
  await promisify(execFile)(
    ncc,
    [
      "build",
      stage === BENCH_REFERENCE ? "index.ts" : "src/index.ts",
      "--out",
      "dist",
      "--minify",
      "--license",
      "licenses.txt",
      "--quiet",
    ],
    { cwd: dir },
  );
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
