/**
 * Bundle sizes: the entry chunk (what loads before a stage's first request) and all of
 * dist/*.js (what the repository ships and the runner downloads with the action).
 */
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { BundledStage } from "./stages.ts";

/** Target: all of dist/*.js at most 1,000 kB (1,000,000 bytes), nodemailer's chunks included. */
export const TOTAL_LIMIT = 1_000_000;

/** Target: the entry chunk (what loads before the first request) at most 400 kB. */
export const ENTRY_LIMIT = 400_000;

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
