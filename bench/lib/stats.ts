/** Summary of repeated measurements, in the unit they were taken in. */
export interface Stats {
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Median, p95 (nearest rank), min and max of a sample. */
export function summarize(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  return { runs: s.length, median: at(0.5), p95: at(0.95), min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN };
}
