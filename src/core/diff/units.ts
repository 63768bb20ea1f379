/**
 * Units are the segments rows are made of (paragraphs or sentences), each
 * tokenized once and keyed by a hash of its folded words, so that equal
 * segments are found by integer comparison.
 */
import type { Document } from '../corpus/types.js';
import { splitSentences } from '../text/segment.js';
import { sortedKeys } from './similarity.js';
import { keyOf, needsSegmenter, tokenAfter, tokenize, type Fold, type TokenList } from './tokens.js';

/** One segment of a version: its text, where it sits, its tokens and its key. */
export interface Unit {
  text: string;
  /** Index of the paragraph of the document this unit belongs to. */
  paragraph: number;
  tokens: TokenList;
  /** Hash of the folded tokens: equal keys mean equal text (modulo whitespace and the fold). */
  key: number;
  /** Number of word tokens (punctuation excluded). */
  words: number;
  bag?: Int32Array;
}

/** Tokenizes one segment into a unit. */
export function makeUnit(text: string, paragraph: number, lang: string, fold: Fold): Unit {
  return unitOf(text, paragraph, tokenize(text, 'word', lang, fold));
}

function unitOf(text: string, paragraph: number, tokens: TokenList): Unit {
  let words = 0;
  for (let k = 0; k < tokens.words.length; k++) words += tokens.words[k]!;
  return { text, paragraph, tokens, key: keyOf(tokens.keys), words };
}

/** The unit's word keys as a sorted bag (computed once). */
export function bagOf(unit: Unit): Int32Array {
  unit.bag ??= sortedKeys(unit.tokens.keys);
  return unit.bag;
}

/**
 * A document's tokens cut at its paragraphs, in arrays a worker thread can
 * hand over: token offsets are relative to their paragraph's start, and
 * paragraph p holds tokens [cuts[2p], cuts[2p + 1]).
 */
export interface ParagraphTokens {
  tokens: TokenList;
  cuts: Int32Array;
}

/**
 * Whether the whole text can be tokenized in one pass and cut at the
 * paragraphs: their texts are plain slices of it, and no script in it needs
 * Intl.Segmenter (slow on long strings).
 */
export function tokenizableWhole(doc: Document): boolean {
  return doc.paragraphs.every((p) => p.end - p.start === p.text.length) && !needsSegmenter(doc.text);
}

/**
 * Tokenizes a text in one pass and cuts its tokens at the paragraphs
 * [starts[p], ends[p]) (see {@link tokenizableWhole} for when that is right).
 */
export function paragraphTokens(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, lang: string, fold: Fold): ParagraphTokens {
  const tokens = tokenize(text, 'word', lang, fold);
  const n = tokens.starts.length;
  const cuts = new Int32Array(2 * starts.length);
  let k = 0;
  for (let p = 0; p < starts.length; p++) {
    const start = starts[p]!;
    const end = ends[p]!;
    while (k < n && tokens.starts[k]! < start) k++;
    cuts[2 * p] = k;
    for (; k < n && tokens.ends[k]! <= end; k++) {
      tokens.starts[k]! -= start;
      tokens.ends[k]! -= start;
    }
    cuts[2 * p + 1] = k;
  }
  return { tokens, cuts };
}

/**
 * One unit per paragraph of the document. The whole text is tokenized in one
 * pass and each paragraph gets a view of its tokens (far fewer allocations on
 * long documents), or `pre`, the same tokens made elsewhere (a worker
 * thread), is used; documents that cannot be tokenized whole are tokenized
 * paragraph by paragraph.
 */
export function paragraphUnits(doc: Document, fold: Fold, pre?: ParagraphTokens): Unit[] {
  if (!pre && !tokenizableWhole(doc)) return doc.paragraphs.map((p, i) => makeUnit(p.text, i, doc.lang, fold));
  const { tokens: all, cuts } = pre ?? paragraphTokens(doc.text, doc.paragraphs.map((p) => p.start), doc.paragraphs.map((p) => p.end), doc.lang, fold);
  return doc.paragraphs.map((p, i) => {
    const from = cuts[2 * i]!;
    const to = cuts[2 * i + 1]!;
    const view = { starts: all.starts.subarray(from, to), ends: all.ends.subarray(from, to), keys: all.keys.subarray(from, to), words: all.words.subarray(from, to) };
    return unitOf(p.text, i, view);
  });
}

/**
 * The sentences of a paragraph unit as units with its paragraph index. A
 * sentence no token crosses the edges of takes its tokens from the
 * paragraph's (the same tokens tokenizing it anew would give, found without
 * scanning its text again); one that cuts a token ("end.Next"), or text cut
 * into words by Intl.Segmenter, is tokenized on its own.
 */
export function sentenceUnitsOf(unit: Unit, lang: string, fold: Fold): Unit[] {
  const own = needsSegmenter(unit.text);
  const t = unit.tokens;
  return splitSentences(unit.text, lang).map((s) => {
    const from = tokenAfter(t, s.start);
    const to = tokenAfter(t, s.end);
    const clean = (from === t.ends.length || t.starts[from]! >= s.start) && (to === t.ends.length || t.starts[to]! >= s.end);
    if (own || !clean) return makeUnit(s.text, unit.paragraph, lang, fold);
    const starts = new Int32Array(to - from);
    const ends = new Int32Array(to - from);
    for (let k = from; k < to; k++) {
      starts[k - from] = t.starts[k]! - s.start;
      ends[k - from] = t.ends[k]! - s.start;
    }
    return unitOf(s.text, unit.paragraph, { starts, ends, keys: t.keys.subarray(from, to), words: t.words.subarray(from, to) });
  });
}
