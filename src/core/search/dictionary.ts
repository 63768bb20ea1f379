/**
 * The sorted vocabulary of an index with each term's paragraph frequency.
 * Prefix and fuzzy expansion run here, bounded, instead of inside MiniSearch:
 * MiniSearch would expand a one-letter prefix to thousands of terms and score
 * every posting of each, which is what makes naive search-as-you-type stutter.
 */
import { hasSpacelessScript } from '../text/tokens/scripts.js';

/** A corpus term a query word expanded to, and how much a match on it is worth. */
export interface Expansion {
  term: string;
  /** 1 for the exact word, less for prefix and fuzzy matches. */
  weight: number;
  exact: boolean;
  /** A longer corpus word holding the query word whole, in a script written without spaces (see {@link TermDictionary.holding}). */
  holds?: true;
  /**
   * The query word (in a script written without spaces) stands across this
   * corpus word and the next one, `straddles`: the segmenter cut `更深` as
   * `更|深入` there (see `straddling` in search.ts).
   */
  straddles?: string;
  /** The second word of such a pair: highlighted, never ranked or matched alone. */
  straddled?: true;
}

/** At most this many prefix completions per word, the most frequent first. */
export const MAX_PREFIX_TERMS = 24;
/** At most this many fuzzy neighbours per word, the closest first. */
export const MAX_FUZZY_TERMS = 4;
/** A fuzzy neighbour is kept only when it is at least this share as likely as the likeliest one at the same distance. */
const NEIGHBOUR_SHARE = 0.2;
/** How much likelier two letters typed in the wrong order are than another error of one letter ("claer" is rather "clear" than "clean"). */
const SWAP_ODDS = 5;
const PREFIX_WEIGHT = 0.5;
const FUZZY_WEIGHT = 0.35;
const DIGITS = /^\p{N}+$/u;
const DOTTED_NUMBER = /^\p{N}+(?:\.\p{N}+)+$/u;

/** Edit distance allowed for a word: none under 4 letters, 1 up to 6, 2 beyond. */
export function fuzzyDistanceFor(term: string): number {
  const n = [...term].length;
  return n < 4 ? 0 : n <= 6 ? 1 : 2;
}

/** Rows of the edit-distance table, reused across calls (a fuzzy scan compares thousands of terms). */
let rows = [0, 1, 2].map(() => new Int32Array(64));

/**
 * Damerau distance (optimal string alignment: insertions, deletions,
 * substitutions, and swaps of two adjacent letters, each costing one, as
 * typing errors do), or `max + 1` as soon as it must exceed `max`. Only the
 * diagonal band of width 2·max+1 is computed: a cell farther from the
 * diagonal already costs more than `max`.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  if (rows[0]!.length <= b.length + 1) rows = [0, 1, 2].map(() => new Int32Array(2 * (b.length + 2)));
  // Row i reads rows i-1 and i-2 only inside their bands or at the band edges, which each row sets: no row is cleared.
  let prev2 = rows[0]!;
  let prev = rows[1]!;
  let cur = rows[2]!;
  for (let j = 0; j <= b.length; j++) prev[j] = j <= max ? j : over;
  prev[b.length + 1] = over;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    cur[lo - 1] = lo === 1 && i <= max ? i : over;
    let rowMin = cur[lo - 1]!;
    const ca = a.charCodeAt(i - 1);
    const before = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (j > 1 && before === cb && ca === b.charCodeAt(j - 2) && ca !== cb) v = Math.min(v, prev2[j - 2]! + 1);
      if (v > over) v = over;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    cur[hi + 1] = over;
    if (rowMin > max) return over;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  return prev[b.length]!;
}

/** Serialized form: parallel arrays, sorted by term. */
export interface DictionaryData {
  terms: string[];
  df: number[];
}

export class TermDictionary {
  private readonly index = new Map<string, number>();
  /** Term positions grouped by length, for fuzzy scans. */
  private byLength: number[][] | null = null;
  /** The terms in scripts written without spaces, for {@link holding}. */
  private unspaced: string[] | null = null;
  /** The numbers with dots (`2.0`), for {@link numbersWithPart}. */
  private dotted: string[] | null = null;
  /** The terms of {@link unspaced} by their last code unit, most frequent first, for {@link endingWith}. */
  private byLastUnit: Map<string, string[]> | null = null;

  constructor(readonly data: DictionaryData) {
    data.terms.forEach((t, i) => this.index.set(t, i));
  }

  /** Builds a dictionary from term → paragraph frequency counts. */
  static fromCounts(counts: Map<string, number>): TermDictionary {
    const terms = [...counts.keys()].sort();
    return new TermDictionary({ terms, df: terms.map((t) => counts.get(t)!) });
  }

  /** Paragraph frequency of a term (0 when absent). */
  frequency(term: string): number {
    const i = this.index.get(term);
    return i === undefined ? 0 : this.data.df[i]!;
  }

  /**
   * The corpus terms a query word stands for: itself, its completions when
   * typed last, and, only when it is no word of the corpus, the words it is
   * a typing error of (see {@link typoNeighbours}). A word of the corpus is
   * never widened to its neighbours: `sort` does not find `port`.
   */
  expand(term: string, prefix: boolean, fuzzy = true): Expansion[] {
    const out: Expansion[] = [];
    const known = this.index.has(term);
    if (known) out.push({ term, weight: 1, exact: true });
    // A one- or two-letter prefix says little: it gets fewer completions.
    if (prefix) out.push(...this.completions(term, Math.min(MAX_PREFIX_TERMS, 8 * [...term].length)));
    if (DIGITS.test(term)) out.push(...this.numbersWithPart(term));
    if (fuzzy && !known) {
      const seen = new Set(out.map((e) => e.term));
      for (const n of this.typoNeighbours(term)) {
        if (seen.has(n.term)) continue;
        out.push({ term: n.term, weight: (FUZZY_WEIGHT * n.term.length) / (n.term.length + n.distance), exact: false });
      }
    }
    return out;
  }

