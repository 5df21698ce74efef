/**
 * Cold start under Node 24: process start → the first request arriving at a local server that
 * stands in for GitHub (and for the package index, for publish-pypi), interleaved with three
 * baselines in the same run: a bare `node` making one fetch to the same server, the smallest
 * action on `@actions/core` + `@actions/github` making the same first request as the GitHub
 * stages (bench/toolkit-action, bundled by scripts/build.ts), and `node -e 0` (process start →
 * exit). Each child is stopped once its first request has arrived.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { node24, REPO_ROOT } from "@release-actions/testkit";
import type { DistFolder } from "./distributions.ts";
import { type BundledStage, stepEnvironment } from "./stages.ts";
import { median } from "./stats.ts";

export const BARE_FETCH = "bare node + one fetch";
export const NODE_E_0 = "node -e 0 (to exit)";
export const TOOLKIT_ACTION = "@actions/core + @actions/github action";

/** Inputs that take each stage past its input checks to its first request. */
function benchInputs(stage: string, url: string, dist: DistFolder): Record<string, string> {
  switch (stage) {
    case "validate-version":
      return { version: "next-y" };
    case "rotate-milestones":
      return { now: "2026-12-07" };
    case "check-milestone":
      return {};
    case "publish-pypi":
      return {
        "packages-dir": dist.dir,
        "repository-url": `${url}/legacy/`,
        password: "pypi-bench-token",
        attestations: "false",
      };
    case "announce":
      // Email chosen: nodemailer must still load only after the first request (the release's lookup).
      return {
        version: "0.2.0",
        channels: "email",
        "smtp-url": "smtp://bench:bench@127.0.0.1:9",
        "email-from": "releases@example.org",
        "email-to": "announce@example.org",
      };
    default:
      return { version: "0.2.0" };
  }
}

/** check-milestone reads its pull request from the event payload. */
const PULL_REQUEST_EVENT = {
  eventName: "pull_request",
  event: { pull_request: { number: 1, milestone: null, labels: [], base: { ref: "main" } } },
};

interface Candidate {
  readonly name: string;
  readonly args: string[];
  readonly env: Record<string, string>;
  /** What ends a sample: the first request at the server, or the process's exit. */
  readonly until: "request" | "exit";
}

/** The samples of one candidate, in milliseconds. */
export interface ColdStart {
  readonly name: string;
  readonly median: number;
  readonly runs: number[];
}

/** Measures every bundled stage against both baselines, `runs` interleaved rounds. */
export async function coldStarts(
  stages: readonly BundledStage[],
  dist: DistFolder,
  runs: number,
): Promise<ColdStart[]> {
  let arrived: ((time: number) => void) | undefined;
  const server = createServer((request, response) => {
    arrived?.(performance.now());
    arrived = undefined;
    request.resume();
    response.writeHead(404, { "content-type": "application/json" }).end('{"message":"Not Found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = { repository: "acme/bench", apiUrl: url, serverUrl: url, token: "ghs_bench" };
  const candidates: Candidate[] = [
    { name: NODE_E_0, args: ["-e", "0"], env: { PATH: process.env.PATH ?? "" }, until: "exit" },
    {
      name: BARE_FETCH,
      args: [join(REPO_ROOT, "bench", "bare-fetch.mjs")],
      env: { PATH: process.env.PATH ?? "", BENCH_URL: `${url}/` },
      until: "request",
    },
    {
      name: TOOLKIT_ACTION,
      args: [join(REPO_ROOT, "bench", "toolkit-action", "dist", "index.js")],
      env: stepEnvironment(
        {
          stage: "toolkit-action",
          main: join(REPO_ROOT, "bench", "toolkit-action", "dist", "index.js"),
          inputs: { token: { default: "${{ github.token }}" } },
        },
        {},
        context,
      ),
      until: "request",
    },
    ...stages.map(
      (stage): Candidate => ({
        name: stage.stage,
        args: [stage.main],
        env: stepEnvironment(stage, benchInputs(stage.stage, url, dist), {
          ...context,
          ...(stage.stage === "check-milestone" && PULL_REQUEST_EVENT),
        }),
        until: "request",
      }),
    ),
  ];
  const samples = new Map(candidates.map((candidate) => [candidate.name, [] as number[]]));
  for (let round = 0; round < runs; round++) {
    for (const candidate of candidates) {
      const first = new Promise<number>((resolve) => {
        arrived = resolve;
      });
      const started = performance.now();
      const child = spawn(node24(), candidate.args, { env: candidate.env, stdio: "ignore" });
      const exited = new Promise<number>((resolve) => child.on("exit", () => resolve(performance.now())));
      const time = await (candidate.until === "exit"
        ? exited
        : Promise.race([first, exited.then(() => Number.NaN)]));
      arrived = undefined;
      child.kill();
      await exited;
      if (Number.isNaN(time)) throw new Error(`${candidate.name} exited before making a request`);
      samples.get(candidate.name)?.push(time - started);
    }
  }
  await new Promise((resolve) => server.close(resolve));
  return candidates.map((candidate) => {
    const values = samples.get(candidate.name) ?? [];
    return { name: candidate.name, median: median(values), runs: values };
  });
}
