/**
 * Splits and joins: one block cut into several (a list item split into three
 * nested items) or several joined into one. Paragraph pairing matches one
 * block with one block, so the old item paired with the first new one and the
 * rest showed as removed and added, though every word was still there (a real
 * README history: 80 words removed and 85 added where dwdiff marks 20).
 */
import { diceSimilarity } from './similarity.js';
import { bagOf, type Unit } from './units.js';

/** Units a[a0, a1) and b[b0, b1): one block's text on one side, several on the other. */
export interface Group {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** The word keys of units[from, to) as one sorted bag. */
function bagOfRun(units: readonly Unit[], from: number, to: number): Int32Array {
  if (to - from === 1) return bagOf(units[from]!);
  const parts = units.slice(from, to).map(bagOf);
  const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out.sort();
}

/**
 * Grows the paired units a[i] and b[j] into the unpaired units next to them
 * (a[loA, hiA) and b[loB, hiB) are the pair and the one-sided units around
 * it), one unit at a time, while that raises the word similarity of the two
 * sides taken whole: a block split in three is as similar to the three
 * together as it was to itself, but a block added beside an edited one
 * lowers it. Returns the grown group, or null when the pair alone is best.
 */
export function growPair(a: readonly Unit[], b: readonly Unit[], i: number, j: number, loA: number, hiA: number, loB: number, hiB: number): Group | null {
  if (loA === i && hiA === i + 1 && loB === j && hiB === j + 1) return null;
  const g: Group = { a0: i, a1: i + 1, b0: j, b1: j + 1 };
  let best = diceSimilarity(bagOf(a[i]!), bagOf(b[j]!));
  for (;;) {
    // Up to three units in each direction: pieces with no counterpart of their own (the "A" and "22" of a page that cut "A22" in two) must not stop the growth.
    const tries: Group[] = [];
    for (const step of [1, 2, 3]) {
      if (g.a0 - step >= loA) tries.push({ ...g, a0: g.a0 - step });
      if (g.a1 + step <= hiA) tries.push({ ...g, a1: g.a1 + step });
      if (g.b0 - step >= loB) tries.push({ ...g, b0: g.b0 - step });
      if (g.b1 + step <= hiB) tries.push({ ...g, b1: g.b1 + step });
    }
    let chosen: Group | null = null;
    for (const t of tries) {
      const s = diceSimilarity(bagOfRun(a, t.a0, t.a1), bagOfRun(b, t.b0, t.b1));
      if (s > best) [best, chosen] = [s, t];
    }
    if (!chosen) break;
    Object.assign(g, chosen);
  }
  return g.a1 - g.a0 + g.b1 - g.b0 > 2 ? g : null;
}
