/** Similarity of two texts as bags of word keys, the measure used to pair paragraphs and to fill the matrix. */

/** Word keys of a text, sorted, so that two bags can be compared by merging. */
export function sortedKeys(keys: Int32Array): Int32Array {
  return keys.slice().sort();
}

/** Dice coefficient of two sorted key bags: 2·|A∩B| / (|A|+|B|); 1 when both are empty. */
export function diceSimilarity(a: Int32Array, b: Int32Array): number {
  if (a.length + b.length === 0) return 1;
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
    } else if (x < y) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}
