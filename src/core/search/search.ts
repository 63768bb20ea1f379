import type { Query } from 'minisearch';
import { resolveDocument } from '../corpus/resolve-id.js';
import { CorpusError, type Corpus } from '../corpus/types.js';
import { locateUnit, type SearchIndex } from './build.js';
import { fuzzyDistanceFor, type Expansion } from './dictionary.js';
import { parseQuery, type Alternative, type ParsedQuery, type QueryFilters } from './query.js';
import { containsPhrase, makeSnippet, matchRanges } from './snippet.js';
import { tokenize, type Token } from './tokenize.js';
import type { DocumentHits, Notice, SearchHit, SearchOptions, SearchResponse } from './types.js';

export const DEFAULT_LIMIT = 20;

/** Which units (paragraphs) the filters let through, or null for all; or why none can. */
type Allowed = { units: Uint8Array | null } | { notice: Notice };

function primaryTag(lang: string): string {
  return lang.toLowerCase().split('-')[0]!;
}

function resolveFilters(index: SearchIndex, corpus: Corpus, filters: QueryFilters, options: SearchOptions, warnings: string[]): Allowed {
  const docs = corpus.documents;
  let docOk = docs.map(() => true);
  if (filters.doc.length > 0) {
    const wanted = new Set<string>();
    for (const v of filters.doc) {
      try {
        wanted.add(resolveDocument(corpus, v).id);
      } catch (err) {
        if (err instanceof CorpusError) return { notice: { level: 'error', message: `doc:${v}: ${err.message}` } };
        throw err;
      }
    }
    docOk = docOk.map((ok, i) => ok && wanted.has(docs[i]!.id));
  }
  if (filters.lang.length > 0) {
    const langs = filters.lang.map(primaryTag);
    docOk = docOk.map((ok, i) => ok && langs.includes(primaryTag(docs[i]!.lang)));
  }
  if (filters.source.length > 0) {
    const sources = filters.source.map((s) => s.toLowerCase());
    docOk = docOk.map((ok, i) => ok && sources.some((s) => (docs[i]!.source ?? '').toLowerCase().includes(s)));
  }
  let entityUnits: Set<number> | null = null;
  if (filters.entity.length > 0) {
    if (!options.resolveEntity) {
      warnings.push('entity: filters need the entities engine, which is not loaded here; ignored');
    } else {
      const docIndex = new Map(docs.map((d, i) => [d.id, i]));
      entityUnits = new Set();
      for (const name of filters.entity) {
        for (const key of options.resolveEntity(name)) {
          const hash = key.lastIndexOf('#');
          const d = docIndex.get(key.slice(0, hash));
          const p = Number(key.slice(hash + 1));
          if (d !== undefined && Number.isInteger(p) && p >= 0 && p < docs[d]!.paragraphs.length) entityUnits.add(index.docStarts[d]! + p);
        }
      }
      if (entityUnits.size === 0) return { notice: { level: 'warning', message: `no paragraph mentions entity ${filters.entity.map((e) => JSON.stringify(e)).join(' or ')}` } };
    }
  }
  if (!docOk.includes(false) && !entityUnits) return { units: null };
  if (!docOk.includes(true)) {
    const langs = [...new Set(docs.map((d) => d.lang))].join(', ') || 'none';
    return { notice: { level: 'warning', message: `no document passes the filters (languages in this corpus: ${langs})` } };
  }
  const total = docs.reduce((n, d) => n + d.paragraphs.length, 0);
  const units = new Uint8Array(total);
  docs.forEach((d, i) => {
    if (!docOk[i]) return;
    const start = index.docStarts[i]!;
    for (let p = 0; p < d.paragraphs.length; p++) if (!entityUnits || entityUnits.has(start + p)) units[start + p] = 1;
  });
  return { units };
}

/** How each alternative of the query expanded, once per search. */
interface Plan {
  expansions: Map<Alternative, Expansion[]>;
}

function plan(index: SearchIndex, parsed: ParsedQuery): Plan {
  const expansions = new Map<Alternative, Expansion[]>();
  for (const clause of parsed.clauses) {
    for (const alt of clause) {
      if (alt.kind === 'term') expansions.set(alt, index.dictionary.expand(alt.term, alt.prefix));
      else expansions.set(alt, alt.terms.map((t) => ({ term: t, weight: 1, exact: true })));
    }
  }
  for (const alt of parsed.excluded) {
    const terms = alt.kind === 'term' ? [alt.term] : alt.terms;
    expansions.set(alt, terms.map((t) => ({ term: t, weight: 1, exact: true })));
  }
  index.ensureTerms([...expansions.values()].flat().map((e) => e.term));
  return { expansions };
}

