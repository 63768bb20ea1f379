/**
 * Diff of two sequences of integer keys: common prefix and suffix trimmed,
 * then patience-style anchors (keys unique to both sides, or, when asked,
 * keys that recur as often on both sides, their copies matched in order),
 * then Myers' O(ND) algorithm on what is left, with a work budget so that no
 * input can make it hang.
 */

/** A run of unmatched items: a[aStart, aEnd) was replaced by b[bStart, bEnd) (either may be empty). */
export interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** The hunks in order, and whether the budget ran out (then some hunks are coarser than they could be). */
export interface SequenceDiff {
  hunks: Hunk[];
  exhausted: boolean;
}

interface State {
  budget: number;
  exhausted: boolean;
  out: Hunk[];
  /** Check a range for shared keys before running Myers on it (see {@link diffSequences}). */
  distinct: boolean;
  /** Keys occurring up to this many times on each side, as often on both, make anchors (1: unique keys only). */
  copies: number;
}

const MAX_ANCHOR_DEPTH = 32;
/** Below this many items in all, Myers alone is cheaper than looking for anchors. */
const ANCHOR_MIN_ITEMS = 256;

/**
 * Diffs `a` against `b`. `budget` caps the Myers steps of this call
 * (about D² + snakes); a region that would exceed it is reported as one
 * hunk and `exhausted` is set. `mostlyDistinct` says that the keys rarely
 * recur on the other side (paragraphs of two edited versions: nearly all
 * edited): a region sharing no key is then settled without Myers, whose
 * steps on it are counted instead of walked (same hunks, same budget).
 * `copies` above 1 lets a key that occurs k ≤ `copies` times on each side
 * anchor too, its i-th copy in a with its i-th in b (repeated paragraphs:
 * histogram diff's idea of anchoring on the rarest keys, not only unique ones).
 */
export function diffSequences(a: ArrayLike<number>, b: ArrayLike<number>, budget = 2e6, mostlyDistinct = false, copies = 1): SequenceDiff {
  // One array type below this point keeps the element reads of the hot loops monomorphic.
  return diffSequenceRanges(asInt32(a), 0, a.length, asInt32(b), 0, b.length, budget, mostlyDistinct, copies);
}

/** {@link diffSequences} of a[a0, a1) against b[b0, b1); hunks hold indices into a and b. */
export function diffSequenceRanges(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number, budget = 2e6, mostlyDistinct = false, copies = 1): SequenceDiff {
  const state: State = { budget, exhausted: false, out: [], distinct: mostlyDistinct, copies };
  anchorsTop = 0;
  diffRange(a, a0, a1, b, b0, b1, state, 0);
  const hunks: Hunk[] = [];
  for (const h of state.out) {
    const last = hunks[hunks.length - 1];
    if (last && last.aEnd === h.aStart && last.bEnd === h.bStart) {
      last.aEnd = h.aEnd;
      last.bEnd = h.bEnd;
    } else hunks.push(h);
  }
  return { hunks, exhausted: state.exhausted };
}

function asInt32(keys: ArrayLike<number>): Int32Array {
  return keys instanceof Int32Array ? keys : Int32Array.from(keys);
}

function diffRange(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number, st: State, depth: number): void {
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) {
    a0++;
    b0++;
  }
  while (a1 > a0 && b1 > b0 && a[a1 - 1] === b[b1 - 1]) {
    a1--;
    b1--;
  }
  if (a0 === a1 || b0 === b1) {
    if (a0 < a1 || b0 < b1) st.out.push({ aStart: a0, aEnd: a1, bStart: b0, bEnd: b1 });
    return;
  }
  const count = depth < MAX_ANCHOR_DEPTH && a1 - a0 + b1 - b0 >= ANCHOR_MIN_ITEMS ? rareAnchors(a, a0, a1, b, b0, b1, st.copies) : 0;
  if (count === 0) {
    if (st.distinct && !sharesKey(a, a0, a1, b, b0, b1)) disjoint(a0, a1, b0, b1, st);
    else myers(a, a0, a1, b, b0, b1, st);
    return;
  }
  // This call's anchors lie at [base, base + 2 count) of the stack; the calls for the gaps push theirs above.
  const base = anchorsTop;
  anchorsTop += 2 * count;
  let pa = a0;
  let pb = b0;
  for (let k = base; k < base + 2 * count; k += 2) {
    const i = anchorStack[k]!;
    const j = anchorStack[k + 1]!;
    diffRange(a, pa, i, b, pb, j, st, depth + 1);
    pa = i + 1;
    pb = j + 1;
  }
  diffRange(a, pa, a1, b, pb, b1, st, depth + 1);
  anchorsTop = base;
}

