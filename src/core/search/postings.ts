import MiniSearch, { type Options } from 'minisearch';

/** One indexed unit: a paragraph, its terms pre-tokenized and joined by spaces. */
export interface IndexUnit {
  id: number;
  title: string;
  text: string;
}

/**
 * A term's postings as stored in the cache: per field id, paragraph ids
 * delta-encoded and their term frequencies. About a third of MiniSearch's
 * own JSON for the same postings, and parsed as flat arrays.
 */
export type StoredPostings = Record<string, [number[], number[]]>;

/** The title is indexed once, on a document's first paragraph, and weighs this much more than body text. */
export const TITLE_BOOST = 3;
const FIELDS = ['title', 'text'];

/**
 * MiniSearch options for our units: terms arrive already tokenized and
 * folded (see tokenize.ts), so MiniSearch only splits on spaces; queries are
 * trees of single terms built by the engine.
 */
export const MINISEARCH_OPTIONS: Options<IndexUnit> = {
  fields: FIELDS,
  tokenize: (text) => (text === '' ? [] : text.split(' ')),
  processTerm: (term) => term,
  searchOptions: { tokenize: (text) => [text], processTerm: (term) => term, boost: { title: TITLE_BOOST } },
};

/** Corpus-wide statistics BM25 needs, stored beside the postings. */
export interface IndexStats {
  documentCount: number;
  averageFieldLength: number[];
  /** Per unit id, its title length then its text length (in terms). */
  fieldLengths: number[];
}

type FieldTermData = Map<number, Map<number, number>>;

/**
 * MiniSearch holding paragraph postings, able to save them term by term and
 * to take them back a few terms at a time, so that a query loads only the
 * postings it needs. A restored index is read-only (search, not add).
 */
export class PostingIndex extends MiniSearch<IndexUnit> {
  constructor() {
    super(MINISEARCH_OPTIONS);
  }

  /** An empty index with the given statistics, ready to receive postings with {@link addPostings}. */
  static restore(stats: IndexStats): PostingIndex {
    const index = new PostingIndex();
    index.setStats(stats);
    return index;
  }

  private setStats(stats: IndexStats): void {
    this._documentCount = stats.documentCount;
    this._nextId = stats.documentCount;
    this._avgFieldLength = stats.averageFieldLength;
    this._fieldIds = Object.fromEntries(FIELDS.map((f, i) => [f, i]));
    const lengths = stats.fieldLengths;
    for (let id = 0; id < stats.documentCount; id++) {
      this._documentIds.set(id, id);
      this._fieldLength.set(id, [lengths[2 * id]!, lengths[2 * id + 1]!]);
    }
  }

  /** Statistics to store beside the postings. */
  stats(): IndexStats {
    const fieldLengths: number[] = [];
    for (let id = 0; id < this._documentCount; id++) {
      const l = this._fieldLength.get(id);
      fieldLengths.push(l?.[0] ?? 0, l?.[1] ?? 0);
    }
    return { documentCount: this._documentCount, averageFieldLength: this._avgFieldLength, fieldLengths };
  }

  /** True when the postings of `term` are in memory (or the term is unknown to this index). */
  hasTerm(term: string): boolean {
    return this._index.has(term);
  }

  /** Every term with its postings in storable form. */
  *storedTerms(): Generator<[string, StoredPostings]> {
    for (const [term, fields] of this._index) yield [term, encode(fields)];
  }

  /** Adds stored postings back (terms already present are left alone). */
  addPostings(entries: Iterable<[string, StoredPostings]>): void {
    for (const [term, stored] of entries) {
      if (this._index.has(term)) continue;
      this._index.set(term, decode(stored));
    }
  }
}

function encode(fields: FieldTermData): StoredPostings {
  const out: StoredPostings = {};
  for (const [fieldId, freqs] of fields) {
    const ids = [...freqs.keys()].sort((a, b) => a - b);
    const deltas = ids.map((id, i) => (i === 0 ? id : id - ids[i - 1]!));
    out[fieldId] = [deltas, ids.map((id) => freqs.get(id)!)];
  }
  return out;
}

function decode(stored: StoredPostings): FieldTermData {
  const fields: FieldTermData = new Map();
  for (const key of Object.keys(stored)) {
    const [deltas, freqs] = stored[key]!;
    const map = new Map<number, number>();
    let id = 0;
    for (let i = 0; i < deltas.length; i++) {
      id += deltas[i]!;
      map.set(id, freqs[i]!);
    }
    fields.set(Number(key), map);
  }
  return fields;
}
