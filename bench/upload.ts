/**
 * publish-pypi upload throughput: the same three large files uploaded to a fresh fake PyPI by
 * our bundle (run as the runner runs it) and by Debian's twine, interleaved, each process under
 * /usr/bin/time for its peak RSS. The fake index runs in this process, so its own work (it
 * hashes each received file) is in both wall times alike.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FakePyPI, node24 } from "@release-actions/testkit";
import type { DistFolder } from "./distributions.ts";
import type { BundledStage } from "./stages.ts";
import { stepEnvironment } from "./stages.ts";
import { median } from "./stats.ts";

/** Medians of one uploader's runs. */
export interface UploadResult {
  readonly uploader: string;
  readonly wallMs: number;
  readonly maxRssMb: number;
  readonly runs: number;
}

interface Measured {
  readonly wallMs: number;
  readonly maxRssMb: number;
}

async function timed(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
): Promise<Measured> {
  const report = join(mkdtempSync(join(tmpdir(), "bench-time-")), "time");
  const started = performance.now();
  const child = spawn("/usr/bin/time", ["-f", "%M", "-o", report, command, ...args], { env });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`${command} ${args[0]} failed (exit ${code}):\n${output.slice(-3000)}`);
  const kilobytes = Number(readFileSync(report, "utf8").trim().split("\n").at(-1));
  return { wallMs, maxRssMb: kilobytes / 1024 };
}

type Uploader = (index: FakePyPI, token: string) => Promise<Measured>;

/** Uploads `dist` `runs` times with each uploader, alternating, a fresh index for each upload. */
export async function uploadThroughput(
  publishPypi: BundledStage,
  dist: DistFolder,
  runs: number,
): Promise<UploadResult[]> {
  const uploaders: [string, Uploader][] = [
    [
      "publish-pypi bundle",
      (index, token) =>
        timed(
          node24(),
          [publishPypi.main],
          stepEnvironment(
            publishPypi,
            {
              "packages-dir": dist.dir,
              "repository-url": index.uploadUrl,
              password: token,
              attestations: "false",
            },
            { repository: "acme/bench", apiUrl: index.url, serverUrl: index.url, token: "ghs_bench" },
          ),
        ),
    ],
    [
      "twine upload (Debian)",
      (index, token) =>
        timed(
          "/usr/bin/twine",
          [
            "upload",
            ...["--repository-url", index.uploadUrl, "-u", "__token__", "-p", token],
            ...["--non-interactive", "--disable-progress-bar", ...dist.files],
          ],
          { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? tmpdir(), PYTHONUTF8: "1" },
        ),
    ],
  ];
  const samples = new Map(uploaders.map(([name]) => [name, [] as Measured[]]));
  for (let round = 0; round < runs; round++) {
    for (const [name, upload] of uploaders) {
      const index = await FakePyPI.start();
      try {
        samples.get(name)?.push(await upload(index, index.createToken()));
        if (index.files.length !== dist.files.length)
          throw new Error(`${name} stored ${index.files.length} of ${dist.files.length} files`);
      } finally {
        await index.stop();
      }
    }
  }
  return uploaders.map(([uploader]) => {
    const measured = samples.get(uploader) ?? [];
    return {
      uploader,
      wallMs: median(measured.map((sample) => sample.wallMs)),
      maxRssMb: median(measured.map((sample) => sample.maxRssMb)),
      runs: measured.length,
    };
  });
}
