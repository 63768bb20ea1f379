/** Plain text (.txt): paragraphs by the line rules of {@link splitParagraphs}; no metadata. */
import { splitParagraphs } from '../../text/segment.js';
import type { ParsedDocument } from './document.js';

export function parsePlain(text: string): ParsedDocument {
  const blocks = splitParagraphs(text).map((r) => ({ kind: 'paragraph' as const, depth: 0, start: r.start, end: r.end }));
  return { text, blocks, meta: {} };
}
