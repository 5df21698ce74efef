/**
 * Each committed bundle's licenses.txt names every package inside the bundle, at the version
 * installed, with its license text. The evidence is the bundle itself: webpack marks each module
 * it concatenates with its path under node_modules, and the build (scripts/build.ts) lists the
 * packages from ncc's module stats, which also hold the CommonJS modules that carry no path.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = join(import.meta.dirname, "..");

/** Stages: the folders with an action.yml whose runs.main is a committed bundle. */
const STAGES = readdirSync(ROOT).filter((entry) => {
  const file = join(ROOT, entry, "action.yml");
  if (!existsSync(file)) return false;
  const main = (parse(readFileSync(file, "utf8")) as { runs?: { main?: string } }).runs?.main ?? "";
  return main.startsWith("../actions/");
});

function bundleDir(stage: string): string {
  const main = (parse(readFileSync(join(ROOT, stage, "action.yml"), "utf8")) as { runs: { main: string } })
    .runs.main;
  return dirname(join(ROOT, stage, main));
}

/** licenses.txt's entries: `name@version`, the license, the text. */
function entries(stage: string): { name: string; version: string; license: string; text: string }[] {
  const text = readFileSync(join(bundleDir(stage), "licenses.txt"), "utf8");
  const heading = /^((?:@[^/\s]+\/)?[^@\s/]+)@(\S+)\n(.+)\n/gm;
  const found = [...text.matchAll(heading)];
  return found.map((match, index) => ({
    name: match[1] as string,
    version: match[2] as string,
    license: match[3] as string,
    text: text.slice((match.index ?? 0) + match[0].length, found[index + 1]?.index ?? text.length).trim(),
  }));
}

/** The packages the bundle's own module markers name (`node_modules/<package>/…`). */
function markedPackages(stage: string): string[] {
  const names = new Set<string>();
  const dir = bundleDir(stage);
  for (const file of readdirSync(dir).filter((name) => name.endsWith(".js")))
    for (const match of readFileSync(join(dir, file), "utf8").matchAll(
      /node_modules\/((?:@[a-z0-9._-]+\/)?[a-z0-9._-]+)\//g,
    ))
      names.add(match[1] as string);
  names.delete("@vercel/ncc");
  return [...names].sort();
}

/** The versions of a package installed for the workspaces (the root's and any nested copy). */
function installedVersions(name: string): string[] {
  // The lock file lists every copy npm installed, nested ones included (a bundle may carry
  // @actions/github's own @actions/http-client beside the top-level one).
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string }>;
  };
  return Object.entries(lock.packages)
    .filter(([path]) => path.endsWith(`node_modules/${name}`))
    .map(([, entry]) => entry.version ?? "");
}

describe("dist/licenses.txt", () => {
  it("exists for every stage", () => {
    expect(STAGES.length).toBeGreaterThan(4);
    for (const stage of STAGES) expect(existsSync(join(bundleDir(stage), "licenses.txt")), stage).toBe(true);
  });

  it.each(STAGES)(
    "%s: lists every package the bundle's modules come from, with its license text",
    (stage) => {
      const listed = entries(stage);
      const names = listed.map((entry) => entry.name);
      // Every stage talks to GitHub or PyPI through Octokit's stack and reads YAML.
      expect(names).toEqual(expect.arrayContaining(["@octokit/core", "bottleneck", "universal-user-agent"]));
      expect(names).toEqual(expect.arrayContaining(markedPackages(stage)));
      for (const entry of listed) {
        expect(entry.license, entry.name).toMatch(/^[A-Za-z0-9.+() -]+$/);
        expect(entry.text.length, `${entry.name}: license text`).toBeGreaterThan(20);
      }
    },
  );

  it.each(STAGES)("%s: names the versions installed (a dependency update rebuilds the bundle)", (stage) => {
    for (const entry of entries(stage))
      expect(installedVersions(entry.name), `${entry.name}@${entry.version}`).toContain(entry.version);
  });
});
