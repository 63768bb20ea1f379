import { decodePair, decodeTerm, pairOffsets } from './bucket.js';

/** The fields of a unit; a document's title is indexed once, on its first paragraph. */
export const FIELDS = ['title', 'text'] as const;
/** Title words weigh this much more than body words. */
export const TITLE_BOOST = 3;
/**
 * MiniSearch scores at most this many postings per term: the ones with the
 * highest BM25 impact ("champion lists"). Membership and counts always use
 * every posting; only the ranking of very common terms is approximate.
 */
export const CHAMPIONS = 400;
/**
 * A word a query only expanded to (a prefix completion, a typo correction),
 * which weighs less and ranks below exact matches anyway, is scored on this
 * many of its best postings: a one-letter prefix expands to 8 words.
 */
export const MINOR_CHAMPIONS = 100;
/** BM25+ parameters (term-frequency saturation, length normalization, lower bound of a match), as MiniSearch's `bm25` option. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** One field's postings of a term: unit ids ascending and the term's frequency in each. */
export interface FieldPostings {
  ids: Uint32Array;
  tfs: Uint16Array;
  /** Positions (into ids) of the champion postings, when known already (read from the cache). */
  champions?: Uint32Array;
  /** The MINOR_CHAMPIONS best of them, once asked for. */
  minorChampions?: Uint32Array;
}

/** All postings of a term, per field (null where the term never occurs in that field). */
export type TermPostings = (FieldPostings | null)[];

/** Corpus-wide statistics BM25 needs. */
export interface IndexStats {
  documentCount: number;
  averageFieldLength: number[];
  /** Per unit id, its title length then its text length (in terms). */
  fieldLengths: number[];
}

/**
 * Positions of a field's champion postings, ascending: the `count` highest
 * BM25 impacts (term frequency against paragraph length) among the
 * positions `among` (ascending; all of them when absent), found with a
 * native numeric sort of the impacts, no comparator.
 */
export function championPositions(field: FieldPostings, fieldId: number, stats: IndexStats, count = CHAMPIONS, among?: Uint32Array): Uint32Array {
  const { ids, tfs } = field;
  const size = among ? among.length : ids.length;
  if (size <= count) return among ?? Uint32Array.from(ids.keys());
  const at = (k: number) => (among ? among[k]! : k);
  const avg = stats.averageFieldLength[fieldId] || 1;
  const lengths = stats.fieldLengths;
  const impact = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    const tf = tfs[at(k)]!;
    const len = lengths[2 * ids[at(k)]! + fieldId]!;
    impact[k] = (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * len) / avg));
  }
  const threshold = Float64Array.from(impact).sort()[size - count]!;
  let above = 0;
  for (let k = 0; k < size; k++) if (impact[k]! > threshold) above++;
  let ties = count - above;
  const out = new Uint32Array(count);
  let n = 0;
  for (let k = 0; k < size; k++) {
    if (impact[k]! > threshold || (impact[k] === threshold && ties-- > 0)) out[n++] = at(k);
  }
  return out;
}

/**
 * The index: every posting in compact typed arrays, for exact membership,
 * counts, phrases through word-pair postings, exclusions, and the champion
 * lists MiniSearch ranks (see rank.ts). Terms and pairs arrive a postings
 * file at a time in stored form (see bucket.ts) and are decoded the first
 * time a query asks for them.
 */
export class PostingIndex {
  private readonly terms = new Map<string, TermEntry>();

  private constructor(private readonly statistics: IndexStats) {}

  /** An empty index with these statistics, ready for {@link putRecord}. */
  static create(stats: IndexStats): PostingIndex {
    return new PostingIndex(stats);
  }

  /** Number of units (paragraphs). */
  get unitCount(): number {
    return this.statistics.documentCount;
  }

  stats(): IndexStats {
    return this.statistics;
  }

  /** Adds a term's undecoded record from a postings file (see bucket.ts); decoded on first use. */
  putRecord(term: string, record: Uint8Array): void {
    if (!this.terms.has(term)) this.terms.set(term, { record, postings: null, pairsAt: 0, pairs: null });
  }

  /** Whether a term's record is loaded. */
  hasTerm(term: string): boolean {
    return this.terms.has(term);
  }

  private decoded(term: string): TermEntry | undefined {
    const entry = this.terms.get(term);
    if (entry && !entry.postings) {
      const { postings, pairsAt } = decodeTerm(entry.record, this.unitCount);
      entry.postings = postings;
      entry.pairsAt = pairsAt;
    }
    return entry;
  }

  /** Postings of a term, or undefined when not loaded or not in the corpus (throws CacheCorruptError on a bad record). */
  postingsOf(term: string): TermPostings | undefined {
    return this.decoded(term)?.postings ?? undefined;
  }

  /**
   * Positions (into each field's ids) of the postings MiniSearch scores for a
   * term: all of them up to `count` (null), else the `count` best, CHAMPIONS
   * or MINOR_CHAMPIONS (read from the cache, or found once and kept).
   */
  championsOf(term: string, count: typeof CHAMPIONS | typeof MINOR_CHAMPIONS = CHAMPIONS): (Uint32Array | null)[] | undefined {
    const postings = this.postingsOf(term);
    return postings?.map((field, fieldId) => {
      if (!field || field.ids.length <= count) return null;
      if (field.ids.length > CHAMPIONS) field.champions ??= championPositions(field, fieldId, this.statistics);
      if (count === CHAMPIONS) return field.champions!;
      field.minorChampions ??= championPositions(field, fieldId, this.statistics, count, field.champions);
      return field.minorChampions;
    });
  }

  private pairsOf(a: string): { entry: TermEntry; pairs: Map<string, number> } | undefined {
    const entry = this.decoded(a);
    if (!entry) return undefined;
    entry.pairs ??= pairOffsets(entry.record, entry.pairsAt);
    return { entry, pairs: entry.pairs };
  }

  /** Units where `a` is directly followed by `b` (`a` must be loaded). */
  pairOf(a: string, b: string): Uint32Array | undefined {
    const found = this.pairsOf(a);
    const at = found?.pairs.get(b);
    return at === undefined ? undefined : decodePair(found!.entry.record, at, this.unitCount);
  }

  /** Every word that directly follows `a` somewhere (`a` must be loaded), as {@link pairOf} takes it. */
  followers(a: string): Iterable<string> {
    return this.pairsOf(a)?.pairs.keys() ?? [];
  }
}

/** A term as loaded: its record, decoded into postings and pair offsets on first use. */
interface TermEntry {
  record: Uint8Array;
  postings: TermPostings | null;
  pairsAt: number;
  pairs: Map<string, number> | null;
}

/** Whether a unit holds a term in any field, or in field `only` (binary search in the postings). */
export function unitHasTerm(postings: TermPostings | undefined, unit: number, only?: number): boolean {
  if (!postings) return false;
  for (const [f, field] of postings.entries()) {
    if (!field || (only !== undefined && f !== only)) continue;
    const ids = field.ids;
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ids[mid]! < unit) lo = mid + 1;
      else hi = mid;
    }
    if (lo < ids.length && ids[lo] === unit) return true;
  }
  return false;
}