/**
 * An open-addressing table from key to its counts in a and in b and its
 * next unclaimed position in b, shared by every call and cleared by bumping
 * a generation stamp: anchors are sought in thousands of cell pairs, and a
 * Map per call cost more than the search.
 */
const table = { keys: new Int32Array(1024), inA: new Int32Array(1024), inB: new Int32Array(1024), nextB: new Int32Array(1024), stamp: new Int32Array(1024), gen: 0 };

/** Slot of `key` in the table (its own, or the empty one where it belongs). */
function slotOf(key: number, mask: number): number {
  let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
  while (table.stamp[slot] === table.gen && table.keys[slot] !== key) slot = (slot + 1) & mask;
  return slot;
}

/** Scratch for one call: each item of a's slot, the next position in b of the same key, and the anchor candidates. */
let slotsA = new Int32Array(1024);
let laterB = new Int32Array(1024);
let candidateA = new Int32Array(1024);
let candidateB = new Int32Array(1024);
/**
 * The anchors of every {@link diffRange} call under way, as pairs [i, j, …],
 * each call's above its caller's: a call reads its anchors while the calls
 * it makes for the gaps between them find theirs, so a stack holds them all
 * and no call allocates a list (a 10 MB Chinese pair, whose every letter is
 * a word, found 13 MB of anchor lists).
 */
let anchorStack = new Int32Array(4096);
let anchorsTop = 0;

/**
 * Pairs (i, j) of equal keys that occur the same number of times, at most
 * `copies`, in each range, the k-th copy in a with the k-th in b; then the
 * longest chain of them increasing in both, written flat ([i0, j0, i1, j1,
 * …]) at the top of the anchor stack; returns how many pairs. Linear in the
 * ranges' length plus the chain's n log n: copies are matched by walking
 * each key's list of positions in b once, never by comparing every copy
 * with every other.
 */
function rareAnchors(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number, copies: number): number {
  let size = table.keys.length;
  while (size < 2 * (a1 - a0)) size *= 2;
  if (size > table.keys.length) Object.assign(table, { keys: new Int32Array(size), inA: new Int32Array(size), inB: new Int32Array(size), nextB: new Int32Array(size), stamp: new Int32Array(size) });
  if (++table.gen === 0x7fffffff) {
    table.stamp.fill(0);
    table.gen = 1;
  }
  if (slotsA.length < a1 - a0) {
    slotsA = new Int32Array(a1 - a0);
    candidateA = new Int32Array(a1 - a0);
    candidateB = new Int32Array(a1 - a0);
  }
  if (laterB.length < b1 - b0) laterB = new Int32Array(b1 - b0);
  // Each walk is a function of its own, with nothing after its loop: the first call (a long document's paragraphs)
  // runs long enough for V8 to compile a loop on the spot (OSR), before the code after it has ever run; that code,
  // compiled without type feedback, bailed out on every later call (~460 times in a 10 MB diff).
  countA(a, a0, a1, size - 1);
  threadB(b, b0, b1, size - 1);
  const n = listCandidates(a0, a1, b0, copies);
  if (n === 0) return 0;
  const length = increasingChain(candidateB, n);
  traceChain(length);
  if (anchorStack.length < anchorsTop + 2 * length) {
    const bigger = new Int32Array(Math.max(2 * anchorStack.length, anchorsTop + 2 * length));
    bigger.set(anchorStack.subarray(0, anchorsTop));
    anchorStack = bigger;
  }
  for (let k = 0; k < length; k++) {
    anchorStack[anchorsTop + 2 * k] = candidateA[chainScratch[k]!]!;
    anchorStack[anchorsTop + 2 * k + 1] = candidateB[chainScratch[k]!]!;
  }
  return length;
}

/** Fills the table for {@link rareAnchors} with the keys of a and how often each occurs there. */
function countA(a: Int32Array, a0: number, a1: number, mask: number): void {
  for (let i = a0; i < a1; i++) {
    const k = a[i]!;
    const slot = slotOf(k, mask);
    slotsA[i - a0] = slot;
    if (table.stamp[slot] === table.gen) table.inA[slot]!++;
    else {
      table.stamp[slot] = table.gen;
      table.keys[slot] = k;
      table.inA[slot] = 1;
      table.inB[slot] = 0;
      table.nextB[slot] = -1;
    }
  }
}

/** Counts the keys of a in b, and threads each one's positions in b into a list in order: nextB the first, laterB[j - b0] the one after j (b walked backwards). */
function threadB(b: Int32Array, b0: number, b1: number, mask: number): void {
  for (let j = b1 - 1; j >= b0; j--) {
    const slot = slotOf(b[j]!, mask);
    if (table.stamp[slot] !== table.gen) continue;
    table.inB[slot]!++;
    laterB[j - b0] = table.nextB[slot]!;
    table.nextB[slot] = j;
  }
}

