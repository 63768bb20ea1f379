/** Similarity of two texts as bags of word keys, the measure used to pair paragraphs and to fill the matrix. */

/** Word keys of a text (keys[from, to)), sorted, so that two bags can be compared by merging. */
export function sortedKeys(keys: Int32Array, from = 0, to = keys.length): Int32Array {
  return keys.slice(from, to).sort();
}

/**
 * Dice coefficient of two sorted key bags: 2·|A∩B| / (|A|+|B|); 1 when both
 * are empty. With a `floor`, a coefficient below it may come back as 0: the
 * merge stops as soon as the rest of the bags could no longer lift it to the
 * floor (pairing only needs to know which pairs reach it, and most do not).
 */
export function diceSimilarity(a: Int32Array, b: Int32Array, floor = 0): number {
  const total = a.length + b.length;
  if (total === 0) return 1;
  // Common items the coefficient needs to reach the floor, less a margin so that rounding never stops a merge that would reach it.
  const need = (floor * total) / 2 - 1e-9;
  if (Math.min(a.length, b.length) < need) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else {
      if (x < y) i++;
      else j++;
      if (common + Math.min(a.length - i, b.length - j) < need) return 0;
    }
  }
  return (2 * common) / total;
}
