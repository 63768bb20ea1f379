/**
 * Cross-language alignment: Gale–Church style dynamic programming over
 * sentence (or paragraph) lengths, strengthened by anchors shared by both
 * sides. Segments left without a counterpart are reported on their own row,
 * since an omission or an addition is what a translation reviewer looks for.
 */
import type { Document } from '../corpus/types.js';
import { anchorAgreement, indexAnchors, type AnchorIndex } from './anchors.js';
import type { Fold } from './tokens.js';
import { countPair, emptyStats, finishStats, makeRow } from './rows.js';
import type { DiffRow, DiffStats } from './types.js';
import { makeUnit, paragraphUnits, sentenceUnits, type Unit } from './units.js';

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
const MAX_CELLS = 4_000_000;

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

function merged(list: readonly Int32Array[], from: number, count: number): Int32Array {
  if (count === 1) return list[from]!;
  const all = new Int32Array(list[from]!.length + list[from + 1]!.length);
  all.set(list[from]!);
  all.set(list[from + 1]!, list[from]!.length);
  return all.sort();
}

interface Bead {
  i: number;
  j: number;
  da: number;
  db: number;
}

/** The cheapest monotone chain of beads covering both unit lists. */
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
  const half = banded ? Math.max(64, Math.floor(MAX_CELLS / (2 * (n + 1)))) : m + 1;
  const lo = (i: number) => Math.max(0, Math.round((i * m) / Math.max(1, n)) - half);
  const width = Math.min(m + 1, 2 * half + 1);
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Uint8Array((n + 1) * width);
  const at = (i: number, j: number) => {
    const k = j - lo(i);
    return k < 0 || k >= width ? -1 : i * width + k;
  };
  cost[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    const start = lo(i);
    for (let j = start; j < Math.min(m + 1, start + width); j++) {
      const here = at(i, j);
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let via = 0;
      for (let s = 0; s < BEADS.length; s++) {
        const [da, db, prior] = BEADS[s]!;
        if (i < da || j < db) continue;
        const prev = at(i - da, j - db);
        if (prev < 0 || cost[prev] === Infinity) continue;
        let step = prior;
        if (da > 0 && db > 0) {
          let la = 0;
          let lb = 0;
          for (let k = 1; k <= da; k++) la += lenA[i - k]!;
          for (let k = 1; k <= db; k++) lb += lenB[j - k]!;
          const agree = anchorAgreement(merged(anchors.left, i - da, da), merged(anchors.right, j - db, db), anchors.weight);
          let orphans = 0;
          for (let k = 1; k <= da; k++) orphans += anchors.orphansLeft[i - k]!;
          for (let k = 1; k <= db; k++) orphans += anchors.orphansRight[j - k]!;
          step += lengthCost(la, lb, c) - SHARED_BONUS * agree.shared + UNSHARED_COST * agree.unshared + ORPHAN_COST * orphans;
          if (agree.shared === 0) step += NO_EVIDENCE_COST;
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
    const [da, db] = BEADS[back[at(i, j)]!]!;
    i -= da;
    j -= db;
    beads.push({ i, j, da, db });
  }
  return { beads: beads.reverse(), banded };
}

function join(units: readonly Unit[], from: number, count: number, lang: string, fold: Fold): Unit {
  if (count === 1) return units[from]!;
  const parts = units.slice(from, from + count);
  return makeUnit(parts.map((u) => u.text).join(' '), parts[0]!.paragraph, lang, fold);
}

/**
 * Aligns two versions in different languages by sentences (or paragraphs).
 * Aligned segments become `changed` rows (`equal` when identical) with no
 * word marks; unaligned ones become `removed` / `added` rows.
 * Similarity is the share of both versions' words inside aligned rows.
 */
export function alignDocuments(docA: Document, docB: Document, unit: 'sentence' | 'paragraph', fold: Fold): { rows: DiffRow[]; stats: DiffStats; similarity: number; banded: boolean } {
  const a = unit === 'sentence' ? sentenceUnits(docA, fold) : paragraphUnits(docA, fold);
  const b = unit === 'sentence' ? sentenceUnits(docB, fold) : paragraphUnits(docB, fold);
  const { beads, banded } = alignUnits(a, b, indexAnchors(a, b));
  const rows: DiffRow[] = [];
  const stats = emptyStats();
  for (const bead of beads) {
    const left = bead.da > 0 ? join(a, bead.i, bead.da, docA.lang, fold) : null;
    const right = bead.db > 0 ? join(b, bead.j, bead.db, docB.lang, fold) : null;
    if (left && right) {
      rows.push(makeRow(left.key === right.key ? 'equal' : 'changed', left, right));
      stats.wordsEqualLeft += left.words;
      stats.wordsEqualRight += right.words;
    } else {
      rows.push(makeRow(left ? 'removed' : 'added', left, right));
      countPair(stats, left, right, []);
    }
  }
  finishStats(stats, rows);
  const words = a.reduce((s, u) => s + u.words, 0) + b.reduce((s, u) => s + u.words, 0);
  return { rows, stats, similarity: words === 0 ? 1 : (stats.wordsEqualLeft + stats.wordsEqualRight) / words, banded };
}
