/**
 * The search behind sentence alignment: the cheapest monotone chain of beads
 * (one-to-one, one-to-none, two-to-one, two-to-two...) over two segment lists,
 * scored with Gale and Church's length model, their bead priors and a bonus
 * for anchors both segments share. Long lists are searched coarse to fine,
 * as Vecalign does: blocks of consecutive segments are aligned first, and the
 * full search then runs in a band around the path they found, so work and
 * memory stay near linear and the band follows the text, not the diagonal.
 */
import { anchorAgreement, type AnchorIndex } from './anchors.js';

/** One aligned row: a[i, i+da) with b[j, j+db). */
export interface Bead {
  i: number;
  j: number;
  da: number;
  db: number;
}

/** What the search knows of each side: segment lengths in UTF-8 bytes, paragraph of each segment, and the anchors. */
export interface SearchInput {
  lenA: ArrayLike<number>;
  lenB: ArrayLike<number>;
  /** UTF-8 bytes per character over both texts (1 for ASCII prose, about 2 for Chinese against English). */
  bytesPerChar?: number;
  paraA?: ArrayLike<number>;
  paraB?: ArrayLike<number>;
  anchors: AnchorIndex;
  /**
   * Where to search, when the caller knows: row i (0 to lenA.length) holds
   * columns [lo[i], hi[i]), both never decreasing, with hi[i] > lo[i + 1],
   * row 0 starting at 0 and the last row ending at lenB.length + 1. By
   * default the whole matrix, or for long lists the band around a coarse path.
   */
  band?: { lo: Int32Array; hi: Int32Array };
}

/**
 * Bead shapes and their cost, -ln of the prior. One-to-one, two-to-one and
 * two-to-two priors are Gale and Church's (1993: .89, .089, .011, each shape
 * of a mirrored pair taking half). The shapes literary translation needs
 * beyond theirs (one-to-three, three-to-two, one-to-four and their mirrors)
 * and the one-to-none prior were set on development data (Text+Berg de–fr,
 * MAC zh–en): a lone sentence costs more than Gale and Church's .0099, since
 * an omission should be what the evidence shows (orphan names, learnt
 * evidence costs), not what the length model falls back on.
 */
const BEADS: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, -Math.log(0.89)],
  [1, 0, -Math.log(0.001)],
  [0, 1, -Math.log(0.001)],
  [2, 1, -Math.log(0.089 / 2)],
  [1, 2, -Math.log(0.089 / 2)],
  [2, 2, -Math.log(0.011)],
  [3, 1, -Math.log(0.004)],
  [1, 3, -Math.log(0.004)],
  [3, 2, -Math.log(0.001)],
  [2, 3, -Math.log(0.001)],
  [4, 1, -Math.log(0.001)],
  [1, 4, -Math.log(0.001)],
];
/**
 * Variance of the length difference per character (Gale and Church's 6.8).
 * Measured in bytes it grows with the bytes a character takes: by theory
 * linearly, but development data (MAC zh–en, 1.5 bytes a character over
 * both sides) wants it looser, with the square, so that lexical evidence
 * can outweigh a length mismatch in free translation.
 */
const VARIANCE = 6.8;
/** Cost taken off per unit of shared anchor weight (rarer anchors weigh more). */
const SHARED_BONUS = 1;
/** Cost per name a paired segment holds that the other side never mentions (where the translation keeps names). */
const ORPHAN_COST = 3;
/** Cost of a bead that joins segments of different paragraphs on one side. */
const PARAGRAPH_CROSS = 3;
/** Cells above which the search runs coarse to fine. */
const MAX_CELLS = 400_000;
/** Most anchors a block of the coarse pass keeps. */
const COARSE_ANCHORS = 32;
/**
 * Half width of a band around a path, in segments beyond its beads (or
 * blocks). Development F1 is the same at 32 as at 48 (Text+Berg, MAC, the
 * Bible pair); at 24 the Bible pair's band widens on its own, and the second
 * search's band loses Text+Berg pairs.
 */
const MARGIN = 32;

