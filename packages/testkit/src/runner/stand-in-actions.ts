/**
 * Stand-ins for the third-party actions the example workflows use, as runWorkflow builtins:
 * `actions/checkout` makes a real git checkout of the fake GitHub's repository at the ref in the
 * workspace; `actions/setup-python` puts the bench's python (python-stand-in.ts) on PATH;
 * `actions/upload-artifact` and `actions/download-artifact` hand a directory's files from one
 * job to another (a set of stand-ins keeps its artifacts by name; an upload replaces one).
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { FakeGitHub } from "../github/index.ts";
import { node24 } from "./node-runtime.ts";
import type { BuiltinAction } from "./run-workflow.ts";

const run = promisify(execFile);
const PYTHON_STAND_IN = join(import.meta.dirname, "python-stand-in.ts");

/** The stand-ins, keyed by `owner/name` as `uses:` names them. */
export function standInActions(github: FakeGitHub): Record<string, BuiltinAction> {
  const artifacts = new Map<string, string>();
  return {
    "actions/checkout": async ({ with: inputs, workspace, context }) => {
      const repository = github.repository(inputs.repository || context.repository);
      const ref = inputs.ref || context.sha || context.ref || "HEAD";
      const commit = await repository.git.resolveCommit(ref);
      if (!commit) throw new Error(`actions/checkout: ${repository.fullName} has no ref or commit "${ref}"`);
      const target = join(workspace, inputs.path ?? "");
      // Never the developer's or the machine's git configuration.
      const env = {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        HOME: workspace,
        GIT_CONFIG_NOSYSTEM: "1",
        GIT_CONFIG_GLOBAL: "/dev/null",
      };
      await run("git", ["clone", "--quiet", "--no-checkout", repository.git.path, target], { env });
      await run("git", ["-C", target, "-c", "advice.detachedHead=false", "checkout", "--quiet", commit], {
        env,
      });
      return { outputs: { ref, commit } };
    },
    "actions/upload-artifact": async ({ with: inputs, workspace }) => {
      const source = join(workspace, inputs.path ?? "");
      if (!existsSync(source) || readdirSync(source).length === 0)
        throw new Error(
          `actions/upload-artifact: no files were found with the provided path: ${inputs.path}`,
        );
      const stored = mkdtempSync(join(tmpdir(), "artifact-"));
      cpSync(source, stored, { recursive: true });
      artifacts.set(inputs.name || "artifact", stored);
      return {};
    },
    "actions/download-artifact": async ({ with: inputs, workspace }) => {
      const name = inputs.name || "artifact";
      const stored = artifacts.get(name);
      if (!stored) throw new Error(`actions/download-artifact: Artifact not found for name: ${name}`);
      cpSync(stored, join(workspace, inputs.path ?? ""), { recursive: true });
      return {};
    },
    "actions/setup-python": async () => {
      const bin = mkdtempSync(join(tmpdir(), "setup-python-"));
      const script = `#!/bin/sh\nexec '${node24()}' '${PYTHON_STAND_IN}' "$@"\n`;
      for (const name of ["python", "python3"]) writeFileSync(join(bin, name), script, { mode: 0o755 });
      return { path: [bin] };
    },
  };
}
