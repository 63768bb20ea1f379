/**
 * Compares the two cells of a changed row at a granularity and says which
 * ranges changed, falling back to a coarser granularity when the work bound
 * is hit.
 */
import { diffSequences } from './sequence.js';
import { textKey, tokenAfter, tokenize, type Fold, type TokenList } from './tokens.js';
import type { ChangeSpan, Granularity } from './types.js';
import { type Unit } from './units.js';
import { splitSentences } from '../text/segment.js';

/**
 * One replacement inside a cell pair: a range of the left cell and of the
 * right cell. A pure deletion has an empty right range (and a pure
 * insertion an empty left one) placed just after the preceding token.
 */
export interface Change {
  left: [number, number];
  right: [number, number];
  /** Words in the left and in the right range, once counted (see {@link changeWords}). */
  words?: [number, number];
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

interface Pieces {
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  keys: ArrayLike<number>;
}

function piecesOf(unit: Unit, granularity: Granularity, lang: string, fold: Fold): Pieces {
  if (granularity === 'word') return unit.tokens;
  if (granularity === 'char') return tokenize(unit.text, 'char', lang, fold);
  const sentences = splitSentences(unit.text, lang);
  return { starts: sentences.map((s) => s.start), ends: sentences.map((s) => s.end), keys: sentences.map((s) => textKey(s.text, lang, fold)) };
}

const COARSER: Record<Granularity, Granularity> = { char: 'word', word: 'sentence', sentence: 'paragraph', paragraph: 'paragraph' };

/** Finds what changed between two cells; whole cells at paragraph granularity. */
export function compareCells(left: Unit, right: Unit, granularity: Granularity, ctx: CompareContext): CellComparison {
  if (granularity === 'paragraph') {
    return { changes: [{ left: [0, left.text.length], right: [0, right.text.length] }], granularity };
  }
  const a = piecesOf(left, granularity, ctx.langA, ctx.fold);
  const b = piecesOf(right, granularity, ctx.langB, ctx.fold);
  const { hunks, exhausted } = diffSequences(a.keys, b.keys, ctx.budget);
  if (exhausted) return compareCells(left, right, COARSER[granularity], ctx);
  const range = (p: Pieces, from: number, to: number): [number, number] => {
    if (to > from) return [p.starts[from]!, p.ends[to - 1]!];
    const at = from > 0 ? p.ends[from - 1]! : 0;
    return [at, at];
  };
  if (granularity !== 'word') return { changes: hunks.map((h) => ({ left: range(a, h.aStart, h.aEnd), right: range(b, h.bStart, h.bEnd) })), granularity };
  // Word pieces are the units' own tokens: a hunk's words are counted from its token range, no search needed.
  const words = (flags: Uint8Array, from: number, to: number) => {
    let n = 0;
    for (let k = from; k < to; k++) n += flags[k]!;
    return n;
  };
  const changes = hunks.map((h) => ({
    left: range(a, h.aStart, h.aEnd),
    right: range(b, h.bStart, h.bEnd),
    words: [words(left.tokens.words, h.aStart, h.aEnd), words(right.tokens.words, h.bStart, h.bEnd)] as [number, number],
  }));
  return { changes, granularity };
}

/** How many words a change replaces in the left and in the right unit (counted once, then kept on the change). */
export function changeWords(c: Change, left: Unit, right: Unit): [number, number] {
  return (c.words ??= [wordsInRange(left.tokens, c.left[0], c.left[1]), wordsInRange(right.tokens, c.right[0], c.right[1])]);
}

/** The changes as JSON-shaped spans in edit order (empty ranges left out). */
export function changeSpans(changes: readonly Change[]): ChangeSpan[] {
  const spans: ChangeSpan[] = [];
  for (const c of changes) {
    if (c.left[1] > c.left[0]) spans.push({ side: 'left', start: c.left[0], end: c.left[1], mark: 'removed' });
    if (c.right[1] > c.right[0]) spans.push({ side: 'right', start: c.right[0], end: c.right[1], mark: 'added' });
  }
  return spans;
}

/** How many word tokens overlap [start, end). */
function wordsInRange(tokens: TokenList, start: number, end: number): number {
  let n = 0;
  for (let k = tokenAfter(tokens, start); k < tokens.starts.length && tokens.starts[k]! < end; k++) if (tokens.words[k]) n++;
  return n;
}
