/**
 * Benchmarks (npm run bench), written to bench/results.md, each row with its target:
 * - cold start of every committed bundle under Node 24 (cold-start.ts);
 * - bundle sizes (bundle-sizes.ts);
 * - API requests per stage against the fake GitHub (request-counts.ts);
 * - publish-pypi's upload of 200 MB against Debian's twine (upload.ts).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "@release-actions/testkit";
import { bundleSizes, totalLimit } from "./bundle-sizes.ts";
import { BARE_FETCH, coldStarts, NODE_E_0 } from "./cold-start.ts";
import { largeDistributions, tinyDistributions } from "./distributions.ts";
import { requestCounts } from "./request-counts.ts";
import { bundledStages } from "./stages.ts";
import { kb, verdict } from "./stats.ts";
import { uploadThroughput } from "./upload.ts";

const COLD_START_RUNS = 15;
const UPLOAD_RUNS = 3;
const UPLOAD_BYTES = 200_000_000;

const stages = bundledStages();
const publishPypi = stages.find(({ stage }) => stage === "publish-pypi");
const starts = await coldStarts(stages, tinyDistributions(), COLD_START_RUNS);
const startOf = (name: string) => starts.find((start) => start.name === name)?.median ?? Number.NaN;
const bareFetch = startOf(BARE_FETCH);
const nodeExit = startOf(NODE_E_0);
const sizes = bundleSizes(stages);
const counts = await requestCounts();
const large = largeDistributions(UPLOAD_BYTES);
const uploads = publishPypi ? await uploadThroughput(publishPypi, large, UPLOAD_RUNS) : [];
const [ours, twine] = uploads;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const lines = [
  "# Benchmarks",
  "",
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}.`,
  "",
  `## Cold start: process start → first request at a local server (median of ${COLD_START_RUNS} interleaved runs)`,
  "",
  `Baselines in the same runs: ${BARE_FETCH} ${ms(bareFetch)}; ${NODE_E_0} ${ms(nodeExit)}.`,
  "publish-pypi's first request is its upload of a tiny wheel to the stand-in index (token, attestations off).",
  "",
  "| stage | median | × bare node + fetch | target | |",
  "| --- | --- | --- | --- | --- |",
  ...stages.map(({ stage }) => {
    const ratio = startOf(stage) / bareFetch;
    return `| ${stage} | ${ms(startOf(stage))} | ${ratio.toFixed(2)} | ≤ 1.5 | ${verdict(ratio <= 1.5)} |`;
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
  "| stage | entry (index.js) | all of dist/*.js | target | |",
  "| --- | --- | --- | --- | --- |",
  ...sizes.map(
    (size) =>
      `| ${size.stage} | ${kb(size.entry)} | ${kb(size.total)} | ≤ ${kb(totalLimit(size.stage))} | ${verdict(size.total <= totalLimit(size.stage))} |`,
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
  `## publish-pypi upload: ${large.files.length} files, ${(large.bytes / 1e6).toFixed(0)} MB (median of ${UPLOAD_RUNS} interleaved runs)`,
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
];
writeFileSync(join(REPO_ROOT, "bench", "results.md"), lines.join("\n"));
console.log(lines.join("\n"));
