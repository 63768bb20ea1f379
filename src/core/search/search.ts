import { resolveDocument } from '../corpus/resolve-id.js';
import { CorpusError, type Corpus } from '../corpus/types.js';
import { locateUnit, type SearchIndex } from './build.js';
import { fuzzyDistanceFor, type Expansion } from './dictionary.js';
import { FIELDS, unitHasTerm } from './postings.js';
import { rankUnits } from './rank.js';
import { containsLiteral, literalForm, parseQuery, type Alternative, type ParsedQuery, type PhraseQuery, type QueryFilters } from './query.js';
import { containsPhrase, makeSnippet, matchRanges } from './snippet.js';
import { hasSpacelessScript } from '../text/tokens/scripts.js';
import { termTokens } from '../text/tokens/terms.js';
import type { DocumentHits, Notice, SearchHit, SearchOptions, SearchResponse } from './types.js';
import { primaryLanguage } from '../text/language-tag.js';

const DEFAULT_LIMIT = 20;
const DEFAULT_DOCUMENT_LIMIT = 20;

/** A set of units (paragraphs) as a byte per unit: set operations in one pass, no allocation per member. */
type UnitSet = Uint8Array;

/** The units the filters let through, or a notice saying why none can. */
function resolveFilters(index: SearchIndex, corpus: Corpus, filters: QueryFilters, options: SearchOptions, warnings: string[]): { units: UnitSet } | { notice: Notice } {
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
    const langs = filters.lang.map(primaryLanguage);
    docOk = docOk.map((ok, i) => ok && langs.includes(primaryLanguage(docs[i]!.lang)));
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
  if (!docOk.includes(true)) {
    const langs = [...new Set(docs.map((d) => d.lang))].join(', ') || 'none';
    return { notice: { level: 'warning', message: `no document passes the filters (languages in this corpus: ${langs})` } };
  }
  const units = new Uint8Array(index.postings.unitCount);
  if (!entityUnits && !docOk.includes(false)) return { units: units.fill(1) };
  for (let i = 0; i < docs.length; i++) {
    if (!docOk[i]) continue;
    const start = index.docStarts[i]!;
    const end = index.docStarts[i + 1] ?? units.length;
    if (!entityUnits) units.fill(1, start, end);
    else for (let u = start; u < end; u++) if (entityUnits.has(u)) units[u] = 1;
  }
  return { units };
}

/** Expands every alternative once (exact, bounded prefix, bounded fuzzy) and loads the postings needed. */
function plan(index: SearchIndex, parsed: ParsedQuery): Map<Alternative, Expansion[]> {
  const expansions = new Map<Alternative, Expansion[]>();
  const exact = (terms: string[]) => terms.map((t) => ({ term: t, weight: 1, exact: true }));
  for (const alt of parsed.clauses.flat()) {
    const words = alt.kind === 'phrase' ? exact(alt.terms) : alt.literal !== undefined ? exact([alt.term]) : index.dictionary.expand(alt.term, alt.prefix);
    const whole = alt.kind === 'phrase' ? alt.terms.join('') : alt.term;
    expansions.set(alt, [...words, ...index.dictionary.holding(whole), ...straddling(index, whole)]);
  }
  for (const alt of parsed.excluded) expansions.set(alt, exact(alt.kind === 'term' ? [alt.term] : alt.terms));
  const terms = [...expansions.values()].flat().map((e) => e.term);
  index.ensureTerms(terms);
  return expansions;
}

/** At most this many corpus words ending with the start of a word are tried as the first of a pair it stands across. */
const STRADDLE_FIRSTS = 32;
/** A word found across two corpus words may be a chance sequence of letters (`索引` in `搜索|引擎`): it ranks with prefix matches. */
const STRADDLE_WEIGHT = 0.5;

