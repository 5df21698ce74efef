/**
 * Bundles every stage with ncc: actions/<stage>/src/index.ts → actions/<stage>/dist/ (index.js,
 * its lazily loaded chunks, package.json with "type": "module", licenses.txt). The bundles are
 * committed because the runner executes them straight from a checkout of this repository.
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
const unknown = requested.filter((stage) => !stages.includes(stage));
if (unknown.length > 0) {
  console.error(`No stage named ${unknown.join(", ")} under actions/.`);
  process.exit(2);
}

async function build(stage: string): Promise<void> {
  const dir = join(root, "actions", stage);
  rmSync(join(dir, "dist"), { recursive: true, force: true });
  await promisify(execFile)(
    ncc,
    ["build", "src/index.ts", "--out", "dist", "--license", "licenses.txt", "--quiet"],
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
