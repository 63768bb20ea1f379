/**
 * Same-language diff: paragraphs aligned first (equal ones by hash, edited
 * ones by similarity), words compared only inside changed pairs, moved
 * paragraphs and sentences reported as moves.
 */
import type { Document } from '../corpus/types.js';
import { compareCells, countChangeWords, type CellComparison, type Change, type CompareContext } from './compare.js';
import { matchMoves } from './moves.js';
import { alignBySketches, PAIR_MIN_SIMILARITY, pairInOrder } from './pair.js';
import { countPair, emptyStats, finishStats, linkMoves, makeRow, wordSimilarity } from './rows.js';
import type { DiffRow, DiffStats, Granularity } from './types.js';
import { growPair, type Group } from './splits.js';
import type { Fold } from '../text/tokens/hashed.js';
import { makeUnit, paragraphUnits, sentenceUnitsOf, type Unit } from './units.js';

interface Move {
  id: number;
  /** What changed between the two ends (empty for an exact move). */
  changes: Change[];
  left: Unit;
  right: Unit;
}

type Item =
  | { t: 'equal'; i: number; j: number }
  | { t: 'pair'; i: number; j: number; cmp?: CellComparison; sub?: Plan; group?: Group; merged?: [Unit, Unit] }
  | { t: 'left'; i: number; move?: Move }
  | { t: 'right'; j: number; move?: Move };

interface Plan {
  a: Unit[];
  b: Unit[];
  items: Item[];
}

/**
 * Aligns two unit lists. A diff of their sketches (see {@link alignBySketches})
 * matches equal units and copies of one edited unit in order (repeated
 * paragraphs included: a diff of exact keys would tie an unedited copy to
 * whichever equal copy its LCS liked); a matched pair is equal when the keys
 * are, edited when similar enough. A match that does not hold (two
 * paragraphs sharing one rare word pair) is no anchor: it stays in the run
 * around it, and every such run is paired by similarity as a whole, so a
 * rewritten paragraph still finds its counterpart across it.
 */
function plan(a: Unit[], b: Unit[], budget: number): Plan {
  const items: Item[] = [];
  let i = 0;
  let j = 0;
  /** Pairs the run a[i, aEnd) × b[j, bEnd) by similarity, the rest one-sided. */
  const fill = (aEnd: number, bEnd: number) => {
    for (const [pi, pj] of pairInOrder(a, i, aEnd, b, j, bEnd)) {
      while (i < pi) items.push({ t: 'left', i: i++ });
      while (j < pj) items.push({ t: 'right', j: j++ });
      items.push({ t: 'pair', i: i++, j: j++ });
    }
    while (i < aEnd) items.push({ t: 'left', i: i++ });
    while (j < bEnd) items.push({ t: 'right', j: j++ });
  };
  alignBySketches(a, b, budget, PAIR_MIN_SIMILARITY, (mi, mj, holds) => {
    const equal = a[mi]!.key === b[mj]!.key;
    if (!equal && !holds) return;
    fill(mi, mj);
    items.push(equal ? { t: 'equal', i: mi, j: mj } : { t: 'pair', i: mi, j: mj });
    i = mi + 1;
    j = mj + 1;
  });
  fill(a.length, b.length);
  return { a, b, items };
}

interface Side {
  item: Item & { t: 'left' | 'right' };
  unit: Unit;
}

/** Links the one-sided items of the plans that are the same text in both versions. */
function detectMoves(plans: readonly Plan[], minWords: number, granularity: Granularity, ctx: CompareContext, next: { id: number }): void {
  const lefts: Side[] = [];
  const rights: Side[] = [];
  for (const p of plans) {
    for (const item of p.items) {
      if (item.t === 'left') lefts.push({ item, unit: p.a[item.i]! });
      else if (item.t === 'right') rights.push({ item, unit: p.b[item.j]! });
    }
  }
  for (const [li, rj] of matchMoves(
    lefts.map((s) => s.unit),
    rights.map((s) => s.unit),
    minWords,
  )) {
    const l = lefts[li]!;
    const r = rights[rj]!;
    const changes = l.unit.key === r.unit.key ? [] : compareCells(l.unit, r.unit, granularity, ctx).changes;
    const move: Move = { id: next.id++, changes, left: l.unit, right: r.unit };
    l.item.move = move;
    r.item.move = move;
  }
}