/**
 * A word of a script written without spaces, as the pairs of corpus words
 * it stands across where the segmenter cut it otherwise (`更深` in
 * `更|深入`): the first word ends with the word's start, the one after it
 * begins with the rest. Each pair is an expansion of its first word with the
 * second in `straddles`, then the second alone, so both are highlighted;
 * the paragraphs themselves are confirmed by their text.
 */
function straddling(index: SearchIndex, word: string): Expansion[] {
  if (!hasSpacelessScript(word)) return [];
  const chars = Array.from(word);
  const out: Expansion[] = [];
  for (let k = 1; k < chars.length; k++) {
    const head = chars.slice(0, k).join('');
    const tail = chars.slice(k).join('');
    const firsts = index.dictionary.endingWith(head, STRADDLE_FIRSTS);
    index.ensureTerms(firsts);
    for (const a of firsts) {
      for (const b of index.postings.followers(a)) {
        if (b.startsWith(tail)) out.push({ term: a, weight: STRADDLE_WEIGHT, exact: false, straddles: b }, { term: b, weight: STRADDLE_WEIGHT, exact: false, straddled: true });
      }
    }
  }
  return out;
}

/** Marks the units where `a` is followed by `b` and the text holds `word` across them. */
function markStraddle(index: SearchIndex, corpus: Corpus, a: string, b: string, word: string, into: UnitSet): void {
  const literal = literalForm(word);
  for (const id of index.postings.pairOf(a, b) ?? []) if (!into[id] && containsLiteral(unitText(corpus, index, id).text, literal)) into[id] = 1;
}

/**
 * Marks every unit holding the phrase: word-pair postings intersected (the
 * joined pairs for one word of several parts), longer phrases then checked
 * word by word.
 */
function markPhrase(index: SearchIndex, corpus: Corpus, phrase: PhraseQuery, into: UnitSet): void {
  const { postings } = index;
  const { terms, joiners } = phrase;
  if (terms.length === 1) {
    markTerm(index, terms[0]!, into);
    return;
  }
  const lists: Uint32Array[] = [];
  for (let i = 0; i + 1 < terms.length; i++) {
    const ids = postings.pairOf(terms[i]!, (joiners?.[i] ?? '') + terms[i + 1]!);
    if (!ids) return;
    lists.push(ids);
  }
  lists.sort((a, b) => a.length - b.length);
  const count = new Uint8Array(postings.unitCount);
  for (const ids of lists) for (const id of ids) count[id]!++;
  for (const id of lists[0]!) {
    if (count[id] !== lists.length) continue;
    if (lists.length > 1) {
      const { text, title, lang } = unitText(corpus, index, id);
      if (!containsPhrase(termTokens(text, lang), terms) && !containsPhrase(termTokens(title, lang), terms)) continue;
    }
    into[id] = 1;
  }
}

function markTerm(index: SearchIndex, term: string, into: UnitSet): void {
  for (const field of index.postings.postingsOf(term) ?? []) if (field) for (const id of field.ids) into[id] = 1;
}

function altSet(index: SearchIndex, corpus: Corpus, alt: Alternative, exps: Expansion[], into: UnitSet): void {
  const target = alt.literal === undefined ? into : new Uint8Array(into.length);
  if (alt.kind === 'phrase') markPhrase(index, corpus, alt, target);
  for (const e of exps) {
    if (e.straddles) markStraddle(index, corpus, e.term, e.straddles, alt.kind === 'phrase' ? alt.terms.join('') : alt.term, target);
    else if (!e.straddled && (alt.kind === 'term' || e.holds)) markTerm(index, e.term, target);
  }
  if (alt.literal === undefined) return;
  for (let u = 0; u < target.length; u++) if (target[u] && containsLiteral(unitText(corpus, index, u).text, alt.literal)) into[u] = 1;
}

