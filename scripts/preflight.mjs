/**
 * What the npm scripts need before they start, checked in plain JavaScript so that any Node can
 * run it and say what is wrong instead of a stack trace.
 *   node scripts/preflight.mjs          Node 24 (the `node` devDependency that `npm ci` installs)
 *   node scripts/preflight.mjs test     and the system tools the tests compare with; on Debian or
 *                                       Ubuntu as root (or with sudo), installs the missing ones
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** The Node major the project runs on (the `node` devDependency, the actions' `runs.using`). */
export const NODE_MAJOR = 24;

/**
 * The Debian packages the tests run against, each with how to tell it is there. The tests call
 * /usr/bin/python3 and /usr/bin/twine by path (the reference implementations, never a virtualenv's).
 * @type {ReadonlyArray<{ package: string, why: string, present: () => boolean }>}
 */
export const TEST_TOOLS = [
  { package: "git", why: "the fake GitHub keeps its repositories in real git", present: () => onPath("git") },
  {
    package: "python3-packaging",
    why: "PEP 440, checked against Python's reference implementation",
    present: () => pythonImports("packaging"),
  },
  {
    package: "twine",
    why: "the fake PyPI and publish-pypi, compared with twine",
    present: () => existsSync("/usr/bin/twine"),
  },
  { package: "python3-build", why: "dists built by python -m build", present: () => pythonImports("build") },
  {
    package: "python3-hatchling",
    why: "the sample project's build backend",
    present: () => pythonImports("hatchling"),
  },
  {
    package: "python3-docutils",
    why: "the reST check, compared with docutils",
    present: () => pythonImports("docutils"),
  },
  { package: "python3-pip-whl", why: "real wheels uploaded as twine does", present: () => wheel("pip") },
  {
    package: "python3-setuptools-whl",
    why: "real wheels uploaded as twine does",
    present: () => wheel("setuptools"),
  },
];

function onPath(command) {
  return spawnSync(command, ["--version"], { stdio: "ignore" }).status === 0;
}

function pythonImports(module) {
  return spawnSync("/usr/bin/python3", ["-c", `import ${module}`], { stdio: "ignore" }).status === 0;
}

function wheel(name) {
  const dir = "/usr/share/python-wheels";
  return (
    existsSync(dir) && readdirSync(dir).some((file) => file.startsWith(`${name}-`) && file.endsWith(".whl"))
  );
}

/**
 * What is wrong with this Node for the project, or undefined.
 * @param {string} version process.versions.node
 * @param {string} execPath process.execPath
 * @param {boolean} installed whether node_modules/.bin/node (the devDependency's binary) exists
 * @returns {string | undefined}
 */
export function nodeProblem(version, execPath, installed) {
  const major = Number(version.split(".")[0]);
  if (major >= NODE_MAJOR) return undefined;
  const why = installed
    ? [
        "npm ci installed it in node_modules/.bin/node: run the project through npm",
        "(npm test, npm run rehearse…), which puts node_modules/.bin first on PATH.",
      ]
    : [
        `npm ci installs it as the "node" devDependency, whose install script fetches the binary.`,
        "It is missing here: run npm ci again without --ignore-scripts,",
        `or install Node ${NODE_MAJOR} (https://nodejs.org/) and use it.`,
      ];
  return [`This project runs on Node ${NODE_MAJOR}; this is Node ${version} (${execPath}).`, ...why].join(
    "\n",
  );
}

/**
 * How to install the missing packages here: the command to run, and whether this process may run it.
 * @param {readonly string[]} packages
 * @param {{ debian: boolean, root: boolean, sudo: boolean }} machine
 * @returns {{ command: string[] | undefined, hint: string }}
 */
export function installPlan(packages, machine) {
  const install = `apt-get install -y ${packages.join(" ")}`;
  if (!machine.debian)
    return {
      command: undefined,
      hint: [
        "The tests compare with Debian's packages (/usr/bin/python3, /usr/bin/twine):",
        "run them on Debian or Ubuntu, for example in a container:",
        `  docker run --rm -v "$PWD":/src -w /src node:${NODE_MAJOR}-bookworm \\`,
        `    sh -c 'apt-get update && ${install} && npm ci && npm test'`,
      ].join("\n"),
    };
  const sudo = machine.root ? [] : ["sudo", "-n"];
  if (machine.root || machine.sudo)
    return {
      command: [...sudo, "apt-get", "install", "-y", "-qq", ...packages],
      hint: `Installing ${packages.join(", ")} with apt-get.`,
    };
  return {
    command: undefined,
    hint: [
      "Install them (as root, or with sudo), then run npm test again:",
      `  sudo apt-get update && sudo ${install}`,
    ].join("\n"),
  };
}

function isDebian() {
  return existsSync("/etc/debian_version") && onPath("apt-get");
}

function run(command) {
  const [file = "", ...args] = command;
  execFileSync(file, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

function checkTestTools() {
  const missing = TEST_TOOLS.filter((tool) => !tool.present());
  if (missing.length === 0) return true;
  const packages = missing.map((tool) => tool.package);
  const what = missing.length === 1 ? "a Debian package that is" : "Debian packages that are";
  console.error(`The tests need ${what} not installed:`);
  for (const tool of missing) console.error(`  ${tool.package}: ${tool.why}`);
  const root = process.getuid?.() === 0;
  const debian = isDebian();
  const sudo = !root && debian && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
  const plan = installPlan(packages, { debian, root, sudo });
  console.error(plan.hint);
  if (!plan.command) return false;
  try {
    run([...plan.command.slice(0, plan.command.indexOf("apt-get")), "apt-get", "update", "-qq"]);
    run(plan.command);
  } catch {
    console.error(`apt-get could not install ${packages.join(" ")}: see its output above.`);
    return false;
  }
  const still = TEST_TOOLS.filter((tool) => !tool.present()).map((tool) => tool.package);
  if (still.length === 0) return true;
  console.error(`Still missing after apt-get: ${still.join(", ")}.`);
  return false;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const installed = existsSync(new URL("../node_modules/.bin/node", import.meta.url));
  const problem = nodeProblem(process.versions.node, process.execPath, installed);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  if (process.argv[2] === "test" && !checkTestTools()) process.exit(1);
}
