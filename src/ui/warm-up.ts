import type { Corpus } from '../core/corpus/types.js';
import type { SearchEngine } from '../core/search/index.js';
import { SEARCH_LIMIT, searchModel, snippetChars } from './models/search.js';

/**
 * What to type while idle, from the corpus itself (never a fixed list: any
 * language): every letter that starts a word in its first paragraphs (a
 * one-letter prefix expands to the most frequent words, the longest postings),
 * then a few words letter by letter.
 */
function warmUpQueries(corpus: Corpus): string[] {
  const initials = new Set<string>();
  const words = new Set<string>();
  for (const doc of corpus.documents.slice(0, 20)) {
    for (const p of doc.paragraphs.slice(0, 3)) {
      for (const m of p.text.matchAll(/\p{L}+/gu)) {
        initials.add(String.fromCodePoint(m[0].codePointAt(0)!).toLowerCase());
        if (words.size < 3 && m[0].length >= 5 && m[0].length <= 12) words.add(m[0]);
      }
    }
  }
  return [...initials, ...[...words].flatMap((w) => [...w].map((_, i) => w.slice(0, i + 1)))];
}

/**
 * Searches the corpus's initial letters and a few of its words as typed,
 * each query in its own idle turn, and builds the pane model of each result,
 * discarding it. Run once the index is open, it decodes the longest postings
 * and lets V8 compile the search and snippet code before the user's first
 * keystrokes rather than during them (at 10k versions the first word typed
 * otherwise takes 3–8x longer per key than the next ones).
 */
export async function warmUpSearch(search: SearchEngine, corpus: Corpus, width: number, yieldToInput: () => Promise<void>): Promise<void> {
  for (const query of warmUpQueries(corpus)) {
    await yieldToInput();
    searchModel(corpus, query, search.search(query, { limit: SEARCH_LIMIT, snippetChars: snippetChars(corpus, width) }), null, width);
  }
}
