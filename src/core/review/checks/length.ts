/** Length outliers: a target much shorter or longer than this document's own usual ratio. */
import { utf8Length } from '../../diff/align.js';
import { median } from '../lengths.js';
import type { Thresholds } from '../profile.js';
import type { CheckContext, RawFinding, SegmentPair } from '../types.js';

/** Pairs needed before a distribution is trusted. */
const MIN_PAIRS = 8;

/**
 * The log byte-length ratio of every aligned pair, its median and median
 * absolute deviation (robust to the outliers being looked for); a pair is an
 * outlier when its robust z-score passes `lengthZ` and its ratio is off the
 * median by `lengthFactor` or more (a tight distribution makes small
 * differences score high).
 */
export function checkLength(pairs: readonly SegmentPair[], ctx: CheckContext, t: Thresholds): RawFinding[] {
  const measured = pairs
    .filter((p) => p.a !== null && p.b !== null && p.b.trim() !== '' && !ctx.weak.has(p.row))
    .map((p) => ({ p, la: utf8Length(p.a!), lb: utf8Length(p.b!) }))
    .filter((m) => m.la >= t.lengthMinBytes);
  if (measured.length < MIN_PAIRS) return [];
  const logs = measured.map((m) => Math.log(m.lb / m.la));
  const mid = median(logs);
  const mad = median(logs.map((x) => Math.abs(x - mid))) * 1.4826 || 1e-9;
  const out: RawFinding[] = [];
  measured.forEach((m, i) => {
    const off = logs[i]! - mid;
    if (Math.abs(off) / mad < t.lengthZ || Math.abs(off) < Math.log(t.lengthFactor)) return;
    const ratio = (m.lb / m.la).toFixed(2);
    const usual = Math.exp(mid).toFixed(2);
    out.push({
      check: 'length',
      severity: 'warning',
      message: `target much ${off < 0 ? 'shorter' : 'longer'} than usual: ×${ratio} of the source, ×${usual} in this pair of versions`,
      rows: [m.p.row],
      detail: '',
    });
  });
  return out;
}
