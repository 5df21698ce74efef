/**
 * The real Python tools the tests compare with: Debian's `python3 -m build` (hatchling backend)
 * and `twine`. Run asynchronously (a synchronous run would block the fake index serving it).
 * A missing tool is a failure that says which Debian package to install, never a silent skip.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
/** Debian's python3; TESTKIT_PYTHON points elsewhere (a test of a machine without it names a missing file). */
const PYTHON = process.env.TESTKIT_PYTHON || "/usr/bin/python3";
const TWINE = "/usr/bin/twine";

/** Writes a file map into a directory. */
export function writeFiles(directory: string, files: Readonly<Record<string, string | Buffer>>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, path)), { recursive: true });
    writeFileSync(join(directory, path), content);
  }
}

async function require(what: string, check: () => Promise<unknown>, packages: string): Promise<void> {
  try {
    await check();
  } catch {
    throw new Error(
      `${what} is needed by this test: install Debian's ${packages} (apt-get install -y ${packages}; .ci/run does).`,
    );
  }
}

/** True when /usr/bin/python3 has `build` and `hatchling` (Debian's python3-build, python3-hatchling). */
export async function hasPythonBuild(): Promise<boolean> {
  try {
    await run(PYTHON, ["-c", "import build, hatchling"]);
    return true;
  } catch {
    return false;
  }
}

/** Builds a project with `python3 -m build` offline, into `outDir`. */
export async function pythonBuild(projectDir: string, outDir: string): Promise<void> {
  await require("python3 -m build with hatchling", async () => {
    if (!(await hasPythonBuild())) throw new Error("missing");
  }, "python3-build python3-hatchling");
  await pythonBuildUnchecked(projectDir, outDir);
}

/** pythonBuild without asking Python first whether it can (a second start of Python), once hasPythonBuild() said so. */
export async function pythonBuildUnchecked(projectDir: string, outDir: string): Promise<void> {
  await run(
    PYTHON,
    ["-m", "build", "--no-isolation", "--skip-dependency-check", "--outdir", outDir, projectDir],
    { env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp" } },
  );
}

/** Uploads files with Debian's twine; returns its exit code and output. */
export async function twineUpload(
  repositoryUrl: string,
  token: string,
  files: readonly string[],
  extra: readonly string[] = [],
): Promise<{ code: number; output: string }> {
  await require("twine", async () => {
    if (!existsSync(TWINE)) throw new Error("missing");
  }, "twine");
  try {
    const { stdout, stderr } = await run(
      TWINE,
      [
        "upload",
        "--repository-url",
        repositoryUrl,
        "-u",
        "__token__",
        "-p",
        token,
        "--non-interactive",
        "--disable-progress-bar",
        ...extra,
        ...files,
      ],
      {
        // twine prints through rich, which wraps at the terminal's width: COLUMNS keeps messages on one line.
        env: {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? "/tmp",
          PYTHONUTF8: "1",
          COLUMNS: "500",
        },
      },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}
