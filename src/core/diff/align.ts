/**
 * Cross-language alignment: Gale–Church style dynamic programming over
 * sentence (or paragraph) lengths, strengthened by anchors shared by both
 * sides. Segments left without a counterpart are reported on their own row,
 * since an omission or an addition is what a translation reviewer looks for.
 */
import type { Document } from '../corpus/types.js';
import { anchorAgreement, anchorsFromParts, indexAnchors, type AnchorIndex } from './anchors.js';
import type { Fold } from './tokens.js';
import { countPair, emptyStats, finishStats, makeRow } from './rows.js';
import type { DiffRow, DiffStats } from './types.js';
import { makeUnit, paragraphUnits, sentenceUnitsOf, type Unit } from './units.js';

/** Bead shapes: how many segments of A and of B one aligned row takes. */
const BEADS: ReadonlyArray<readonly [number, number, number]> = [
  // [from A, from B, cost of the shape: -log of its prior]
  [1, 1, -Math.log(0.85)],
  [1, 0, -Math.log(0.08)],
  [0, 1, -Math.log(0.08)],
  [2, 1, -Math.log(0.02)],
  [1, 2, -Math.log(0.02)],
];
/** Variance per character of the length difference (Gale and Church's 6.8). */
const VARIANCE = 6.8;
const SHARED_BONUS = 1.5;
const UNSHARED_COST = 0.6;
/** Cost of pairing segments that share no anchor at all, and of each name one side never mentions. */
const NO_EVIDENCE_COST = 2;
const ORPHAN_COST = 0.8;
/** Cells above which the search is limited to a band around the diagonal. */
const MAX_CELLS = 1_000_000;

/** Standard normal cumulative distribution (Abramowitz–Stegun 26.2.17). */
function phi(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const d = 0.3989423 * Math.exp((-z * z) / 2);
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
  return z > 0 ? 1 - p : p;
}

/** Gale–Church cost of pairing texts of lengths la and lb, with c the expected ratio lb/la. */
function lengthCost(la: number, lb: number, c: number): number {
  const mean = (la + lb / c) / 2;
  if (mean === 0) return 0;
  const delta = (lb - la * c) / Math.sqrt(VARIANCE * mean);
  const p = 2 * (1 - phi(Math.abs(delta)));
  return -Math.log(Math.max(p, 1e-12));
}

interface Bead {
  i: number;
  j: number;
  da: number;
  db: number;
}

/**
 * The cheapest monotone chain of beads covering both unit lists. Anchor
 * agreement is measured once per sentence pair; a two-to-one bead adds up
 * the agreement of its parts (capped by what the single side holds).
 */
function alignUnits(a: readonly Unit[], b: readonly Unit[], anchors: AnchorIndex): { beads: Bead[]; banded: boolean } {
  const n = a.length;
  const m = b.length;
  const lenA = a.map((u) => u.text.length);
  const lenB = b.map((u) => u.text.length);
  const totalA = lenA.reduce((s, x) => s + x, 0);
  const totalB = lenB.reduce((s, x) => s + x, 0);
  const ratio = totalA > 0 ? totalB / totalA : 1;
  const c = ratio > 0.7 && ratio < 1.5 ? ratio : 1;
  const banded = (n + 1) * (m + 1) > MAX_CELLS;
  const half = banded ? Math.max(32, Math.floor(MAX_CELLS / (2 * (n + 1)))) : m + 1;
  const width = Math.min(m + 1, 2 * half + 1);
  const lo = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) lo[i] = Math.min(Math.max(0, Math.round((i * m) / Math.max(1, n)) - half), m + 1 - width);
  const weightOf = (ids: Int32Array) => ids.reduce((sum, id) => sum + anchors.weight[id]!, 0);
  const weightA = anchors.left.map(weightOf);
  const weightB = anchors.right.map(weightOf);
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const shared = new Float64Array((n + 1) * width); // anchor weight a[i-1] and b[j-1] share
  const back = new Uint8Array((n + 1) * width);
  const at = (i: number, j: number) => {
    const k = j - lo[i]!;
    return i < 0 || j < 0 || k < 0 || k >= width ? -1 : i * width + k;
  };
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j < lo[i]! + width; j++) {
      const here = at(i, j);
      if (i === 0 && j === 0) continue;
      if (i > 0 && j > 0) shared[here] = anchorAgreement(anchors.left[i - 1]!, anchors.right[j - 1]!, anchors.weight);
      let best = Infinity;
      let via = 0;
      for (let s = 0; s < BEADS.length; s++) {
        const bead = BEADS[s]!;
        const da = bead[0];
        const db = bead[1];
        const prev = at(i - da, j - db);
        if (prev < 0 || cost[prev] === Infinity) continue;
        let step = bead[2];
        if (da > 0 && db > 0) {
          let la = lenA[i - 1]!;
          let lb = lenB[j - 1]!;
          let wa = weightA[i - 1]!;
          let wb = weightB[j - 1]!;
          let orphans = anchors.orphansLeft[i - 1]! + anchors.orphansRight[j - 1]!;
          let common = shared[here]!;
          if (da === 2) {
            la += lenA[i - 2]!;
            wa += weightA[i - 2]!;
            orphans += anchors.orphansLeft[i - 2]!;
            const other = at(i - 1, j);
            common = Math.min(wb, common + (other < 0 ? 0 : shared[other]!));
          } else if (db === 2) {
            lb += lenB[j - 2]!;
            wb += weightB[j - 2]!;
            orphans += anchors.orphansRight[j - 2]!;
            const other = at(i, j - 1);
            common = Math.min(wa, common + (other < 0 ? 0 : shared[other]!));
          }
          const unshared = wa + wb - 2 * common;
          step += lengthCost(la, lb, c) - SHARED_BONUS * common + UNSHARED_COST * unshared + ORPHAN_COST * orphans;
          if (common === 0) step += NO_EVIDENCE_COST;
        }
        const total = cost[prev]! + step;
        if (total < best) {
          best = total;
          via = s;
        }
      }
      cost[here] = best;
      back[here] = via;
    }
  }
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const bead = BEADS[back[at(i, j)]!]!;
    i -= bead[0];
    j -= bead[1];
    beads.push({ i, j, da: bead[0], db: bead[1] });
  }
  return { beads: beads.reverse(), banded };
}

