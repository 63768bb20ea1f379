import type { Document } from '../../../src/core/corpus/types.js';
import { splitParagraphs } from '../../../src/core/text/segment.js';

/** A document built from text the way the loader builds it (paragraphs from splitParagraphs). */
export function docFrom(id: string, text: string, lang = 'en'): Document {
  const paragraphs = splitParagraphs(text).map((r, index) => ({ index, start: r.start, end: r.end, text: r.text }));
  return { id, file: `${id}.txt`, title: id, lang, source: null, relation: null, text, paragraphs, words: 0 };
}
