/**
 * The sorted vocabulary of an index with each term's paragraph frequency.
 * Prefix and fuzzy expansion run here, bounded, instead of inside MiniSearch:
 * MiniSearch would expand a one-letter prefix to thousands of terms and score
 * every posting of each, which is what makes naive search-as-you-type stutter.
 */

/** A corpus term a query word expanded to, and how much a match on it is worth. */
export interface Expansion {
  term: string;
  /** 1 for the exact word, less for prefix and fuzzy matches. */
  weight: number;
  exact: boolean;
}

/** At most this many prefix completions per word, the most frequent first. */
export const MAX_PREFIX_TERMS = 24;
/** At most this many fuzzy neighbours per word, the closest first. */
export const MAX_FUZZY_TERMS = 8;
const PREFIX_WEIGHT = 0.5;
const FUZZY_WEIGHT = 0.35;

/** Edit distance allowed for a word: none under 4 letters, 1 up to 6, 2 beyond. */
export function fuzzyDistanceFor(term: string): number {
  const n = [...term].length;
  return n < 4 ? 0 : n <= 6 ? 1 : 2;
}

/** Rows of the edit-distance table, reused across calls (a fuzzy scan compares thousands of terms). */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Levenshtein distance, or `max + 1` as soon as it must exceed `max`. Only
 * the diagonal band of width 2·max+1 is computed: a cell farther from the
 * diagonal already costs more than `max`.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return over;
  if (rowA.length <= b.length + 1) {
    rowA = new Int32Array(2 * (b.length + 2));
    rowB = new Int32Array(2 * (b.length + 2));
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j <= max ? j : over;
  prev[b.length + 1] = over;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    cur[lo - 1] = lo === 1 && i <= max ? i : over;
    let rowMin = cur[lo - 1]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost, over);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    cur[hi + 1] = over;
    if (rowMin > max) return over;
    [prev, cur] = [cur, prev];
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

  /** The corpus terms a query word stands for: itself, its completions when typed last, its near misses. */
  expand(term: string, prefix: boolean, fuzzy = true): Expansion[] {
    const out: Expansion[] = [];
    if (this.index.has(term)) out.push({ term, weight: 1, exact: true });
    // A one- or two-letter prefix says little: it gets fewer completions.
    if (prefix) out.push(...this.completions(term, Math.min(MAX_PREFIX_TERMS, 8 * [...term].length)));
    const distance = fuzzy ? fuzzyDistanceFor(term) : 0;
    if (distance > 0) {
      const seen = new Set(out.map((e) => e.term));
      for (const n of this.neighbours(term, distance, MAX_FUZZY_TERMS)) {
        if (seen.has(n.term)) continue;
        out.push({ term: n.term, weight: (FUZZY_WEIGHT * n.term.length) / (n.term.length + n.distance), exact: false });
      }
    }
    return out;
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
