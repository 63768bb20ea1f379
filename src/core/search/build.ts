import type { Corpus } from '../corpus/types.js';
import { BucketWriter, bucketOf } from './bucket.js';
import { TermDictionary } from './dictionary.js';
import { openIndex, type BucketSource, type IndexHeader } from './open-index.js';
import { FIELDS, type FieldPostings, type IndexStats, type PostingIndex } from './postings.js';
import { JOINERS, termTokens, type Token } from '../text/tokens/terms.js';

/** Where each document's paragraphs start among the index's unit ids (units are numbered in corpus order). */
export type DocStarts = number[];

/** An index over a corpus, built or loaded: postings, vocabulary and unit numbering. */
export interface SearchIndex {
  postings: PostingIndex;
  dictionary: TermDictionary;
  docStarts: DocStarts;
  /** Makes sure the postings of these terms (and of word pairs starting with them) are in memory. */
  ensureTerms(terms: Iterable<string>): void;
  /** Parses every postings file not parsed yet, without blocking. */
  preload(): Promise<void>;
}

/** A built index as files: what the cache writes, and what the built index reads its postings from. */
export interface IndexFiles {
  header: IndexHeader;
  /** Postings file number → its bytes (see bucket.ts). */
  buckets: Map<number, Uint8Array>;
}

/** A freshly built index and its files. */
export interface BuiltIndex extends SearchIndex {
  files: IndexFiles;
}

/** Progress of a long build: paragraphs done out of a total. */
export type ProgressFn = (done: number, total: number) => void;

const CHUNK = 2000;
/**
 * Postings are collected for one group of postings files at a time (files
 * whose number is the same modulo SHARDS), encoded, and dropped before the
 * next group: memory holds one group's postings, not the whole index's.
 */
const SHARDS = 16;
const MAX_TF = 65535;

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

/** Tokens per block of the token stream: it grows a block at a time, never by copying. */
const BLOCK = 1 << 20;
/** A token is stored as its term number plus its joiner (see forEach) times this: term numbers stay below 2^28. */
const JOINED = 2 ** 28;

/**
 * The corpus tokenized once: every field of every unit as term numbers in
 * blocks of a typed array (four bytes per word, no array per term).
 */
class TokenStream {
  readonly numbers = new Map<string, number>();
  readonly names: string[] = [];
  /** Postings file of each term number. */
  buckets = new Uint8Array(1024);
  readonly blocks: Uint32Array[] = [];
  length = 0;
  /** End (token count so far) of field f of unit u at u * FIELDS.length + f. */
  readonly fieldEnds: Uint32Array;
  private fields = 0;

  constructor(readonly units: number) {
    this.fieldEnds = new Uint32Array(units * FIELDS.length);
  }

  /** Appends the next field's tokens (fields of a unit in FIELDS order, units in order). */
  addField(tokens: readonly Token[]): void {
    for (const { term: t, joiner } of tokens) {
      let n = this.numbers.get(t);
      if (n === undefined) {
        n = this.names.length;
        this.numbers.set(t, n);
        this.names.push(t);
        if (n >= this.buckets.length) {
          const grown = new Uint8Array(2 * this.buckets.length);
          grown.set(this.buckets);
          this.buckets = grown;
        }
        this.buckets[n] = bucketOf(t);
      }
      if (this.length % BLOCK === 0) this.blocks.push(new Uint32Array(BLOCK));
      this.blocks[this.blocks.length - 1]![this.length++ % BLOCK] = n + (joiner ? JOINERS.indexOf(joiner) + 1 : 0) * JOINED;
    }
    this.fieldEnds[this.fields++] = this.length;
  }

  /**
   * Calls `visit(unit, field, term, joiner)` for every token (joiner: 0, or
   * 1 + its index in JOINERS when the token continues the word before it),
   * then `visit(unit, field, -1, 0)` at the end of each field.
   */
  forEach(visit: (unit: number, field: number, term: number, joiner: number) => void): void {
    const F = FIELDS.length;
    let i = 0;
    for (let k = 0; k < this.fieldEnds.length; k++) {
      const unit = (k / F) | 0;
      const field = k % F;
      for (const end = this.fieldEnds[k]!; i < end; i++) {
        const v = this.blocks[(i / BLOCK) | 0]![i % BLOCK]!;
        visit(unit, field, v % JOINED, (v / JOINED) | 0);
      }
      visit(unit, field, -1, 0);
    }
  }

