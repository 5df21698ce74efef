/**
 * Benchmarks (npm run bench), written to bench/results.md, each row with its target:
 * - cold start of every committed bundle under Node 24 (cold-start.ts);
 * - bundle sizes (bundle-sizes.ts);
 * - API requests per stage against the fake GitHub (request-counts.ts);
 * - publish-pypi's upload of 200 MB against Debian's twine (upload.ts);
 * - the soak: 20 seeded rehearsals under 10 % faults (soak-figures.ts).
 * `node bench/run.ts cold-start` measures and prints only the cold starts and bundle sizes,
 * `node bench/run.ts soak` only the soak (results.md is left as it is).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "@release-actions/testkit";
import { bundleSizes, ENTRY_LIMIT, TOTAL_LIMIT } from "./bundle-sizes.ts";
import { BARE_FETCH, coldStarts, NODE_E_0, TOOLKIT_ACTION } from "./cold-start.ts";
import { largeDistributions, tinyDistributions } from "./distributions.ts";
import { requestCounts } from "./request-counts.ts";
import { soakFigures } from "./soak-figures.ts";
import { bundledStages } from "./stages.ts";
import { kb, verdict } from "./stats.ts";
import { uploadThroughput } from "./upload.ts";

const coldStartOnly = process.argv[2] === "cold-start";
if (process.argv[2] === "soak") {
  const { section, report } = await soakFigures();
  console.log([...section, ...report].join("\n"));
  process.exit();
}
const COLD_START_RUNS = 15;
const UPLOAD_RUNS = 3;
const UPLOAD_BYTES = 200_000_000;

const stages = bundledStages();
const publishPypi = stages.find(({ stage }) => stage === "publish-pypi");
const starts = await coldStarts(stages, tinyDistributions(), COLD_START_RUNS);
const startOf = (name: string) => starts.find((start) => start.name === name)?.median ?? Number.NaN;
const bareFetch = startOf(BARE_FETCH);
const nodeExit = startOf(NODE_E_0);
const toolkit = startOf(TOOLKIT_ACTION);
const sizes = bundleSizes(stages);
const counts = coldStartOnly ? [] : await requestCounts();
const large = coldStartOnly ? undefined : largeDistributions(UPLOAD_BYTES);
const uploads = publishPypi && large ? await uploadThroughput(publishPypi, large, UPLOAD_RUNS) : [];
const [ours, twine] = uploads;
const soaked = coldStartOnly ? undefined : await soakFigures();

const ms = (value: number) => `${value.toFixed(1)} ms`;
const lines = [
  "# Benchmarks",
  "",
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}.`,
  "",
  `## Cold start: process start → first request at a local server (median of ${COLD_START_RUNS} interleaved runs)`,
  "",
  `Baselines in the same runs: ${BARE_FETCH} ${ms(bareFetch)}; ${TOOLKIT_ACTION} (bench/toolkit-action, the same first request as the GitHub stages) ${ms(toolkit)}; ${NODE_E_0} ${ms(nodeExit)}.`,
  "publish-pypi's first request is its upload of a tiny wheel to the stand-in index (token, attestations off).",
  "",
  "| stage | median | × bare node + fetch | target | | × toolkit action | target | |",
  "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ...stages.map(({ stage }) => {
    const ratio = startOf(stage) / bareFetch;
    const toToolkit = startOf(stage) / toolkit;
    return `| ${stage} | ${ms(startOf(stage))} | ${ratio.toFixed(2)} | ≤ 1.5 | ${verdict(ratio <= 1.5)} | ${toToolkit.toFixed(2)} | ≤ 1.1 | ${verdict(toToolkit <= 1.1)} |`;
  }),
  ...(publishPypi
    ? [
        "",
        "| | median | × node -e 0 | target | |",
        "| --- | --- | --- | --- | --- |",
        `| publish-pypi: process start → first byte uploaded | ${ms(startOf("publish-pypi"))} | ${(startOf("publish-pypi") / nodeExit).toFixed(2)} | ≤ 2 | ${verdict(startOf("publish-pypi") <= 2 * nodeExit)} |`,
      ]
    : []),
  "",
  "## Bundle sizes (1 kB = 1,000 bytes)",
  "",
  "The entry chunk is what loads before the first request; other chunks load only when needed.",
  "",
  "| stage | entry (index.js) | target | | all of dist/*.js | target | |",
  "| --- | --- | --- | --- | --- | --- | --- |",
  ...sizes.map(
    (size) =>
      `| ${size.stage} | ${kb(size.entry)} | ≤ ${kb(ENTRY_LIMIT)} | ${verdict(size.entry <= ENTRY_LIMIT)} | ${kb(size.total)} | ≤ ${kb(TOTAL_LIMIT)} | ${verdict(size.total <= TOTAL_LIMIT)} |`,
  ),
  "",
  "## API requests against the fake GitHub",
  "",
  "For a release range, the minimum is what its data needs: ceil(commits/100) + ceil(PRs/100).",
  "",
  "| scenario | requests | minimum | target | | by operation |",
  "| --- | --- | --- | --- | --- | --- |",
  ...counts.map(
    (count) =>
      `| ${count.scenario} | ${count.requests} | ${count.minimum ?? ""} | ≤ ${count.limit} | ${verdict(count.requests <= count.limit)} | ${count.breakdown} |`,
  ),
  "",
  `## publish-pypi upload: ${large?.files.length} files, ${((large?.bytes ?? 0) / 1e6).toFixed(0)} MB (median of ${UPLOAD_RUNS} interleaved runs)`,
  "",
  "A fresh fake PyPI for each upload, in the benchmark's process (its work, which includes",
  "hashing each received file, is in both wall times). Peak RSS from /usr/bin/time.",
  "",
  "| uploader | wall time | × twine | target | | peak RSS | target | |",
  "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ...(ours && twine
    ? [
        `| ${ours.uploader} | ${(ours.wallMs / 1000).toFixed(2)} s | ${(ours.wallMs / twine.wallMs).toFixed(2)} | ≤ 0.5 | ${verdict(ours.wallMs <= 0.5 * twine.wallMs)} | ${ours.maxRssMb.toFixed(0)} MB | ≤ 100 MB | ${verdict(ours.maxRssMb <= 100)} |`,
        `| ${twine.uploader} | ${(twine.wallMs / 1000).toFixed(2)} s | 1.00 | | | ${twine.maxRssMb.toFixed(0)} MB | | |`,
      ]
    : []),
  "",
  ...(soaked?.section ?? []),
];
if (coldStartOnly) {
  console.log(lines.slice(0, lines.indexOf("## API requests against the fake GitHub")).join("\n"));
} else {
  writeFileSync(join(REPO_ROOT, "bench", "results.md"), lines.join("\n"));
  console.log(lines.join("\n"));
  // The soak's own report: a line per seed and, for a run that did not complete, what differed.
  if (soaked) console.log(soaked.report.join("\n"));
}