/** Standard normal cumulative distribution (Abramowitz–Stegun 26.2.17). */
function phi(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const d = 0.3989423 * Math.exp((-z * z) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return z > 0 ? 1 - p : p;
}

/** -ln of the two-tailed probability of a deviate |z|, tabulated every 1/STEPS up to TOP and read by linear interpolation (the search asks for it millions of times). */
const STEPS = 64;
const TOP = 12;
const TAIL_COST = Float64Array.from({ length: TOP * STEPS + 2 }, (_, k) => -Math.log(Math.max(2 * (1 - phi(k / STEPS)), 1e-12)));

/** Gale–Church cost of pairing texts of lengths la and lb, with c the expected ratio lb/la and the given variance per unit of length. */
function lengthCost(la: number, lb: number, c: number, variance: number): number {
  const mean = (la + lb / c) / 2;
  if (mean === 0) return 0;
  const x = (Math.abs(lb - la * c) / Math.sqrt(variance * mean)) * STEPS;
  if (x >= TOP * STEPS) return TAIL_COST[TOP * STEPS]!;
  const k = Math.floor(x);
  return TAIL_COST[k]! + (x - k) * (TAIL_COST[k + 1]! - TAIL_COST[k]!);
}

/**
 * The anchors of every run of k consecutive segments (k from 1 to the
 * longest side of a bead), laid out flat: the run ending before segment
 * `end` holds the distinct anchor ids ids[start[end - 1] .. start[end]),
 * sorted, of total weight weight[end] (a single segment keeps an anchor it
 * holds twice, as anchorAgreement counts it; a joined segment holds each
 * anchor once). Computed once per input, so each bead compares two slices instead
 * of every pair of its sentences, and without a small array per run.
 */
interface Runs {
  ids: Int32Array;
  start: Int32Array;
  weight: Float64Array;
}

/** The runs of 1 to `longest` segments of one side, by run length (index 0 unused). */
function anchorRuns(lists: readonly Int32Array[], weight: Float64Array, longest: number): Runs[] {
  const out: Runs[] = [];
  // seen[id] holds the last run that took the id, so a run keeps each anchor once without a Set.
  const seen = new Int32Array(weight.length).fill(-1);
  let run = -1;
  for (let k = 1; k <= longest; k++) {
    let size = 0;
    for (let end = k; end <= lists.length; end++) for (let q = end - k; q < end; q++) size += lists[q]!.length;
    const ids = new Int32Array(size);
    const start = new Int32Array(lists.length + 1);
    const w = new Float64Array(lists.length + 1);
    let at = 0;
    for (let end = 1; end <= lists.length; end++) {
      const from = at;
      run++;
      // Runs that would start before the first segment stay empty.
      for (let q = end - k; q < end && q >= 0; q++) {
        for (const id of lists[q]!) {
          if (k > 1 && seen[id] === run) continue;
          seen[id] = run;
          ids[at++] = id;
          w[end] = w[end]! + weight[id]!;
        }
      }
      ids.subarray(from, at).sort();
      start[end] = at;
    }
    out[k] = { ids, start, weight: w };
  }
  return out;
}

/** Rows of the search: row i holds columns [lo[i], hi[i]), stored from offset[i]. */
interface Band {
  lo: Int32Array;
  hi: Int32Array;
  offset: Int32Array;
  cells: number;
}

function fullBand(n: number, m: number): Band {
  return bandOf(new Int32Array(n + 1), new Int32Array(n + 1).fill(m + 1));
}

function bandOf(lo: Int32Array, hi: Int32Array): Band {
  const offset = new Int32Array(lo.length + 1);
  for (let i = 0; i < lo.length; i++) offset[i + 1] = offset[i]! + hi[i]! - lo[i]!;
  return { lo, hi, offset, cells: offset[lo.length]! };
}

/** Sum of lengths over [from, from+count). */
function sum(len: ArrayLike<number>, from: number, count: number): number {
  let s = 0;
  for (let k = from; k < from + count; k++) s += len[k]!;
  return s;
}

/** Prefix sums: cum[k] is the sum of the first k values. */
function cumulative(values: ArrayLike<number>): Float64Array {
  const cum = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k++) cum[k + 1] = cum[k]! + values[k]!;
  return cum;
}

