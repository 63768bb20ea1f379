import { termsOf } from '../text/tokens/terms.js';

/** One searched word, folded; `prefix` when it is the last word still being typed. */
export interface TermQuery {
  kind: 'term';
  raw: string;
  term: string;
  prefix: boolean;
}

/** Words that must stand adjacent and in this order (a quoted phrase, or a word like "AI-powered"). */
export interface PhraseQuery {
  kind: 'phrase';
  raw: string;
  terms: string[];
}

export type Alternative = TermQuery | PhraseQuery;

/** Filters narrow which paragraphs count; several values of one filter are alternatives. */
export interface QueryFilters {
  lang: string[];
  doc: string[];
  source: string[];
  entity: string[];
}

/** A parsed query: every clause must match (one of its alternatives), no exclusion may. */
export interface ParsedQuery {
  clauses: Alternative[][];
  excluded: Alternative[];
  filters: QueryFilters;
  /** One-line explanations of what was repaired or ignored. */
  warnings: string[];
}

/** Longer queries are cut here: nobody types more, and a pasted page must not stall the engine. */
export const MAX_QUERY_CHARS = 500;
const MAX_WORDS = 32;
const FILTER = /^(lang|doc|source|entity):(.*)$/is;

interface Item {
  text: string;
  quoted: boolean;
  negated: boolean;
  /** Set on the word typed last, when no space follows it. */
  open: boolean;
}

/** Splits the query into words, quoted phrases and OR markers, repairing what it must. */
function lex(input: string, warnings: string[]): (Item | 'OR')[] {
  const items: (Item | 'OR')[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    if (ch === '-' && i + 1 < input.length && !/\s/.test(input[i + 1]!)) {
      negated = true;
      i++;
    } else if (ch === '-') {
      i++;
      continue;
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      if (close === -1) warnings.push('unbalanced quote: searched the rest of the query as a phrase');
      const end = close === -1 ? input.length : close;
      items.push({ text: input.slice(i + 1, end), quoted: true, negated, open: false });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/.test(input[end]!) && input[end] !== '"') end++;
    const word = input.slice(i, end);
    // A filter with a quoted value: source:"Financial Times".
    if (input[end] === '"' && FILTER.test(word) && word.endsWith(':')) {
      const close = input.indexOf('"', end + 1);
      if (close === -1) warnings.push('unbalanced quote: used the rest of the query as the filter value');
      const stop = close === -1 ? input.length : close;
      items.push({ text: word + input.slice(end + 1, stop), quoted: false, negated, open: false });
      i = stop + 1;
      continue;
    }
    if (word === 'OR' && !negated) items.push('OR');
    else items.push({ text: word, quoted: false, negated, open: end === input.length });
    i = end;
  }
  return items;
}

function toAlternative(item: Item, lang: string): Alternative | null {
  const terms = termsOf(item.text, lang);
  if (terms.length === 0) return null;
  if (item.quoted || terms.length > 1) return { kind: 'phrase', raw: item.text, terms };
  return { kind: 'term', raw: item.text, term: terms[0]!, prefix: item.open };
}

/**
 * Parses the query language: words are ANDed, `a OR b`, `-word` excludes,
 * `"exact phrase"`, filters `lang:`, `doc:`, `source:`, `entity:`. Never
 * throws: malformed input is searched as well as it can be and every repair
 * is explained in `warnings`.
 */
export function parseQuery(input: string): ParsedQuery {
  const warnings: string[] = [];
  let text = input;
  if (text.length > MAX_QUERY_CHARS) {
    warnings.push(`query is ${text.length} characters long; searched its first ${MAX_QUERY_CHARS}`);
    text = text.slice(0, MAX_QUERY_CHARS);
  }
  const filters: QueryFilters = { lang: [], doc: [], source: [], entity: [] };
  const words: { item: Item; orWithPrevious: boolean }[] = [];
  let pendingOr = false;
  for (const item of lex(text, warnings)) {
    if (item === 'OR') {
      pendingOr = words.length > 0;
      continue;
    }
    const filter = item.quoted ? null : FILTER.exec(item.text);
    if (filter) {
      const name = filter[1]!.toLowerCase() as keyof QueryFilters;
      const value = filter[2]!.trim();
      if (value === '') warnings.push(`${name}: needs a value, e.g. ${name === 'lang' ? 'lang:en' : `${name}:NAME`}; ignored`);
      else if (item.negated) warnings.push(`-${name}: is not supported; ignored (use ${name}: to keep only matches)`);
      else filters[name].push(value);
      pendingOr = false;
      continue;
    }
    words.push({ item, orWithPrevious: pendingOr });
    pendingOr = false;
  }
  const lang = filters.lang[0] ?? 'und';
  const clauses: Alternative[][] = [];
  const excluded: Alternative[] = [];
  let count = 0;
  for (const { item, orWithPrevious } of words) {
    const alt = toAlternative(item, lang);
    if (!alt) continue;
    if (++count > MAX_WORDS) {
      warnings.push(`only the first ${MAX_WORDS} words of the query were searched`);
      break;
    }
    if (item.negated) excluded.push(alt.kind === 'term' ? { ...alt, prefix: false } : alt);
    else if (orWithPrevious && clauses.length > 0) clauses[clauses.length - 1]!.push(alt);
    else clauses.push([alt]);
  }
  const hasFilters = Object.values(filters).some((v) => v.length > 0);
  if (clauses.length === 0 && !hasFilters && text.trim() !== '') {
    warnings.push(excluded.length > 0 ? 'only exclusions: add a word to search for' : 'nothing to search for: the query has no words');
  }
  return { clauses, excluded, filters, warnings };
}
