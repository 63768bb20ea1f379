/** Segment lengths on one scale for every script (UTF-8 bytes), and what is usual between two versions. */
import { utf8Length } from '../diff/align.js';
import type { SegmentPair } from './types.js';

/** Rows needed before their length ratio is trusted as this pair of versions' usual one. */
const MIN_RATIO_ROWS = 4;

/** The median of a list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The log ratio of a row's B bytes to its A bytes. */
export const logRatio = (p: SegmentPair): number => Math.log(utf8Length(p.b!) / utf8Length(p.a!));

/** The usual log ratio of B's UTF-8 bytes to A's, over the rows whose sides correspond; null with too few rows. */
export function usualLogRatio(pairs: readonly SegmentPair[], weak: ReadonlySet<number>): number | null {
  const logs = pairs.filter((p) => p.a && p.b && !weak.has(p.row)).map(logRatio);
  return logs.length >= MIN_RATIO_ROWS ? median(logs) : null;
}

/** Whether a row's lengths are those of a translation of one by the other: within `factor` of the usual ratio (true when none is known). */
export function lengthFits(p: SegmentPair, usual: number | null, factor = 1.5): boolean {
  if (usual === null || !p.a || !p.b) return true;
  return Math.abs(logRatio(p) - usual) < Math.log(factor);
}
