/** Omissions, additions and empty targets: what the alignment itself says. */
import { countWords } from '../../text/tokens/words.js';
import { SENTENCE_END } from '../dropped.js';
import { anchorFound, anchorsOf } from '../evidence.js';
import type { Thresholds } from '../profile.js';
import type { CheckContext, RawFinding, SegmentPair } from '../types.js';

const quote = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A sentence left out of a joined row (dropped.ts), and a segment with no
 * counterpart, reported only where the alignment's evidence is strong: long enough to be a sentence (short ones are headings and
 * captions a translation may restyle), and inside an aligned stretch, with an
 * aligned pair before it or after it, so that a whole section the
 * alignment could not place does not become a finding per sentence.
 */
export function checkPresence(pairs: readonly SegmentPair[], ctx: CheckContext, t: Thresholds): RawFinding[] {
  const out: RawFinding[] = [];
  const aligned = (k: number) => pairs[k] !== undefined && pairs[k].a !== null && pairs[k].b !== null && !ctx.weak.has(k);
  const anchored = (row: number) => {
    let before = row - 1;
    while (before >= 0 && !aligned(before) && row - before <= 2) before--;
    let after = row + 1;
    while (after < pairs.length && !aligned(after) && after - row <= 2) after++;
    return aligned(before) || aligned(after);
  };
  // The anchors of every B segment, found once, on the first unpaired source sentence.
  let targetAnchors: Set<string>[] | undefined;
  for (const p of pairs) {
    const dropped = ctx.dropped.get(p.row);
    if (dropped?.side === 'a') out.push({ check: 'omission', severity: 'error', message: `not in B: "${quote(dropped.sentence)}"`, rows: [p.row], detail: 'joined' });
    else if (dropped) out.push({ check: 'addition', severity: 'warning', message: `only in B: "${quote(dropped.sentence)}"`, rows: [p.row], detail: 'joined' });
    if (p.a !== null && p.b !== null) {
      if (p.b.trim() === '' && p.a.trim() !== '') out.push({ check: 'empty', severity: 'error', message: 'empty target', rows: [p.row], detail: '' });
      else if (ctx.weak.has(p.row))
        out.push({ check: 'omission', severity: 'warning', message: 'A and B do not correspond here (few names or figures in common): text left out or misaligned', rows: [p.row], detail: 'weak' });
      continue;
    }
    const text = (p.a ?? p.b)!;
    const lang = p.a !== null ? ctx.langA : ctx.langB;
    // A heading or caption (no end punctuation) is restyled freely; a sentence is evidence.
    if (countWords(text, lang) < t.minGapWords || !SENTENCE_END.test(text) || !anchored(p.row)) continue;
    if (p.a !== null) {
      targetAnchors ??= pairs.flatMap((q) => (q.b === null ? [] : [anchorsOf(q.b, ctx.langB, ctx.terms, 'target')]));
      if (restated(p.a, targetAnchors, ctx)) continue;
      out.push({ check: 'omission', severity: 'error', message: `not in B: "${quote(text)}"`, rows: [p.row], detail: '' });
    } else if (p.b !== null) out.push({ check: 'addition', severity: 'warning', message: `only in B: "${quote(text)}"`, rows: [p.row], detail: '' });
  }
  return out;
}

/** Names and figures a sentence needs before it can be said to restate another. */
const MIN_RESTATED_ANCHORS = 3;

/**
 * Whether a source sentence left unpaired restates what a segment of B (its anchors among `targetAnchors`)
 * already renders (three of its names and figures or more, and three in four
 * of them, in one B segment; a name may be translated, "US" as "AS"): a
 * summary's closing lines repeat its opening, and a translation renders the
 * point once. Such a sentence is no omission.
 */
function restated(text: string, targetAnchors: readonly Set<string>[], ctx: CheckContext): boolean {
  const own = [...anchorsOf(text, ctx.langA, ctx.terms, 'source')];
  if (own.length < MIN_RESTATED_ANCHORS) return false;
  return targetAnchors.some((theirs) => {
    const found = own.filter((x) => anchorFound(x, theirs)).length;
    return found >= MIN_RESTATED_ANCHORS && found >= 0.75 * own.length;
  });
}
