/** Building diff rows and their statistics from compared units. */
import { toSpans, type MarkRange, type StyledSpan } from '../text/spans.js';
import { changeSpans, countChangeWords, type Change } from './compare.js';
import type { ChangeSpan, DiffRow, DiffStats, RowKind, UnifiedRun } from './types.js';
import type { Unit } from './units.js';

function cellSpans(text: string | null, side: 'left' | 'right', spans: readonly ChangeSpan[]) {
  if (text === null) return [];
  const ranges: MarkRange[] = spans.filter((s) => s.side === side).map((s) => ({ start: s.start, end: s.end, mark: s.mark }));
  return toSpans(text, ranges);
}

type Cells = DiffRow['cells'];

/**
 * A row's styled cells, each built on first read and kept: a view styles a
 * screenful, JSON needs none. Fields are assigned in the constructor, not
 * declared as class fields: a long diff makes one of these per row, and
 * defining fields costs several times as much as assigning them.
 */
class LazyCells implements Cells {
  declare private readonly l: string | null;
  declare private readonly r: string | null;
  declare private readonly changes: readonly Change[];
  declare private readonly row: { readonly spans: readonly ChangeSpan[] };
  declare private readonly interleaved: boolean;
  declare private leftSpans: StyledSpan[] | undefined;
  declare private rightSpans: StyledSpan[] | undefined;
  declare private unifiedSpans: StyledSpan[] | undefined;

  constructor(l: string | null, r: string | null, changes: readonly Change[], row: { readonly spans: readonly ChangeSpan[] }, interleaved: boolean) {
    this.l = l;
    this.r = r;
    this.changes = changes;
    this.row = row;
    this.interleaved = interleaved;
    this.leftSpans = undefined;
    this.rightSpans = undefined;
    this.unifiedSpans = undefined;
  }

  get left(): StyledSpan[] {
    return (this.leftSpans ??= cellSpans(this.l, 'left', this.row.spans));
  }

  get right(): StyledSpan[] {
    return (this.rightSpans ??= cellSpans(this.r, 'right', this.row.spans));
  }

  get unified(): StyledSpan[] {
    if (this.unifiedSpans) return this.unifiedSpans;
    if (!this.interleaved) return (this.unifiedSpans = this.l === null ? this.right : this.left);
    const out: StyledSpan[] = [];
    interleave(this.l!, this.r!, this.changes, (source, start, end, mark) => out.push({ text: source.slice(start, end), marks: mark ? [mark] : [] }));
    return (this.unifiedSpans = out);
  }
}

/**
 * The change spans of a row: added and removed rows are marked whole; a
 * moved row is marked 'moved' whole, plus whatever changed on its way.
 */
function rowSpans(kind: RowKind, left: string | null, right: string | null, changes: readonly Change[]): ChangeSpan[] {
  if (kind === 'removed' && left !== null) return [{ side: 'left', start: 0, end: left.length, mark: 'removed' }];
  if (kind === 'added' && right !== null) return [{ side: 'right', start: 0, end: right.length, mark: 'added' }];
  const spans = changeSpans(changes);
  if (kind !== 'moved') return spans;
  const own = spans.filter((s) => (left !== null ? s.side === 'left' : s.side === 'right'));
  return [{ side: left !== null ? 'left' : 'right', start: 0, end: (left ?? right)!.length, mark: 'moved' }, ...own];
}

/** A row whose spans and styled cells are built on first read: unified text needs neither, JSON only the spans (fields assigned, as in {@link LazyCells}). */
class Row implements DiffRow {
  declare kind: RowKind;
  declare left: string | null;
  declare right: string | null;
  declare from?: number;
  declare to?: number;
  declare leftParagraph?: number;
  declare rightParagraph?: number;
  declare private readonly changes: readonly Change[];
  declare private spansCache: ChangeSpan[] | undefined;
  declare private cellsCache: Cells | undefined;

  constructor(kind: RowKind, left: string | null, right: string | null, changes: readonly Change[]) {
    this.kind = kind;
    this.left = left;
    this.right = right;
    this.changes = changes;
    this.spansCache = undefined;
    this.cellsCache = undefined;
  }

