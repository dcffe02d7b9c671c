/** One measured figure. `bench-results.json` keeps name/value/unit; the target is for the PASS/FAIL line. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Upper bound the figure must not exceed; absent for figures reported for information only. */
  max?: number;
}

/** A bench module: measures and returns its figures (it may print progress lines). */
export type BenchModule = () => Promise<Figure[]>;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
