import stringWidth from 'string-width';
import { segmenterFor } from './segmenters.js';

/**
 * Terminal column width of a string: CJK and emoji take two columns,
 * combining marks none. Every layout computation goes through here.
 */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Pads (or leaves) text so it fills exactly `width` columns when it fits. */
export function padToWidth(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : text + ' '.repeat(width - w);
}

/** Cuts text to at most `width` columns, ending with `…` when it had to cut. */
export function truncateToWidth(text: string, width: number): string {
  if (width <= 0) return '';
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
