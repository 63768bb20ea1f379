/**
 * Pairs the segments of one side with those of the other by content
 * similarity, so that a paragraph edited in place becomes one changed row
 * rather than a removal plus an addition.
 */
import { longestIncreasing } from './sequence.js';
import { diceSimilarity } from './similarity.js';
import { combineHash } from './tokens.js';
import { bagOf, type Unit } from './units.js';

/** Least similarity for two segments to count as one edited segment. */
export const PAIR_MIN_SIMILARITY = 0.35;
/** Up to this many candidate pairs a gap is aligned exactly (dynamic programming); above, by shared rare word pairs first. */
const DP_CELLS = 400;

/** Similarity of two units' word bags. */
export function unitSimilarity(a: Unit, b: Unit): number {
  return diceSimilarity(bagOf(a), bagOf(b));
}

/**
 * Pairs a[a0, a1) with b[b0, b1) in order (no crossing), maximizing total
 * similarity; pairs below `minSimilarity` are never made. Large gaps are
 * cut at rare shared word pairs first, so the work stays near linear. Returns absolute
 * index pairs, increasing on both sides.
 */
export function pairInOrder(a: readonly Unit[], a0: number, a1: number, b: readonly Unit[], b0: number, b1: number, minSimilarity = PAIR_MIN_SIMILARITY): Array<[number, number]> {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 || m === 0) return [];
  if (n * m <= DP_CELLS) return pairByDp(a, a0, a1, b, b0, b1, minSimilarity);
  const candidates = bestCandidates(a.slice(a0, a1), b.slice(b0, b1))
    .map(([i, j]) => [i + a0, j + b0] as [number, number])
    .filter(([i, j]) => unitSimilarity(a[i]!, b[j]!) >= minSimilarity);
  const chain = longestIncreasing(candidates);
  if (chain.length === 0) return [];
  const pairs: Array<[number, number]> = [];
  let pa = a0;
  let pb = b0;
  for (const [i, j] of chain) {
    pairs.push(...pairInOrder(a, pa, i, b, pb, j, minSimilarity));
    pairs.push([i, j]);
    pa = i + 1;
    pb = j + 1;
  }
  pairs.push(...pairInOrder(a, pa, a1, b, pb, b1, minSimilarity));
  return pairs;
}

function pairByDp(a: readonly Unit[], a0: number, a1: number, b: readonly Unit[], b0: number, b1: number, minSimilarity: number): Array<[number, number]> {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 || m === 0) return [];
  const score = new Float64Array((n + 1) * (m + 1));
  const sim = new Float64Array(n * m);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = unitSimilarity(a[a0 + i - 1]!, b[b0 + j - 1]!);
      sim[(i - 1) * m + (j - 1)] = s;
      let best = Math.max(score[(i - 1) * (m + 1) + j]!, score[i * (m + 1) + j - 1]!);
      if (s >= minSimilarity) best = Math.max(best, score[(i - 1) * (m + 1) + j - 1]! + s);
      score[i * (m + 1) + j] = best;
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = score[i * (m + 1) + j]!;
    if (here === score[(i - 1) * (m + 1) + j]) i--;
    else if (here === score[i * (m + 1) + j - 1]) j--;
    else {
      pairs.push([a0 + i - 1, b0 + j - 1]);
      i--;
      j--;
    }
  }
  return pairs.reverse();
}

/**
 * For each unit of `a`, the unit of `b` sharing the most word pairs that
 * occur in only one unit on each side (rare pairs identify a paragraph even
 * after edits). Returns [index in a, index in b], sorted by the first.
 */
export function bestCandidates(a: readonly Unit[], b: readonly Unit[]): Array<[number, number]> {
  const owner = (units: readonly Unit[]) => {
    const map = new Map<number, number>();
    units.forEach((u, idx) => {
      const keys = u.tokens.keys;
      for (let k = 0; k + 1 < keys.length; k++) {
        const h = combineHash(keys[k]!, keys[k + 1]!);
        const seen = map.get(h);
        if (seen === undefined) map.set(h, idx);
        else if (seen !== idx) map.set(h, -1);
      }
    });
    return map;
  };
  const inA = owner(a);
  const inB = owner(b);
  const votes = new Map<number, Map<number, number>>();
  for (const [h, i] of inA) {
    if (i < 0) continue;
    const j = inB.get(h);
    if (j === undefined || j < 0) continue;
    let row = votes.get(i);
    if (!row) votes.set(i, (row = new Map()));
    row.set(j, (row.get(j) ?? 0) + 1);
  }
  const out: Array<[number, number]> = [];
  for (const [i, row] of votes) {
    let best = -1;
    let most = 0;
    for (const [j, n] of row) if (n > most) [best, most] = [j, n];
    out.push([i, best]);
  }
  return out.sort((p, q) => p[0] - q[0]);
}
