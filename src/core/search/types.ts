import type { MarkRange, StyledSpan } from '../text/spans.js';

/** One matching paragraph, ready to show. */
export interface SearchHit {
  /** Document id. */
  doc: string;
  title: string;
  lang: string;
  /** 0-based index into the document's paragraphs. */
  paragraph: number;
  score: number;
  /** Corpus words that matched, as written in the paragraph (surface forms, deduplicated). */
  terms: string[];
  /** Matched ranges in the paragraph's text. */
  ranges: MarkRange[];
  /** KWIC window of the paragraph with matches marked 'match'. */
  snippet: StyledSpan[];
  /** True when every clause matched by an exact word or phrase (not only prefix or fuzzy). */
  exact: boolean;
}

/** Hits aggregated per document, for ranking views. */
export interface DocumentHits {
  doc: string;
  title: string;
  lang: string;
  /** Matching paragraphs in this document. */
  hits: number;
  /** Sum of the paragraph scores. */
  score: number;
  /** Best-scoring paragraph. */
  best: number;
}

/** A one-line explanation: a repaired query (warning) or one that cannot run (error). */
export interface Notice {
  level: 'warning' | 'error';
  message: string;
}

/** Everything one query returns. */
export interface SearchResponse {
  query: string;
  /** Matching paragraphs in all (hits holds the first `limit`). */
  total: number;
  hits: SearchHit[];
  /** The documents with the highest summed scores, at most `documentLimit` of them, best first. */
  byDocument: DocumentHits[];
  /** How many documents have a matching paragraph (`byDocument` may hold fewer). */
  documentCount: number;
  /** "Did you mean" queries, when nothing matched. */
  suggestions: string[];
  notice?: Notice;
}

/** Resolves an entity name to the paragraphs that mention it, as "docId#paragraph" keys. */
export type EntityResolver = (name: string) => Set<string>;

/** Per-call options of a search. */
export interface SearchOptions {
  /** How many hits to return with snippets (default 20). */
  limit?: number;
  /** How many documents `byDocument` lists (default 20): ordering every matching document of a large corpus costs more than the rest of a broad query. */
  documentLimit?: number;
  /** Needed for `entity:NAME` filters; without one they are ignored with a warning. */
  resolveEntity?: EntityResolver;
  /** Snippet width in characters (default 160). */
  snippetChars?: number;
  /** The query is finished (a one-shot `--query`): its last word is a whole word, not a prefix still being typed. */
  finished?: boolean;
}
