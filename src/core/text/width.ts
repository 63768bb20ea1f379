import stringWidth from 'string-width';
import { segmenterFor } from './segmenters.js';

/**
 * Characters that each take exactly one column and never join a neighbour
 * into one grapheme: printable ASCII, Latin-1 (but the soft hyphen), Latin
 * Extended, spacing modifiers, Greek, Cyrillic (but its combining marks),
 * general punctuation (dashes, quotes, `…`, `•`), currency signs, arrows,
 * box drawing and block elements.
 */
const NARROW =
  /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u02FF\u0370-\u0377\u037A-\u037F\u0384-\u038A\u038C\u038E-\u03A1\u03A3-\u0482\u048A-\u04FF\u2010-\u2027\u2030-\u205E\u20A0-\u20C0\u2190-\u21FF\u2500-\u259F]*$/;

/**
 * The width of text made only of one-column characters (its length), or
 * undefined when it needs the full rules. Most text on screen is like this;
 * answering it without Intl.Segmenter and string-width's emoji regex keeps
 * their ~20 ms of set-up off the explorer's first frame (see the build's
 * string-width shim).
 */
export function narrowWidth(text: string): number | undefined {
  return NARROW.test(text) ? text.length : undefined;
}

/**
 * Terminal column width of a string: CJK and emoji take two columns,
 * combining marks none. Every layout computation goes through here.
 */
export function displayWidth(text: string): number {
  return narrowWidth(text) ?? stringWidth(text);
}

/** Pads (or leaves) text so it fills exactly `width` columns when it fits. */
export function padToWidth(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : text + ' '.repeat(width - w);
}

/** Cuts text to at most `width` columns, ending with `…` when it had to cut. */
export function truncateToWidth(text: string, width: number): string {
  if (width <= 0) return '';
  const narrow = narrowWidth(text);
  if (narrow !== undefined) return narrow <= width ? text : text.slice(0, width - 1) + '…';
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of segmenterFor('und', 'grapheme').segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return out + '…';
}
