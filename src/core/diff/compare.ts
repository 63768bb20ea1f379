/**
 * Compares the two cells of a changed row at a granularity and says which
 * ranges changed, falling back to a coarser granularity when the work bound
 * is hit.
 */
import { diffSequenceRanges } from './sequence.js';
import { textKey, tokenAfter, hashTokens, type Fold } from '../text/tokens/hashed.js';
import type { ChangeSpan, Granularity } from './types.js';
import { type Unit } from './units.js';
import { splitSentences } from '../text/segment.js';

/**
 * One replacement inside a cell pair: a range of the left cell and of the
 * right cell. A pure deletion has an empty right range (and a pure
 * insertion an empty left one) placed just after the preceding token.
 */
export interface Change {
  /** The left range [leftStart, leftEnd) and the right range [rightStart, rightEnd); flat fields, one object per change (they are many). */
  leftStart: number;
  leftEnd: number;
  rightStart: number;
  rightEnd: number;
  /** Words in the left and in the right range; -1 until counted (see {@link countChangeWords}). */
  wordsLeft: number;
  wordsRight: number;
}

/** Shared settings of one comparison. */
export interface CompareContext {
  langA: string;
  langB: string;
  fold: Fold;
  budget: number;
}

/** The changes of one cell pair and the granularity they were found at. */
export interface CellComparison {
  changes: Change[];
  granularity: Granularity;
}

/** What a cell is compared by: pieces [from, to) of these arrays, their offsets counted from `offset` before the cell's text. */
interface Pieces {
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  keys: Int32Array;
  from: number;
  to: number;
  offset: number;
}

function piecesOf(unit: Unit, granularity: Granularity, lang: string, fold: Fold): Pieces {
  // One literal shape for all three (a spread here cost more than the diff of the cell).
  if (granularity === 'word') return { starts: unit.tokens.starts, ends: unit.tokens.ends, keys: unit.tokens.keys, from: unit.tokenStart, to: unit.tokenEnd, offset: unit.offset };
  if (granularity === 'char') {
    const chars = hashTokens(unit.text, 'char', fold);
    return { starts: chars.starts, ends: chars.ends, keys: chars.keys, from: 0, to: chars.keys.length, offset: 0 };
  }
  const sentences = splitSentences(unit.text, lang);
  const keys = Int32Array.from(sentences, (s) => textKey(s.text, fold));
  return { starts: sentences.map((s) => s.start), ends: sentences.map((s) => s.end), keys, from: 0, to: keys.length, offset: 0 };
}

const COARSER: Record<Granularity, Granularity> = { char: 'word', word: 'sentence', sentence: 'paragraph', paragraph: 'paragraph' };

/** Finds what changed between two cells; whole cells at paragraph granularity. */
export function compareCells(left: Unit, right: Unit, granularity: Granularity, ctx: CompareContext): CellComparison {
  if (granularity === 'paragraph') {
    return { changes: [{ leftStart: 0, leftEnd: left.text.length, rightStart: 0, rightEnd: right.text.length, wordsLeft: -1, wordsRight: -1 }], granularity };
  }
  const a = piecesOf(left, granularity, ctx.langA, ctx.fold);
  const b = piecesOf(right, granularity, ctx.langB, ctx.fold);
  const { hunks, exhausted } = diffSequenceRanges(a.keys, a.from, a.to, b.keys, b.from, b.to, ctx.budget);
  if (exhausted) return compareCells(left, right, COARSER[granularity], ctx);
  // An empty range sits just after the piece before it.
  const start = (p: Pieces, from: number, to: number) => (to > from ? p.starts[from]! - p.offset : from > p.from ? p.ends[from - 1]! - p.offset : 0);
  const end = (p: Pieces, from: number, to: number) => (to > from ? p.ends[to - 1]! - p.offset : from > p.from ? p.ends[from - 1]! - p.offset : 0);
  // Word pieces are the units' own tokens: a hunk's words are counted from its token range, no search needed.
  const counted = granularity === 'word';
  const words = (flags: Uint8Array, from: number, to: number) => {
    let n = 0;
    for (let k = from; k < to; k++) n += flags[k]!;
    return n;
  };
  const changes = hunks.map((h) => ({
    leftStart: start(a, h.aStart, h.aEnd),
    leftEnd: end(a, h.aStart, h.aEnd),
    rightStart: start(b, h.bStart, h.bEnd),
    rightEnd: end(b, h.bStart, h.bEnd),
    wordsLeft: counted ? words(left.tokens.words, h.aStart, h.aEnd) : -1,
    wordsRight: counted ? words(right.tokens.words, h.bStart, h.bEnd) : -1,
  }));
  return { changes, granularity };
}

/**
 * Fills in how many words each change replaces in the left and in the right
 * unit (counted once, then kept on the changes). A word that several changes
 * touch (character edits inside one word) counts for the first of them only,
 * so the words a pair loses never outnumber the words it has.
 */
export function countChangeWords(changes: readonly Change[], left: Unit, right: Unit): readonly Change[] {
  if (changes.length === 0 || changes[0]!.wordsLeft >= 0) return changes;
  let nextLeft = left.tokenStart;
  let nextRight = right.tokenStart;
  for (const c of changes) {
    [c.wordsLeft, nextLeft] = wordsInRange(left, c.leftStart, c.leftEnd, nextLeft);
    [c.wordsRight, nextRight] = wordsInRange(right, c.rightStart, c.rightEnd, nextRight);
  }
  return changes;
}

/** The changes as JSON-shaped spans in edit order (empty ranges left out). */
export function changeSpans(changes: readonly Change[]): ChangeSpan[] {
  const spans: ChangeSpan[] = [];
  for (const c of changes) {
    if (c.leftEnd > c.leftStart) spans.push({ side: 'left', start: c.leftStart, end: c.leftEnd, mark: 'removed' });
    if (c.rightEnd > c.rightStart) spans.push({ side: 'right', start: c.rightStart, end: c.rightEnd, mark: 'added' });
  }
  return spans;
}

/** How many of the unit's word tokens from `after` on overlap [start, end) of its text, and the token after the last one counted. */
function wordsInRange(unit: Unit, start: number, end: number, after: number): [number, number] {
  const t = unit.tokens;
  let n = 0;
  let k = Math.max(after, tokenAfter(t, unit.offset + start, unit.tokenStart, unit.tokenEnd));
  for (; k < unit.tokenEnd && t.starts[k]! < unit.offset + end; k++) if (t.words[k]) n++;
  return [n, k];
}
