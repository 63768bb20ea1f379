/**
 * Units are the segments rows are made of (paragraphs or sentences), each
 * tokenized once and keyed by a hash of its folded words, so that equal
 * segments are found by integer comparison.
 */
import type { BlockKind, Document } from '../corpus/types.js';
import { splitSentences } from '../text/segment.js';
import { sortedKeys } from './similarity.js';
import { combineHash } from '../text/hash.js';
import { keyOf, tokenAfter, hashTokens, hashTokenRanges, type Fold, type TokenList } from '../text/tokens/hashed.js';

/** One segment of a version: its text, where it sits, its tokens and its key. */
export interface Unit {
  text: string;
  /** Index of the paragraph of the document this unit belongs to. */
  paragraph: number;
  /**
   * The unit's tokens are tokens[tokenStart, tokenEnd), their offsets counted
   * from `offset` code units before the unit's text: a paragraph's lie in its
   * document's one list, offsets relative to the paragraph (offset 0), and a
   * sentence shares its paragraph's, offset by where it begins in it.
   */
  tokens: TokenList;
  tokenStart: number;
  tokenEnd: number;
  offset: number;
  /** Hash of the folded tokens: equal keys mean equal text (modulo whitespace and the fold). */
  key: number;
  /** Number of word tokens (punctuation excluded). */
  words: number;
  /** A code block's unit: kept whole, never cut into sentences. */
  code: boolean;
  /** The kind of block the unit is (or is a sentence of); absent for plain text's paragraphs. */
  kind?: BlockKind;
  bag?: Int32Array;
}

/** Tokenizes one segment into a unit (no language needed: tokens are found alike in every language). */
export function makeUnit(text: string, paragraph: number, fold: Fold): Unit {
  return unitOf(text, paragraph, hashTokens(text, 'word', fold));
}

function unitOf(text: string, paragraph: number, tokens: TokenList, tokenStart = 0, tokenEnd = tokens.keys.length, offset = 0): Unit {
  let words = 0;
  for (let k = tokenStart; k < tokenEnd; k++) words += tokens.words[k]!;
  return { text, paragraph, tokens, tokenStart, tokenEnd, offset, key: keyOf(tokens.keys, tokenStart, tokenEnd), words, code: false };
}

/** The unit's word keys as a sorted bag (computed once). */
export function bagOf(unit: Unit): Int32Array {
  unit.bag ??= sortedKeys(unit.tokens.keys, unit.tokenStart, unit.tokenEnd);
  return unit.bag;
}

/** Mixed into the key of a code block's unit. */
const CODE_KEY = 0x636f6465;

/**
 * One unit per paragraph of the document. The paragraphs are tokenized in
 * one scan of the whole text into one token list, each unit holding its
 * range of it (far fewer allocations on long documents); documents whose
 * paragraphs are not plain slices of the text are tokenized paragraph by
 * paragraph.
 */
export function paragraphUnits(doc: Document, fold: Fold): Unit[] {
  const slices = doc.paragraphs.every((p) => p.end - p.start === p.text.length);
  let units: Unit[];
  if (!slices) units = doc.paragraphs.map((p, i) => makeUnit(p.text, i, fold));
  else {
    const { list, bounds } = hashTokenRanges(doc.text, doc.paragraphs, fold);
    units = doc.paragraphs.map((p, i) => unitOf(p.text, i, list, bounds[i]!, bounds[i + 1]!));
  }
  // A code block is equal only to a code block: the same words as prose (a command quoted in a list item) are another block.
  doc.paragraphs.forEach((p, i) => {
    if (p.kind !== undefined && p.kind !== 'paragraph') units[i]!.kind = p.kind;
    if (p.kind !== 'code') return;
    units[i]!.key = combineHash(units[i]!.key, CODE_KEY);
    units[i]!.code = true;
  });
  return units;
}

/**
 * The sentences of a unit as units with its paragraph index. A sentence no
 * token crosses the edges of shares the unit's tokens (the same tokens
 * tokenizing it anew would give, found without scanning its text again, and
 * held without a copy: a Chinese paragraph's every letter is a token); one
 * that cuts a token ("end.Next") is tokenized on its own. A code block is
 * one unit, as it is.
 */
export function sentenceUnitsOf(unit: Unit, lang: string, fold: Fold): Unit[] {
  if (unit.code) return [unit];
  const t = unit.tokens;
  const last = unit.tokenEnd;
  const units = splitSentences(unit.text, lang).map((s) => {
    const start = unit.offset + s.start;
    const end = unit.offset + s.end;
    const from = tokenAfter(t, start, unit.tokenStart, last);
    const to = tokenAfter(t, end, unit.tokenStart, last);
    const clean = (from === last || t.starts[from]! >= start) && (to === last || t.starts[to]! >= end);
    return clean ? unitOf(s.text, unit.paragraph, t, from, to, start) : makeUnit(s.text, unit.paragraph, fold);
  });
  if (unit.kind !== undefined) for (const u of units) u.kind = unit.kind;
  return units;
}
