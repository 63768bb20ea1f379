/** Move detection: text that left one place in A and turns up, unchanged or nearly so, elsewhere in B. */
import { bestCandidates, sketchesOf, unitSimilarity } from './pair.js';
import type { Unit } from './units.js';

/** Least similarity for a removed and an added segment to count as one moved segment. */
export const MOVE_MIN_SIMILARITY = 0.8;

/**
 * Pairs units of `left` (removed from A) with units of `right` (added in B)
 * that hold the same text, or nearly (similarity of at least
 * {@link MOVE_MIN_SIMILARITY}). Units with fewer than `minWords` words never
 * move (a repeated "Q:" is not a move). Copies of one text are paired in
 * order: equal keys first, then equal sketches (copies of a repeated
 * paragraph edited apart), then shared rare word pairs. Returns [index in
 * left, index in right].
 */
export function matchMoves(left: readonly Unit[], right: readonly Unit[], minWords: number): Array<[number, number]> {
  const usedRight = new Uint8Array(right.length);
  const usedLeft = new Uint8Array(left.length);
  const pairs: Array<[number, number]> = [];
  const pairInOrderBy = (keyLeft: (i: number) => number, keyRight: (j: number) => number, restLeft: readonly number[], restRight: readonly number[], similar: (i: number, j: number) => boolean) => {
    // Each key's right units, latest first, so that pop() hands out the earliest left.
    const byKey = new Map<number, number[]>();
    for (let r = restRight.length - 1; r >= 0; r--) {
      const key = keyRight(r);
      const list = byKey.get(key);
      if (list) list.push(restRight[r]!);
      else byKey.set(key, [restRight[r]!]);
    }
    restLeft.forEach((i, l) => {
      const list = byKey.get(keyLeft(l));
      const j = list?.[list.length - 1];
      if (j === undefined || !similar(i, j)) return;
      list!.pop();
      pairs.push([i, j]);
      usedLeft[i] = 1;
      usedRight[j] = 1;
    });
  };
  const rest = (units: readonly Unit[], used: Uint8Array) => units.flatMap((u, k) => (used[k] === 0 && u.words >= minWords ? [k] : []));
  let restLeft = rest(left, usedLeft);
  let restRight = rest(right, usedRight);
  pairInOrderBy(
    (l) => left[restLeft[l]!]!.key,
    (r) => right[restRight[r]!]!.key,
    restLeft,
    restRight,
    () => true,
  );
  restLeft = rest(left, usedLeft);
  restRight = rest(right, usedRight);
  if (restLeft.length === 0 || restRight.length === 0) return pairs;
  const { a: sketchLeft, b: sketchRight } = sketchesOf(
    restLeft.map((i) => left[i]!),
    restRight.map((j) => right[j]!),
  );
  const similar = (i: number, j: number) => unitSimilarity(left[i]!, right[j]!, MOVE_MIN_SIMILARITY) >= MOVE_MIN_SIMILARITY;
  pairInOrderBy(
    (l) => sketchLeft[l]!,
    (r) => sketchRight[r]!,
    restLeft,
    restRight,
    similar,
  );
  restLeft = rest(left, usedLeft);
  restRight = rest(right, usedRight);
  if (restLeft.length === 0 || restRight.length === 0) return pairs;
  for (const [ci, cj] of bestCandidates(
    restLeft.map((i) => left[i]!),
    restRight.map((j) => right[j]!),
  )) {
    const i = restLeft[ci]!;
    const j = restRight[cj]!;
    if (usedRight[j] || !similar(i, j)) continue;
    usedRight[j] = 1;
    pairs.push([i, j]);
  }
  return pairs;
}