/** Walking a in order gives each eligible copy the next unclaimed copy in b: the candidates, sorted by their position in a, in candidateA/candidateB; returns how many. */
function listCandidates(a0: number, a1: number, b0: number, copies: number): number {
  let n = 0;
  for (let i = a0; i < a1; i++) {
    const slot = slotsA[i - a0]!;
    const count = table.inA[slot]!;
    if (count > copies || count !== table.inB[slot]) continue;
    const j = table.nextB[slot]!;
    table.nextB[slot] = laterB[j - b0]!;
    candidateA[n] = i;
    candidateB[n++] = j;
  }
  return n;
}

/** Scratch for {@link increasingChain}, grown on demand: thousands of cell pairs look for anchors, and a typed array of this size costs ~1 µs to allocate. */
let tailsScratch = new Int32Array(1024);
let prevScratch = new Int32Array(1024);
let chainScratch = new Int32Array(1024);

/**
 * The length of the longest strictly increasing subsequence of values[0, n)
 * (patience sorting; the earliest tails win ties); {@link traceChain} then
 * writes its indices to chainScratch[0, length).
 */
function increasingChain(values: Int32Array, n: number): number {
  if (tailsScratch.length < n) {
    tailsScratch = new Int32Array(n);
    prevScratch = new Int32Array(n);
    chainScratch = new Int32Array(n);
  }
  const tails = tailsScratch; // index of the smallest tail of each length
  const prev = prevScratch;
  let length = 0;
  for (let p = 0; p < n; p++) {
    const v = values[p]!;
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    prev[p] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = p;
    if (lo === length) length++;
  }
  return length;
}

/** Writes the indices of the chain {@link increasingChain} just found, of this length, to chainScratch (from its last tail back). */
function traceChain(length: number): void {
  const prev = prevScratch;
  const chain = chainScratch;
  for (let k = length - 1, p = length > 0 ? tailsScratch[length - 1]! : -1; k >= 0; k--, p = prev[p]!) chain[k] = p;
}

/** The longest subsequence of pairs (already sorted by first item) whose second items increase. */
export function longestIncreasing<T extends [number, number]>(pairs: readonly T[]): T[] {
  const length = increasingChain(
    Int32Array.from(pairs, (p) => p[1]),
    pairs.length,
  );
  traceChain(length);
  return Array.from(chainScratch.subarray(0, length), (k) => pairs[k]!);
}

function sharesKey(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number): boolean {
  const keys = new Set<number>();
  for (let i = a0; i < a1; i++) keys.add(a[i]!);
  for (let j = b0; j < b1; j++) if (keys.has(b[j]!)) return true;
  return false;
}

/**
 * What {@link myers} does on two ranges with no key in common, without its
 * walk: step d explores d + 1 diagonals and finds no snake, the end is
 * reached at step n + m, and the whole region is one hunk.
 */
function disjoint(a0: number, a1: number, b0: number, b1: number, st: State): void {
  const steps = a1 - a0 + (b1 - b0);
  let spent = 0;
  for (let d = 0; d < steps; d++) {
    spent += d + 1;
    if (st.budget - spent < 0) {
      st.exhausted = true;
      break;
    }
  }
  st.budget -= spent;
  st.out.push({ aStart: a0, aEnd: a1, bStart: b0, bEnd: b1 });
}

/**
 * Scratch space shared by every call (diffing is synchronous): the V array,
 * the V of every step (step d at offset d², 2d + 1 values), and the
 * unmatched marks. Reused, so thousands of small diffs allocate nothing.
 */
let vScratch = new Int32Array(1024);
let traceScratch = new Int32Array(4096);
let markScratch = new Uint8Array(1024);

/*
 * Myers' algorithm ("An O(ND) Difference Algorithm and Its Variations",
 * 1986), step by step.
 *
 * The edit graph: a point (x, y) means "the first x items of a and the first
 * y items of b are settled". From (x, y) one may go right to (x + 1, y)
 * (delete a[x]), down to (x, y + 1) (insert b[y]), or, when a[x] equals
 * b[y], diagonally to (x + 1, y + 1) for free (keep the item). A diff is a
 * path from (0, 0) to (n, m); the shortest has the fewest right and down
 * steps, D, and its diagonal steps are a longest common subsequence.
 *
 * Diagonals: k = x - y. A right step moves to diagonal k + 1, a down step to
 * k - 1, a free step stays on k. After d paid steps a path can only end on
 * diagonals -d, -d + 2, …, d (k has the parity of d).
 *
 * V: for each diagonal k, the furthest x a path of exactly d paid steps
 * reaches on it (y is x - k). Step d builds V from step d - 1's: diagonal k
 * is reached either by a down step from diagonal k + 1 (x unchanged) or by a
 * right step from diagonal k - 1 (x + 1), whichever reaches further (at the
 * edges k = -d and k = d only one of them exists). Then the path slides
 * down the diagonal while the items are equal (a "snake"): free steps, taken
 * greedily, since sliding never hurts. The first step d at which some
 * diagonal reaches (n, m) gives D = d.
 *
 * The walk keeps only the furthest points; to recover the path, each step's
 * V is copied into the trace before it is overwritten, and {@link backtrack}
 * walks from (n, m) back to (0, 0) asking, at each step, which of the two
 * neighbouring diagonals the point came from (the same test the walk used).
 *
 * Cost: step d explores d + 1 diagonals plus the snakes' length, so the whole
 * walk is O((n + m) D) time and O(D²) trace; `st.budget` caps it, and a
 * region over budget is reported as one hunk. The prefix and suffix trim and
 * the anchors of {@link diffRange} keep D, and so the trace, small in
 * practice.
 */