  /** BM25 statistics: unit count, average field lengths, every field's length. */
  stats(): IndexStats {
    const F = FIELDS.length;
    const fieldLengths = Array.from(this.fieldEnds, (end, k) => end - (k === 0 ? 0 : this.fieldEnds[k - 1]!));
    const averageFieldLength = FIELDS.map((_, f) => {
      let sum = 0;
      for (let u = 0; u < this.units; u++) sum += fieldLengths[u * F + f]!;
      return this.units === 0 ? 0 : sum / this.units;
    });
    return { documentCount: this.units, averageFieldLength, fieldLengths };
  }
}

/** Units holding the term in the title but not in the text (both lists ascending). */
function titleOnly(title: Uint32Array, text: Uint32Array): number {
  let n = 0;
  let j = 0;
  for (const id of title) {
    while (j < text.length && text[j]! < id) j++;
    if (j >= text.length || text[j] !== id) n++;
  }
  return n;
}

/** How a pair's second word is stored: the word, after its joiner when the two are one word ("-style"). */
function pairName(names: readonly string[], key: number, termCount: number): string {
  const joiner = Math.floor(Math.floor(key / termCount) / termCount);
  return (joiner > 0 ? JOINERS[joiner - 1]! : '') + names[key % termCount]!;
}

/**
 * Collects, encodes and drops the postings of one group of postings files:
 * every term whose file is in the group, and every word pair whose first
 * word is. Two passes over the token stream: count, then fill exactly sized
 * typed arrays (units ascending, as the engine expects).
 */
function buildShard(s: TokenStream, shard: number, stats: IndexStats, df: Map<string, number>, out: Map<number, Uint8Array>): void {
  const F = FIELDS.length;
  const termCount = s.names.length;
  const local = new Int32Array(termCount).fill(-1);
  const members: number[] = [];
  for (let n = 0; n < termCount; n++) if (s.buckets[n]! % SHARDS === shard) local[n] = members.push(n) - 1;
  const counts = new Uint32Array(members.length * F);
  const last = new Int32Array(members.length * F).fill(-1);
  const pairIndex = new Map<number, number>();
  const pairKeys: number[] = [];
  const pairCounts: number[] = [];
  const pairLast: number[] = [];
  // A pair's key: joiner 0 for any two words in a row, else the separator that joins them into one word ("vi-style"),
  // so that a hyphenated query word needs no paragraph text; see pairName for the way back.
  const keyOf = (first: number, second: number, joiner: number) => (joiner * termCount + first) * termCount + second;
  const countPair = (key: number, unit: number) => {
    let p = pairIndex.get(key);
    if (p === undefined) {
      p = pairKeys.push(key) - 1;
      pairIndex.set(key, p);
      pairCounts.push(0);
      pairLast.push(-1);
    }
    if (pairLast[p] !== unit) {
      pairLast[p] = unit;
      pairCounts[p]!++;
    }
  };
  const firstOf = (key: number) => Math.floor(key / termCount) % termCount;
  // Pass 1: how many units hold each term (per field) and each pair.
  let prev = -1;
  s.forEach((unit, f, n, joiner) => {
    if (n < 0) {
      prev = -1;
      return;
    }
    const l = local[n]!;
    if (l >= 0) {
      const slot = l * F + f;
      if (last[slot] !== unit) {
        last[slot] = unit;
        counts[slot]!++;
      }
    }
    if (prev >= 0 && local[prev]! >= 0) {
      countPair(keyOf(prev, n, 0), unit);
      if (joiner > 0) countPair(keyOf(prev, n, joiner), unit);
    }
    prev = n;
  });
  // Pass 2: fill.
  const at = new Uint32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) at[i + 1] = at[i]! + counts[i]!;
  const ids = new Uint32Array(at[counts.length]!);
  const tfs = new Uint16Array(ids.length);
  const cursor = at.slice(0, counts.length);
  const pairAt = new Uint32Array(pairCounts.length + 1);
  for (let p = 0; p < pairCounts.length; p++) pairAt[p + 1] = pairAt[p]! + pairCounts[p]!;
  const pairIds = new Uint32Array(pairAt[pairCounts.length]!);
  const pairCursor = pairAt.slice(0, pairCounts.length);
  last.fill(-1);
  pairLast.fill(-1);
  const fillPair = (key: number, unit: number) => {
    const p = pairIndex.get(key)!;
    if (pairLast[p] !== unit) {
      pairLast[p] = unit;
      pairIds[pairCursor[p]!++] = unit;
    }
  };
  prev = -1;
  s.forEach((unit, f, n, joiner) => {
    if (n < 0) {
      prev = -1;
      return;
    }
    const l = local[n]!;
    if (l >= 0) {
      const slot = l * F + f;
      if (last[slot] !== unit) {
        last[slot] = unit;
        const pos = cursor[slot]!++;
        ids[pos] = unit;
        tfs[pos] = 1;
      } else {
        const pos = cursor[slot]! - 1;
        if (tfs[pos]! < MAX_TF) tfs[pos]!++;
      }
    }
    if (prev >= 0 && local[prev]! >= 0) {
      fillPair(keyOf(prev, n, 0), unit);
      if (joiner > 0) fillPair(keyOf(prev, n, joiner), unit);
    }
    prev = n;
  });
  // Group the pairs by their first word, in the order they were first seen.
  const pairsFrom = new Uint32Array(members.length + 1);
  for (const key of pairKeys) pairsFrom[local[firstOf(key)]! + 1]!++;
  for (let l = 0; l < members.length; l++) pairsFrom[l + 1] = pairsFrom[l + 1]! + pairsFrom[l]!;
  const byFirst = new Uint32Array(pairKeys.length);
  const fill = pairsFrom.slice(0, members.length);
  pairKeys.forEach((key, p) => (byFirst[fill[local[firstOf(key)]!]!++] = p));
  // Encode, file by file, terms in the order they were first seen.
  const files = new Map<number, BucketWriter>();
  members.forEach((n, l) => {
    const fields = FIELDS.map((_, f): FieldPostings | null => {
      const slot = l * F + f;
      return counts[slot] === 0 ? null : { ids: ids.subarray(at[slot]!, at[slot + 1]!), tfs: tfs.subarray(at[slot]!, at[slot + 1]!) };
    });
    const [title, text] = fields;
    const term = s.names[n]!;
    df.set(term, (text?.ids.length ?? 0) + (title ? titleOnly(title.ids, text?.ids ?? new Uint32Array()) : 0));
    const pairs = Array.from(byFirst.subarray(pairsFrom[l]!, pairsFrom[l + 1]!), (p): [string, Uint32Array] => [
      pairName(s.names, pairKeys[p]!, termCount),
      pairIds.subarray(pairAt[p]!, pairAt[p + 1]!),
    ]);
    const b = s.buckets[n]!;
    let file = files.get(b);
    if (!file) files.set(b, (file = new BucketWriter(stats)));
    file.addTerm(term, fields, pairs);
  });
  for (const [b, file] of files) out.set(b, file.finish());
}

