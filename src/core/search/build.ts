import type { Corpus } from '../corpus/types.js';
import { TermDictionary } from './dictionary.js';
import { PostingIndex, type IndexUnit } from './postings.js';
import { termsOf } from './tokenize.js';

/** Where each document's paragraphs start among the index's unit ids (units are numbered in corpus order). */
export type DocStarts = number[];

/** An index over a corpus, built or loaded: postings, vocabulary and unit numbering. */
export interface SearchIndex {
  postings: PostingIndex;
  dictionary: TermDictionary;
  docStarts: DocStarts;
  /** Makes sure the postings of these terms are in memory (a no-op for a built index). */
  ensureTerms(terms: Iterable<string>): void;
}

/** Progress of a long build or load: units (paragraphs) or files done out of a total. */
export type ProgressFn = (done: number, total: number) => void;

const CHUNK = 2000;

/** Unit id numbering: the first unit id of each document. */
export function docStartsOf(corpus: Corpus): DocStarts {
  const starts: number[] = [];
  let next = 0;
  for (const doc of corpus.documents) {
    starts.push(next);
    next += doc.paragraphs.length;
  }
  return starts;
}

/** The document index (into corpus.documents) and paragraph number of a unit id. */
export function locateUnit(docStarts: DocStarts, unit: number): { docIndex: number; paragraph: number } {
  let lo = 0;
  let hi = docStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (docStarts[mid]! <= unit) lo = mid;
    else hi = mid - 1;
  }
  return { docIndex: lo, paragraph: unit - (docStarts[lo] ?? 0) };
}

/** Tokenizes and adds the corpus's paragraphs chunk by chunk, yielding the count done after each chunk. */
function* indexSteps(corpus: Corpus, postings: PostingIndex, counts: Map<string, number>, docStarts: DocStarts): Generator<number> {
  let batch: IndexUnit[] = [];
  let done = 0;
  for (const [d, doc] of corpus.documents.entries()) {
    for (const p of doc.paragraphs) {
      const title = p.index === 0 ? termsOf(doc.title, doc.lang) : [];
      const text = termsOf(p.text, doc.lang);
      for (const t of new Set([...title, ...text])) counts.set(t, (counts.get(t) ?? 0) + 1);
      batch.push({ id: docStarts[d]! + p.index, title: title.join(' '), text: text.join(' ') });
      if (batch.length >= CHUNK) {
        postings.addAll(batch);
        done += batch.length;
        batch = [];
        yield done;
      }
    }
  }
  postings.addAll(batch);
}

function unitCount(corpus: Corpus): number {
  return corpus.documents.reduce((n, d) => n + d.paragraphs.length, 0);
}

function finish(postings: PostingIndex, counts: Map<string, number>, docStarts: DocStarts): SearchIndex {
  return { postings, dictionary: TermDictionary.fromCounts(counts), docStarts, ensureTerms: () => {} };
}

/**
 * Indexes every paragraph of every version (the title only on each
 * document's first paragraph, so its words are not repeated in every unit).
 * Yields to the event loop between chunks so a UI stays responsive, and
 * reports progress.
 */
export async function buildIndex(corpus: Corpus, onProgress?: ProgressFn): Promise<SearchIndex> {
  const postings = new PostingIndex();
  const counts = new Map<string, number>();
  const docStarts = docStartsOf(corpus);
  const total = unitCount(corpus);
  for (const done of indexSteps(corpus, postings, counts, docStarts)) {
    onProgress?.(done, total);
    await new Promise((r) => setImmediate(r));
  }
  onProgress?.(total, total);
  return finish(postings, counts, docStarts);
}

/** {@link buildIndex} without yielding: for recovering inside a synchronous search when a cache file turns out corrupt. */
export function buildIndexNow(corpus: Corpus): SearchIndex {
  const postings = new PostingIndex();
  const counts = new Map<string, number>();
  const docStarts = docStartsOf(corpus);
  for (const _ of indexSteps(corpus, postings, counts, docStarts));
  return finish(postings, counts, docStarts);
}
