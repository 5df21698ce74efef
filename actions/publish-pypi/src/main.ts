import { jobIdToken, runStageWithoutGitHub } from "@release-actions/core/runtime";
import { readInputs } from "./inputs.ts";
import { report } from "./report.ts";
import { run } from "./run.ts";

/** Entry point on the runner: inputs → run → outputs and job summary (no GitHub API call). */
export function main(): Promise<void> {
  return runStageWithoutGitHub({
    name: "publish-pypi",
    readSettings: readInputs,
    run: (settings, deps) => run(settings, { ...deps, idToken: jobIdToken }),
    report,
  });
}
