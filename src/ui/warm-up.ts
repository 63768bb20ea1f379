import type { Corpus } from '../core/corpus/types.js';
import type { SearchEngine } from '../core/search/index.js';
import { warmUpQueries } from '../core/search/warm-up.js';
import { SEARCH_LIMIT, searchModel, snippetChars } from './models/search.js';

/**
 * Runs the warm-up queries (core/search/warm-up.ts), each in its own idle
 * turn, and builds the pane model of each result, discarding it. Run once
 * the index is open, it decodes the longest postings and lets V8 compile
 * the search and snippet code before the user's first keystrokes rather
 * than during them (at 10k versions the first word typed otherwise takes
 * 3–8x longer per key than the next ones).
 */
export async function warmUpSearch(search: SearchEngine, corpus: Corpus, width: number, yieldToInput: () => Promise<void>): Promise<void> {
  for (const query of warmUpQueries(corpus)) {
    await yieldToInput();
    searchModel(corpus, query, search.search(query, { limit: SEARCH_LIMIT, snippetChars: snippetChars(corpus, width) }), null, width);
  }
}