function altQuery(alt: Alternative, exps: Expansion[], index: SearchIndex): Query {
  if (alt.kind === 'phrase') {
    if (exps.some((e) => index.dictionary.frequency(e.term) === 0)) return { queries: [], combineWith: 'OR' };
    return { queries: exps.map((e) => e.term), combineWith: 'AND' };
  }
  const weights = new Map(exps.map((e) => [e.term, e.weight]));
  return { queries: exps.map((e) => e.term), combineWith: 'OR', boostTerm: (t: string) => weights.get(t) ?? 1 };
}

/** Lazily tokenized paragraph (and, for a first paragraph, title) of one unit. */
function unitTokens(corpus: Corpus, index: SearchIndex, unit: number): { text: string; tokens: Token[]; titleTokens: Token[] } {
  const { docIndex, paragraph } = locateUnit(index.docStarts, unit);
  const doc = corpus.documents[docIndex]!;
  const text = doc.paragraphs[paragraph]!.text;
  return { text, tokens: tokenize(text, doc.lang), titleTokens: paragraph === 0 ? tokenize(doc.title, doc.lang) : [] };
}

/** Paragraphs matching one alternative on its own (used for exclusions). */
function unitsMatching(index: SearchIndex, corpus: Corpus, alt: Alternative, exps: Expansion[]): Set<number> {
  const units = new Set<number>();
  for (const r of index.postings.search(altQuery(alt, exps, index))) {
    if (alt.kind === 'phrase') {
      const u = unitTokens(corpus, index, r.id as number);
      if (!containsPhrase(u.tokens, alt.terms) && !containsPhrase(u.titleTokens, alt.terms)) continue;
    }
    units.add(r.id as number);
  }
  return units;
}

interface Candidate {
  unit: number;
  score: number;
  matched: Set<string>;
  exact: boolean;
}

/** Applies what MiniSearch cannot: phrase adjacency, and whether each clause matched exactly. */
function checkClauses(corpus: Corpus, index: SearchIndex, parsed: ParsedQuery, p: Plan, unit: number, matched: Set<string>): { ok: boolean; exact: boolean } {
  let exact = true;
  let tokens: ReturnType<typeof unitTokens> | null = null;
  for (const clause of parsed.clauses) {
    let satisfied = false;
    let satisfiedExactly = false;
    for (const alt of clause) {
      const exps = p.expansions.get(alt)!;
      if (alt.kind === 'term') {
        const hit = exps.filter((e) => matched.has(e.term));
        if (hit.length > 0) satisfied = true;
        if (hit.some((e) => e.exact)) satisfiedExactly = true;
      } else if (alt.terms.every((t) => matched.has(t))) {
        tokens ??= unitTokens(corpus, index, unit);
        if (containsPhrase(tokens.tokens, alt.terms) || containsPhrase(tokens.titleTokens, alt.terms)) satisfied = satisfiedExactly = true;
      }
      if (satisfiedExactly) break;
    }
    if (!satisfied) return { ok: false, exact: false };
    if (!satisfiedExactly) exact = false;
  }
  return { ok: true, exact };
}

function suggest(index: SearchIndex, query: string, parsed: ParsedQuery): string[] {
  const out: string[] = [];
  for (const clause of parsed.clauses) {
    for (const alt of clause) {
      if (alt.kind !== 'term' || index.dictionary.frequency(alt.term) > 0) continue;
      const max = Math.max(1, fuzzyDistanceFor(alt.term) + 1);
      for (const n of index.dictionary.neighbours(alt.term, max, 3)) {
        const s = query.replace(alt.raw, n.term);
        if (s !== query && !out.includes(s)) out.push(s);
      }
    }
  }
  return out.slice(0, 3);
}

function toHit(corpus: Corpus, index: SearchIndex, c: Candidate, snippetChars: number | undefined): SearchHit {
  const { docIndex, paragraph } = locateUnit(index.docStarts, c.unit);
  const doc = corpus.documents[docIndex]!;
  const { text, tokens } = unitTokens(corpus, index, c.unit);
  const ranges = matchRanges(tokens, c.matched);
  const terms = [...new Set(ranges.map((r) => text.slice(r.start, r.end)))];
  return {
    doc: doc.id,
    title: doc.title,
    lang: doc.lang,
    paragraph,
    score: Math.round(c.score * 1000) / 1000,
    terms,
    ranges,
    snippet: makeSnippet(text, ranges, snippetChars).spans,
    exact: c.exact,
  };
}

