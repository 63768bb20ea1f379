import type { DocStarts, SearchIndex } from './build.js';
import { bucketOf, CacheCorruptError, parseBucket } from './bucket.js';
import { TermDictionary, type DictionaryData } from './dictionary.js';
import { PostingIndex, type IndexStats } from './postings.js';

/** Where the postings files of an index come from: the cache directory, or memory right after a build. */
export interface BucketSource {
  /** The postings files that exist. */
  readonly buckets: readonly number[];
  /** A postings file's bytes; throws CacheCorruptError when it cannot be read. */
  read(bucket: number): Uint8Array;
  /** The same, without blocking. */
  readAsync(bucket: number): Promise<Uint8Array>;
}

/** What an index is besides its postings files. */
export interface IndexHeader {
  stats: IndexStats;
  dictionary: DictionaryData;
  docStarts: DocStarts;
}

/**
 * An index whose postings files are split into term records on first use (a
 * query reads the few files its words live in) and whose terms and word
 * pairs are decoded only when a query asks for them. A term the vocabulary
 * holds but the postings do not is a damaged cache (CacheCorruptError).
 */
export function openIndex(header: IndexHeader, source: BucketSource): SearchIndex {
  const postings = PostingIndex.create(header.stats);
  const dictionary = new TermDictionary(header.dictionary);
  const present = new Set(source.buckets);
  const parsed = new Set<number>();
  const take = (b: number, bytes: Uint8Array) => {
    parseBucket(bytes, (term, record) => postings.putRecord(term, record));
    parsed.add(b);
  };
  const ensureTerms = (terms: Iterable<string>) => {
    for (const term of terms) {
      const b = bucketOf(term);
      if (!parsed.has(b) && present.has(b)) take(b, source.read(b));
      if (!postings.hasTerm(term) && dictionary.frequency(term) > 0) throw new CacheCorruptError(`postings of a known term are missing`);
    }
  };
  // Reads the postings files not read yet, one at a time between other work; a bad one is left for ensureTerms to report.
  const preload = async () => {
    for (const b of present) {
      if (parsed.has(b)) continue;
      try {
        const bytes = await source.readAsync(b);
        if (!parsed.has(b)) take(b, bytes);
      } catch {
        continue;
      }
    }
  };
  return { postings, dictionary, docStarts: header.docStarts, ensureTerms, preload };
}