  get spans(): ChangeSpan[] {
    return (this.spansCache ??= rowSpans(this.kind, this.left, this.right, this.changes));
  }

  get cells(): Cells {
    return (this.cellsCache ??= new LazyCells(this.left, this.right, this.changes, this, this.kind === 'changed' && this.left !== null && this.right !== null));
  }

  /** The changes the row was built from. */
  changeList(): readonly Change[] {
    return this.changes;
  }

  unifiedRuns(run: UnifiedRun): boolean {
    if (this.kind !== 'changed' || this.left === null || this.right === null) return false;
    interleave(this.left, this.right, this.changes, run);
    return true;
  }
}

const MIRRORED_KIND: Record<RowKind, RowKind> = { equal: 'equal', changed: 'changed', moved: 'moved', removed: 'added', added: 'removed' };

/** The row of the same comparison made the other way round: sides, marks and paragraph numbers swapped. */
export function mirrorRow(row: DiffRow): DiffRow {
  const changes =
    row instanceof Row
      ? row.changeList().map((c) => ({ leftStart: c.rightStart, leftEnd: c.rightEnd, rightStart: c.leftStart, rightEnd: c.leftEnd, wordsLeft: c.wordsRight, wordsRight: c.wordsLeft }))
      : [];
  const out = new Row(MIRRORED_KIND[row.kind], row.right, row.left, changes);
  if (row.rightParagraph !== undefined) out.leftParagraph = row.rightParagraph;
  if (row.leftParagraph !== undefined) out.rightParagraph = row.leftParagraph;
  return out;
}

/**
 * The rows of a literal diff made the other way round: each row mirrored
 * (see {@link mirrorRow}), each run of one-sided rows put back in the order
 * a diff makes it (rows from A, then rows from B; each side's order kept),
 * and moved rows linked to their counterparts' new places.
 */
export function mirrorRows(rows: readonly DiffRow[]): DiffRow[] {
  const oneSided = (k: number) => rows[k]!.left === null || rows[k]!.right === null;
  const order: number[] = [];
  for (let k = 0; k < rows.length;) {
    if (!oneSided(k)) {
      order.push(k++);
      continue;
    }
    let end = k;
    while (end < rows.length && oneSided(end)) end++;
    // Mirrored, the rows from B are the rows from A.
    for (let x = k; x < end; x++) if (rows[x]!.right !== null) order.push(x);
    for (let x = k; x < end; x++) if (rows[x]!.right === null) order.push(x);
    k = end;
  }
  const placeOf = new Int32Array(rows.length);
  order.forEach((old, place) => (placeOf[old] = place));
  return order.map((old) => {
    const row = rows[old]!;
    const out = mirrorRow(row);
    if (row.to !== undefined) out.from = placeOf[row.to]!;
    if (row.from !== undefined) out.to = placeOf[row.from]!;
    return out;
  });
}

/** Statistics of the same comparison made the other way round. */
export function mirrorStats(s: DiffStats): DiffStats {
  return {
    ...s,
    wordsAdded: s.wordsRemoved,
    wordsRemoved: s.wordsAdded,
    wordsEqualLeft: s.wordsEqualRight,
    wordsEqualRight: s.wordsEqualLeft,
    segmentsLeft: s.segmentsRight,
    segmentsRight: s.segmentsLeft,
    alignedLeft: s.alignedRight,
    alignedRight: s.alignedLeft,
  };
}

/** A row from its two units and the changes between them (see {@link rowSpans} for its marks). */
export function makeRow(kind: RowKind, left: Unit | null, right: Unit | null, changes: readonly Change[] = []): DiffRow {
  const row = new Row(kind, left?.text ?? null, right?.text ?? null, changes);
  if (left) row.leftParagraph = left.paragraph;
  if (right) row.rightParagraph = right.paragraph;
  return row;
}

/**
 * One cell in the style of `git diff --word-diff`: B's text with each
 * replaced piece of A shown, marked removed, just before what replaced it.
 * Hands each non-empty piece to `run` in order, as a range of A's or B's text.
 * A pair with no word changes but different texts (an aligned translation)
 * is one whole replacement: A's sentence, then B's.
 */
