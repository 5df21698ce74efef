/**
 * Stand-ins for the third-party actions the example workflows use, as runWorkflow builtins:
 * `actions/checkout` makes a real git checkout of the fake GitHub's repository at the ref in the
 * workspace; `actions/setup-python` puts the bench's python (python-stand-in.ts) on PATH;
 * `actions/upload-artifact` and `actions/download-artifact` hand a directory's files from one
 * job to another (a set of stand-ins keeps its artifacts by name; an upload replaces one);
 * `actions/create-github-app-token` mints an installation token of a GitHub App registered with
 * the stand-ins, as the App's bot, with the `permission-*` it asks for (all of the
 * installation's when it asks for none; more than the installation has is an error, as the
 * action's README says: "Setting a permission that the installation does not have will result
 * in an error").
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FakeGitHub } from "../github/index.ts";
import { launchFile } from "../process-launcher.ts";
import { node24 } from "./node-runtime.ts";
import type { BuiltinAction } from "./run-workflow.ts";

const PYTHON_STAND_IN = join(import.meta.dirname, "python-stand-in.ts");

/** A GitHub App installed on the fake's repositories, for the create-github-app-token stand-in. */
export interface GitHubAppStandIn {
  readonly clientId: string;
  readonly privateKey: string;
  /** The App's slug: its tokens act as `<slug>[bot]`. */
  readonly slug: string;
  /** What the installation was granted (REST scope names: `pull_requests`, `members`…). */
  readonly permissions: Readonly<Record<string, "read" | "write">>;
}

/** The stand-ins, keyed by `owner/name` as `uses:` names them. */
export function standInActions(
  github: FakeGitHub,
  options: { apps?: readonly GitHubAppStandIn[] } = {},
): Record<string, BuiltinAction> {
  const artifacts = new Map<string, string>();
  return {
    "actions/create-github-app-token": async ({ with: inputs }) => {
      const clientId = inputs["client-id"] || inputs["app-id"];
      if (!clientId)
        throw new Error("actions/create-github-app-token: Either 'client-id' or 'app-id' must be set");
      if (!inputs["private-key"])
        throw new Error("actions/create-github-app-token: Input required and not supplied: private-key");
      const app = options.apps?.find((candidate) => candidate.clientId === clientId);
      if (!app || app.privateKey !== inputs["private-key"])
        throw new Error(`actions/create-github-app-token: no installation of App ${clientId} with this key`);
      const asked = Object.entries(inputs)
        .filter(([name, level]) => name.startsWith("permission-") && level)
        .map(([name, level]) => [name.slice("permission-".length).replace(/-/g, "_"), level] as const);
      const rank = { none: 0, read: 1, write: 2 } as Record<string, number>;
      for (const [scope, level] of asked)
        if ((rank[level] ?? 3) > (rank[app.permissions[scope] ?? "none"] ?? 0))
          throw new Error(
            `actions/create-github-app-token: the installation of ${app.slug} has no ${scope}: ${level}`,
          );
      const login = `${app.slug}[bot]`;
      github.addUser(login, { type: "Bot" });
      const token = github.createToken({
        login,
        permissions: asked.length > 0 ? Object.fromEntries(asked) : { ...app.permissions },
      });
      return { outputs: { token, "installation-id": "1", "app-slug": app.slug } };
    },
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
      await launchFile("git", ["clone", "--quiet", "--no-checkout", repository.git.path, target], { env });
      await launchFile(
        "git",
        ["-C", target, "-c", "advice.detachedHead=false", "checkout", "--quiet", commit],
        {
          env,
        },
      );
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
