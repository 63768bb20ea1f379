import { SPACELESS_LETTER } from '../text/tokens/scripts.js';
import { foldTerm, termTokens, type Joiner } from '../text/tokens/terms.js';

/** One searched word, folded; `prefix` when it is the last word still being typed. */
export interface TermQuery {
  kind: 'term';
  raw: string;
  term: string;
  prefix: boolean;
  /** Set when the word was typed with symbols or inner punctuation (`-e`, `2>&1`, `U.S`): it must also stand as written (see {@link literalForm}). */
  literal?: string;
}

/** Words that must stand adjacent and in this order (a quoted phrase, or a word like "AI-powered"). */
export interface PhraseQuery {
  kind: 'phrase';
  raw: string;
  terms: string[];
  /** As in {@link TermQuery}. */
  literal?: string;
  /** For one word of several parts ("vi-style"): the separator before each part after the first; the parts must stand joined by it, not merely side by side. */
  joiners?: Joiner[];
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

/** How the query is read: while typing (the last word is a prefix) or finished (every word whole, as a one-shot `--query`). */
export interface ParseOptions {
  prefixLast?: boolean;
}

interface Item {
  text: string;
  quoted: boolean;
  negated: boolean;
  /** Set on the word typed last, when no space follows it. */
  open: boolean;
}

/** A word as indexing cuts it: letters, marks and digits with inner apostrophes, hyphens, dots and commas. */
const PLAIN_WORD = /^[\p{L}\p{M}\p{N}]+(?:['’.,\-‐_][\p{L}\p{M}\p{N}]+)*$/u;
const LETTERS = /^[\p{L}\p{M}]/u;

/**
 * Whether `-rest` reads as an exclusion: only before a word that could be
 * excluded, one that starts with a letter, is longer than one character
 * and is a plain word. `-e`, `-0`, `--color`, `-name=*.txt` are flags or
 * code, searched as written.
 */
function excludable(rest: string): boolean {
  return [...rest].length > 1 && LETTERS.test(rest) && PLAIN_WORD.test(rest);
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
    if (ch === '-' && (i + 1 === input.length || /\s/.test(input[i + 1]!))) {
      i++;
      continue;
    }
    if (ch === '-' && input[i + 1] === '"') {
      negated = true;
      i++;
    } else if (ch === '-') {
      let end = i + 1;
      while (end < input.length && !/\s/.test(input[end]!)) end++;
      if (excludable(input.slice(i + 1, end))) {
        negated = true;
        i++;
      } else {
        items.push({ text: input.slice(i, end), quoted: false, negated: false, open: false });
        warnings.push(`searched ${input.slice(i, end)} as written (a flag or code, not an exclusion)`);
        i = end;
        continue;
      }
    }
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      if (close === -1) warnings.push('unbalanced quote: searched the rest of the query as a phrase');
      const end = close === -1 ? input.length : close;
      items.push({ text: input.slice(i + 1, end), quoted: true, negated, open: false });
      i = end + 1;
      continue;
    }
    // A quote inside a word is part of it (`src="logo.svg"`), except after a filter's colon (`source:"Financial Times"`).
    let end = i;
    while (end < input.length && !/\s/.test(input[end]!) && !(input[end] === '"' && FILTER.test(input.slice(i, end)) && input[end - 1] === ':')) end++;
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

/**
 * The form a word must have in a paragraph's text to match as written:
 * folded as index terms are (see foldTerm), with curly apostrophes and
 * Unicode hyphens as their ASCII forms. Paragraph text is compared in the
 * same form (see search.ts).
 */
export function literalForm(text: string): string {
  return foldTerm(text).replace(/’/g, "'").replace(/‐/g, '-');
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/** Whether a character next to a match makes it part of a longer word (a letter of a script written without spaces does not: `Windows専用`). */
function inWord(ch: string): boolean {
  return WORD_CHAR.test(ch) && !SPACELESS_LETTER.test(ch);
}

/**
 * Whether a paragraph's text holds `literal` (in {@link literalForm}) as a
 * word: not inside a longer word, and a flag (`-e`) not inside a longer
 * flag (`--e`). In scripts written without spaces any occurrence counts.
 */
export function containsLiteral(text: string, literal: string): boolean {
  return holdsLiteral(literalForm(text), literal);
}

/** {@link containsLiteral} on a text already in {@link literalForm}. */
export function holdsLiteral(hay: string, literal: string): boolean {
  const first = literal[0] ?? '';
  const last = literal[literal.length - 1] ?? '';
  const checkBefore = !SPACELESS_LETTER.test(first) && (WORD_CHAR.test(first) || first === '-');
  const checkAfter = !SPACELESS_LETTER.test(last) && WORD_CHAR.test(last);
  for (let at = hay.indexOf(literal); at !== -1; at = hay.indexOf(literal, at + 1)) {
    const before = hay[at - 1] ?? ' ';
    const after = hay[at + literal.length] ?? ' ';
    if (checkBefore && (inWord(before) || (first === '-' && before === '-'))) continue;
    if (checkAfter && inWord(after)) continue;
    return true;
  }
  return false;
}

/** A query word without the sentence punctuation that may follow it ("e.g.," → "e.g"). */
function trimmed(word: string): string {
  const t = word.replace(/[.,;:!?]+$/, '');
  return t === '' ? word : t;
}

function toAlternative(item: Item, lang: string): Alternative | null {
  const tokens = termTokens(item.text, lang);
  const terms = tokens.map((t) => t.term);
  if (terms.length === 0) return null;
  // A word typed with symbols (a flag, code) matches only where it stands as written, not wherever its parts do; so does
  // one that folds into another word ("U.S" is the term "us"). A plain word of several parts ("vi-style") is a phrase
  // whose parts must be joined as typed: the index keeps joined word pairs apart from words merely in a row.
  const word = trimmed(item.text);
  const plain = PLAIN_WORD.test(word);
  if (item.quoted || terms.length > 1) {
    const joiners = tokens.slice(1).map((t) => t.joiner);
    if (!item.quoted && plain && joiners.every((j) => j !== undefined)) return { kind: 'phrase', raw: item.text, terms, joiners };
    return { kind: 'phrase', raw: item.text, terms, ...(!item.quoted && !plain ? { literal: literalForm(word) } : {}) };
  }
  const literal = !plain || terms[0] !== foldTerm(word) ? { literal: literalForm(word) } : {};
  return { kind: 'term', raw: item.text, term: terms[0]!, prefix: item.open && !('literal' in literal), ...literal };
}

/**
 * Parses the query language: words are ANDed, `a OR b`, `-word` excludes,
 * `"exact phrase"`, filters `lang:`, `doc:`, `source:`, `entity:`. Never
 * throws: malformed input is searched as well as it can be and every repair
 * is explained in `warnings`.
 */
export function parseQuery(input: string, options: ParseOptions = {}): ParsedQuery {
  const warnings: string[] = [];
  let text = input;
  if (text.length > MAX_QUERY_CHARS) {
    warnings.push(`query is ${text.length} characters long; searched its first ${MAX_QUERY_CHARS}`);
    text = text.slice(0, MAX_QUERY_CHARS);
  }
  const filters: QueryFilters = { lang: [], doc: [], source: [], entity: [] };
  const words: { item: Item; orWithPrevious: boolean }[] = [];
  let pendingOr = false;
  const items = lex(text, warnings);
  const positive = items.some((item) => item !== 'OR' && !item.negated && !(!item.quoted && FILTER.test(item.text)));
  for (let item of items) {
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
    // A query of exclusions alone would find nothing: its words are searched as written.
    if (item.negated && !positive && !item.quoted) {
      warnings.push(`searched -${item.text} as written: a query of exclusions alone finds nothing`);
      item = { ...item, text: `-${item.text}`, negated: false };
    }
    if (options.prefixLast === false) item = { ...item, open: false };
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