/** Paragraph runs: run[k] counts paragraph changes before segment k, so [from, to] lies in one paragraph when run[from] === run[to]. */
function runs(para: ArrayLike<number> | undefined, length: number): Int32Array {
  const run = new Int32Array(length);
  for (let k = 1; k < length; k++) run[k] = run[k - 1]! + (para && para[k] !== para[k - 1] ? 1 : 0);
  return run;
}

const DA = Int8Array.from(BEADS, (b) => b[0]);
const DB = Int8Array.from(BEADS, (b) => b[1]);
const PRIOR = Float64Array.from(BEADS, (b) => b[2]);

/**
 * What every search over one input reads, computed once per input rather
 * than per search or per cell: prefix sums of lengths, anchor weights and
 * orphan names (a run's total is a difference of two), paragraph runs, and
 * the anchors of joined runs.
 */
interface Features {
  n: number;
  m: number;
  cumA: Float64Array;
  cumB: Float64Array;
  runA: Int32Array;
  runB: Int32Array;
  orphanA: Float64Array;
  orphanB: Float64Array;
  runsA: Runs[];
  runsB: Runs[];
  /** Expected ratio of B's length to A's. */
  ratio: number;
  variance: number;
  anchors: AnchorIndex;
}

/** The features of an input, for searches with the first `shapes` bead shapes. */
function prepare(input: SearchInput, shapes: number): Features {
  const { anchors } = input;
  const n = input.lenA.length;
  const m = input.lenB.length;
  const cumA = cumulative(input.lenA);
  const cumB = cumulative(input.lenB);
  const longest = Math.max(...DA.subarray(0, shapes), ...DB.subarray(0, shapes));
  return {
    n,
    m,
    cumA,
    cumB,
    runA: runs(input.paraA, n),
    runB: runs(input.paraB, m),
    orphanA: cumulative(anchors.orphansLeft),
    orphanB: cumulative(anchors.orphansRight),
    runsA: anchorRuns(anchors.left, anchors.weight, longest),
    runsB: anchorRuns(anchors.right, anchors.weight, longest),
    ratio: cumA[n]! > 0 && cumB[m]! > 0 ? cumB[m]! / cumA[n]! : 1,
    variance: VARIANCE * (input.bytesPerChar ?? 1) ** 2,
    anchors,
  };
}

/**
 * The cheapest chain of beads inside the band, with the first
 * `prior.length` bead shapes: a dynamic program row by row, each cell
 * taking the cheapest of the beads that end at it. A bead's cost is its
 * prior, the length cost and the penalties, less what its shared anchors
 * take off; the anchors are compared last, and only when the most they
 * could take off would still beat the cheapest bead found for the cell.
 */
function searchBand(f: Features, band: Band, evidence: Evidence | null, prior: Float64Array = PRIOR): Bead[] {
  const { n, m, cumA, cumB, runA, runB, orphanA, orphanB, runsA, runsB, ratio, variance } = f;
  const { weight } = f.anchors;
  const { lo, hi, offset } = band;
  const at = (i: number, j: number) => (i < 0 || j < lo[i]! || j >= hi[i]! ? -1 : offset[i]! + j - lo[i]!);
  const cost = new Float64Array(band.cells).fill(Infinity);
  const back = new Uint8Array(band.cells);
  const bonus = evidence === null ? SHARED_BONUS : evidence.bonus;
  const binCosts = evidence === null ? null : evidence.costs;
  const leastBin = binCosts === null ? 0 : Math.min(0, ...binCosts);
  const shapes = prior.length;
  if (at(0, 0) >= 0) cost[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    const rowLo = lo[i]!;
    const rowHi = hi[i]!;
    const rowOffset = offset[i]!;
    for (let j = rowLo; j < rowHi; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let via = 0;
      for (let s = 0; s < shapes; s++) {
        const da = DA[s]!;
        const db = DB[s]!;
        const pi = i - da;
        const pj = j - db;
        if (pi < 0 || pj < lo[pi]! || pj >= hi[pi]!) continue;
        let step = cost[offset[pi]! + pj - lo[pi]!]! + prior[s]!;
        if (da > 0 && db > 0) {
          const ra = runsA[da]!;
          const rb = runsB[db]!;
          const wa = ra.weight[i]!;
          const wb = rb.weight[j]!;
          // The most shared anchors can take off: the bonus on the lighter side's weight, and the cheapest evidence bin.
          const most = bonus * Math.min(wa, wb) - leastBin;
          if (step - most >= best) continue;
          step += ORPHAN_COST * (orphanA[i]! - orphanA[pi]! + orphanB[j]! - orphanB[pj]!);
          if (runA[i - 1] !== runA[pi] || runB[j - 1] !== runB[pj]) step += PARAGRAPH_CROSS;
          step += lengthCost(cumA[i]! - cumA[pi]!, cumB[j]! - cumB[pj]!, ratio, variance);
          if (step - most >= best) continue;
          // A joined segment holds each anchor once: its agreement is that of the unions, not a sum over every pair of sentences.
          const common = anchorAgreement(ra.ids, rb.ids, weight, ra.start[i - 1]!, ra.start[i]!, rb.start[j - 1]!, rb.start[j]!);
          step -= bonus * common;
          if (binCosts !== null) step += binCosts[evidenceBin(common, wa, wb)]!;
        }
        if (step < best) {
          best = step;
          via = s;
        }
      }
      cost[rowOffset + j - rowLo] = best;
      back[rowOffset + j - rowLo] = via;
    }
  }
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = back[at(i, j)]!;
    i -= DA[s]!;
    j -= DB[s]!;
    beads.push({ i, j, da: DA[s]!, db: DB[s]! });
  }
  return beads.reverse();
}