function myers(a: Int32Array, a0: number, a1: number, b: Int32Array, b0: number, b1: number, st: State): void {
  const n = a1 - a0;
  const m = b1 - b0;
  const max = n + m;
  const off = max + 1;
  if (vScratch.length < 2 * max + 3) vScratch = new Int32Array(2 * max + 3);
  // v[off + k] is the furthest x on diagonal k (off keeps indices non-negative); diagonal 1 holds x = 0 so that
  // step 0's "down step from diagonal 1" starts the path at (0, 0).
  const v = vScratch;
  v[off + 1] = 0;
  for (let d = 0; d <= max; d++) {
    const need = (d + 1) * (d + 1);
    if (traceScratch.length < need) {
      const bigger = new Int32Array(Math.max(need, traceScratch.length * 2));
      bigger.set(traceScratch);
      traceScratch = bigger;
    }
    // Keep V as it was before step d (diagonals -d..d) for the backtrack. A copy by hand: a subarray per step
    // would allocate a view for every step of thousands of small diffs.
    const trace = traceScratch;
    for (let t = 0, from = off - d, to = d * d; t <= 2 * d; t++) trace[to + t] = v[from + t]!;
    let work = 0;
    for (let k = -d; k <= d; k += 2) {
      // Down from diagonal k + 1 (same x) when it reaches further than right from k - 1 (x + 1), or when k - 1 is
      // out of reach (k = -d); right from k - 1 otherwise (always at k = d).
      let x = k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!) ? v[off + k + 1]! : v[off + k - 1]! + 1;
      let y = x - k;
      const x0 = x;
      // The snake: free diagonal steps while the items are equal.
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      work += 1 + x - x0;
      v[off + k] = x;
      // Reached the end: d is the length of the shortest edit script.
      if (x >= n && y >= m) {
        backtrack(d, n, m, a0, b0, st);
        return;
      }
    }
    st.budget -= work;
    if (st.budget < 0) {
      st.exhausted = true;
      st.out.push({ aStart: a0, aEnd: a1, bStart: b0, bEnd: b1 });
      return;
    }
  }
}

/**
 * Recovers the path of a finished walk that ended at step `dEnd` and turns
 * it into hunks. From (n, m), for d = dEnd down to 1: the point lies on
 * diagonal k = x - y; the trace of step d (V after step d - 1) says, by the
 * walk's own test, whether step d came down from diagonal k + 1 or right
 * from k - 1; that neighbour's furthest point is where step d began. The
 * paid step between them marks one item as unmatched (down: an item of b,
 * inserted; right: an item of a, deleted); the snake after it is items kept.
 * Then one pass over the marks cuts runs of unmatched items into hunks.
 */
function backtrack(dEnd: number, n: number, m: number, a0: number, b0: number, st: State): void {
  if (markScratch.length < n + m) markScratch = new Uint8Array(n + m);
  const marks = markScratch; // [0, n): item of a unmatched; [n, n + m): item of b unmatched
  marks.fill(0, 0, n + m);
  const trace = traceScratch;
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const base = d * d + d; // V after step d-1, at index base + k
    const k = x - y;
    const down = k === -d || (k !== d && trace[base + k - 1]! < trace[base + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = trace[base + prevK]!;
    const prevY = prevX - prevK;
    if (down) marks[n + prevY] = 1;
    else marks[prevX] = 1;
    x = prevX;
    y = prevY;
  }
  // Kept items pair up in order; a hunk is a maximal stretch where either side has unmatched items.
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && !marks[i] && !marks[n + j]) {
      i++;
      j++;
      continue;
    }
    const hi = i;
    const hj = j;
    while ((i < n && marks[i]) || (j < m && marks[n + j])) {
      while (i < n && marks[i]) i++;
      while (j < m && marks[n + j]) j++;
    }
    st.out.push({ aStart: a0 + hi, aEnd: a0 + i, bStart: b0 + hj, bEnd: b0 + j });
  }
}
