import MiniSearch, { type Options } from 'minisearch';
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
const BM25 = { k: 1.2, b: 0.7 };

/** One field's postings of a term: unit ids ascending and the term's frequency in each. */
export interface FieldPostings {
  ids: Uint32Array;
  tfs: Uint16Array;
  /** Positions (into ids) of the champion postings, when known already (read from the cache). */
  champions?: Uint32Array;
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
 * MiniSearch options for our units: queries are trees of single, already
 * folded terms (see text/tokens/terms.ts) built by the engine.
 */
const MINISEARCH_OPTIONS: Options = {
  fields: [...FIELDS],
  tokenize: (text) => [text],
  processTerm: (term) => term,
  searchOptions: { tokenize: (text) => [text], processTerm: (term) => term, boost: { title: TITLE_BOOST }, bm25: { ...BM25, d: 0.5 } },
};

/**
 * Unit ids are 0…n-1 and are their own external ids: MiniSearch's id maps
 * become arithmetic instead of two hash maps of a hundred thousand entries.
 */
class IdentityIds extends Map<number, number> {
  constructor(private readonly count: number) {
    super();
  }
  override has(id: number): boolean {
    return Number.isInteger(id) && id >= 0 && id < this.count;
  }
  override get(id: number): number | undefined {
    return this.has(id) ? id : undefined;
  }
}

/** Field lengths read from one flat array instead of a map of small arrays. */
class FieldLengths extends Map<number, number[]> {
  constructor(private readonly flat: readonly number[]) {
    super();
  }
  override get(id: number): number[] | undefined {
    const base = FIELDS.length * id;
    return base + FIELDS.length <= this.flat.length ? this.flat.slice(base, base + FIELDS.length) : undefined;
  }
}

/** A champion list that still reports the term's full frequency, so BM25's idf stays exact. */
class ChampionMap extends Map<number, number> {
  constructor(
    entries: [number, number][],
    private readonly fullSize: number,
  ) {
    super(entries);
  }
  override get size(): number {
    return this.fullSize;
  }
}

/**
 * Positions of a field's champion postings, ascending: the CHAMPIONS
 * highest BM25 impacts (term frequency against paragraph length), found
 * with a native numeric sort of the impacts, no comparator.
 */
export function championPositions(field: FieldPostings, fieldId: number, stats: IndexStats): Uint32Array {
  const { ids, tfs } = field;
  if (ids.length <= CHAMPIONS) return Uint32Array.from(ids.keys());
  const avg = stats.averageFieldLength[fieldId] || 1;
  const lengths = stats.fieldLengths;
  const impact = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    const tf = tfs[i]!;
    const len = lengths[2 * ids[i]! + fieldId]!;
    impact[i] = (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * len) / avg));
  }
  const threshold = Float64Array.from(impact).sort()[ids.length - CHAMPIONS]!;
  let above = 0;
  for (let i = 0; i < ids.length; i++) if (impact[i]! > threshold) above++;
  let ties = CHAMPIONS - above;
  const out = new Uint32Array(CHAMPIONS);
  let n = 0;
  for (let i = 0; i < ids.length; i++) {
    if (impact[i]! > threshold || (impact[i] === threshold && ties-- > 0)) out[n++] = i;
  }
  return out;
}

/**
 * The index: every posting in compact typed arrays (for exact membership,
 * counts, phrases through word-pair postings, and exclusions), and a
 * MiniSearch holding each term's champion postings, which ranks. Terms and
 * pairs arrive a postings file at a time in stored form (see bucket.ts) and
 * are decoded the first time a query asks for them.
 */
export class PostingIndex extends MiniSearch {
  private readonly terms = new Map<string, TermEntry>();
  private readonly statistics: IndexStats;

  private constructor(stats: IndexStats) {
    super(MINISEARCH_OPTIONS);
    this._documentCount = stats.documentCount;
    this._nextId = stats.documentCount;
    this._avgFieldLength = stats.averageFieldLength;
    this._fieldIds = Object.fromEntries(FIELDS.map((f, i) => [f, i]));
    this.statistics = stats;
    this._documentIds = new IdentityIds(stats.documentCount);
    this._fieldLength = new FieldLengths(stats.fieldLengths);
  }

  /** An empty index with these statistics, ready for {@link putRecord}. */
  static create(stats: IndexStats): PostingIndex {
    return new PostingIndex(stats);
  }

  /** Number of units (paragraphs). */
  get unitCount(): number {
    return this._documentCount;
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
      const { postings, pairsAt } = decodeTerm(entry.record, this._documentCount);
      entry.postings = postings;
      entry.pairsAt = pairsAt;
    }
    return entry;
  }

  /** Puts the champion postings of these terms into the ranking index (once per term, when first searched). */
  prepare(terms: Iterable<string>): void {
    for (const term of terms) {
      const postings = this.postingsOf(term);
      if (!postings || this._index.has(term)) continue;
      const data = new Map<number, Map<number, number>>();
      postings.forEach((field, fieldId) => {
        if (field) data.set(fieldId, this.champions(field, fieldId));
      });
      this._index.set(term, data);
    }
  }

  private champions(field: FieldPostings, fieldId: number): Map<number, number> {
    const { ids, tfs } = field;
    if (ids.length <= CHAMPIONS) return new Map(Array.from(ids, (id, i) => [id, tfs[i]!]));
    const positions = field.champions ?? championPositions(field, fieldId, this.statistics);
    return new ChampionMap(
      Array.from(positions, (i) => [ids[i]!, tfs[i]!]),
      ids.length,
    );
  }

  /** Postings of a term, or undefined when not loaded or not in the corpus (throws CacheCorruptError on a bad record). */
  postingsOf(term: string): TermPostings | undefined {
    return this.decoded(term)?.postings ?? undefined;
  }

  /** Units where `a` is directly followed by `b` (`a` must be loaded). */
  pairOf(a: string, b: string): Uint32Array | undefined {
    const entry = this.decoded(a);
    if (!entry) return undefined;
    entry.pairs ??= pairOffsets(entry.record, entry.pairsAt);
    const at = entry.pairs.get(b);
    return at === undefined ? undefined : decodePair(entry.record, at, this._documentCount);
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
