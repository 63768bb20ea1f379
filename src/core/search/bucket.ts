import { CHAMPIONS, championPositions, FIELDS, type FieldPostings, type IndexStats, type TermPostings } from './postings.js';
import { FNV_OFFSET, FNV_PRIME } from '../text/hash.js';
import { ByteReader, ByteWriter } from './varint.js';

/**
 * Postings files ("buckets"): every term's postings and the word pairs it
 * starts, grouped by the first two characters of the term, so a word, its
 * completions and its pairs share a file. The same bytes are what the cache
 * holds on disk and what a freshly built index holds in memory; a term is
 * decoded only when a query first needs it.
 *
 * Layout: the magic "PXB1", then terms until the end, each as
 * `nameLength name recordLength record`, where record is, per field,
 * `count ids… tfs… [champions…]` (champion positions only when count >
 * CHAMPIONS), then `pairCount` and per pair `nameLength secondWord count
 * ids…`. Every number is a varint; ids and champion positions are
 * delta-encoded.
 */

/** Number of postings files. */
export const BUCKETS = 256;
const MAGIC = Uint8Array.of(0x50, 0x58, 0x42, 0x31);
const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** The stored postings are unusable (truncated, garbage, or for other content): rebuild. */
export class CacheCorruptError extends Error {
  override name = 'CacheCorruptError';
}

/** Which postings file holds a term (a word pair goes with its first word). */
export function bucketOf(term: string): number {
  let h = FNV_OFFSET;
  let n = 0;
  for (const ch of term) {
    if (ch === ' ') break;
    h = Math.imul(h ^ ch.codePointAt(0)!, FNV_PRIME);
    if (++n === 2) break;
  }
  return (h >>> 0) % BUCKETS;
}

/** Writes one postings file, a term at a time. */
export class BucketWriter {
  private readonly out = new ByteWriter();
  private readonly record = new ByteWriter();

  constructor(private readonly stats: IndexStats) {
    this.out.raw(MAGIC);
  }

  /** Adds a term, its postings per field, and the word pairs it starts (second word, units ascending). */
  addTerm(term: string, fields: readonly (FieldPostings | null)[], pairs: Iterable<[string, Uint32Array]>): void {
    const r = this.record;
    r.reset();
    fields.forEach((f, fieldId) => {
      r.uint(f?.ids.length ?? 0);
      if (!f) return;
      r.uints(f.ids, true);
      r.uints(f.tfs, false);
      if (f.ids.length > CHAMPIONS) r.uints(championPositions(f, fieldId, this.stats), true);
    });
    const pairList = [...pairs];
    r.uint(pairList.length);
    for (const [second, ids] of pairList) {
      writeName(r, second);
      r.uint(ids.length);
      r.uints(ids, true);
    }
    writeName(this.out, term);
    this.out.uint(r.length);
    this.out.raw(r.view());
  }

  /** The file's bytes. */
  finish(): Uint8Array {
    return this.out.take();
  }
}

function writeName(w: ByteWriter, name: string): void {
  const bytes = encoder.encode(name);
  w.uint(bytes.length);
  w.raw(bytes);
}

function readName(r: ByteReader): string {
  return utf8.decode(r.raw(r.uint()));
}

function corrupt(what: string, err: unknown): CacheCorruptError {
  return new CacheCorruptError(`${what}: ${(err as Error).message}`);
}

/** Splits a postings file into its terms' undecoded records. */
export function parseBucket(bytes: Uint8Array, put: (term: string, record: Uint8Array) => void): void {
  try {
    if (bytes.length < MAGIC.length || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('not a postings file');
    const r = new ByteReader(bytes, MAGIC.length);
    while (!r.done) {
      const term = readName(r);
      put(term, r.raw(r.uint()));
    }
  } catch (err) {
    throw corrupt('postings file', err);
  }
}

/** A term's record decoded: its postings per field, and where its word pairs start in the record. */
export function decodeTerm(record: Uint8Array, unitCount: number): { postings: TermPostings; pairsAt: number } {
  try {
    const r = new ByteReader(record);
    const postings = FIELDS.map((): FieldPostings | null => {
      const count = r.uint();
      if (count === 0) return null;
      const ids = r.uints(count, true);
      if (ids[count - 1]! >= unitCount) throw new Error('unit id out of range');
      const tfs = Uint16Array.from(r.uints(count, false));
      if (count <= CHAMPIONS) return { ids, tfs };
      const champions = r.uints(CHAMPIONS, true);
      if (champions[CHAMPIONS - 1]! >= count) throw new Error('bad champion list');
      return { ids, tfs, champions };
    });
    return { postings, pairsAt: r.at };
  } catch (err) {
    throw corrupt('postings', err);
  }
}

/** Where each word pair of a term's record starts: second word → offset of its units. */
export function pairOffsets(record: Uint8Array, pairsAt: number): Map<string, number> {
  try {
    const r = new ByteReader(record, pairsAt);
    const out = new Map<string, number>();
    for (let n = r.uint(); n > 0; n--) {
      const second = readName(r);
      out.set(second, r.at);
      r.skip(r.uint());
    }
    if (!r.done) throw new Error('trailing bytes');
    return out;
  } catch (err) {
    throw corrupt('word pairs', err);
  }
}

/** The units of the word pair at `at` in a record. */
export function decodePair(record: Uint8Array, at: number, unitCount: number): Uint32Array {
  try {
    const r = new ByteReader(record, at);
    const ids = r.uints(r.uint(), true);
    if (ids.length > 0 && ids[ids.length - 1]! >= unitCount) throw new Error('unit id out of range');
    return ids;
  } catch (err) {
    throw corrupt('word pair', err);
  }
}
