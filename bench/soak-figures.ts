/**
 * The soak figures of npm run bench (issue 15 §7): npm run soak's seeded rehearsals under faults
 * (packages/testkit/src/rehearsal/soak.ts), summed up: how many completed without a re-run in
 * the clean run's end state, and the requests and time the faults cost over the clean run.
 */
import { soak, soakReport } from "@release-actions/testkit/soak";
import { median, verdict } from "./stats.ts";

const SEEDS = 20;
const RATE = 0.1;
/** Two rehearsals at a time: the bench machine has two cores. */
const PARALLEL = 2;

/** Runs the soak; returns the bench's section and, below it, soak's own report. */
export async function soakFigures(): Promise<{ section: string[]; report: string[] }> {
  const result = await soak({ seeds: SEEDS, rate: RATE, parallel: PARALLEL });
  const { runs } = result;
  const completed = runs.filter((run) => run.completed).length;
  const requests = runs.map((run) => run.extraRequests);
  const seconds = runs.map((run) => run.extraMs / 1000);
  return {
    section: [
      `## Soak: ${SEEDS} seeded rehearsals under ${RATE * 100} % faults (npm run soak, ${PARALLEL} at a time)`,
      "",
      "Each request of the stages to GitHub and PyPI may get a fault, from the seed: 500, 502, 503,",
      "secondary rate limit, 429, connection dropped, answer cut mid-body, write applied and its answer lost.",
      "Extra requests and time are over a clean rehearsal run among them (wall time, same load).",
      "",
      "| figure | value | target | |",
      "| --- | --- | --- | --- |",
      `| completed without a re-run, in the clean end state | ${completed}/${runs.length} | ${runs.length}/${runs.length} | ${verdict(completed === runs.length)} |`,
      `| extra requests: median / worst | ${median(requests)} / ${Math.max(...requests)} | | |`,
      `| extra time: median / worst | ${median(seconds).toFixed(1)} s / ${Math.max(...seconds).toFixed(1)} s | | |`,
      "",
    ],
    report: soakReport(result),
  };
}
