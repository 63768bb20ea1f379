/** Numbers, dates, amounts and percentages by value, per segment pair (read as `--check` reads them). */
import { conversionsOf, findMeasures, type Measure } from '../../entities/measures.js';
import { findNumbers, numberFamily, writtenInWords } from '../../entities/numbers.js';
import { nearbyA, nearbyB } from '../segment-pairs.js';
import type { CheckContext, RawFinding, SegmentPair } from '../types.js';
import { primaryLanguage } from '../../text/language-tag.js';

interface Figure {
  key: string;
  surface: string;
}

const figures = (text: string | null, lang: string): Figure[] => (text ? findNumbers(text, lang).map((m) => ({ key: m.key, surface: m.surface })) : []);

/** Takes each figure of `from` out of `pool` once (a multiset difference): what is left of `from` has no equal in `pool`. */
function unmatched(from: Figure[], pool: Figure[]): Figure[] {
  const left = new Map<string, number>();
  for (const f of pool) left.set(f.key, (left.get(f.key) ?? 0) + 1);
  return from.filter((f) => {
    const n = left.get(f.key) ?? 0;
    if (n > 0) left.set(f.key, n - 1);
    return n === 0;
  });
}

/** The figures of one side less those the other side states converted ("385 miles" and "620 km"), as many as it does. */
function withoutConversions(from: Figure[], mine: readonly Measure[], theirs: readonly Measure[]): Figure[] {
  const allowance = new Map<string, number>();
  return from.filter((f) => {
    const value = f.key.split('|')[1] ?? '';
    const left = allowance.get(value) ?? conversionsOf(value, mine, theirs);
    allowance.set(value, left - 1);
    return left <= 0;
  });
}

/**
 * For each aligned pair: a figure of A with no equal value in B, and not a
 * measure B states converted, is "changed"
 * when B has an unmatched figure of the same kind and unit (paired in order),
 * else "missing"; B's leftovers are "added". A figure found in a
 * neighbouring row of the other side is an alignment slip, not reported;
 * between languages, nor is a number in words left over ("Friday", "two"),
 * which the other side may write in words not read (as `--check` does).
 */
export function checkNumbers(pairs: readonly SegmentPair[], ctx: CheckContext): RawFinding[] {
  const out: RawFinding[] = [];
  const translated = primaryLanguage(ctx.langA) !== primaryLanguage(ctx.langB);
  const reported = (x: Figure) => !translated || !writtenInWords(x);
  for (const p of pairs) {
    if (p.a === null || p.b === null || ctx.weak.has(p.row)) continue;
    const fa = figures(p.a, ctx.langA);
    const fb = figures(p.b, ctx.langB);
    let onlyA = unmatched(fa, fb);
    let onlyB = unmatched(fb, fa);
    if (onlyA.length === 0 && onlyB.length === 0) continue;
    const measuresA = findMeasures(p.a, ctx.langA);
    const measuresB = findMeasures(p.b, ctx.langB);
    onlyA = withoutConversions(onlyA, measuresA, measuresB);
    onlyB = withoutConversions(onlyB, measuresB, measuresA);
    const changed: [Figure, Figure][] = [];
    onlyA = onlyA.filter((x) => {
      const k = onlyB.findIndex((y) => numberFamily(y.key) === numberFamily(x.key));
      if (k < 0) return true;
      changed.push([x, onlyB[k]!]);
      onlyB = onlyB.filter((_, i) => i !== k);
      return false;
    });
    for (const [x, y] of changed) out.push({ check: 'numbers', severity: 'error', message: `number changed: ${x.surface} → ${y.surface}`, rows: [p.row], detail: `${x.key}>${y.key}` });
    const aroundB = unmatched(onlyA, figures(nearbyB(pairs, p.row), ctx.langB));
    const aroundA = unmatched(onlyB, figures(nearbyA(pairs, p.row), ctx.langA));
    for (const x of aroundB.filter(reported)) out.push({ check: 'numbers', severity: 'warning', message: `number not in B: ${x.surface}`, rows: [p.row], detail: `-${x.key}` });
    for (const y of aroundA.filter(reported)) out.push({ check: 'numbers', severity: 'warning', message: `number only in B: ${y.surface}`, rows: [p.row], detail: `+${y.key}` });
  }
  return out;
}