/** Segments joined ka by ka on side A and kb by kb on side B: their lengths summed, their anchors merged. */
function coarsen(input: SearchInput, ka: number, kb: number): SearchInput {
  const blocks = (len: ArrayLike<number>, k: number) => Array.from({ length: Math.ceil(len.length / k) }, (_, b) => sum(len, b * k, Math.min(k, len.length - b * k)));
  const { anchors, bytesPerChar } = input;
  // A block keeps its COARSE_ANCHORS rarest anchors, as a sentence keeps its rarest: they carry the evidence, and they bound the cost of comparing blocks.
  const merge = (lists: Int32Array[], k: number) =>
    Array.from({ length: Math.ceil(lists.length / k) }, (_, b) => {
      const ids = new Set<number>();
      for (const list of lists.slice(b * k, b * k + k)) for (const id of list) ids.add(id);
      const kept = ids.size <= COARSE_ANCHORS ? [...ids] : [...ids].sort((x, y) => anchors.weight[y]! - anchors.weight[x]! || x - y).slice(0, COARSE_ANCHORS);
      return Int32Array.from(kept).sort();
    });
  const left = merge(anchors.left, ka);
  const right = merge(anchors.right, kb);
  // Coarse blocks keep no orphan evidence: it decides single sentences, not the path.
  return {
    lenA: blocks(input.lenA, ka),
    lenB: blocks(input.lenB, kb),
    bytesPerChar,
    anchors: { ...anchors, left, right, orphansLeft: new Float64Array(left.length), orphansRight: new Float64Array(right.length) },
  };
}

/** The band of rows around a coarse path of blocks (ka rows, kb columns), MARGIN segments wide beyond each block, kept monotone and connected. */
function bandAround(path: readonly Bead[], ka: number, kb: number, n: number, m: number): Band {
  const lo = new Int32Array(n + 1).fill(m + 1);
  const hi = new Int32Array(n + 1);
  for (const bead of path) {
    const rowFrom = bead.i * ka;
    const rowTo = Math.min(n, (bead.i + bead.da) * ka);
    const colFrom = Math.max(0, bead.j * kb - MARGIN);
    const colTo = Math.min(m + 1, (bead.j + bead.db) * kb + MARGIN + 1);
    for (let i = rowFrom; i <= rowTo; i++) {
      lo[i] = Math.min(lo[i]!, colFrom);
      hi[i] = Math.max(hi[i]!, colTo);
    }
  }
  lo[0] = 0;
  hi[0] = Math.max(hi[0]!, 1);
  hi[n] = m + 1;
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i]!, hi[i - 1]!);
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i]!, lo[i + 1]!);
  // Each row reaches the columns the rows beside it do, so that every bead shape can step between them.
  for (let i = 1; i <= n; i++) lo[i] = Math.min(lo[i]!, Math.max(0, hi[i - 1]! - 1));
  return bandOf(lo, hi);
}