function join(units: readonly Unit[], from: number, count: number, lang: string, fold: Fold): Unit {
  if (count === 1) return units[from]!;
  const parts = units.slice(from, from + count);
  return makeUnit(parts.map((u) => u.text).join(' '), parts[0]!.paragraph, lang, fold);
}

/** A stretch of A and one of B to align with each other (sentence lists, or whole-document paragraph lists). */
interface Group {
  a: Unit[];
  b: Unit[];
}

/**
 * What to align: short versions sentence by sentence in one search; long
 * ones paragraph by paragraph first, then sentence by sentence inside each
 * aligned group of paragraphs, so the work stays near linear.
 */
function groupsFor(docA: Document, docB: Document, unit: 'sentence' | 'paragraph', fold: Fold): { groups: Group[]; banded: boolean } {
  const pa = paragraphUnits(docA, fold);
  const pb = paragraphUnits(docB, fold);
  if (unit === 'paragraph') {
    const { beads, banded } = alignUnits(pa, pb, indexAnchors(pa, pb));
    return { groups: beads.map((bead) => ({ a: joined(pa, bead.i, bead.da, docA.lang, fold), b: joined(pb, bead.j, bead.db, docB.lang, fold) })), banded };
  }
  const sa = pa.map((p) => sentenceUnitsOf(p, docA.lang, fold));
  const sb = pb.map((p) => sentenceUnitsOf(p, docB.lang, fold));
  const count = (lists: Unit[][]) => lists.reduce((n, l) => n + l.length, 0);
  if ((count(sa) + 1) * (count(sb) + 1) <= MAX_CELLS) return { groups: [{ a: sa.flat(), b: sb.flat() }], banded: false };
  pa.forEach((p, i) => anchorsFromParts(p, sa[i]!));
  pb.forEach((p, j) => anchorsFromParts(p, sb[j]!));
  const { beads, banded } = alignUnits(pa, pb, indexAnchors(pa, pb));
  return { groups: beads.map((bead) => ({ a: sa.slice(bead.i, bead.i + bead.da).flat(), b: sb.slice(bead.j, bead.j + bead.db).flat() })), banded };
}

/** A bead's units as one list: [] for none, the unit itself for one, a joined unit for two. */
function joined(units: readonly Unit[], from: number, count: number, lang: string, fold: Fold): Unit[] {
  return count === 0 ? [] : [join(units, from, count, lang, fold)];
}

/**
 * Aligns two versions in different languages by sentences (or paragraphs).
 * Aligned segments become `changed` rows (`equal` when identical) with no
 * word marks; unaligned ones become `removed` / `added` rows.
 * Similarity is the share of both versions' words inside aligned rows.
 */
export function alignDocuments(docA: Document, docB: Document, unit: 'sentence' | 'paragraph', fold: Fold): { rows: DiffRow[]; stats: DiffStats; similarity: number; banded: boolean } {
  const { groups, banded } = groupsFor(docA, docB, unit, fold);
  const rows: DiffRow[] = [];
  const stats = emptyStats();
  let words = 0;
  const add = (left: Unit | null, right: Unit | null) => {
    if (left && right) {
      rows.push(makeRow(left.key === right.key ? 'equal' : 'changed', left, right));
      stats.wordsEqualLeft += left.words;
      stats.wordsEqualRight += right.words;
    } else {
      rows.push(makeRow(left ? 'removed' : 'added', left, right));
      countPair(stats, left, right, []);
    }
  };
  for (const { a, b } of groups) {
    words += a.reduce((s, u) => s + u.words, 0) + b.reduce((s, u) => s + u.words, 0);
    if (a.length === 0 || b.length === 0 || (unit === 'paragraph' && a.length === 1 && b.length === 1)) {
      if (a.length === 1 && b.length === 1) add(a[0]!, b[0]!);
      else for (const u of a.length > 0 ? a : b) add(a.length > 0 ? u : null, a.length > 0 ? null : u);
      continue;
    }
    for (const bead of alignUnits(a, b, indexAnchors(a, b)).beads) {
      add(bead.da > 0 ? join(a, bead.i, bead.da, docA.lang, fold) : null, bead.db > 0 ? join(b, bead.j, bead.db, docB.lang, fold) : null);
    }
  }
  finishStats(stats, rows);
  return { rows, stats, similarity: words === 0 ? 1 : (stats.wordsEqualLeft + stats.wordsEqualRight) / words, banded };
}
