/**
 * Pairs the segments of one side with those of the other by content
 * similarity, so that a paragraph edited in place becomes one changed row
 * rather than a removal plus an addition.
 */
import { diffSequences, longestIncreasing, type Hunk } from './sequence.js';
import { diceSimilarity } from './similarity.js';
import { combineHash } from '../text/hash.js';
import { bagOf, type Unit } from './units.js';

/** Least similarity for two segments to count as one edited segment. */
export const PAIR_MIN_SIMILARITY = 0.35;
/** Rare word pairs two paragraphs must share alone to be paired without measuring their similarity. */
const CONVINCING_VOTES = 4;
/** Up to this many candidate pairs a gap is aligned exactly (dynamic programming); above, by shared rare word pairs first. */
const DP_CELLS = 400;
/**
 * What a pair of blocks of different kinds (a heading and a paragraph, a
 * list item and a table row) is worth in the alignment against its
 * similarity: blocks of the same kind are paired first, and a heading pairs
 * with a paragraph only where no paragraph wants it (a .txt version has only
 * paragraphs, so against a Word or Markdown file it still pairs them all).
 * Whether a pair is made at all still takes its whole similarity.
 */
const OTHER_KIND_WEIGHT = 0.5;

/** Similarity of two units' word bags; may be 0 when below `floor` (see {@link diceSimilarity}). */
export function unitSimilarity(a: Unit, b: Unit, floor = 0): number {
  return diceSimilarity(bagOf(a), bagOf(b), floor);
}

/** Room for the bags {@link unitSimilarityOnce} sorts and does not keep; grown on demand. */
let bagScratch = new Int32Array(4096);

/**
 * {@link unitSimilarity} for a pair compared once (the pairs a diff of
 * sketches matches): a bag not made yet is sorted in scratch room and not
 * kept. Kept, they would be a sorted copy of the keys of most edited
 * paragraphs (up to 13 MB a version for a Chinese 10 MB pair, whose every
 * letter is a key), alive until the diff ends. Same value.
 */
function unitSimilarityOnce(a: Unit, b: Unit, floor = 0): number {
  const need = (a.bag ? 0 : a.tokenEnd - a.tokenStart) + (b.bag ? 0 : b.tokenEnd - b.tokenStart);
  if (bagScratch.length < need) bagScratch = new Int32Array(2 * need);
  const bagA = a.bag ?? sortedInto(bagScratch, 0, a);
  const bagB = b.bag ?? sortedInto(bagScratch, a.bag ? 0 : a.tokenEnd - a.tokenStart, b);
  return diceSimilarity(bagA, bagB, floor);
}

/** The unit's word keys sorted in room[at, at + its token count). */
function sortedInto(room: Int32Array, at: number, unit: Unit): Int32Array {
  const bag = room.subarray(at, at + unit.tokenEnd - unit.tokenStart);
  bag.set(unit.tokens.keys.subarray(unit.tokenStart, unit.tokenEnd));
  return bag.sort();
}

/**
 * Pairs a[a0, a1) with b[b0, b1) in order (no crossing), maximizing total
 * similarity; pairs below `minSimilarity` are never made. Large gaps are
 * cut at rare shared word pairs first, so the work stays near linear. Returns absolute
 * index pairs, increasing on both sides.
 */
export function pairInOrder(a: readonly Unit[], a0: number, a1: number, b: readonly Unit[], b0: number, b1: number, minSimilarity = PAIR_MIN_SIMILARITY): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  // A stack of gaps still to pair ([a0, a1, b0, b1]) and pairs already made
  // ([i, j]), pushed in reverse so they come off in order: a loop, not a
  // recursion whose depth would grow with the number of nested gaps.
  const todo: Array<[number, number, number, number] | [number, number]> = [[a0, a1, b0, b1]];
  while (todo.length > 0) {
    const item = todo.pop()!;
    if (item.length === 2) {
      pairs.push(item);
      continue;
    }
    const [x0, x1, y0, y1] = item;
    const n = x1 - x0;
    const m = y1 - y0;
    if (n === 0 || m === 0) continue;
    if (n * m <= DP_CELLS) {
      for (const p of pairByDp(a, x0, x1, b, y0, y1, minSimilarity)) pairs.push(p);
      continue;
    }
    const chain = chainOf(a.slice(x0, x1), b.slice(y0, y1), minSimilarity);
    const next: Array<[number, number, number, number] | [number, number]> = [];
    let pa = x0;
    let pb = y0;
    for (const [ci, cj] of chain) {
      const i = ci + x0;
      const j = cj + y0;
      next.push([pa, i, pb, j], [i, j]);
      pa = i + 1;
      pb = j + 1;
    }
    if (chain.length > 0) next.push([pa, x1, pb, y1]);
    for (let k = next.length - 1; k >= 0; k--) todo.push(next[k]!);
  }
  return pairs;
}

