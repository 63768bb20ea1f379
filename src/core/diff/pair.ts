/**
 * Pairs the segments of one side with those of the other by content
 * similarity, so that a paragraph edited in place becomes one changed row
 * rather than a removal plus an addition.
 */
import { longestIncreasing } from './sequence.js';
import { diceSimilarity } from './similarity.js';
import { combineHash } from '../text/hash.js';
import { bagOf, type Unit } from './units.js';

/** Least similarity for two segments to count as one edited segment. */
export const PAIR_MIN_SIMILARITY = 0.35;
/** Rare word pairs two paragraphs must share alone to be paired without measuring their similarity. */
const CONVINCING_VOTES = 4;
/** Up to this many candidate pairs a gap is aligned exactly (dynamic programming); above, by shared rare word pairs first. */
const DP_CELLS = 400;

/** Similarity of two units' word bags; may be 0 when below `floor` (see {@link diceSimilarity}). */
export function unitSimilarity(a: Unit, b: Unit, floor = 0): number {
  return diceSimilarity(bagOf(a), bagOf(b), floor);
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
    .filter(([i, j, votes]) => votes >= CONVINCING_VOTES || unitSimilarity(a[i + a0]!, b[j + b0]!, minSimilarity) >= minSimilarity)
    .map(([i, j]) => [i + a0, j + b0] as [number, number]);
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

/** The DP table of {@link pairByDp}, reused: gaps are many and small, and a fresh typed array costs ~1 µs. */
let scoreScratch = new Float64Array((DP_CELLS + 1) * 2);

function pairByDp(a: readonly Unit[], a0: number, a1: number, b: readonly Unit[], b0: number, b1: number, minSimilarity: number): Array<[number, number]> {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0 || m === 0) return [];
  if (scoreScratch.length < (n + 1) * (m + 1)) scoreScratch = new Float64Array((n + 1) * (m + 1));
  const score = scoreScratch.fill(0, 0, (n + 1) * (m + 1));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = unitSimilarity(a[a0 + i - 1]!, b[b0 + j - 1]!, minSimilarity);
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

/** Above this many tokens in all, only one word pair in eight is looked at (chosen by hash, so both sides pick the same). */
const SAMPLE_ABOVE = 2_000;
const SAMPLE_MASK = 7;

/**
 * Calls `visit(hash, unit)` for the word pairs of each unit, or for a
 * content-chosen sample of them when the units are many.
 */
function eachWordPair(units: readonly Unit[], visit: (hash: number, unit: number) => void): void {
  let total = 0;
  for (const u of units) total += u.tokenEnd - u.tokenStart;
  const mask = total > SAMPLE_ABOVE ? SAMPLE_MASK : 0;
  units.forEach((u, idx) => {
    const keys = u.tokens.keys;
    for (let k = u.tokenStart; k + 1 < u.tokenEnd; k++) {
      const h = combineHash(keys[k]!, keys[k + 1]!);
      if ((h & mask) === 0) visit(h, idx);
    }
  });
}

const NOT_IN_B = -3;

/**
 * For each unit of `a`, the unit of `b` sharing the most word pairs that
 * occur in only one unit on each side (rare pairs identify a paragraph even
 * after edits). Returns [index in a, index in b, shared rare pairs], sorted by the first.
 */
export function bestCandidates(a: readonly Unit[], b: readonly Unit[]): Array<[number, number, number]> {
  // Each word pair of a gets a slot holding its unit in a (-1 once seen in
  // two units) and its unit in b (NOT_IN_B until b is read, -2 once seen in
  // two units of b); one map lookup per pair on each side.
  const slotOf = new Map<number, number>();
  const slotA: number[] = [];
  const slotB: number[] = [];
  eachWordPair(a, (h, i) => {
    const slot = slotOf.get(h);
    if (slot === undefined) {
      slotOf.set(h, slotA.length);
      slotA.push(i);
      slotB.push(NOT_IN_B);
    } else if (slotA[slot] !== i) slotA[slot] = -1;
  });
  // Slots in order of first sight in b: the votes read them in that order.
  const seen: number[] = [];
  eachWordPair(b, (h, j) => {
    const slot = slotOf.get(h);
    if (slot === undefined || slotA[slot]! < 0) return;
    if (slotB[slot] === NOT_IN_B) {
      slotB[slot] = j;
      seen.push(slot);
    } else if (slotB[slot] !== j) slotB[slot] = -2;
  });
  // Majority vote per unit of a (Boyer–Moore): the unit of b most of its rare pairs point to.
  const choice = new Int32Array(a.length).fill(-1);
  const count = new Int32Array(a.length);
  for (const s of seen) {
    const j = slotB[s]!;
    if (j < 0) continue;
    const i = slotA[s]!;
    if (choice[i] === j) count[i]!++;
    else if (count[i] === 0) {
      choice[i] = j;
      count[i] = 1;
    } else count[i]!--;
  }
  const votes = new Int32Array(a.length);
  for (const s of seen) {
    const i = slotA[s]!;
    if (slotB[s]! >= 0 && choice[i] === slotB[s]) votes[i]!++;
  }
  const out: Array<[number, number, number]> = [];
  choice.forEach((j, i) => {
    if (j >= 0) out.push([i, j, votes[i]!]);
  });
  return out;
}
