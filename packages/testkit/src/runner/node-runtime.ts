/**
 * Where things are: the repository root and the Node 24 binary the runner would use for
 * `using: node24` (the npm `node` package of this repository when the current Node is not 24).
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The root of this repository (where the stages' action.yml folders are). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

/** The Node 24 executable. */
export function node24(): string {
  if (process.versions.node.startsWith("24.")) return process.execPath;
  const candidate = join(REPO_ROOT, "node_modules", "node", "bin", "node");
  if (existsSync(candidate)) return candidate;
  throw new Error(
    `Node 24 is needed to run the stages as the runner does (using: node24): run npm ci, which installs it (node_modules/node).`,
  );
}
