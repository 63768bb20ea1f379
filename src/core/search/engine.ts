import type { Corpus } from '../corpus/types.js';
import { buildIndex, buildIndexNow, type ProgressFn, type SearchIndex } from './build.js';
import { CacheCorruptError, cacheRoot, corpusKey, dirPrefix, discard, discardCachedIndex, indexDir, openCachedIndex, saveIndex } from './cache.js';
import { runSearch } from './search.js';
import { readSnapshot, stampedKey, writeStamp } from './snapshot.js';
import type { EntityResolver, SearchOptions, SearchResponse } from './types.js';

/** How to get an index for a corpus. */
export interface SearchEngineOptions {
  /** Read and write the on-disk cache (default true; `--no-cache` sets false). */
  cache?: boolean;
  /** Cache directory (default `$XDG_CACHE_HOME/parallax` or `~/.cache/parallax`). */
  cacheRoot?: string;
  /** Called while building an index (paragraphs done, total). */
  onProgress?: ProgressFn;
  /** Default resolver for `entity:NAME` filters; a search call may pass its own. */
  resolveEntity?: EntityResolver;
  /**
   * The file-size cap the corpus was loaded with. When given, the engine
   * stamps the corpus files so that the next one-shot run can use
   * {@link openStampedSearch} instead of loading the corpus.
   */
  maxFileBytes?: number;
}

/** A ready search engine over one corpus; `search` is synchronous and cheap enough to call per keystroke. */
export interface SearchEngine {
  search(query: string, options?: SearchOptions): SearchResponse;
  /** Where the index came from. */
  readonly origin: 'cache' | 'built';
  /** Why the index could not be cached, when it could not. */
  readonly cacheProblem: string | null;
  /**
   * Reads, in the background, the postings that queries would otherwise read
   * on first use, so that no later keystroke pays for it (a long-lived
   * explorer calls it once the screen is up; a one-shot query does not).
   */
  preload(): Promise<void>;
}

function engineFor(corpus: Corpus, first: SearchIndex, origin0: SearchEngine['origin'], cacheProblem0: string | null, key: string, root: string, options: SearchEngineOptions): SearchEngine {
  let current = first;
  let origin = origin0;
  let cacheProblem = cacheProblem0;
  return {
    get origin() {
      return origin;
    },
    get cacheProblem() {
      return cacheProblem;
    },
    preload() {
      return current.preload();
    },
    search(query, searchOptions = {}) {
      const opts = options.resolveEntity && !searchOptions.resolveEntity ? { ...searchOptions, resolveEntity: options.resolveEntity } : searchOptions;
      try {
        return runSearch(current, corpus, query, opts);
      } catch (err) {
        if (!(err instanceof CacheCorruptError)) throw err;
        discardCachedIndex(corpus, root, key);
        const rebuilt = buildIndexNow(corpus);
        current = rebuilt;
        origin = 'built';
        cacheProblem = saveIndex(rebuilt.files, corpus, root, key);
        return runSearch(current, corpus, query, opts);
      }
    },
  };
}

/**
 * Opens the cached index for this corpus (reading postings only as queries
 * need them) or builds one (yielding between chunks, reporting progress) and
 * caches it. A cache found corrupt, even in the middle of a search, is
 * discarded and the index rebuilt: a bad cache file never surfaces as an error.
 */
export async function createSearchEngine(corpus: Corpus, options: SearchEngineOptions = {}): Promise<SearchEngine> {
  const useCache = options.cache !== false;
  const root = options.cacheRoot ?? cacheRoot();
  const key = corpusKey(corpus);
  let index: SearchIndex | null = useCache ? openCachedIndex(corpus, root, key) : null;
  const origin: SearchEngine['origin'] = index ? 'cache' : 'built';
  let cacheProblem: string | null = null;
  if (!index) {
    const built = await buildIndex(corpus, options.onProgress);
    index = built;
    if (useCache) cacheProblem = saveIndex(built.files, corpus, root, key);
    // Once on disk, postings are read from there as queries need them, and the built files can go.
    if (useCache && !cacheProblem) index = openCachedIndex(corpus, root, key) ?? built;
  }
  if (useCache && !cacheProblem && options.maxFileBytes !== undefined) writeStamp(corpus, key, options.maxFileBytes, root, dirPrefix(corpus.dir));
  return engineFor(corpus, index, origin, cacheProblem, key, root, options);
}

/**
 * The fast path of a one-shot query: when no file of the corpus directory
 * changed since the last run stamped it, opens the cached index and the
 * corpus snapshot beside it without reading the corpus files (document texts
 * are read only for the hits shown). Null when that is not possible; then
 * load the corpus and use {@link createSearchEngine}.
 */
export function openStampedSearch(corpusDir: string, maxFileBytes: number, options: SearchEngineOptions = {}): { corpus: Corpus; engine: SearchEngine } | null {
  const root = options.cacheRoot ?? cacheRoot();
  const prefix = dirPrefix(corpusDir);
  const key = stampedKey(corpusDir, maxFileBytes, root, prefix);
  if (!key) return null;
  const dir = indexDir(corpusDir, root, key);
  const corpus = readSnapshot(corpusDir, dir);
  if (!corpus) {
    // A damaged snapshot: drop the whole index so the next run rebuilds it.
    discard(dir);
    return null;
  }
  const index = openCachedIndex(corpus, root, key);
  if (!index) return null;
  return { corpus, engine: engineFor(corpus, index, 'cache', null, key, root, options) };
}
