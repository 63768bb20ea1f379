import type { Corpus } from '../corpus/types.js';
import { buildIndex, buildIndexNow, type ProgressFn, type SearchIndex } from './build.js';
import { CacheCorruptError, cacheRoot, discardCachedIndex, openCachedIndex, saveIndex } from './cache.js';
import { runSearch } from './search.js';
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
}

/** A ready search engine over one corpus; `search` is synchronous and cheap enough to call per keystroke. */
export interface SearchEngine {
  search(query: string, options?: SearchOptions): SearchResponse;
  /** Where the index came from. */
  readonly origin: 'cache' | 'built';
  /** Why the index could not be cached, when it could not. */
  readonly cacheProblem: string | null;
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
  let index: SearchIndex | null = useCache ? openCachedIndex(corpus, root) : null;
  let origin: SearchEngine['origin'] = index ? 'cache' : 'built';
  let cacheProblem: string | null = null;
  if (!index) {
    index = await buildIndex(corpus, options.onProgress);
    if (useCache) cacheProblem = saveIndex(index, corpus, root);
  }
  let current = index;
  return {
    get origin() {
      return origin;
    },
    get cacheProblem() {
      return cacheProblem;
    },
    search(query, searchOptions = {}) {
      const opts = options.resolveEntity && !searchOptions.resolveEntity ? { ...searchOptions, resolveEntity: options.resolveEntity } : searchOptions;
      try {
        return runSearch(current, corpus, query, opts);
      } catch (err) {
        if (!(err instanceof CacheCorruptError)) throw err;
        discardCachedIndex(corpus, root);
        current = buildIndexNow(corpus);
        origin = 'built';
        cacheProblem = saveIndex(current, corpus, root);
        return runSearch(current, corpus, query, opts);
      }
    },
  };
}
