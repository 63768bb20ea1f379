/** Building diff rows and their statistics from compared units. */
import { sanitize } from '../text/sanitize.js';
import { toSpans, type MarkRange, type StyledSpan } from '../text/spans.js';
import { MARK_STYLES } from '../text/theme.js';
import { changeSpans, changeWords, type Change } from './compare.js';
import type { ChangeSpan, DiffRow, DiffStats, RowKind } from './types.js';
import type { Unit } from './units.js';

function cellSpans(text: string | null, side: 'left' | 'right', spans: readonly ChangeSpan[]) {
  if (text === null) return [];
  const ranges: MarkRange[] = spans.filter((s) => s.side === side).map((s) => ({ start: s.start, end: s.end, mark: s.mark }));
  return toSpans(text, ranges);
}

type Cells = DiffRow['cells'];

/** A row's styled cells, each built on first read and kept: a view styles a screenful, JSON needs none. */
class LazyCells implements Cells {
  #left?: StyledSpan[];
  #right?: StyledSpan[];
  #unified?: StyledSpan[];

  constructor(
    private readonly l: string | null,
    private readonly r: string | null,
    private readonly changes: readonly Change[],
    private readonly spans: readonly ChangeSpan[],
    private readonly interleaved: boolean,
  ) {}

  get left(): StyledSpan[] {
    return (this.#left ??= cellSpans(this.l, 'left', this.spans));
  }

  get right(): StyledSpan[] {
    return (this.#right ??= cellSpans(this.r, 'right', this.spans));
  }

  get unified(): StyledSpan[] {
    if (this.#unified) return this.#unified;
    if (!this.interleaved) return (this.#unified = this.l === null ? this.right : this.left);
    const out: StyledSpan[] = [];
    interleave(this.l!, this.r!, this.changes, (text, mark) => out.push({ text, marks: mark ? [mark] : [] }));
    return (this.#unified = out);
  }

  plainUnified(): string | null {
    if (!this.interleaved) return null;
    let out = '';
    let open = null as 'removed' | 'added' | null;
    interleave(this.l!, this.r!, this.changes, (text, mark) => {
      if (mark !== open) {
        if (open) out += MARK_STYLES[open].plain![1];
        if (mark) out += MARK_STYLES[mark].plain![0];
        open = mark;
      }
      out += text;
    });
    if (open) out += MARK_STYLES[open].plain![1];
    // The brackets hold no character sanitize replaces: one pass over the line equals one per piece.
    return sanitize(out);
  }
}

/**
 * A row from its two units and the changes between them. Added and removed
 * rows are marked whole; a moved row is marked 'moved' whole, plus whatever
 * changed on its way.
 */
export function makeRow(kind: RowKind, left: Unit | null, right: Unit | null, changes: readonly Change[] = []): DiffRow {
  let spans = changeSpans(changes);
  if (kind === 'removed' && left) spans = [{ side: 'left', start: 0, end: left.text.length, mark: 'removed' }];
  if (kind === 'added' && right) spans = [{ side: 'right', start: 0, end: right.text.length, mark: 'added' }];
  if (kind === 'moved') {
    const own = spans.filter((s) => (left ? s.side === 'left' : s.side === 'right'));
    const cell = (left ?? right)!;
    spans = [{ side: left ? 'left' : 'right', start: 0, end: cell.text.length, mark: 'moved' }, ...own];
  }
  const l = left?.text ?? null;
  const r = right?.text ?? null;
  const row: DiffRow = {
    kind,
    left: l,
    right: r,
    spans,
    cells: new LazyCells(l, r, changes, spans, kind === 'changed' && l !== null && r !== null),
  };
  if (left) row.leftParagraph = left.paragraph;
  if (right) row.rightParagraph = right.paragraph;
  return row;
}

type Piece = (text: string, mark: 'removed' | 'added' | null) => void;

/**
 * One cell in the style of `git diff --word-diff`: B's text with each
 * replaced piece of A shown, marked removed, just before what replaced it.
 * Hands each non-empty piece to `piece` in order.
 */
function interleave(left: string, right: string, changes: readonly Change[], piece: Piece): void {
  let pos = 0;
  for (const c of changes) {
    const [ls, le] = c.left;
    const [rs, re] = c.right;
    if (rs > pos) piece(right.slice(pos, rs), null);
    if (le > ls && re === rs) {
      let ws = ls;
      while (ws > 0 && /\s/.test(left[ws - 1]!)) ws--;
      if (ls > ws) piece(left.slice(ws, ls), null);
    }
    if (le > ls) piece(left.slice(ls, le), 'removed');
    if (re > rs) piece(right.slice(rs, re), 'added');
    pos = re;
  }
  if (right.length > pos) piece(right.slice(pos), null);
}

/** Zeroed statistics. */
export function emptyStats(): DiffStats {
  return {
    wordsAdded: 0, wordsRemoved: 0, wordsChanged: 0, wordsEqualLeft: 0, wordsEqualRight: 0,
    segmentsLeft: 0, segmentsRight: 0, alignedLeft: 0, alignedRight: 0, shareAligned: 1, moved: 0,
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
  for (const c of changes) {
    const [wl, wr] = changeWords(c, left, right);
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
