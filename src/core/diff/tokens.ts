/**
 * Tokens for the diff: each a range of a cell's text plus a 32-bit hash of
 * its folded form, so that comparisons work on integers, never on substrings.
 */
import { segmenterFor } from '../text/segmenters.js';

/** How token text is folded before it is hashed. */
export interface Fold {
  ignoreCase: boolean;
  ignorePunctuation: boolean;
}

/** Tokens of one text as parallel arrays: token k is text[starts[k], ends[k]) with hash keys[k]. */
export interface TokenList {
  starts: number[];
  ends: number[];
  keys: number[];
  /** Whether token k is a word (letters or digits) rather than punctuation. */
  words: boolean[];
}

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a hash of a string, continuing from `seed` so that hashes can be chained. */
export function hashString(text: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Combines two hashes into one (order matters). */
export function combineHash(a: number, b: number): number {
  return Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x01000193) | 0;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.,][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const CHAR = /\S/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const NEEDS_SEGMENTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Whether a token starting with this code unit is a word (tokens are either all word characters or one mark). */
function startsWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

function push(list: TokenList, text: string, start: number, end: number, fold: Fold): void {
  const isWord = startsWord(text, start);
  if (!isWord && fold.ignorePunctuation) return;
  let h = FNV_OFFSET;
  if (fold.ignoreCase) h = hashString(text.slice(start, end).toLowerCase());
  else {
    for (let i = start; i < end; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  list.starts.push(start);
  list.ends.push(end);
  list.keys.push(h | 0);
  list.words.push(isWord);
}

/**
 * Cuts text into word tokens (letters and digits, with inner apostrophes,
 * hyphens and separators; each punctuation mark alone) or into characters.
 * Whitespace is never a token. Scripts written without spaces are cut into
 * words with Intl.Segmenter for `lang`.
 */
export function tokenize(text: string, unit: 'word' | 'char', lang: string, fold: Fold): TokenList {
  const list: TokenList = { starts: [], ends: [], keys: [], words: [] };
  if (unit === 'word' && NEEDS_SEGMENTER.test(text)) {
    for (const { segment, index } of segmenterFor(lang, 'word').segment(text)) {
      if (/^\s+$/u.test(segment)) continue;
      push(list, text, index, index + segment.length, fold);
    }
    return list;
  }
  const re = unit === 'word' ? WORD : CHAR;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) push(list, text, m.index, m.index + m[0].length, fold);
  return list;
}

/** One hash for a whole text: its tokens' keys chained, so whitespace never matters. */
export function textKey(text: string, lang: string, fold: Fold): number {
  const { keys } = tokenize(text, 'word', lang, fold);
  let h = FNV_OFFSET | 0;
  for (const k of keys) h = combineHash(h, k);
  return h;
}
