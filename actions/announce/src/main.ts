import { runStage } from "@release-actions/core/runtime";
import { readInputs } from "./inputs.ts";
import { report } from "./report.ts";
import { run } from "./run.ts";

/** Entry point on the runner: inputs → run → outputs and job summary. */
export function main(): Promise<void> {
  return runStage({ name: "announce", readSettings: readInputs, run, report });
}
