import type { Corpus } from '../core/corpus/types.js';
import type { SearchEngine } from '../core/search/index.js';
import { SEARCH_LIMIT, searchModel, snippetChars } from './models/search.js';

/** Words of the corpus itself (never a fixed list: any language), long enough to type letter by letter. */
function sampleWords(corpus: Corpus, count: number): string[] {
  const words = new Set<string>();
  for (const doc of corpus.documents) {
    for (const p of doc.paragraphs.slice(0, 3)) for (const m of p.text.matchAll(/\p{L}{5,12}/gu)) if (words.size < count) words.add(m[0]);
    if (words.size >= count) break;
  }
  return [...words];
}

/**
 * Types a few of the corpus's words into the engine one letter at a time,
 * each query in its own turn of the event loop, and builds the pane model
 * of each result, discarding it. Run once the index is open and idle, it
 * lets V8 compile the search and snippet code before the user's first
 * keystrokes rather than during them (at 10k versions the first word typed
 * otherwise takes 3–8x longer per key than the next ones).
 */
export async function warmUpSearch(search: SearchEngine, corpus: Corpus, width: number, yieldToInput: () => Promise<void>): Promise<void> {
  for (const word of sampleWords(corpus, 3)) {
    for (let i = 1; i <= word.length; i++) {
      await yieldToInput();
      const query = word.slice(0, i);
      searchModel(corpus, query, search.search(query, { limit: SEARCH_LIMIT, snippetChars: snippetChars(corpus, width) }), null, width);
    }
  }
}