function aggregate(corpus: Corpus, index: SearchIndex, candidates: readonly Candidate[]): DocumentHits[] {
  const byDoc = new Map<number, DocumentHits & { bestScore: number }>();
  for (const c of candidates) {
    const { docIndex, paragraph } = locateUnit(index.docStarts, c.unit);
    let entry = byDoc.get(docIndex);
    if (!entry) {
      const d = corpus.documents[docIndex]!;
      entry = { doc: d.id, title: d.title, lang: d.lang, hits: 0, score: 0, best: paragraph, bestScore: -1 };
      byDoc.set(docIndex, entry);
    }
    entry.hits++;
    entry.score += c.score;
    if (c.score > entry.bestScore) {
      entry.bestScore = c.score;
      entry.best = paragraph;
    }
  }
  return [...byDoc.values()]
    .sort((a, b) => b.score - a.score)
    .map(({ bestScore: _, ...rest }) => ({ ...rest, score: Math.round(rest.score * 1000) / 1000 }));
}

/**
 * Runs one query against an index: parses it, expands each word (exact,
 * bounded prefix completions for the word being typed, bounded fuzzy
 * neighbours), lets MiniSearch score the paragraphs, then checks phrases and
 * exclusions, ranks exact matches above prefix/fuzzy ones, and builds
 * snippets for the first `limit` hits only. Never throws on any query text.
 */
export function runSearch(index: SearchIndex, corpus: Corpus, query: string, options: SearchOptions = {}): SearchResponse {
  const parsed = parseQuery(query);
  const warnings = [...parsed.warnings];
  const empty = (notice?: Notice): SearchResponse => ({ query, total: 0, hits: [], byDocument: [], suggestions: [], ...(notice ? { notice } : {}) });
  const allowed = resolveFilters(index, corpus, parsed.filters, options, warnings);
  if ('notice' in allowed) return empty(allowed.notice);
  const units = allowed.units;
  const hasFilters = Object.values(parsed.filters).some((v) => v.length > 0);
  const warning = (): Notice | undefined => (warnings.length > 0 ? { level: 'warning', message: warnings.join('; ') } : undefined);
  if (parsed.clauses.length === 0 && !hasFilters) return empty(warning());

  const p = plan(index, parsed);
  const excluded = new Set<number>();
  for (const alt of parsed.excluded) for (const u of unitsMatching(index, corpus, alt, p.expansions.get(alt)!)) excluded.add(u);

  let candidates: Candidate[] = [];
  if (parsed.clauses.length === 0) {
    const total = index.postings.documentCount;
    for (let u = 0; u < total; u++) if ((!units || units[u]) && !excluded.has(u)) candidates.push({ unit: u, score: 0, matched: new Set(), exact: true });
  } else {
    const root: Query = {
      combineWith: 'AND',
      queries: parsed.clauses.map((clause) => ({ combineWith: 'OR', queries: clause.map((alt) => altQuery(alt, p.expansions.get(alt)!, index)) })),
    };
    const boostDocument = units ? (id: number) => units[id]! : undefined;
    const exact: Candidate[] = [];
    const inexact: Candidate[] = [];
    for (const r of index.postings.search(root, boostDocument ? { boostDocument } : {})) {
      const unit = r.id as number;
      if (excluded.has(unit)) continue;
      const matched = new Set(r.terms);
      const check = checkClauses(corpus, index, parsed, p, unit, matched);
      if (!check.ok) continue;
      (check.exact ? exact : inexact).push({ unit, score: r.score, matched, exact: check.exact });
    }
    candidates = exact.concat(inexact);
  }
  const limit = options.limit ?? DEFAULT_LIMIT;
  const hits = candidates.slice(0, limit).map((c) => toHit(corpus, index, c, options.snippetChars));
  const suggestions = candidates.length === 0 ? suggest(index, query, parsed) : [];
  const notice = warning();
  return { query, total: candidates.length, hits, byDocument: aggregate(corpus, index, candidates), suggestions, ...(notice ? { notice } : {}) };
}
