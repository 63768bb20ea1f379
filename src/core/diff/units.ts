/**
 * Units are the segments rows are made of (paragraphs or sentences), each
 * tokenized once and keyed by a hash of its folded words, so that equal
 * segments are found by integer comparison.
 */
import type { Document } from '../corpus/types.js';
import { splitSentences } from '../text/segment.js';
import { sortedKeys } from './similarity.js';
import { keyOf, tokenize, type Fold, type TokenList } from './tokens.js';

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
  const tokens = tokenize(text, 'word', lang, fold);
  let words = 0;
  for (let k = 0; k < tokens.words.length; k++) words += tokens.words[k]!;
  return { text, paragraph, tokens, key: keyOf(tokens.keys), words };
}

/** The unit's word keys as a sorted bag (computed once). */
export function bagOf(unit: Unit): Int32Array {
  unit.bag ??= sortedKeys(unit.tokens.keys);
  return unit.bag;
}

/** One unit per paragraph of the document. */
export function paragraphUnits(doc: Document, fold: Fold): Unit[] {
  return doc.paragraphs.map((p, i) => makeUnit(p.text, i, doc.lang, fold));
}

/** The sentences of a text as units, all tagged with `paragraph`. */
export function sentenceUnitsOf(text: string, paragraph: number, lang: string, fold: Fold): Unit[] {
  return splitSentences(text, lang).map((s) => makeUnit(s.text, paragraph, lang, fold));
}

/** One unit per sentence of the document. */
export function sentenceUnits(doc: Document, fold: Fold): Unit[] {
  return doc.paragraphs.flatMap((p, i) => sentenceUnitsOf(p.text, i, doc.lang, fold));
}