/** Total anchor weight of each unit. */
function unitWeights(lists: readonly Int32Array[], weight: Float64Array): Float64Array {
  return Float64Array.from(lists, (ids) => ids.reduce((sum, id) => sum + weight[id]!, 0));
}

/** Bins of the evidence a pair holds: none known (neither side has anchors), none shared, then the share of their anchor weight shared, in tenths. */
const BINS = 12;
function evidenceBin(common: number, wa: number, wb: number): number {
  const union = wa + wb - common;
  if (union <= 0) return 0;
  return common <= 0 ? 1 : 2 + Math.min(9, Math.floor((10 * Math.min(common, union)) / union));
}

/** Pairs of a first search at which the learnt evidence and the fixed bonus weigh the same. */
const HALF_TRUST = 50;
/**
 * Most the learnt evidence is trusted, however many pairs it was learnt
 * from: fully trusted, it aligned the same text worse the longer it was
 * (Text+Berg dev strict F1 0.879 alone, 0.859 three times over, 0.841
 * eleven times over). With this cap: 0.878 alone and eleven times over,
 * MAC 0.709 → 0.711, the declaration and the bundled corpus unchanged.
 */
const MAX_TRUST = 0.7;

/** Learnt cost of each evidence bin, and what is left of the fixed bonus per unit of shared weight. */
interface Evidence {
  costs: Float64Array;
  bonus: number;
}

/** Most the evidence of one bead may add or take off. */
const MAX_EVIDENCE = 4;
/** Share of pairs holding anchors below which nothing is learnt from them. */
const SPARSE = 0.1;
/** Offset of the pairs that stand for unrelated sentences. */
const OFFSET = 3;

/**
 * What the anchors two segments share are worth, learnt from the text
 * itself: per bin of shared anchor weight, -ln of how often one-to-one
 * pairs of a first search fall in it over how often pairs of sentences a
 * few rows apart do. Where translations keep names and numbers (news), a
 * pair sharing none is strong evidence of an omission; where they keep
 * few (Chinese against English), the bins cost about nothing. Short texts
 * give few pairs to learn from: the learnt costs are trusted in proportion
 * (HALF_TRUST), up to MAX_TRUST, the fixed bonus keeping the rest; texts where fewer than
 * SPARSE of the pairs hold anchors teach nothing (null).
 */
function evidenceCosts(input: SearchInput, beads: readonly Bead[]): Evidence | null {
  const { anchors } = input;
  const wa = unitWeights(anchors.left, anchors.weight);
  const wb = unitWeights(anchors.right, anchors.weight);
  const m = input.lenB.length;
  const paired = new Float64Array(BINS).fill(1);
  const apart = new Float64Array(BINS).fill(1);
  const bin = (i: number, j: number) => evidenceBin(anchorAgreement(anchors.left[i]!, anchors.right[j]!, anchors.weight), wa[i]!, wb[j]!);
  for (const b of beads) {
    if (b.da !== 1 || b.db !== 1) continue;
    paired[bin(b.i, b.j)]!++;
    for (const j of [b.j - OFFSET, b.j + OFFSET]) if (j >= 0 && j < m) apart[bin(b.i, j)]!++;
  }
  const totalPaired = paired.reduce((x, y) => x + y, 0);
  const totalApart = apart.reduce((x, y) => x + y, 0);
  // Too few pairs with anchors to learn from (Chinese against English): the first search stands.
  if (totalPaired - paired[0]! < SPARSE * totalPaired) return null;
  const trust = Math.min(MAX_TRUST, (totalPaired - BINS) / (totalPaired - BINS + HALF_TRUST));
  const costs = paired.map((p, k) => trust * Math.max(-MAX_EVIDENCE, Math.min(MAX_EVIDENCE, -Math.log(p / totalPaired / (apart[k]! / totalApart)))));
  costs[0] = 0;
  return { costs, bonus: (1 - trust) * SHARED_BONUS };
}