  /**
   * The corpus words a word that is not in the corpus is most likely a
   * typing error of: those at the smallest Damerau distance its length
   * allows (see {@link fuzzyDistanceFor}; a three-letter word only by a swap
   * of two letters, "teh" → "the"), and among them the likely ones: each
   * weighs its paragraph frequency, times SWAP_ODDS for a swap, and one
   * under a fifth of the likeliest is dropped; at most MAX_FUZZY_TERMS.
   */
  typoNeighbours(term: string): { term: string; distance: number }[] {
    const max = fuzzyDistanceFor(term);
    const swapped = new Set(this.swaps(term).map((n) => n.term));
    const found = max === 0 ? [...swapped].map((t) => ({ term: t, distance: 1 })) : this.neighbours(term, max, Infinity);
    const nearest = found.filter((n) => n.distance === found[0]?.distance);
    const odds = (t: string) => this.frequency(t) * (swapped.has(t) ? SWAP_ODDS : 1);
    const top = Math.max(0, ...nearest.map((n) => odds(n.term)));
    return nearest
      .filter((n) => odds(n.term) >= NEIGHBOUR_SHARE * top)
      .sort((a, b) => odds(b.term) - odds(a.term))
      .slice(0, MAX_FUZZY_TERMS);
  }

  /** Corpus words that are `term` with two adjacent letters swapped. */
  private swaps(term: string): { term: string; distance: number }[] {
    const out: { term: string; distance: number }[] = [];
    for (let i = 0; i + 1 < term.length; i++) {
      const t = term.slice(0, i) + term[i + 1]! + term[i]! + term.slice(i + 2);
      if (t !== term && this.index.has(t) && !out.some((o) => o.term === t)) out.push({ term: t, distance: 1 });
    }
    return out;
  }

  /**
   * Corpus words in a script written without spaces that hold `word` whole
   * (`つける` in `身につける`): the segmenter cuts text by its context, so
   * a word can stand inside a longer token in one paragraph and alone in
   * another, and a search for it must find both.
   */
  holding(word: string): Expansion[] {
    if (!hasSpacelessScript(word)) return [];
    this.unspaced ??= this.data.terms.filter((t) => hasSpacelessScript(t));
    return this.unspaced.filter((t) => t !== word && t.includes(word)).map((term) => ({ term, weight: 1, exact: true, holds: true }));
  }

  /**
   * Dotted numbers that have `digits` as one of their parts (`2` → `2.0`,
   * `1.2`, `10.2.1`): a number is one term, yet a reader sees `2` in `2.0`.
   * They rank below the number itself, as prefix matches do.
   */
  private numbersWithPart(digits: string): Expansion[] {
    this.dotted ??= this.data.terms.filter((t) => DOTTED_NUMBER.test(t));
    return this.dotted.filter((t) => t.split('.').includes(digits)).map((term) => ({ term, weight: PREFIX_WEIGHT, exact: false }));
  }

  /** Terms in scripts written without spaces that end with `head` (itself included), the most frequent first, at most `limit`. */
  endingWith(head: string, limit: number): string[] {
    if (!this.byLastUnit) {
      this.unspaced ??= this.data.terms.filter((t) => hasSpacelessScript(t));
      this.byLastUnit = new Map();
      for (const t of this.unspaced) {
        const last = t[t.length - 1]!;
        const group = this.byLastUnit.get(last);
        if (group) group.push(t);
        else this.byLastUnit.set(last, [t]);
      }
      for (const group of this.byLastUnit.values()) group.sort((a, b) => this.frequency(b) - this.frequency(a));
    }
    const found: string[] = [];
    for (const t of this.byLastUnit.get(head[head.length - 1] ?? '') ?? []) {
      if (t.endsWith(head) && found.push(t) === limit) break;
    }
    return found;
  }

  /** The most frequent terms that start with `prefix` (the prefix itself excluded). */
  completions(prefix: string, limit: number): Expansion[] {
    const { terms, df } = this.data;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < terms.length && terms[i]!.startsWith(prefix); i++) if (terms[i] !== prefix) found.push(i);
    found.sort((a, b) => df[b]! - df[a]!);
    return found.slice(0, limit).map((i) => {
      const t = terms[i]!;
      return { term: t, weight: (PREFIX_WEIGHT * t.length) / (t.length + 0.3 * (t.length - prefix.length)), exact: false };
    });
  }

  /** Terms within `max` edits of `term`, closest then most frequent first. */
  neighbours(term: string, max: number, limit: number): { term: string; distance: number }[] {
    const { terms, df } = this.data;
    if (!this.byLength) {
      this.byLength = [];
      terms.forEach((t, i) => (this.byLength![t.length] ??= []).push(i));
    }
    const found: { i: number; distance: number }[] = [];
    for (let len = Math.max(1, term.length - max); len <= term.length + max; len++) {
      for (const i of this.byLength[len] ?? []) {
        const t = terms[i]!;
        if (t === term) continue;
        const d = boundedDistance(term, t, max);
        if (d <= max) found.push({ i, distance: d });
      }
    }
    found.sort((a, b) => a.distance - b.distance || df[b.i]! - df[a.i]!);
    return found.slice(0, limit).map((f) => ({ term: terms[f.i]!, distance: f.distance }));
  }
}