/** A unit's paragraph text (and, for a first paragraph, its document's title). */
function unitText(corpus: Corpus, index: SearchIndex, unit: number): { text: string; title: string; lang: string } {
  const { docIndex, paragraph } = locateUnit(index.docStarts, unit);
  const doc = corpus.documents[docIndex]!;
  return { text: doc.paragraphs[paragraph]!.text, title: paragraph === 0 ? doc.title : '', lang: doc.lang };
}

/** True when every clause matched by an exact word or a phrase, not only by prefix or fuzzy expansion. */
function isExact(index: SearchIndex, parsed: ParsedQuery, expansions: Map<Alternative, Expansion[]>, unit: number): boolean {
  return parsed.clauses.every((clause) => clause.some((alt) => alt.kind === 'phrase' || expansions.get(alt)!.some((e) => e.exact && unitHasTerm(index.postings.postingsOf(e.term), unit))));
}

function suggest(index: SearchIndex, query: string, parsed: ParsedQuery): string[] {
  const out: string[] = [];
  for (const alt of parsed.clauses.flat()) {
    if (alt.kind !== 'term' || index.dictionary.frequency(alt.term) > 0) continue;
    const max = Math.max(1, fuzzyDistanceFor(alt.term) + 1);
    for (const n of index.dictionary.neighbours(alt.term, max, 3)) {
      const s = query.replace(alt.raw, n.term);
      if (s !== query && !out.includes(s)) out.push(s);
    }
  }
  return out.slice(0, 3);
}

interface Candidate {
  unit: number;
  score: number;
  exact: boolean;
  /** Every clause matched in the paragraph's own text, not only in the title indexed with a first paragraph. */
  inText: boolean;
}

const TEXT_FIELD = FIELDS.indexOf('text');

/**
 * True when every clause matches in the unit's text: a hit the title alone
 * brought in shows no matched word in its paragraph. Only a document's first
 * paragraph is indexed with its title, so any other matches in its text.
 */
function matchesText(index: SearchIndex, corpus: Corpus, parsed: ParsedQuery, expansions: Map<Alternative, Expansion[]>, unit: number): boolean {
  if (locateUnit(index.docStarts, unit).paragraph !== 0) return true;
  return parsed.clauses.every((clause) =>
    clause.some((alt) => {
      if (alt.kind === 'term') return expansions.get(alt)!.some((e) => unitHasTerm(index.postings.postingsOf(e.term), unit, TEXT_FIELD));
      const { text, lang } = unitText(corpus, index, unit);
      return containsPhrase(termTokens(text, lang), alt.terms);
    }),
  );
}

function toHit(corpus: Corpus, index: SearchIndex, c: Candidate, terms: readonly string[], snippetChars: number | undefined): SearchHit {
  const { docIndex, paragraph } = locateUnit(index.docStarts, c.unit);
  const doc = corpus.documents[docIndex]!;
  const text = doc.paragraphs[paragraph]!.text;
  const matched = new Set(terms.filter((t) => unitHasTerm(index.postings.postingsOf(t), c.unit)));
  const ranges = matchRanges(termTokens(text, doc.lang), matched);
  return {
    doc: doc.id,
    title: doc.title,
    lang: doc.lang,
    paragraph,
    score: Math.round(c.score * 1000) / 1000,
    terms: [...new Set(ranges.map((r) => text.slice(r.start, r.end)))],
    ranges,
    snippet: makeSnippet(text, ranges, snippetChars).spans,
    exact: c.exact,
  };
}

/** Document numbers (ascending) ordered by their hit count, most first, stably (a counting sort). */
function byHitsDescending(docs: readonly number[], hits: Uint32Array, maxHits: number): number[] {
  const start = new Uint32Array(maxHits + 2);
  for (const d of docs) start[maxHits - hits[d]! + 1]!++;
  for (let h = 1; h < start.length; h++) start[h] = start[h]! + start[h - 1]!;
  const out = new Array<number>(docs.length);
  for (const d of docs) out[start[maxHits - hits[d]!]!++] = d;
  return out;
}