/** Share of omission events (runs of unaligned segments, each counted once) in a first search above which one version is taken for a summary of the other. */
const LOOSE = 0.15;
/** Omission prior between a summary and its source (twice Gale and Church's, set on the bundled corpus: ft-summary ↔ ft-id). */
const SUMMARY_OMISSION = 0.02;
/** Mean anchor weight one-to-one pairs share, above which a text pair counts as rich in anchors. */
const RICH = 1;
/** How many times more anchor weight a pair must share than sentences OFFSET rows apart for the pairing to count as backed. */
const BACKED = 2.5;
/** Omission prior of versions whose pairing the anchors do not back. */
const UNBACKED_OMISSION = 0.2;

/**
 * Share of the extra sentences of the side that has more (m - n of them
 * over n) taken as the prior of one sentence of the other side becoming two
 * of this one, where that is above Gale and Church's (set on development
 * data: MAC zh–en, whose English has a third more sentences than its
 * Chinese, 0.698 → 0.709 strict F1; the Bible pair 0.900 → 0.908; Text+Berg
 * unchanged; at .3 Text+Berg loses pairs).
 */
const SPLIT_SHARE = 0.2;

/**
 * The bead priors for lists of n and m segments. At least |m - n| segments
 * of the longer list lie in beads that split what the other list holds in
 * one (or on their own): where a translation splits or joins many
 * sentences (literary Chinese into English joins clauses the English
 * splits), Gale and Church's one-to-two prior is too low for it.
 */
function splitPriors(n: number, m: number): Float64Array {
  const split = (SPLIT_SHARE * Math.abs(m - n)) / Math.max(1, Math.min(n, m));
  const wide = m > n ? 2 : 1;
  const narrow = m > n ? 1 : 2;
  const raised = -Math.log(split);
  return PRIOR.map((p, s) => (DA[s] === narrow && DB[s] === wide ? Math.min(p, raised) : p));
}

/**
 * The bead priors for the second search: `prior` (see splitPriors) with an
 * omission prior that depends on what the first search found (and, for a
 * version found to be no translation, Gale and Church's split priors). Translations leave few sentences
 * out, and the low one-to-none prior suits them. A commentary or a loose
 * rewrite of the same story is no translation: any sentence shares names
 * with any other, so the anchors are rich, but the one-to-one pairs of the
 * first search share little more anchor weight than sentences OFFSET rows
 * apart. That pairing is not backed by evidence, and the omission prior
 * becomes UNBACKED_OMISSION, so that what one version says and the other
 * does not shows as omissions.
 */
function omissionPriors(input: SearchInput, beads: readonly Bead[], prior: Float64Array): Float64Array {
  const isLone = (x: Bead | undefined) => x !== undefined && (x.da === 0 || x.db === 0);
  let events = 0;
  beads.forEach((b, k) => {
    if (isLone(b) && !isLone(beads[k - 1])) events++;
  });
  const { left, right, weight } = input.anchors;
  const m = input.lenB.length;
  let paired = 0;
  let pairs = 0;
  let apart = 0;
  let aparts = 0;
  for (const b of beads) {
    if (b.da !== 1 || b.db !== 1) continue;
    paired += anchorAgreement(left[b.i]!, right[b.j]!, weight);
    pairs++;
    for (const j of [b.j - OFFSET, b.j + OFFSET]) {
      if (j < 0 || j >= m) continue;
      apart += anchorAgreement(left[b.i]!, right[j]!, weight);
      aparts++;
    }
  }
  const meanPaired = paired / Math.max(1, pairs);
  const meanApart = apart / Math.max(1, aparts);
  let omission = 0;
  let kept = prior;
  if (meanPaired >= RICH && meanPaired < BACKED * meanApart) {
    omission = UNBACKED_OMISSION;
    // No translation of the other, such a version splits none of its sentences: it says other things, and they show as omissions.
    kept = PRIOR;
  } else if (events / Math.max(1, beads.length) > LOOSE) omission = SUMMARY_OMISSION;
  if (omission === 0) return prior;
  return kept.map((p, s) => (DA[s] === 0 || DB[s] === 0 ? -Math.log(omission / 2) : p));
}

/** Bead shapes the coarse pass uses: Gale and Church's six (blocks of sentences drift little, and a block bead of three or four spans dozens of sentences). */
const COARSE_SHAPES = 6;

