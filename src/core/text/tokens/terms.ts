/**
 * Search mode of the tokenizer: the words of {@link forEachWord}, each cut into
 * the parts the index stores and folded into a search term.
 */
import { forEachWord } from './words.js';

/** One word of a text: its folded search term and where it stands. */
export interface Token {
  term: string;
  /** Half-open range [start, end) of the word in the tokenized text. */
  start: number;
  end: number;
  /** For a part of a word after its first ("powered" in "AI-powered"): the separator before it, in the form of {@link JOINERS}. */
  joiner?: Joiner;
}

/** The separators that join the parts of one word ("AI-powered", "China's", "node.js", "1,2"), Unicode forms as ASCII. */
export const JOINERS = ['-', "'", '.', ','] as const;
export type Joiner = (typeof JOINERS)[number];
const JOINER_OF: Record<string, Joiner> = { '-': '-', '‐': '-', "'": "'", '’': "'", '.': '.', ',': ',' };

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
  const first = out.length;
  for (const part of word.split(PART_SPLIT)) {
    const inner = NUMBER.test(part) ? [part] : part.split(INNER_SPLIT);
    let innerOffset = offset;
    for (const piece of inner) {
      if (piece !== '') {
        const joiner = out.length > first ? JOINER_OF[word[innerOffset - 1]!] : undefined;
        out.push({ term: foldTerm(piece), start: start + innerOffset, end: start + innerOffset + piece.length, ...(joiner ? { joiner } : {}) });
      }
      innerOffset += piece.length + 1;
    }
    offset += part.length + 1;
  }
}

/**
 * Cuts text into search tokens with their offsets. A word of a script
 * written without spaces (a two-character Chinese word) is one token; other
 * words are cut at apostrophes and hyphens ("AI-powered" is "ai", "powered").
 */
export function termTokens(text: string, lang: string): Token[] {
  const out: Token[] = [];
  forEachWord(text, lang, (word, start, spaceless) => {
    if (spaceless) out.push({ term: foldTerm(word), start, end: start + word.length });
    else pushParts(word, start, out);
  });
  return out;
}

/** The folded terms of a text, in order (what the index stores for it). */
export function termsOf(text: string, lang: string): string[] {
  return termTokens(text, lang).map((t) => t.term);
}
