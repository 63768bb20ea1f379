/** Move detection: text that left one place in A and turns up, unchanged or nearly so, elsewhere in B. */
import { bestCandidates, unitSimilarity } from './pair.js';
import type { Unit } from './units.js';

/** Least similarity for a removed and an added segment to count as one moved segment. */
export const MOVE_MIN_SIMILARITY = 0.8;

/**
 * Pairs units of `left` (removed from A) with units of `right` (added in B)
 * that hold the same text, or nearly (similarity of at least
 * {@link MOVE_MIN_SIMILARITY}). Units with fewer than `minWords` words never
 * move (a repeated "Q:" is not a move). Returns [index in left, index in right].
 */
export function matchMoves(left: readonly Unit[], right: readonly Unit[], minWords: number): Array<[number, number]> {
  const usedRight = new Set<number>();
  const usedLeft = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const byKey = new Map<number, number[]>();
  right.forEach((u, j) => {
    if (u.words < minWords) return;
    const list = byKey.get(u.key);
    if (list) list.push(j);
    else byKey.set(u.key, [j]);
  });
  left.forEach((u, i) => {
    if (u.words < minWords) return;
    const j = byKey.get(u.key)?.shift();
    if (j === undefined) return;
    pairs.push([i, j]);
    usedLeft.add(i);
    usedRight.add(j);
  });
  const restLeft = left.map((_, i) => i).filter((i) => !usedLeft.has(i) && left[i]!.words >= minWords);
  const restRight = right.map((_, j) => j).filter((j) => !usedRight.has(j) && right[j]!.words >= minWords);
  if (restLeft.length === 0 || restRight.length === 0) return pairs;
  for (const [ci, cj] of bestCandidates(restLeft.map((i) => left[i]!), restRight.map((j) => right[j]!))) {
    const i = restLeft[ci]!;
    const j = restRight[cj]!;
    if (usedRight.has(j) || unitSimilarity(left[i]!, right[j]!, MOVE_MIN_SIMILARITY) < MOVE_MIN_SIMILARITY) continue;
    usedRight.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}