function interleave(left: string, right: string, changes: readonly Change[], run: UnifiedRun): void {
  if (changes.length === 0 && left !== right) {
    run(left, 0, left.length, 'removed');
    run(right, 0, right.length, 'added');
    return;
  }
  let pos = 0;
  for (const c of changes) {
    const { leftStart: ls, leftEnd: le, rightStart: rs, rightEnd: re } = c;
    if (rs > pos) run(right, pos, rs, null);
    if (le > ls && re === rs) {
      let ws = ls;
      while (ws > 0 && /\s/.test(left[ws - 1]!)) ws--;
      if (ls > ws) run(left, ws, ls, null);
    }
    if (le > ls) run(left, ls, le, 'removed');
    if (re > rs) run(right, rs, re, 'added');
    pos = re;
  }
  if (right.length > pos) run(right, pos, right.length, null);
}

/** Zeroed statistics. */
export function emptyStats(): DiffStats {
  return {
    wordsAdded: 0,
    wordsRemoved: 0,
    wordsChanged: 0,
    wordsEqualLeft: 0,
    wordsEqualRight: 0,
    segmentsLeft: 0,
    segmentsRight: 0,
    alignedLeft: 0,
    alignedRight: 0,
    shareAligned: 1,
    moved: 0,
  };
}

/**
 * Adds one compared pair to the statistics: `left` and `right` may be null
 * (text only on one side); each change counts its replaced words as changed
 * and the surplus as added or removed.
 */
export function countPair(stats: DiffStats, left: Unit | null, right: Unit | null, changes: readonly Change[]): void {
  if (left && !right) {
    stats.wordsRemoved += left.words;
    return;
  }
  if (right && !left) {
    stats.wordsAdded += right.words;
    return;
  }
  if (!left || !right) return;
  let lostLeft = 0;
  let lostRight = 0;
  for (const { wordsLeft: wl, wordsRight: wr } of countChangeWords(changes, left, right)) {
    const both = Math.min(wl, wr);
    stats.wordsChanged += both;
    stats.wordsRemoved += wl - both;
    stats.wordsAdded += wr - both;
    lostLeft += wl;
    lostRight += wr;
  }
  stats.wordsEqualLeft += left.words - lostLeft;
  stats.wordsEqualRight += right.words - lostRight;
}

/** Fills in segment counts and the aligned share from the rows. */
export function finishStats(stats: DiffStats, rows: readonly DiffRow[]): DiffStats {
  for (const row of rows) {
    if (row.left !== null) {
      stats.segmentsLeft++;
      if (row.kind !== 'removed') stats.alignedLeft++;
    }
    if (row.right !== null) {
      stats.segmentsRight++;
      if (row.kind !== 'added') stats.alignedRight++;
    }
  }
  const total = stats.segmentsLeft + stats.segmentsRight;
  stats.shareAligned = total === 0 ? 1 : (stats.alignedLeft + stats.alignedRight) / total;
  return stats;
}

/** Word-level similarity: the share of both versions' words found unchanged in the other. */
export function wordSimilarity(stats: DiffStats, wordsLeft: number, wordsRight: number): number {
  const total = wordsLeft + wordsRight;
  return total === 0 ? 1 : (stats.wordsEqualLeft + stats.wordsEqualRight) / total;
}

/**
 * Points each moved row at its counterpart: `moveIds[r]` is the move a row
 * belongs to; both rows of a move get `from` (row in A) and `to` (row in B).
 */
export function linkMoves(rows: DiffRow[], moveIds: ReadonlyMap<number, number>): void {
  const ends = new Map<number, { from?: number; to?: number }>();
  for (const [rowIndex, id] of moveIds) {
    const e = ends.get(id) ?? {};
    if (rows[rowIndex]!.left !== null) e.from = rowIndex;
    else e.to = rowIndex;
    ends.set(id, e);
  }
  for (const [rowIndex, id] of moveIds) {
    const e = ends.get(id)!;
    const row = rows[rowIndex]!;
    if (e.from !== undefined) row.from = e.from;
    if (e.to !== undefined) row.to = e.to;
  }
}
