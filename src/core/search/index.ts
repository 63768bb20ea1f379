/** The search engine's public surface: what the CLI and the explorer import. */
export { createSearchEngine, openStampedSearch, type SearchEngine, type SearchEngineOptions } from './engine.js';
export { parseQuery, type ParsedQuery, type Alternative, type QueryFilters } from './query.js';
export { cacheRoot } from './cache.js';
export type { SearchHit, SearchResponse, DocumentHits, Notice, EntityResolver, SearchOptions } from './types.js';
