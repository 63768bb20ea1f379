/**
 * BM25+ (Lv & Zhai 2011) written from its formula, independent of the
 * engine and of MiniSearch, for the ranking tests: per field, idf from the
 * field's document frequency, length against the field's average, the
 * title field boosted.
 */
import { TITLE_BOOST } from '../../src/core/search/postings.js';

/** Term-frequency saturation, length normalization, lower bound of a match. */
const K = 1.2;
const B = 0.7;
const DELTA = 0.5;

/** A paragraph as the index sees it: its key and the terms of each field (title, text). */
export interface ReferenceUnit {
  key: string;
  fields: [string[], string[]];
}

/**
 * The BM25+ score of every unit holding all the terms, times the number of
 * terms (MiniSearch multiplies a result by the query words it matched,
 * which is the same for every hit of an AND query).
 */
export function bm25Reference(units: readonly ReferenceUnit[], terms: readonly string[]): Map<string, number> {
  const n = units.length;
  const boost = [TITLE_BOOST, 1];
  const avg = [0, 1].map((f) => units.reduce((s, u) => s + u.fields[f]!.length, 0) / n);
  const df = new Map<string, number>();
  const frequency = (t: string, f: number) => {
    const key = `${f}\0${t}`;
    if (!df.has(key)) df.set(key, units.filter((u) => u.fields[f]!.includes(t)).length);
    return df.get(key)!;
  };
  const out = new Map<string, number>();
  for (const u of units) {
    if (!terms.every((t) => u.fields.some((field) => field.includes(t)))) continue;
    let score = 0;
    for (const t of terms) {
      for (const f of [0, 1]) {
        const tf = u.fields[f]!.filter((x) => x === t).length;
        if (tf === 0) continue;
        const idf = Math.log(1 + (n - frequency(t, f) + 0.5) / (frequency(t, f) + 0.5));
        score += boost[f]! * idf * (DELTA + (tf * (K + 1)) / (tf + K * (1 - B + (B * u.fields[f]!.length) / avg[f]!)));
      }
    }
    out.set(u.key, score * terms.length);
  }
  return out;
}