/** The cheapest chain of beads of the coarse pass: in one search, or itself coarse to fine. */
function coarseSearch(input: SearchInput): Bead[] {
  const band = bandFor(input);
  return searchBand(prepare(input, COARSE_SHAPES), band ?? fullBand(input.lenA.length, input.lenB.length), null, PRIOR.subarray(0, COARSE_SHAPES));
}

/** The band around a coarse path when the lists are too long for one full search (null when they are not). */
function bandFor(input: SearchInput): Band | null {
  const n = input.lenA.length;
  const m = input.lenB.length;
  if ((n + 1) * (m + 1) <= MAX_CELLS) return null;
  // Blocks of about the same share of each side, so that most coarse beads are one-to-one.
  const ka = Math.ceil(Math.sqrt(((n + 1) * (m + 1)) / MAX_CELLS)) + 1;
  const kb = Math.max(1, Math.round((ka * m) / Math.max(1, n)));
  return bandAround(coarseSearch(coarsen(input, ka, kb)), ka, kb, n, m);
}

/** Times the band may widen around a path that runs along its edge. */
const WIDENINGS = 2;

/**
 * The cheapest chain of beads covering both lists: a first search with a
 * fixed bonus for shared anchors, then, where segments hold anchors at all,
 * a second one with what shared anchors prove in this very pair of texts
 * (see evidenceCosts), in a band of MARGIN around the first path: the
 * evidence moves the path locally, and the band keeps the second search
 * near linear. A path that runs along its band's edge may have been cut off
 * by it: the band is then widened by MARGIN around that path and searched
 * again, WIDENINGS times at most; a second path still on its band's edge is
 * searched again in the first search's band. `coarse` says whether the first
 * search ran in a band, `widened` how many times a band widened.
 */
export function searchBeads(input: SearchInput): { beads: Bead[]; coarse: boolean; widened: number } {
  const f = prepare(input, BEADS.length);
  const given = input.band ? bandOf(input.band.lo, input.band.hi) : bandFor(input);
  const base = splitPriors(f.n, f.m);
  const first = searchWidening(f, given ?? fullBand(f.n, f.m), given !== null, null, base);
  const evidence = evidenceCosts(input, first.beads);
  const prior = omissionPriors(input, first.beads, base);
  if (evidence === null && prior === base) return { beads: first.beads, coarse: given !== null, widened: first.widened };
  let second = searchWidening(f, bandAround(first.beads, 1, 1, f.n, f.m), true, evidence, prior);
  let widened = first.widened + second.widened;
  if (second.edge) {
    second = searchWidening(f, first.band, given !== null, evidence, prior);
    widened += second.widened + 1;
  }
  return { beads: second.beads, coarse: given !== null, widened };
}

/**
 * The cheapest chain of beads in a band and, when `widen`, in the band
 * widened around it where it runs along the edge (WIDENINGS times at most).
 * `edge` says whether the path it ends with still does.
 */
function searchWidening(f: Features, band: Band, widen: boolean, evidence: Evidence | null, prior: Float64Array): { beads: Bead[]; band: Band; widened: number; edge: boolean } {
  let beads = searchBand(f, band, evidence, prior);
  let widened = 0;
  let edge = widen && touchesEdge(beads, band, f.m);
  while (edge && widened < WIDENINGS) {
    band = union(band, bandAround(beads, 1, 1, f.n, f.m));
    beads = searchBand(f, band, evidence, prior);
    widened++;
    edge = touchesEdge(beads, band, f.m);
  }
  return { beads, band, widened, edge };
}

/** Whether a path meets the edge of its band anywhere the band does not end at the matrix's own border. */
function touchesEdge(path: readonly Bead[], band: Band, m: number): boolean {
  return path.some(({ i, j, da, db }) => {
    const row = i + da;
    const col = j + db;
    return (col === band.lo[row] && col > 0) || (col === band.hi[row]! - 1 && col < m);
  });
}

/** The rows of two bands joined. */
function union(a: Band, b: Band): Band {
  return bandOf(
    a.lo.map((lo, i) => Math.min(lo, b.lo[i]!)),
    a.hi.map((hi, i) => Math.max(hi, b.hi[i]!)),
  );
}