const RANK_BITS = 2 ** 21;

/**
 * Documents already ordered by hits, stably reordered by score, highest
 * first. Each becomes one number (score in thousandths, then its rank by
 * hits) for a native numeric sort, which is several times faster than a
 * comparator over ten thousand documents; scores out of that range fall
 * back to the comparator.
 */
function byScoreThenHits(byHits: number[], score: Float64Array): number[] {
  let top = 0;
  let packable = byHits.length < RANK_BITS;
  for (const d of byHits) {
    const k = Math.round(score[d]! * 1000);
    if (k < 0 || k >= 2 ** 31) packable = false;
    top = Math.max(top, k);
  }
  if (!packable)
    return byHits
      .map((d, rank) => ({ d, rank }))
      .sort((a, b) => score[b.d]! - score[a.d]! || a.rank - b.rank)
      .map((x) => x.d);
  const keys = Float64Array.from(byHits, (d, rank) => (top - Math.round(score[d]! * 1000)) * RANK_BITS + rank).sort();
  return Array.from(keys, (key) => byHits[key % RANK_BITS]!);
}

/**
 * The `k` best of documents ascending by number, in the order of the full
 * ranking (score, then hits, highest first, then corpus order): one pass
 * that keeps a sorted list of `k`, for the usual few shown of thousands.
 */
function topDocuments(docs: readonly number[], score: Float64Array, hits: Uint32Array, k: number): number[] {
  const before = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && hits[a]! > hits[b]!);
  const top: number[] = [];
  if (k <= 0) return top;
  for (const d of docs) {
    if (top.length === k && !before(d, top[k - 1]!)) continue;
    let at = top.length;
    while (at > 0 && before(d, top[at - 1]!)) at--;
    top.splice(at, 0, d);
    if (top.length > k) top.pop();
  }
  return top;
}

/** Per-document counts over every match, scores over the ranked ones; the `limit` best documents listed. */
function aggregate(corpus: Corpus, index: SearchIndex, matches: UnitSet, scores: Map<number, number>, limit: number): { byDocument: DocumentHits[]; documentCount: number } {
  const docs = corpus.documents;
  const hits = new Uint32Array(docs.length);
  const first = new Int32Array(docs.length).fill(-1);
  let d = 0;
  for (let u = 0; u < matches.length; u++) {
    if (!matches[u]) continue;
    while (d + 1 < docs.length && index.docStarts[d + 1]! <= u) d++;
    if (hits[d] === 0) first[d] = u - index.docStarts[d]!;
    hits[d] = hits[d]! + 1;
  }
  const score = new Float64Array(docs.length);
  const bestScore = new Float64Array(docs.length).fill(-1);
  const best = first;
  for (const [unit, s] of scores) {
    const { docIndex, paragraph } = locateUnit(index.docStarts, unit);
    score[docIndex] = score[docIndex]! + s;
    if (s > bestScore[docIndex]!) [bestScore[docIndex], best[docIndex]] = [s, paragraph];
  }
  const withHits: number[] = [];
  let maxHits = 0;
  for (let i = 0; i < docs.length; i++) {
    if (hits[i] === 0) continue;
    score[i] = Math.round(score[i]! * 1000) / 1000;
    withHits.push(i);
    maxHits = Math.max(maxHits, hits[i]!);
  }
  const order = limit >= withHits.length ? byScoreThenHits(byHitsDescending(withHits, hits, maxHits), score) : topDocuments(withHits, score, hits, limit);
  const byDocument = order.map((i) => {
    const doc = docs[i]!;
    return { doc: doc.id, title: doc.title, lang: doc.lang, hits: hits[i]!, score: score[i]!, best: best[i]! };
  });
  return { byDocument, documentCount: withHits.length };
}

