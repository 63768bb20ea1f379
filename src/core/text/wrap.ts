import { sliceSpans, type StyledSpan } from './spans.js';
import { segmenterFor } from './segmenters.js';
import { displayWidth } from './width.js';

/** A line of wrapped text as a half-open range [start, end) of the input. */
interface LineRange {
  start: number;
  end: number;
}

const TOKEN = /\n|[^\S\n]+|\S+/g;

/**
 * Breaks plain text into lines of at most `width` display columns: at spaces
 * where it can, inside a word only when the word is longer than a line
 * (CJK runs, URLs). `\n` always breaks. Spaces at a break are not shown.
 */
export function wrapRanges(text: string, width: number): LineRange[] {
  const max = Math.max(1, Math.floor(width));
  const lines: LineRange[] = [];
  let start = 0;
  let end = 0; // end of the last visible (non-space) content on the line
  let col = 0;
  let wrapped = false; // the current line began at a soft break
  const push = () => {
    lines.push({ start, end: Math.max(start, end) });
  };
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    const at = m.index;
    const after = at + token.length;
    if (token === '\n') {
      push();
      start = end = after;
      col = 0;
      wrapped = false;
      continue;
    }
    const w = displayWidth(token);
    if (/^\s/.test(token)) {
      if (col === 0 && wrapped) {
        start = end = after; // no leading spaces on a soft-wrapped line
      } else if (col + w > max) {
        push();
        start = end = after;
        col = 0;
        wrapped = true;
      } else {
        col += w;
      }
      continue;
    }
    if (col + w <= max) {
      if (col === 0) start = at;
      col += w;
      end = after;
      continue;
    }
    if (w <= max) {
      push();
      start = at;
      end = after;
      col = w;
      wrapped = true;
      continue;
    }
    // A word wider than a line: start it on a fresh line, then cut it by graphemes.
    if (col > 0) {
      push();
      col = 0;
    }
    start = at;
    for (const { segment, index } of segmenterFor('und', 'grapheme').segment(token)) {
      const gw = displayWidth(segment);
      if (col + gw > max && col > 0) {
        end = at + index;
        push();
        start = at + index;
        col = 0;
      }
      col += gw;
    }
    end = after;
    wrapped = true;
  }
  if (col > 0 || lines.length === 0 || start < text.length || text.endsWith('\n')) push();
  return lines;
}

/**
 * Word-wraps a styled row into lines of at most `width` display columns,
 * keeping each piece's marks. Always returns at least one (possibly empty) line.
 */
export function wrapSpans(spans: readonly StyledSpan[], width: number): StyledSpan[][] {
  const text = spans.map((s) => s.text).join('');
  return wrapRanges(text, width).map((r) => sliceSpans(spans, r.start, r.end));
}