/** A one-sided item no move claims. */
const loose = (item: Item | undefined): item is Item & { t: 'left' | 'right' } => item !== undefined && (item.t === 'left' || item.t === 'right') && !item.move;

/**
 * Joins each paired block with the unpaired blocks beside it that are pieces
 * of it (a list item split into three; see splits.ts) into one item, its
 * rows to come from a sentence plan of the blocks on each side.
 */
function groupSplits(p: Plan): void {
  const out: Item[] = [];
  for (let k = 0; k < p.items.length; k++) {
    const item = p.items[k]!;
    if (item.t !== 'pair') {
      out.push(item);
      continue;
    }
    let before = out.length;
    while (loose(out[before - 1])) before--;
    let after = k + 1;
    while (loose(p.items[after])) after++;
    const around = [...out.slice(before), ...p.items.slice(k + 1, after)] as Array<Item & { t: 'left' | 'right' }>;
    const lefts = around.filter((x) => x.t === 'left').length;
    const rights = around.length - lefts;
    const leftsBefore = out.slice(before).filter((x) => x.t === 'left').length;
    const rightsBefore = out.length - before - leftsBefore;
    const g = growPair(p.a, p.b, item.i, item.j, item.i - leftsBefore, item.i + 1 + lefts - leftsBefore, item.j - rightsBefore, item.j + 1 + rights - rightsBefore);
    if (!g) {
      out.push(item);
      continue;
    }
    const inGroup = (x: Item & { t: 'left' | 'right' }) => (x.t === 'left' ? x.i >= g.a0 && x.i < g.a1 : x.j >= g.b0 && x.j < g.b1);
    const kept = out.splice(before).filter((x) => !inGroup(x as Item & { t: 'left' | 'right' }));
    out.push(...kept, { t: 'pair', i: g.a0, j: g.b0, group: g });
    for (const x of p.items.slice(k + 1, after)) if (!inGroup(x as Item & { t: 'left' | 'right' })) out.push(x);
    k = after - 1;
  }
  p.items = out;
}

const SENTENCE_MOVE_MIN_WORDS = 3;

/** A sentence's end: a whole sentence removed or added takes one with it (its own, or the one before it). */
const SENTENCE_END = /[.!?\u0964\u06D4\u3002\uFF01\uFF1F\u2026]/u;

/**
 * Whether some change removes or adds enough words, and a sentence end, to
 * be a whole sentence that moved (only then are sentences compared: text
 * written without spaces has a word per letter, and most of its edits reach
 * three letters without taking a sentence with them).
 */
function mayHoldWholeSentence(changes: readonly Change[], a: Unit, b: Unit): boolean {
  return countChangeWords(changes, a, b).some(
    (c) =>
      (c.wordsLeft >= SENTENCE_MOVE_MIN_WORDS && SENTENCE_END.test(a.text.slice(c.leftStart, c.leftEnd))) ||
      (c.wordsRight >= SENTENCE_MOVE_MIN_WORDS && SENTENCE_END.test(b.text.slice(c.rightStart, c.rightEnd))),
  );
}

/** Words a list of changes marks on both sides. */
function changedWords(changes: readonly Change[], a: Unit, b: Unit): number {
  return countChangeWords(changes, a, b).reduce((n, c) => n + c.wordsLeft + c.wordsRight, 0);
}

/** Words a (sentence) plan marks: its one-sided units whole, its pairs' changed words. */
function planWords(p: Plan, ctx: CompareContext): number {
  let n = 0;
  for (const item of p.items) {
    if (item.t === 'left') n += p.a[item.i]!.words;
    else if (item.t === 'right') n += p.b[item.j]!.words;
    else if (item.t === 'pair') {
      const [a, b] = [p.a[item.i]!, p.b[item.j]!];
      n += changedWords(compareCells(a, b, 'word', ctx).changes, a, b);
    }
  }
  return n;
}

/** Units[from, to) as one unit: their texts joined by a space, in the first one's paragraph. */
function joined(units: readonly Unit[], from: number, to: number, fold: Fold): Unit {
  const first = units[from]!;
  const unit = makeUnit(
    units
      .slice(from, to)
      .map((u) => u.text)
      .join(' '),
    first.paragraph,
    fold,
  );
  if (first.kind !== undefined) unit.kind = first.kind;
  return unit;
}

