/** Consistency: the same source segment translated differently, different sources translated identically. */
import { countWords } from '../../text/tokens/words.js';
import type { Thresholds } from '../profile.js';
import type { CheckContext, RawFinding, SegmentPair } from '../types.js';

const squeeze = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Groups rows by a key of one side, keeping groups whose other side differs. */
function inconsistent(pairs: readonly SegmentPair[], by: 'a' | 'b', minWords: number, lang: string): SegmentPair[][] {
  const groups = new Map<string, SegmentPair[]>();
  for (const p of pairs) {
    const text = p[by];
    if (p.a === null || p.b === null || text === null || countWords(text, lang) < minWords) continue;
    const key = squeeze(text);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const other = by === 'a' ? 'b' : 'a';
  return [...groups.values()].filter((g) => new Set(g.map((p) => squeeze(p[other]!))).size > 1);
}

export function checkConsistency(pairs: readonly SegmentPair[], ctx: CheckContext, t: Thresholds): RawFinding[] {
  const out: RawFinding[] = [];
  for (const g of inconsistent(pairs, 'a', t.consistencyMinWords, ctx.langA)) {
    const ways = new Set(g.map((p) => squeeze(p.b!))).size;
    out.push({ check: 'consistency', severity: 'warning', message: `same source segment translated ${ways} ways (${g.length} times)`, rows: g.map((p) => p.row), detail: 'a' });
  }
  for (const g of inconsistent(pairs, 'b', t.consistencyMinWords, ctx.langB)) {
    out.push({
      check: 'consistency',
      severity: 'info',
      message: `${new Set(g.map((p) => squeeze(p.a!))).size} different source segments translated identically`,
      rows: g.map((p) => p.row),
      detail: 'b',
    });
  }
  return out;
}