/** The increasing chain of sure pairs that cuts a large gap: by sketches first, else by shared rare word pairs. */
function chainOf(sa: readonly Unit[], sb: readonly Unit[], minSimilarity: number): Array<[number, number]> {
  const chain = sketchChain(sa, sb, minSimilarity);
  if (chain.length > 0) return chain;
  return longestIncreasing(
    bestCandidates(sa, sb)
      .filter(([i, j, votes]) => votes >= CONVINCING_VOTES || unitSimilarity(sa[i]!, sb[j]!, minSimilarity) >= minSimilarity)
      .map(([i, j]) => [i, j] as [number, number]),
  );
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
      const x = a[a0 + i - 1]!;
      const y = b[b0 + j - 1]!;
      const s = unitSimilarity(x, y, minSimilarity);
      let best = Math.max(score[(i - 1) * (m + 1) + j]!, score[i * (m + 1) + j - 1]!);
      if (s >= minSimilarity) best = Math.max(best, score[(i - 1) * (m + 1) + j - 1]! + (x.kind === y.kind ? s : OTHER_KIND_WEIGHT * s));
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

/** Above this many tokens a side (on average), only one word pair in eight is looked at (chosen by hash, so both sides pick the same). */
const SAMPLE_ABOVE = 2_000;
const SAMPLE_MASK = 7;

/** The sample mask for word pairs of these unit lists (one for all of them, so that every side picks the same pairs). */
function sampleMask(...lists: ReadonlyArray<readonly Unit[]>): number {
  let total = 0;
  for (const units of lists) total += units.reduce((n, u) => n + u.tokenEnd - u.tokenStart, 0);
  return total > SAMPLE_ABOVE * lists.length ? SAMPLE_MASK : 0;
}

/** Calls `visit(hash, unit)` for the word pairs of each unit whose hash has none of the bits of `mask`. */
function eachWordPair(units: readonly Unit[], mask: number, visit: (hash: number, unit: number) => void): void {
  units.forEach((u, idx) => {
    const keys = u.tokens.keys;
    for (let k = u.tokenStart; k + 1 < u.tokenEnd; k++) {
      const h = combineHash(keys[k]!, keys[k + 1]!);
      if ((h & mask) === 0) visit(h, idx);
    }
  });
}

/** Most copies of one sketch on each side that are matched in order; and word pairs seen more often than this many times are common phrasing, never a sketch. */
export const MAX_COPIES = 32;
const COMMON_PAIR = 2 * MAX_COPIES;
/** Myers steps for the diff of sketches inside a gap (the gaps it leaves are paired again, smaller). */
const SKETCH_BUDGET = 1e6;

/** The sampled word pairs of each unit (those {@link eachWordPair} visits), flat: unit u's hashes are hashes[from[u], from[u + 1]). */
interface SampledPairs {
  hashes: Int32Array;
  from: Int32Array;
}

/**
 * Hashes every word pair of the units once and keeps the sampled ones (a
 * plain loop: a callback per pair, and a second walk over every pair to
 * find the least, cost more than the rest of the sketches together).
 */
function sampledPairs(units: readonly Unit[], mask: number): SampledPairs {
  const total = units.reduce((n, u) => n + Math.max(0, u.tokenEnd - u.tokenStart - 1), 0);
  // About one pair in mask + 1 is sampled: room for a quarter more, doubled if the text defeats the sample.
  let hashes = new Int32Array(Math.min(total, Math.ceil((1.25 * total) / (mask + 1)) + 16));
  const from = new Int32Array(units.length + 1);
  let n = 0;
  for (let u = 0; u < units.length; u++) {
    const { tokens, tokenStart, tokenEnd } = units[u]!;
    const keys = tokens.keys;
    for (let k = tokenStart; k + 1 < tokenEnd; k++) {
      const h = combineHash(keys[k]!, keys[k + 1]!);
      if ((h & mask) !== 0) continue;
      if (n === hashes.length) {
        const grown = new Int32Array(Math.min(total, 2 * n));
        grown.set(hashes);
        hashes = grown;
      }
      hashes[n++] = h;
    }
    from[u + 1] = n;
  }
  return { hashes, from };
}

/**
 * How often each sampled word pair occurs, in an open-addressing table (a
 * Map cost several times more per pair, and a 10 MB pair has ~400,000) with
 * a quarter more slots than pairs, all known before it is made: two
 * versions of one text share most of their pairs, so it is under half
 * full, and four fifths at most when they share none. A larger table was
 * slower: its pages are first touched as it fills (dear on this machine,
 * see BENCHMARKS.md, Diff) and its probes miss the cache more. Sampled
 * hashes have their low bits clear, so the slot comes from the high bits of
 * a multiplicative hash. Counts stop at 255: all that is asked of them is
 * whether they pass {@link COMMON_PAIR} (a byte a slot, not four: the table
 * of a 10 MB Chinese pair, whose every letter is a word, has 2 million).
 */
interface PairTable {
  keys: Int32Array;
  counts: Uint8Array;
  shift: number;
  wrap: number;
}

/** The slot of hash `h` in the table: where it is counted, or the empty slot it would take. */
function slotOf(table: PairTable, h: number): number {
  const { keys, counts, wrap } = table;
  let s = Math.imul(h, 0x9e3779b1) >>> table.shift;
  while (counts[s] !== 0 && keys[s] !== h) s = (s + 1) & wrap;
  return s;
}

/** The counts of the sampled pairs of every side, in one table. */
function pairCounts(sides: readonly SampledPairs[]): PairTable {
  let pairs = 0;
  for (const side of sides) pairs += side.from[side.from.length - 1]!;
  let bits = 4;
  while (1 << bits < pairs + (pairs >> 2) + 16) bits++;
  const table = { keys: new Int32Array(1 << bits), counts: new Uint8Array(1 << bits), shift: 32 - bits, wrap: (1 << bits) - 1 };
  for (const { hashes, from } of sides) {
    const end = from[from.length - 1]!;
    for (let k = 0; k < end; k++) {
      const s = slotOf(table, hashes[k]!);
      table.keys[s] = hashes[k]!;
      if (table.counts[s]! < 255) table.counts[s]!++;
    }
  }
  return table;
}

/** The sketches of two unit lists (see {@link sketchesOf}): the least and the second least hash of each unit. */
export interface Sketches {
  a: Int32Array;
  b: Int32Array;
  secondA: Int32Array;
  secondB: Int32Array;
}

/** The least and second least scrambled hash of each unit's sampled pairs that are not common; its key for a unit with none. */
function leastHashes(units: readonly Unit[], { hashes, from }: SampledPairs, counts: PairTable): [Int32Array, Int32Array] {
  const least = new Int32Array(units.length);
  const second = new Int32Array(units.length);
  for (let u = 0; u < units.length; u++) {
    let first = Infinity;
    let next = Infinity;
    for (let k = from[u]!; k < from[u + 1]!; k++) {
      const h = hashes[k]!;
      if (counts.counts[slotOf(counts, h)]! > COMMON_PAIR) continue;
      const scrambled = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
      if (scrambled < first) {
        next = first;
        first = scrambled;
      } else if (scrambled < next && scrambled !== first) next = scrambled;
    }
    least[u] = first === Infinity ? units[u]!.key : first | 0;
    second[u] = next === Infinity ? units[u]!.key : next | 0;
  }
  return [least, second];
}

/**
 * A sketch of each unit of `a` and of `b`: the least (scrambled) hash among
 * its word pairs that are not common (a min-hash), and the second least.
 * Two copies of one paragraph edited apart share the least as often as an
 * edit leaves a pair alone (about 80% with 5% of words edited), different
 * paragraphs almost never; so the copies of a repeated paragraph share one
 * sketch on both sides, and a diff of sketches pairs them in order. A unit
 * with no such pair keeps its key.
 */
export function sketchesOf(a: readonly Unit[], b: readonly Unit[]): Sketches {
  const mask = sampleMask(a, b);
  const pairsA = sampledPairs(a, mask);
  const pairsB = sampledPairs(b, mask);
  const counts = pairCounts([pairsA, pairsB]);
  const [sa, secondA] = leastHashes(a, pairsA, counts);
  const [sb, secondB] = leastHashes(b, pairsB, counts);
  return { a: sa, b: sb, secondA, secondB };
}

/**
 * Walks a diff of the sketches of `a` and `b` in order: `matched(i, j,
 * holds)` for each pair of positions it matches, where `holds` says the two
 * are one unit, maybe edited (equal keys, both sketches equal, or a word
 * overlap of `minSimilarity`), and `gap(hunk)` for each run between them.
 */
export function alignBySketches(
  a: readonly Unit[],
  b: readonly Unit[],
  budget: number,
  minSimilarity: number,
  matched: (i: number, j: number, holds: boolean) => void,
  gap: (hunk: Hunk) => void = () => {},
): void {
  const s = sketchesOf(a, b);
  let i = 0;
  let j = 0;
  const walk = (until: number) => {
    for (; i < until; i++, j++) {
      const holds = a[i]!.key === b[j]!.key || s.secondA[i] === s.secondB[j] || unitSimilarityOnce(a[i]!, b[j]!, minSimilarity) >= minSimilarity;
      matched(i, j, holds);
    }
  };
  for (const h of diffSequences(s.a, s.b, budget, false, MAX_COPIES).hunks) {
    walk(h.aStart);
    gap(h);
    i = h.aEnd;
    j = h.bEnd;
  }
  walk(a.length);
}

/** Pairs of `a` and `b` (indices into them) that a diff of their sketches matches and that hold (see {@link alignBySketches}). */
function sketchChain(a: readonly Unit[], b: readonly Unit[], minSimilarity: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  alignBySketches(a, b, SKETCH_BUDGET, minSimilarity, (i, j, holds) => {
    if (holds) pairs.push([i, j]);
  });
  return pairs;
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
  const mask = sampleMask(a, b);
  eachWordPair(a, mask, (h, i) => {
    const slot = slotOf.get(h);
    if (slot === undefined) {
      slotOf.set(h, slotA.length);
      slotA.push(i);
      slotB.push(NOT_IN_B);
    } else if (slotA[slot] !== i) slotA[slot] = -1;
  });
  // Slots in order of first sight in b: the votes read them in that order.
  const seen: number[] = [];
  eachWordPair(b, mask, (h, j) => {
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
