/** Omissions, additions and empty targets: what the alignment itself says. */
import { countWords } from '../../text/tokens/words.js';
import type { Thresholds } from '../profile.js';
import type { CheckContext, RawFinding, SegmentPair } from '../types.js';

/** How a sentence ends, closing quotes and brackets looked through. */
const SENTENCE_END = /[.!?…。．！？؟।][\s"'”’»」』)）\]]*$/u;

const quote = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A segment with no counterpart, reported only where the alignment's evidence
 * is strong: long enough to be a sentence (short ones are headings and
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
  for (const p of pairs) {
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
    if (p.a !== null) out.push({ check: 'omission', severity: 'error', message: `not in B: "${quote(text)}"`, rows: [p.row], detail: '' });
    else out.push({ check: 'addition', severity: 'warning', message: `only in B: "${quote(text)}"`, rows: [p.row], detail: '' });
  }
  return out;
}
