import type { Corpus, Document } from '../../src/core/corpus/types.js';
import { splitParagraphs } from '../../src/core/text/segment.js';

/** A corpus built in memory from id → text, every document in `lang`. */
export function memoryCorpus(texts: Record<string, string>, lang = 'en'): Corpus {
  const documents: Document[] = Object.entries(texts).map(([id, text]) => ({
    id,
    file: `${id}.txt`,
    title: id,
    lang,
    source: null,
    relation: null,
    text,
    words: 0,
    paragraphs: splitParagraphs(text).map((p, index) => ({ index, ...p })),
  }));
  return { dir: '/nonexistent', name: 'memory', documents, warnings: [] };
}
