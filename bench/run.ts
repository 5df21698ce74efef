/**
 * Benchmarks (npm run bench), written to bench/results.md:
 * - cold start of each committed bundle under Node 24: time from process start to its first
 *   API request arriving at a local server, against a bare `node` that makes one fetch to the
 *   same server, interleaved in the same run (median of RUNS);
 * - bundle sizes (the entry loaded at start, and the whole dist folder);
 * - API requests per stage against the fake GitHub, for the sizes the issues set targets for.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import {
  FakeGitHub,
  node24,
  REPO_ROOT,
  runAction,
  runnerEnvironment,
  stageDir,
  stepFiles,
} from "@release-actions/testkit";
import { parse } from "yaml";

const RUNS = 15;

/** Inputs that take each stage past its input checks to its first request. */
const BENCH_INPUTS: Record<string, Record<string, string>> = {
  "validate-version": { version: "next-y" },
  "create-release-branch": { version: "0.2.0" },
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function stagesWithBundles(): {
  stage: string;
  main: string;
  inputs: Record<string, { default?: string }>;
}[] {
  return readdirSync(REPO_ROOT)
    .filter((entry) => {
      try {
        return statSync(join(REPO_ROOT, entry, "action.yml")).isFile() && entry !== "stub";
      } catch {
        return false;
      }
    })
    .map((stage) => {
      const metadata = parse(readFileSync(join(REPO_ROOT, stage, "action.yml"), "utf8")) as {
        runs: { main: string };
        inputs?: Record<string, { default?: string }>;
      };
      return { stage, main: join(REPO_ROOT, stage, metadata.runs.main), inputs: metadata.inputs ?? {} };
    })
    .filter(({ main }) => main.includes("/actions/"));
}

async function coldStarts(): Promise<{ name: string; median: number; runs: number[] }[]> {
  let arrived: ((time: number) => void) | undefined;
  const server = createServer((request, response) => {
    arrived?.(performance.now());
    arrived = undefined;
    request.resume();
    response.writeHead(404, { "content-type": "application/json" }).end('{"message":"Not Found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bare = join(REPO_ROOT, "bench", "bare-fetch.mjs");
  const candidates = [
    {
      name: "bare node + one fetch",
      args: [bare],
      env: { ...process.env, BENCH_URL: `${url}/` } as Record<string, string>,
    },
    ...stagesWithBundles().map(({ stage, main, inputs }) => {
      const files = stepFiles({});
      const env = runnerEnvironment(
        { repository: "acme/bench", apiUrl: url, serverUrl: url, token: "ghs_bench" },
        files,
        REPO_ROOT,
      );
      for (const [name, spec] of Object.entries(inputs)) {
        env[`INPUT_${name.toUpperCase()}`] =
          BENCH_INPUTS[stage]?.[name] ??
          (String(spec.default ?? "").includes("${{") ? "ghs_bench" : String(spec.default ?? ""));
      }
      return { name: stage, args: [main], env };
    }),
  ];
  const samples = new Map(candidates.map((candidate) => [candidate.name, [] as number[]]));
  for (let run = 0; run < RUNS; run++) {
    for (const candidate of candidates) {
      const started = performance.now();
      const first = new Promise<number>((resolve) => {
        arrived = resolve;
      });
      const child = spawn(node24(), candidate.args, { env: candidate.env, stdio: "ignore" });
      const exited = new Promise((resolve) => child.on("close", resolve));
      const time = await Promise.race([first, exited.then(() => Number.NaN)]);
      await exited;
      if (Number.isNaN(time)) throw new Error(`${candidate.name} exited before making a request`);
      samples.get(candidate.name)?.push(time - started);
    }
  }
  server.close();
  return candidates.map((candidate) => {
    const runs = samples.get(candidate.name) ?? [];
    return { name: candidate.name, median: median(runs), runs };
  });
}

function sizes(): { stage: string; entry: number; total: number }[] {
  return readdirSync(join(REPO_ROOT, "actions"))
    .filter((stage) => {
      try {
        return statSync(join(REPO_ROOT, "actions", stage, "dist", "index.js")).isFile();
      } catch {
        return false;
      }
    })
    .map((stage) => {
      const dist = join(REPO_ROOT, "actions", stage, "dist");
      const files = readdirSync(dist).filter((file) => file.endsWith(".js"));
      return {
        stage,
        entry: statSync(join(dist, "index.js")).size,
        total: files.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0),
      };
    });
}

/** validate-version against a repository with 100 release tags and their branches. */
async function validateVersionRequests(): Promise<{ scenario: string; requests: number; target: string }[]> {
  const fake = await FakeGitHub.start();
  const repository = await fake.createRepository("acme/hundred", { files: { "README.md": "x\n" } });
  for (let minor = 1; minor <= 50; minor++) {
    const sha = await repository.commit({
      branch: "main",
      files: { "v.txt": String(minor) },
      message: `m${minor}`,
    });
    await repository.createTag(`v0.${minor}.0`, sha);
    const patch = await repository.commit({
      branch: `release-v0.${minor}`,
      from: sha,
      files: { "p.txt": String(minor) },
      message: `p${minor}`,
    });
    await repository.createTag(`v0.${minor}.1`, patch);
  }
  const context = {
    repository: "acme/hundred",
    apiUrl: fake.apiUrl,
    serverUrl: fake.serverUrl,
    token: fake.defaultToken,
  };
  const results = [];
  for (const [scenario, inputs] of [
    ["next-y, 100 tags, 50 release branches", { version: "next-y" }],
    ["next-z, 100 tags, 50 release branches", { version: "next-z" }],
    [
      "explicit commit on main",
      { version: "0.51.0", commit: (await repository.refSha("heads/main")) as string },
    ],
  ] as const) {
    fake.clearLog();
    const run = await runAction(stageDir("validate-version"), { inputs, context });
    if (run.exitCode !== 0) throw new Error(`validate-version failed in the benchmark: ${run.stdout}`);
    results.push({
      scenario: `validate-version: ${scenario}`,
      requests: fake.requests.length,
      target: "≤ 5",
    });
  }
  await fake.stop();
  return results;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const starts = await coldStarts();
const baseline = starts[0]?.median ?? 1;
const requestCounts = await validateVersionRequests();
const lines = [
  "# Benchmarks",
  "",
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${RUNS} interleaved runs each.`,
  "",
  "## Cold start: process start → first API request at a local server (median)",
  "",
  "| | median | × bare node + fetch | target |",
  "| --- | --- | --- | --- |",
  ...starts.map(
    (start, index) =>
      `| ${start.name} | ${start.median.toFixed(1)} ms | ${index === 0 ? "1.00" : (start.median / baseline).toFixed(2)} | ${index === 0 ? "" : "≤ 1.5"} |`,
  ),
  "",
  "## Bundle sizes",
  "",
  "The entry chunk is what loads before the first request; `@actions/core` (with its HTTP client)",
  "and js-yaml are separate chunks loaded only when needed.",
  "",
  "| stage | entry (index.js) | all of dist/*.js | target |",
  "| --- | --- | --- | --- |",
  ...sizes().map((size) => `| ${size.stage} | ${kb(size.entry)} | ${kb(size.total)} | ≤ 1.5 MB |`),
  "",
  "## API requests",
  "",
  "| scenario | requests | target |",
  "| --- | --- | --- |",
  ...requestCounts.map((count) => `| ${count.scenario} | ${count.requests} | ${count.target} |`),
  "",
];
writeFileSync(join(REPO_ROOT, "bench", "results.md"), lines.join("\n"));
console.log(lines.join("\n"));
