/** The arithmetic and wording every benchmark table shares. */

/** The middle value (the upper middle for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Bytes in kilobytes (1,000 bytes), for size tables. */
export function kb(bytes: number): string {
  return `${Math.round(bytes / 1000).toLocaleString("en")} kB`;
}

/** The "met" column of a table row. */
export function verdict(met: boolean): string {
  return met ? "met" : "**not met**";
}
