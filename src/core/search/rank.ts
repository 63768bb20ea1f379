import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { BM25, CHAMPIONS, FIELDS, MINOR_CHAMPIONS, TITLE_BOOST, type PostingIndex } from './postings.js';

/**
 * MiniSearch options for our units: each query word arrives already folded
 * (see text/tokens/terms.ts) and expanded (dictionary.ts), so MiniSearch's
 * tokenizer and term processing pass it through unchanged.
 */
export const RANKING_OPTIONS: Options = {
  fields: [...FIELDS],
  tokenize: (text) => [text],
  processTerm: (term) => term,
  searchOptions: { boost: { title: TITLE_BOOST }, bm25: BM25 },
};

/** One term's postings in MiniSearch's serialized form: per field id, internal id → term frequency. */
type SerializedTerm = AsPlainObject['index'][number];

/**
 * The ranking index of one query: a MiniSearch loaded through its public
 * `loadJS` from MiniSearch's own serialized form (version 2, what `toJSON`
 * writes), holding each query term's postings, at most its CHAMPIONS
 * best ones per field (MINOR_CHAMPIONS for the `minor` ones), with the corpus's unit count and average field
 * lengths and the field lengths of the units it holds. Nothing is written
 * into MiniSearch's private fields. Its internal ids are dense (0, 1, 2… in
 * the order units are met), so that the plain object's keys are small
 * integers V8 stores as array elements; its document ids are the units.
 */
export function rankingIndex(postings: PostingIndex, terms: Iterable<string>, minor: ReadonlySet<string> = new Set()): MiniSearch {
  const stats = postings.stats();
  const width = FIELDS.length;
  const shortIds = new Map<number, number>();
  const documentIds: Record<number, number> = {};
  const fieldLength: Record<number, number[]> = {};
  const index: SerializedTerm[] = [];
  for (const term of new Set(terms)) {
    const fields = postings.postingsOf(term);
    const champions = postings.championsOf(term, minor.has(term) ? MINOR_CHAMPIONS : CHAMPIONS);
    if (!fields || !champions) continue;
    const data: SerializedTerm[1] = {};
    fields.forEach((field, fieldId) => {
      if (!field) return;
      const entry: Record<number, number> = {};
      const take = (i: number) => {
        const unit = field.ids[i]!;
        let short = shortIds.get(unit);
        if (short === undefined) {
          short = shortIds.size;
          shortIds.set(unit, short);
          documentIds[short] = unit;
          fieldLength[short] = stats.fieldLengths.slice(width * unit, width * (unit + 1));
        }
        entry[short] = field.tfs[i]!;
      };
      const positions = champions[fieldId];
      if (positions) positions.forEach(take);
      else for (let i = 0; i < field.ids.length; i++) take(i);
      data[fieldId] = entry;
    });
    index.push([term, data]);
  }
  const plain: AsPlainObject = {
    documentCount: stats.documentCount,
    nextId: shortIds.size,
    documentIds,
    fieldIds: Object.fromEntries(FIELDS.map((f, i) => [f, i])),
    fieldLength,
    averageFieldLength: stats.averageFieldLength,
    storedFields: {},
    index,
    serializationVersion: 2,
  };
  return MiniSearch.loadJS(plain, RANKING_OPTIONS);
}

/** How many recent queries' ranking indexes are kept per index (typing back and forth, a query run again). */
const KEPT = 16;
const recent = new WeakMap<PostingIndex, Map<string, MiniSearch>>();

/** {@link rankingIndex}, reused while the same words are asked again (least recently used dropped first). */
function cachedRankingIndex(postings: PostingIndex, terms: readonly string[], minor: ReadonlySet<string>): MiniSearch {
  let kept = recent.get(postings);
  if (!kept) recent.set(postings, (kept = new Map()));
  const key = terms.map((t) => (minor.has(t) ? `~${t}` : t)).join('\0');
  let ranker = kept.get(key);
  if (ranker) kept.delete(key);
  else ranker = rankingIndex(postings, terms, minor);
  kept.set(key, ranker);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  return ranker;
}

/** BM25's inverse document frequency, the factor MiniSearch's score of a term carries. */
function idf(documentCount: number, frequency: number): number {
  return Math.log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5));
}

/**
 * How much a term's MiniSearch score in one field must be scaled so that
 * its idf is the corpus's: MiniSearch counts a term's document frequency
 * from the postings it holds, which for a field where the term is in more
 * than `held` paragraphs is its `held` best.
 */
function idfCorrection(postings: PostingIndex, term: string, fieldId: number, held: number): number {
  const field = postings.postingsOf(term)?.[fieldId];
  if (!field || field.ids.length <= held) return 1;
  const n = postings.stats().documentCount;
  return idf(n, field.ids.length) / idf(n, held);
}

/**
 * Scores the units allowed by `allowed` (a byte per unit) for the query's
 * words, each with its weight (a prefix completion or typo correction weighs
 * less than the word typed, and is minor: scored on fewer champions):
 * MiniSearch's BM25+ over the words' champion postings, as one query tree, `OR` of one subquery per word and field it
 * occurs in, each with its own `fields` and `boostTerm` (weight times the
 * field's idf correction). Returns units best first.
 */
export function rankUnits(postings: PostingIndex, weights: ReadonlyMap<string, number>, allowed: Uint8Array): { unit: number; score: number }[] {
  const terms = [...weights.keys()];
  const minor = new Set(terms.filter((t) => weights.get(t)! < 1));
  const queries = terms.flatMap((term) => {
    const fields = postings.postingsOf(term) ?? [];
    return FIELDS.flatMap((field, fieldId) => {
      if (!fields[fieldId]) return [];
      const boost = (weights.get(term) ?? 1) * idfCorrection(postings, term, fieldId, minor.has(term) ? MINOR_CHAMPIONS : CHAMPIONS);
      return [{ queries: [term], fields: [field], boostTerm: () => boost }];
    });
  });
  const results = cachedRankingIndex(postings, terms, minor).search({ combineWith: 'OR', queries }, { boostDocument: (id: number) => allowed[id] ?? 0 });
  return results.map((r) => ({ unit: r.id as number, score: r.score }));
}
