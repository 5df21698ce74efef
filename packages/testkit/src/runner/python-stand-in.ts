/**
 * The `python` that the actions/setup-python stand-in puts on PATH (run by Node 24). The bench is
 * offline and may have no Python, so it does the two things a release workflow asks of Python
 * with what the machine has, and says how in the step's log (a notice):
 *   python -m pip install build     installs nothing (there is no index to install from)
 *   python -m build [DIR] [-o OUT]  Debian's build and hatchling when installed, without build
 *                                   isolation (which would download hatchling); otherwise the
 *                                   testkit's own wheel and sdist builder
 * Anything else fails with a message saying so: the bench never pretends to have run it.
 */
import { mkdirSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { hasPythonBuild, pythonBuildUnchecked } from "../pypi/python-tools.ts";

const notice = (message: string) => console.log(`::notice title=test bench python::${message}`);

function refuse(message: string): never {
  console.error(`test bench python: ${message}`);
  process.exit(2);
}

/** `[srcdir] [--outdir OUT | -o OUT | --outdir=OUT]`, the arguments both builders understand. */
function buildArguments(args: readonly string[]): { projectDir: string; outDir: string } {
  let projectDir: string | undefined;
  let outDir: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === "--outdir" || arg === "-o") outDir = args[++index];
    else if (arg.startsWith("--outdir=")) outDir = arg.slice("--outdir=".length);
    else if (!arg.startsWith("-") && projectDir === undefined) projectDir = arg;
    else refuse(`python -m build ${args.join(" ")}: only [srcdir] and --outdir are supported here.`);
  }
  const project = resolve(projectDir ?? ".");
  return { projectDir: project, outDir: resolve(outDir ?? join(project, "dist")) };
}

const [flag, module, ...rest] = process.argv.slice(2);
if (flag === "-m" && module === "build") {
  const { projectDir, outDir } = buildArguments(rest);
  mkdirSync(outDir, { recursive: true });
  if (await hasPythonBuild()) {
    await pythonBuildUnchecked(projectDir, outDir);
    notice(
      "python -m build ran Debian's python3-build with python3-hatchling, without build isolation (the bench is offline).",
    );
  } else {
    // Loaded only here: it brings the strategy package, half of this process's start-up.
    const { buildDistributions } = await import("../pypi/dist-builder.ts");
    buildDistributions(projectDir, outDir);
    notice(
      "python3-build or python3-hatchling is not installed: the testkit's builder (packages/testkit/src/pypi/dist-builder.ts) made the wheel and the sdist instead of python -m build.",
    );
  }
  console.log(`Successfully built ${readdirSync(outDir).sort().join(" and ")}`);
} else if (flag === "-m" && module === "pip" && rest[0] === "install") {
  const packages = rest.slice(1).filter((arg) => !arg.startsWith("-"));
  const others = packages.filter((name) => !/^build([<>=!~ ].*)?$/.test(name));
  if (others.length > 0) refuse(`the bench is offline: cannot install ${others.join(", ")}.`);
  notice(`pip install ${packages.join(" ")}: nothing installed; python -m build is provided by the bench.`);
} else {
  refuse(
    `python ${process.argv.slice(2).join(" ")}: the bench's python runs only "-m build" and "-m pip install build".`,
  );
}