/** Same-language diff of two documents. */
export function diffLiteral(docA: Document, docB: Document, granularity: Granularity, ctx: CompareContext): { rows: DiffRow[]; stats: DiffStats; similarity: number; coarsened: number } {
  const top = plan(paragraphUnits(docA, ctx.fold), paragraphUnits(docB, ctx.fold), ctx.budget);
  const next = { id: 0 };
  detectMoves([top], 1, granularity, ctx, next);
  if (granularity !== 'paragraph') {
    groupSplits(top);
    const subs: Plan[] = [];
    const sentences = (units: readonly Unit[], from: number, to: number, lang: string) => units.slice(from, to).flatMap((u) => sentenceUnitsOf(u, lang, ctx.fold));
    // forEach rather than for…of here and in emit below: these loops run once over every paragraph, mostly before V8
    // optimizes them, and unoptimized for…of allocates an iterator result per step (~10 MB in all over a 10 MB pair).
    top.items.forEach((item) => {
      if (item.t !== 'pair') return;
      if (item.group) {
        // Pieces of a sentence (a line a web page cut into six paragraphs) have no sentence of their own to pair with: the
        // group is then one row, each side's blocks joined, compared word by word, if that marks fewer words than its sentences.
        const g = item.group;
        const sub = plan(sentences(top.a, g.a0, g.a1, docA.lang), sentences(top.b, g.b0, g.b1, docB.lang), ctx.budget);
        const merged: [Unit, Unit] = [joined(top.a, g.a0, g.a1, ctx.fold), joined(top.b, g.b0, g.b1, ctx.fold)];
        const cmp = compareCells(merged[0], merged[1], granularity, ctx);
        if (changedWords(cmp.changes, merged[0], merged[1]) < planWords(sub, ctx)) Object.assign(item, { merged, cmp });
        else subs.push((item.sub = sub));
        return;
      }
      const a = top.a[item.i]!;
      const b = top.b[item.j]!;
      item.cmp = compareCells(a, b, granularity, ctx);
      if (!mayHoldWholeSentence(item.cmp.changes, a, b)) return;
      const sa = sentenceUnitsOf(a, docA.lang, ctx.fold);
      const sb = sentenceUnitsOf(b, docB.lang, ctx.fold);
      if (sa.length + sb.length <= 2) return;
      item.sub = plan(sa, sb, ctx.budget);
      subs.push(item.sub);
    });
    detectMoves(subs, SENTENCE_MOVE_MIN_WORDS, granularity, ctx, next);
    for (const item of top.items) {
      if (item.t === 'pair' && item.sub && !item.group && !item.sub.items.some((s) => (s.t === 'left' || s.t === 'right') && s.move)) delete item.sub;
    }
  }
  const rows: DiffRow[] = [];
  const moveIds = new Map<number, number>();
  const stats = emptyStats();
  let coarsened = 0;
  const emit = (p: Plan) => {
    p.items.forEach((item) => {
      if (item.t === 'equal') {
        rows.push(makeRow('equal', p.a[item.i]!, p.b[item.j]!));
        countPair(stats, p.a[item.i]!, p.b[item.j]!, []);
      } else if (item.t === 'pair' && item.sub) {
        emit(item.sub);
      } else if (item.t === 'pair') {
        const a = item.merged ? item.merged[0] : p.a[item.i]!;
        const b = item.merged ? item.merged[1] : p.b[item.j]!;
        const cmp = item.cmp ?? compareCells(a, b, granularity, ctx);
        if (cmp.granularity !== granularity) coarsened++;
        rows.push(makeRow(cmp.changes.length === 0 ? 'equal' : 'changed', a, b, cmp.changes));
        countPair(stats, a, b, cmp.changes);
      } else {
        const unit = item.t === 'left' ? p.a[item.i]! : p.b[item.j]!;
        const left = item.t === 'left' ? unit : null;
        const right = item.t === 'right' ? unit : null;
        if (item.move) {
          moveIds.set(rows.length, item.move.id);
          rows.push(makeRow('moved', left, right, item.move.changes));
          if (left) {
            stats.moved++;
            countPair(stats, item.move.left, item.move.right, item.move.changes);
          }
        } else {
          rows.push(makeRow(left ? 'removed' : 'added', left, right));
          countPair(stats, left, right, []);
        }
      }
    });
  };
  emit(top);
  linkMoves(rows, moveIds);
  finishStats(stats, rows);
  const words = (units: readonly Unit[]) => units.reduce((n, u) => n + u.words, 0);
  return { rows, stats, similarity: wordSimilarity(stats, words(top.a), words(top.b)), coarsened };
}