/**
 * Runs one query against an index. Which paragraphs match is decided exactly
 * on the full postings (clauses, OR, phrases through word-pair postings,
 * exclusions, filters); MiniSearch ranks them from each term's champion
 * postings; exact matches rank above prefix/fuzzy ones; snippets are built
 * for the first `limit` hits only. Never throws on any query text.
 */
export function runSearch(index: SearchIndex, corpus: Corpus, query: string, options: SearchOptions = {}): SearchResponse {
  const parsed = parseQuery(query, options.finished ? { prefixLast: false } : {});
  const warnings = [...parsed.warnings];
  const empty = (notice?: Notice): SearchResponse => ({ query, total: 0, hits: [], byDocument: [], documentCount: 0, suggestions: [], ...(notice ? { notice } : {}) });
  const warning = (): Notice | undefined => (warnings.length > 0 ? { level: 'warning', message: warnings.join('; ') } : undefined);
  const hasFilters = Object.values(parsed.filters).some((v) => v.length > 0);
  if (parsed.clauses.length === 0 && !hasFilters) return empty(warning());
  const allowed = resolveFilters(index, corpus, parsed.filters, options, warnings);
  if ('notice' in allowed) return empty(allowed.notice);

  const matches = allowed.units;
  const n = matches.length;
  const expansions = plan(index, parsed);
  for (const clause of parsed.clauses) {
    const set = new Uint8Array(n);
    for (const alt of clause) altSet(index, corpus, alt, expansions.get(alt)!, set);
    for (let u = 0; u < n; u++) matches[u]! &= set[u]!;
  }
  for (const alt of parsed.excluded) {
    const set = new Uint8Array(n);
    altSet(index, corpus, alt, expansions.get(alt)!, set);
    for (let u = 0; u < n; u++) if (set[u]) matches[u] = 0;
  }
  let total = 0;
  for (let u = 0; u < n; u++) total += matches[u]!;

  // Every expansion is highlighted; the second word of a straddling pair is not ranked (its first word is).
  const positive = parsed.clauses.flat().flatMap((alt) => expansions.get(alt)!);
  const positiveTerms = [...new Set(positive.map((e) => e.term))];
  const weights = new Map<string, number>();
  for (const e of positive) if (!e.straddled) weights.set(e.term, Math.max(weights.get(e.term) ?? 0, e.weight));
  const scores = new Map<number, number>();
  const ranked: Candidate[] = [];
  if (total > 0 && positiveTerms.length > 0) {
    for (const { unit, score } of rankUnits(index.postings, weights, matches)) {
      scores.set(unit, score);
      ranked.push({ unit, score, exact: isExact(index, parsed, expansions, unit), inText: matchesText(index, corpus, parsed, expansions, unit) });
    }
  }
  const limit = options.limit ?? DEFAULT_LIMIT;
  // Matches no champion list reached are ranked after the scored ones, in corpus order.
  for (let u = 0; u < n && ranked.length < Math.min(total, limit); u++) {
    if (matches[u] && !scores.has(u)) ranked.push({ unit: u, score: 0, exact: isExact(index, parsed, expansions, u), inText: matchesText(index, corpus, parsed, expansions, u) });
  }
  // Exact matches first, then prefix and fuzzy ones; in each, paragraphs that show the words before those only their title matched.
  const tier = (c: Candidate) => (c.exact ? 0 : 2) + (c.inText ? 0 : 1);
  const ordered = ranked
    .map((c, k) => ({ c, k }))
    .sort((x, y) => tier(x.c) - tier(y.c) || x.k - y.k)
    .map((x) => x.c);
  const hits = ordered.slice(0, limit).map((c) => toHit(corpus, index, c, positiveTerms, options.snippetChars));
  const suggestions = total === 0 ? suggest(index, query, parsed) : [];
  const notice = warning();
  return { query, total, hits, ...aggregate(corpus, index, matches, scores, options.documentLimit ?? DEFAULT_DOCUMENT_LIMIT), suggestions, ...(notice ? { notice } : {}) };
}
