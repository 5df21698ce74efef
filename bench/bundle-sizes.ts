/**
 * Bundle sizes: the entry chunk (what loads before a stage's first request) and all of
 * dist/*.js (what the repository ships and the runner downloads with the action).
 */
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { BundledStage } from "./stages.ts";

/** Target: all of dist/*.js at most 1.5 MB (1,500,000 bytes). */
export const TOTAL_LIMIT = 1_500_000;

/** Stages with a target of their own: announce with nodemailer at most 1,000 kB (issue 14). */
const STAGE_LIMITS: Readonly<Record<string, number>> = { announce: 1_000_000 };

/** The target of all of a stage's dist/*.js. */
export function totalLimit(stage: string): number {
  return STAGE_LIMITS[stage] ?? TOTAL_LIMIT;
}

/** One stage's bundle. */
export interface BundleSize {
  readonly stage: string;
  readonly entry: number;
  readonly total: number;
}

/** The sizes of each stage's dist/. */
export function bundleSizes(stages: readonly BundledStage[]): BundleSize[] {
  return stages.map(({ stage, main }) => {
    const dist = dirname(main);
    const chunks = readdirSync(dist).filter((file) => file.endsWith(".js"));
    return {
      stage,
      entry: statSync(main).size,
      total: chunks.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0),
    };
  });
}