/** Postings files held in memory (a built index, before or without the cache). */
function memorySource(buckets: Map<number, Uint8Array>): BucketSource {
  return {
    buckets: [...buckets.keys()],
    read: (b) => buckets.get(b)!,
    readAsync: async (b) => buckets.get(b)!,
  };
}

function unitCount(corpus: Corpus): number {
  return corpus.documents.reduce((n, d) => n + d.paragraphs.length, 0);
}

/**
 * The build as steps: tokenizing (yielding the paragraphs done after each
 * chunk), then one step per group of postings files. Returns the files.
 */
function* buildSteps(corpus: Corpus, docStarts: DocStarts, total: number): Generator<number, IndexFiles> {
  const stream = new TokenStream(total);
  let done = 0;
  for (const doc of corpus.documents) {
    for (const p of doc.paragraphs) {
      stream.addField(p.index === 0 ? termTokens(doc.title, doc.lang) : []);
      stream.addField(termTokens(p.text, doc.lang));
      if (++done % CHUNK === 0) yield done;
    }
  }
  const stats = stream.stats();
  const df = new Map<string, number>();
  const buckets = new Map<number, Uint8Array>();
  for (let shard = 0; shard < SHARDS; shard++) {
    buildShard(stream, shard, stats, df, buckets);
    yield total;
  }
  return { header: { stats, dictionary: TermDictionary.fromCounts(df).data, docStarts }, buckets };
}

function builtFrom(files: IndexFiles): BuiltIndex {
  return { ...openIndex(files.header, memorySource(files.buckets)), files };
}

/**
 * Indexes every paragraph of every version (the title only on each
 * document's first paragraph, so its words are not repeated in every unit).
 * Yields to the event loop between chunks so a UI stays responsive, and
 * reports progress.
 */
export async function buildIndex(corpus: Corpus, onProgress?: ProgressFn): Promise<BuiltIndex> {
  const total = unitCount(corpus);
  const steps = buildSteps(corpus, docStartsOf(corpus), total);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) {
      onProgress?.(total, total);
      return builtFrom(step.value);
    }
    if (step.value < total) onProgress?.(step.value, total);
    await new Promise((r) => setImmediate(r));
  }
}

/** {@link buildIndex} without yielding: for recovering inside a synchronous search when a cache file turns out corrupt. */
export function buildIndexNow(corpus: Corpus): BuiltIndex {
  const steps = buildSteps(corpus, docStartsOf(corpus), unitCount(corpus));
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return builtFrom(step.value);
}
