import { segmenterFor } from '../text/segmenters.js';

/** One word of a text: its folded search term and where it stands. */
export interface Token {
  term: string;
  /** Half-open range [start, end) of the word in the tokenized text. */
  start: number;
  end: number;
}

// A word in a space-separated script: letters, marks and digits, with inner
// apostrophes, hyphens, dots and commas ("China's", "AI-powered", "U.S", "1,200")
// and underscores, which join an identifier into one word ("acct_id", "LC_ALL").
const WORD_RUN = /[\p{L}\p{M}\p{N}]+(?:['’.,\-‐_][\p{L}\p{M}\p{N}]+)*/gu;
const NEEDS_SEGMENTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NUMBER = /^\p{N}+(?:[.,]\p{N}+)*$/u;
const INITIALS = /^\p{L}(?:\.\p{L})+$/u;
const PART_SPLIT = /['’\-‐]/;
const INNER_SPLIT = /[.,]/;
const NON_ASCII = /[^\u0000-\u007f]/;
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
/** Plain ASCII letters: most words, folded by lower-casing alone. */
const SIMPLE_WORD = /^[A-Za-z]+$/;

/**
 * The search form of a word: lower-cased, Latin/Greek/Cyrillic diacritics
 * removed ("Zürich" → "zurich"), thousands commas dropped ("1,200" → "1200").
 * Index and query both go through it, so they always agree.
 */
export function foldTerm(word: string): string {
  if (SIMPLE_WORD.test(word)) return word.toLowerCase();
  let t = word;
  if (NON_ASCII.test(t)) t = t.normalize('NFD').replace(COMBINING_DIACRITICS, '').normalize('NFC');
  t = t.toLowerCase();
  return NUMBER.test(t) ? t.replace(/,/g, '') : t;
}

/** Splits one raw word ("AI-powered", "China's", "U.S", "3.5") into the parts that are indexed. */
function pushParts(word: string, start: number, out: Token[]): void {
  if (SIMPLE_WORD.test(word)) {
    out.push({ term: word.toLowerCase(), start, end: start + word.length });
    return;
  }
  if (NUMBER.test(word)) {
    out.push({ term: foldTerm(word), start, end: start + word.length });
    return;
  }
  if (INITIALS.test(word)) {
    out.push({ term: foldTerm(word.replace(/\./g, '')), start, end: start + word.length });
    return;
  }
  let offset = 0;
  for (const part of word.split(PART_SPLIT)) {
    const inner = NUMBER.test(part) ? [part] : part.split(INNER_SPLIT);
    let innerOffset = offset;
    for (const piece of inner) {
      if (piece !== '') out.push({ term: foldTerm(piece), start: start + innerOffset, end: start + innerOffset + piece.length });
      innerOffset += piece.length + 1;
    }
    offset += part.length + 1;
  }
}

/**
 * Cuts text into search tokens with their offsets. Scripts written without
 * spaces (Chinese, Japanese, Thai…) go through Intl.Segmenter for `lang`, so a
 * two-character Chinese word is its own token; text in space-separated
 * scripts uses an equivalent word pattern, which is several times faster
 * (see BENCHMARKS.md, search).
 */
export function tokenize(text: string, lang: string): Token[] {
  const out: Token[] = [];
  if (NEEDS_SEGMENTER.test(text)) {
    for (const s of segmenterFor(lang, 'word').segment(text)) {
      if (!s.isWordLike || !LETTER_OR_DIGIT.test(s.segment)) continue;
      if (NEEDS_SEGMENTER.test(s.segment)) out.push({ term: foldTerm(s.segment), start: s.index, end: s.index + s.segment.length });
      else tokenizeRuns(s.segment, s.index, out);
    }
    return out;
  }
  tokenizeRuns(text, 0, out);
  return out;
}

function tokenizeRuns(text: string, offset: number, out: Token[]): void {
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) pushParts(m[0], offset + m.index, out);
}

/** The folded terms of a text, in order (what the index stores for it). */
export function termsOf(text: string, lang: string): string[] {
  return tokenize(text, lang).map((t) => t.term);
}
