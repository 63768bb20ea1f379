import type { Corpus } from '../corpus/types.js';
import { TermDictionary } from './dictionary.js';
import { FIELDS, PostingIndex, type TermPostings } from './postings.js';
import { termsOf } from './tokenize.js';

/** Where each document's paragraphs start among the index's unit ids (units are numbered in corpus order). */
export type DocStarts = number[];

/** An index over a corpus, built or loaded: postings, vocabulary and unit numbering. */
export interface SearchIndex {
  postings: PostingIndex;
  dictionary: TermDictionary;
  docStarts: DocStarts;
  /** Makes sure the postings of these terms (and of word pairs starting with them) are in memory. */
  ensureTerms(terms: Iterable<string>): void;
  /** Reads every posting not in memory yet, without blocking (a no-op for a built index). */
  preload(): Promise<void>;
}

/** Progress of a long build: paragraphs done out of a total. */
export type ProgressFn = (done: number, total: number) => void;

const CHUNK = 2000;

/** A built index holds every posting already. (Module-level, so no closure keeps the build's collector alive.) */
function allInMemory(): void {}

async function nothingToPreload(): Promise<void> {}

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

/** Pair keys pack two term numbers into one safe integer (2^26 distinct terms is far beyond any corpus). */
const PAIR_BASE = 2 ** 26;

/** Postings collected while tokenizing, before they become typed arrays. Terms are numbered so that pairs key on numbers, not strings. */
class Collector {
  private readonly numbers = new Map<string, number>();
  private readonly names: string[] = [];
  /** Per term number, per field: unit ids and frequencies. */
  private readonly postings: { ids: number[]; tfs: number[] }[][] = [];
  private readonly pairs = new Map<number, number[]>();
  private readonly lengths: number[] = [];
  private readonly tf = new Map<number, number>();

  private numberOf(term: string): number {
    let n = this.numbers.get(term);
    if (n === undefined) {
      n = this.names.length;
      this.numbers.set(term, n);
      this.names.push(term);
      this.postings.push(FIELDS.map(() => ({ ids: [], tfs: [] })));
    }
    return n;
  }

  add(unit: number, fields: string[][]): void {
    fields.forEach((terms, fieldId) => {
      this.lengths.push(terms.length);
      const tf = this.tf;
      tf.clear();
      let prev = -1;
      for (const t of terms) {
        const n = this.numberOf(t);
        tf.set(n, (tf.get(n) ?? 0) + 1);
        if (prev >= 0) {
          const key = prev * PAIR_BASE + n;
          let ids = this.pairs.get(key);
          if (!ids) this.pairs.set(key, (ids = []));
          if (ids[ids.length - 1] !== unit) ids.push(unit);
        }
        prev = n;
      }
      for (const [n, count] of tf) {
        const f = this.postings[n]![fieldId]!;
        f.ids.push(unit);
        f.tfs.push(count);
      }
    });
  }

  finish(docStarts: DocStarts): SearchIndex {
    const units = this.lengths.length / FIELDS.length;
    const averageFieldLength = FIELDS.map((_, f) => {
      let sum = 0;
      for (let u = 0; u < units; u++) sum += this.lengths[u * FIELDS.length + f]!;
      return units === 0 ? 0 : sum / units;
    });
    const postings = PostingIndex.create({ documentCount: units, averageFieldLength, fieldLengths: this.lengths });
    const df = new Map<string, number>();
    this.names.forEach((term, n) => {
      const perField = this.postings[n]!;
      const typed: TermPostings = perField.map((f) => (f.ids.length === 0 ? null : { ids: Uint32Array.from(f.ids), tfs: Uint16Array.from(f.tfs, (c) => Math.min(c, 65535)) }));
      postings.putTerm(term, typed);
      const [title, text] = perField;
      const inText = new Set(title!.ids.length > 0 ? text!.ids : []);
      df.set(term, text!.ids.length + title!.ids.filter((id) => !inText.has(id)).length);
    });
    for (const [key, ids] of this.pairs) {
      postings.putPair(`${this.names[Math.floor(key / PAIR_BASE)]} ${this.names[key % PAIR_BASE]}`, Uint32Array.from(ids));
    }
    return { postings, dictionary: TermDictionary.fromCounts(df), docStarts, ensureTerms: allInMemory, preload: nothingToPreload };
  }
}

/** Tokenizes the corpus's paragraphs into the collector, yielding the count done after each chunk. */
function* indexSteps(corpus: Corpus, collector: Collector, docStarts: DocStarts): Generator<number> {
  let done = 0;
  for (const [d, doc] of corpus.documents.entries()) {
    for (const p of doc.paragraphs) {
      const title = p.index === 0 ? termsOf(doc.title, doc.lang) : [];
      collector.add(docStarts[d]! + p.index, [title, termsOf(p.text, doc.lang)]);
      if (++done % CHUNK === 0) yield done;
    }
  }
}

function unitCount(corpus: Corpus): number {
  return corpus.documents.reduce((n, d) => n + d.paragraphs.length, 0);
}

/**
 * Indexes every paragraph of every version (the title only on each
 * document's first paragraph, so its words are not repeated in every unit).
 * Yields to the event loop between chunks so a UI stays responsive, and
 * reports progress.
 */
export async function buildIndex(corpus: Corpus, onProgress?: ProgressFn): Promise<SearchIndex> {
  const collector = new Collector();
  const docStarts = docStartsOf(corpus);
  const total = unitCount(corpus);
  for (const done of indexSteps(corpus, collector, docStarts)) {
    onProgress?.(done, total);
    await new Promise((r) => setImmediate(r));
  }
  onProgress?.(total, total);
  return collector.finish(docStarts);
}

/** {@link buildIndex} without yielding: for recovering inside a synchronous search when a cache file turns out corrupt. */
export function buildIndexNow(corpus: Corpus): SearchIndex {
  const collector = new Collector();
  const docStarts = docStartsOf(corpus);
  for (const _ of indexSteps(corpus, collector, docStarts));
  return collector.finish(docStarts);
}
