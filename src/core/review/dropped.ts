/**
 * Sentences left out inside a joined row. When a translation drops a
 * sentence, the alignment may still join it to its neighbour's counterpart
 * (a two-to-one row): sentence aligners price a one-to-zero row far above a
 * two-to-one one, because omissions are rare in real translations. Such a
 * row then reads as a translation that lost half its words, and the
 * sentence is no omission to the presence check. Here the row's lengths
 * decide: where the other side's length fits the row without one sentence
 * and clearly does not fit it with that sentence, and the sentence shares no
 * name, figure or term with the other side, the sentence was left out.
 */
import { utf8Length } from '../diff/align.js';
import { splitSentences } from '../text/segment.js';
import { countWords } from '../text/tokens/words.js';
import { anchorFound, anchorsOf } from './evidence.js';
import type { Thresholds } from './profile.js';
import type { CheckContext, SegmentPair } from './types.js';

/** A sentence of one side of a row that the other side does not render. */
export interface Dropped {
  side: 'a' | 'b';
  sentence: string;
}

/** How a sentence ends, closing quotes and brackets looked through. */
export const SENTENCE_END = /[.!?…。．！？؟।][\s"'”’»」』)）\]]*$/u;

/** The other side fits the row without the sentence within this factor of the usual ratio… */
const FITS = Math.log(1.3);
/** …and misses it with the sentence by at least this factor. */
const MISSES = Math.log(1.5);

/**
 * The sentence of `text` (more sentences than `other` has) that `other`
 * leaves out, by the lengths and the anchors above; null when none stands out.
 * `ratio` is the usual log length ratio from `text`'s side to `other`'s.
 */
function droppedSentence(text: string, lang: string, other: string, otherLang: string, ratio: number, ctx: CheckContext, side: 'source' | 'target', t: Thresholds): string | null {
  const sentences = splitSentences(text, lang).map((s) => s.text);
  if (sentences.length < 2 || sentences.length <= splitSentences(other, otherLang).length) return null;
  const whole = utf8Length(text);
  const got = Math.log(utf8Length(other));
  if (Math.abs(got - (Math.log(whole) + ratio)) < MISSES) return null;
  const otherAnchors = anchorsOf(other, otherLang, ctx.terms, side === 'source' ? 'target' : 'source');
  let best: string | null = null;
  let bestFit = FITS;
  for (const s of sentences) {
    const rest = whole - utf8Length(s);
    if (rest <= 0 || countWords(s, lang) < t.minGapWords || !SENTENCE_END.test(s)) continue;
    const fit = Math.abs(got - (Math.log(rest) + ratio));
    if (fit >= bestFit) continue;
    if ([...anchorsOf(s, lang, ctx.terms, side)].some((x) => anchorFound(x, otherAnchors))) continue;
    best = s;
    bestFit = fit;
  }
  return best;
}

/** Per row, the sentence one side leaves out of a joined row (see the module comment). */
export function droppedInRows(pairs: readonly SegmentPair[], ctx: CheckContext, t: Thresholds): Map<number, Dropped> {
  const out = new Map<number, Dropped>();
  const ratio = ctx.usualLogRatio;
  if (ratio === null) return out;
  for (const p of pairs) {
    if (!p.a || !p.b || ctx.weak.has(p.row)) continue;
    const fromA = droppedSentence(p.a, ctx.langA, p.b, ctx.langB, ratio, ctx, 'source', t);
    if (fromA) out.set(p.row, { side: 'a', sentence: fromA });
    else {
      const fromB = droppedSentence(p.b, ctx.langB, p.a, ctx.langA, -ratio, ctx, 'target', t);
      if (fromB) out.set(p.row, { side: 'b', sentence: fromB });
    }
  }
  return out;
}

/** The row as the per-pair checks should see it: without the sentence its other side leaves out. */
export function withoutDropped(p: SegmentPair, dropped: Dropped | undefined): SegmentPair {
  if (!dropped) return p;
  const cut = (text: string) =>
    text
      .replace(dropped.sentence, '')
      .replace(/\s{2,}/g, ' ')
      .trim();
  return dropped.side === 'a' ? { ...p, a: cut(p.a!) } : { ...p, b: cut(p.b!) };
}
