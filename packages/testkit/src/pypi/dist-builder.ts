/**
 * Builds a sample Python project's wheel and sdist without Python, for machines without
 * `python -m build` (the rehearsal needs only Node and npm). It reads the few pyproject.toml
 * keys the sample uses and writes what a PEP 517 backend would: METADATA/PKG-INFO (2.4), WHEEL,
 * RECORD, a PEP 625 sdist. The tests compare its metadata with hatchling's.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { type ArchiveMember, writeTarGz, writeZip } from "./archive-writers.ts";
import { canonicalName } from "./warehouse-rules.ts";

/** The pyproject.toml keys the builder understands. */
export interface ProjectMetadata {
  readonly name: string;
  readonly version: string;
  readonly description: string | undefined;
  readonly requiresPython: string | undefined;
  readonly license: string | undefined;
  readonly dependencies: readonly string[];
  readonly readme: string | undefined;
  /** The package directories of the wheel, relative to the project (`src/sample_cli`). */
  readonly packages: readonly string[];
}

function tomlString(section: string, key: string): string | undefined {
  return new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, "m").exec(section)?.[1];
}

function tomlArray(section: string, key: string): string[] {
  const body = new RegExp(`^${key}\\s*=\\s*\\[([^\\]]*)\\]`, "ms").exec(section)?.[1] ?? "";
  return [...body.matchAll(/"([^"]*)"/g)].map((match) => match[1] as string);
}

function table(text: string, name: string): string {
  const start = text.search(new RegExp(`^\\[${name.replace(/\./g, "\\.")}\\]\\s*$`, "m"));
  if (start === -1) return "";
  const rest = text.slice(start).split("\n").slice(1).join("\n");
  const end = rest.search(/^\[/m);
  return end === -1 ? rest : rest.slice(0, end);
}

/** Reads `[project]` (and hatch's wheel packages) from pyproject.toml. */
export function readProjectMetadata(projectDir: string): ProjectMetadata {
  const text = readFileSync(join(projectDir, "pyproject.toml"), "utf8");
  const project = table(text, "project");
  const name = tomlString(project, "name");
  const version = tomlString(project, "version");
  if (!name || !version)
    throw new Error(
      `${projectDir}/pyproject.toml needs a static [project] name and version for the testkit builder`,
    );
  return {
    name,
    version,
    description: tomlString(project, "description"),
    requiresPython: tomlString(project, "requires-python"),
    license: tomlString(project, "license"),
    dependencies: tomlArray(project, "dependencies"),
    readme: tomlString(project, "readme"),
    packages: tomlArray(table(text, "tool.hatch.build.targets.wheel"), "packages"),
  };
}

/** The core metadata text (METADATA / PKG-INFO). */
export function coreMetadata(project: ProjectMetadata, projectDir: string): string {
  // Hatchling writes 2.1 unless a field needs more (License-Expression came with 2.4); Debian's
  // twine 4.0.2 reads no later version, so the rehearsal's dists stay uploadable by it too.
  const metadataVersion = project.license ? "2.4" : "2.1";
  const lines = [
    `Metadata-Version: ${metadataVersion}`,
    `Name: ${project.name}`,
    `Version: ${project.version}`,
  ];
  if (project.description) lines.push(`Summary: ${project.description}`);
  if (project.license) lines.push(`License-Expression: ${project.license}`);
  if (project.requiresPython) lines.push(`Requires-Python: ${project.requiresPython}`);
  for (const dependency of project.dependencies) lines.push(`Requires-Dist: ${dependency}`);
  if (!project.readme) return `${lines.join("\n")}\n`;
  lines.push(`Description-Content-Type: ${project.readme.endsWith(".md") ? "text/markdown" : "text/x-rst"}`);
  return `${lines.join("\n")}\n\n${readFileSync(join(projectDir, project.readme), "utf8")}`;
}

function filesUnder(root: string, directory: string): string[] {
  const absolute = join(root, directory);
  return readdirSync(absolute).flatMap((entry) => {
    const path = join(absolute, entry);
    if (entry === "__pycache__" || entry.startsWith(".git")) return [];
    return statSync(path).isDirectory() ? filesUnder(root, relative(root, path)) : [relative(root, path)];
  });
}

function recordHash(content: Buffer): string {
  return `sha256=${createHash("sha256").update(content).digest("base64url")}`;
}

/** Builds the wheel and the sdist into `outDir`; returns their paths. */
export function buildDistributions(projectDir: string, outDir: string): { wheel: string; sdist: string } {
  const project = readProjectMetadata(projectDir);
  // The binary distribution format's escaping: the PEP 503 name with underscores.
  const stem = `${canonicalName(project.name).replace(/-/g, "_")}-${project.version}`;
  const metadata = Buffer.from(coreMetadata(project, projectDir));

  // The project's files, read once: the sdist has them all, the wheel its packages.
  const sources = filesUnder(projectDir, ".")
    .filter((file) => !file.startsWith("dist/"))
    .map((file) => ({ file, content: readFileSync(join(projectDir, file)) }));
  const members: ArchiveMember[] = [];
  for (const packageDir of project.packages) {
    const prefix = packageDir.split("/").slice(0, -1).join("/");
    const inside = join(packageDir, "/");
    for (const { file, content } of sources) {
      if (file.startsWith(inside)) members.push({ path: prefix ? relative(prefix, file) : file, content });
    }
  }
  const info = `${stem}.dist-info`;
  members.push({ path: `${info}/METADATA`, content: metadata });
  members.push({
    path: `${info}/WHEEL`,
    content: Buffer.from(
      "Wheel-Version: 1.0\nGenerator: release-actions-testkit\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    ),
  });
  const record = [
    ...members.map((member) => `${member.path},${recordHash(member.content)},${member.content.length}`),
    `${info}/RECORD,,`,
  ].join("\n");
  members.push({ path: `${info}/RECORD`, content: Buffer.from(`${record}\n`) });
  const wheel = join(outDir, `${stem}-py3-none-any.whl`);
  writeFileSync(wheel, writeZip(members));

  const sdistMembers = [
    ...sources.map(({ file, content }) => ({ path: `${stem}/${file}`, content })),
    { path: `${stem}/PKG-INFO`, content: metadata },
  ];
  const sdist = join(outDir, `${stem}.tar.gz`);
  writeFileSync(sdist, writeTarGz(sdistMembers));
  return { wheel, sdist };
}
