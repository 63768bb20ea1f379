/**
 * Cross-language alignment: Gale–Church style dynamic programming over
 * sentence (or paragraph) lengths, strengthened by anchors shared by both
 * sides. Segments left without a counterpart are reported on their own row,
 * since an omission or an addition is what a translation reviewer looks for.
 */
import type { Document } from '../corpus/types.js';
import { indexAnchors } from './anchors.js';
import { searchBeads, type Bead } from './bead-search.js';
import type { Fold } from '../text/tokens/hashed.js';
import { countPair, emptyStats, finishStats, makeRow } from './rows.js';
import type { DiffRow, DiffStats } from './types.js';
import { makeUnit, paragraphUnits, sentenceUnitsOf, type Unit } from './units.js';

/** Length of a text in UTF-8 bytes: one scale for every script (a Chinese character weighs three, about what its English rendering takes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
  }
  return bytes;
}

/** The bead search over two segment lists: their byte lengths, paragraphs and shared anchors. */
function alignUnits(a: readonly Pick<Unit, 'text' | 'paragraph'>[], b: readonly Pick<Unit, 'text' | 'paragraph'>[]): { beads: Bead[]; banded: boolean } {
  const lenA = a.map((u) => utf8Length(u.text));
  const lenB = b.map((u) => utf8Length(u.text));
  const chars = [...a, ...b].reduce((n, u) => n + u.text.length, 0);
  const bytes = [...lenA, ...lenB].reduce((n, x) => n + x, 0);
  const { beads, coarse } = searchBeads({
    lenA,
    lenB,
    bytesPerChar: chars > 0 ? bytes / chars : 1,
    paraA: a.map((u) => u.paragraph),
    paraB: b.map((u) => u.paragraph),
    anchors: indexAnchors(a, b),
  });
  return { beads, banded: coarse };
}

/**
 * Aligns two lists of sentences given already split (one per item), as
 * evaluation sets give them: the beads, in order, covering both lists.
 * `paragraphs`, when given, holds the paragraph (or article, or list item)
 * of each item on each side: a bead that joins items of two pays for it.
 */
export function alignSentences(a: readonly string[], b: readonly string[], paragraphs?: { a: readonly number[]; b: readonly number[] }): Bead[] {
  return alignUnits(
    a.map((text, k) => ({ text, paragraph: paragraphs?.a[k] ?? 0 })),
    b.map((text, k) => ({ text, paragraph: paragraphs?.b[k] ?? 0 })),
  ).beads;
}

function join(units: readonly Unit[], from: number, count: number, fold: Fold): Unit {
  if (count === 1) return units[from]!;
  const parts = units.slice(from, from + count);
  return makeUnit(parts.map((u) => u.text).join(' '), parts[0]!.paragraph, fold);
}

/** A stretch of A and one of B to align with each other (sentence lists, or whole-document paragraph lists). */
interface Group {
  a: Unit[];
  b: Unit[];
}

/**
 * What to align: paragraphs as they are, or every sentence of each version
 * in one search (the search itself goes coarse to fine on long versions, and
 * a bead joining sentences of two paragraphs pays for it).
 */
function groupsFor(docA: Document, docB: Document, unit: 'sentence' | 'paragraph', fold: Fold): { groups: Group[]; banded: boolean } {
  const pa = paragraphUnits(docA, fold);
  const pb = paragraphUnits(docB, fold);
  if (unit === 'paragraph') {
    const { beads, banded } = alignUnits(pa, pb);
    return { groups: beads.map((bead) => ({ a: joined(pa, bead.i, bead.da, fold), b: joined(pb, bead.j, bead.db, fold) })), banded };
  }
  return { groups: [{ a: pa.flatMap((p) => sentenceUnitsOf(p, docA.lang, fold)), b: pb.flatMap((p) => sentenceUnitsOf(p, docB.lang, fold)) }], banded: false };
}

/** A bead's units as one list: [] for none, the unit itself for one, a joined unit for two. */
function joined(units: readonly Unit[], from: number, count: number, fold: Fold): Unit[] {
  return count === 0 ? [] : [join(units, from, count, fold)];
}

/**
 * Aligns two versions in different languages by sentences (or paragraphs).
 * Aligned segments become `changed` rows (`equal` when identical) with no
 * word marks; unaligned ones become `removed` / `added` rows.
 * Similarity is the share of both versions' words inside aligned rows.
 */
export function alignDocuments(docA: Document, docB: Document, unit: 'sentence' | 'paragraph', fold: Fold): { rows: DiffRow[]; stats: DiffStats; similarity: number; banded: boolean } {
  const grouped = groupsFor(docA, docB, unit, fold);
  let banded = grouped.banded;
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
  for (const { a, b } of grouped.groups) {
    words += a.reduce((s, u) => s + u.words, 0) + b.reduce((s, u) => s + u.words, 0);
    if (a.length === 0 || b.length === 0 || (unit === 'paragraph' && a.length === 1 && b.length === 1)) {
      if (a.length === 1 && b.length === 1) add(a[0]!, b[0]!);
      else for (const u of a.length > 0 ? a : b) add(a.length > 0 ? u : null, a.length > 0 ? null : u);
      continue;
    }
    const search = alignUnits(a, b);
    banded ||= search.banded;
    for (const bead of search.beads) {
      add(bead.da > 0 ? join(a, bead.i, bead.da, fold) : null, bead.db > 0 ? join(b, bead.j, bead.db, fold) : null);
    }
  }
  finishStats(stats, rows);
  return { rows, stats, similarity: words === 0 ? 1 : (stats.wordsEqualLeft + stats.wordsEqualRight) / words, banded };
}
