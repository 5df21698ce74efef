/**
 * Distributions for the publish-pypi benchmarks, built with the testkit's builder from the
 * sample project: a tiny wheel and sdist (cold start), and two wheels and an sdist that each
 * carry one large incompressible file (upload throughput).
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, renameSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDistributions, SAMPLE_FILES, writeFiles } from "@release-actions/testkit";

/** A dist/ folder ready for publish-pypi's `packages-dir` and for twine. */
export interface DistFolder {
  readonly dir: string;
  readonly files: string[];
  readonly bytes: number;
}

function folder(dir: string): DistFolder {
  const files = readdirSync(dir).map((file) => join(dir, file));
  return { dir, files, bytes: files.reduce((sum, file) => sum + statSync(file).size, 0) };
}

/** Builds the sample project, with `payload` as an extra package file, into `<root>/dist`. */
function build(root: string, payload: Buffer | undefined): { wheel: string; sdist: string } {
  const dir = join(root, "dist");
  mkdirSync(dir, { recursive: true });
  const project = mkdtempSync(join(root, "project-"));
  writeFiles(project, { ...SAMPLE_FILES, ...(payload && { "src/sample_cli/payload.bin": payload }) });
  return buildDistributions(project, dir);
}

/** The sample project's wheel and sdist, a few kilobytes each. */
export function tinyDistributions(): DistFolder {
  const root = mkdtempSync(join(tmpdir(), "bench-dist-"));
  build(root, undefined);
  return folder(join(root, "dist"));
}

/**
 * Three files of about `totalBytes` together: a wheel and an sdist, and a wheel of other
 * content under a second python tag (an index refuses two files with the same content).
 */
export function largeDistributions(totalBytes: number): DistFolder {
  const root = mkdtempSync(join(tmpdir(), "bench-dist-"));
  const size = Math.round(totalBytes / 3);
  const { wheel } = build(root, randomBytes(size));
  renameSync(wheel, wheel.replace("-py3-none-any", "-py2.py3-none-any"));
  const second = build(join(root, "second"), randomBytes(size));
  renameSync(second.wheel, wheel);
  return folder(join(root, "dist"));
}
