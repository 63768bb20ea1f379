/**
 * Tokens for the diff: each a range of a cell's text plus a 32-bit hash of
 * its folded form, so that comparisons work on integers, never on substrings.
 */
import { combineHash, FNV_OFFSET, FNV_PRIME, hashString } from '../text/hash.js';
import { segmenterFor } from '../text/segmenters.js';

/** How token text is folded before it is hashed. */
export interface Fold {
  ignoreCase: boolean;
  ignorePunctuation: boolean;
}

/** Tokens of one text as parallel arrays: token k is text[starts[k], ends[k]) with hash keys[k]. */
export interface TokenList {
  starts: Int32Array;
  ends: Int32Array;
  keys: Int32Array;
  /** 1 when token k is a word (letters or digits), 0 for punctuation. */
  words: Uint8Array;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.,][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/uy;
const CHAR = /\S/gu;

// What each ASCII character is to the tokenizer.
const SPACE = 0;
/** Letters and digits. */
const ALNUM = 1;
/** Apostrophe, hyphen, full stop, comma: they join letters or digits on both sides into one word ("U.S.", "1,200", "e-mail"). */
const JOINER = 2;
const MARK = 3;
/** Not ASCII: the Unicode regex decides. */
const OTHER = 4;
const ASCII_KIND = new Uint8Array(128).map((_, c) => {
  if (c === 32 || c === 10 || c === 9 || c === 13) return SPACE;
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return ALNUM;
  return c === 39 || c === 45 || c === 46 || c === 44 ? JOINER : MARK;
});

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const NEEDS_SEGMENTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** Whether the text holds a script written without spaces, whose words only Intl.Segmenter can find. */
export function needsSegmenter(text: string): boolean {
  return NEEDS_SEGMENTER.test(text);
}

/** Whether a token starting at `at` is a word (tokens are either all word characters or one mark). */
function startsWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** Token arrays with room for `size` tokens. */
function freshScratch(size = 4096) {
  return { starts: new Int32Array(size), ends: new Int32Array(size), keys: new Int32Array(size), words: new Uint8Array(size) };
}
/**
 * Scratch arrays shared by every call (tokenizing is synchronous), grown on
 * demand; each result is copied out at its exact size, or takes them over when long.
 */
let scratch = freshScratch();

/** Grows the scratch arrays to hold at least `tokens` (doubling, so a long text costs a few copies at most). */
function grow(tokens = scratch.starts.length + 1): void {
  let size = scratch.starts.length * 2;
  while (size < tokens) size *= 2;
  const next = freshScratch(size);
  next.starts.set(scratch.starts);
  next.ends.set(scratch.ends);
  next.keys.set(scratch.keys);
  next.words.set(scratch.words);
  scratch = next;
}

/** Adds token text[start, end) at position n of the scratch arrays, offsets relative to `origin`; returns the new count. */
function add(text: string, start: number, end: number, fold: Fold, n: number, origin = 0): number {
  const isWord = startsWord(text, start);
  if (!isWord && fold.ignorePunctuation) return n;
  let h = FNV_OFFSET;
  if (fold.ignoreCase) h = hashString(text.slice(start, end).toLowerCase());
  else {
    for (let i = start; i < end; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, FNV_PRIME);
    }
  }
  if (n === scratch.starts.length) grow();
  scratch.starts[n] = start - origin;
  scratch.ends[n] = end - origin;
  scratch.keys[n] = h;
  scratch.words[n] = isWord ? 1 : 0;
  return n + 1;
}

/** Above this many tokens a result takes the scratch arrays themselves rather than a copy (a whole document: copying it costs ~8 ms per 10 MB). */
const HAND_OVER_TOKENS = 1 << 16;

/** The first n scratch tokens, copied into one new buffer (one allocation, not four: units are many and small). */
function collected(n: number): TokenList {
  if (n >= HAND_OVER_TOKENS) {
    const out = { starts: scratch.starts.subarray(0, n), ends: scratch.ends.subarray(0, n), keys: scratch.keys.subarray(0, n), words: scratch.words.subarray(0, n) };
    scratch = freshScratch();
    return out;
  }
  const buffer = new ArrayBuffer(13 * n);
  const out = { starts: new Int32Array(buffer, 0, n), ends: new Int32Array(buffer, 4 * n, n), keys: new Int32Array(buffer, 8 * n, n), words: new Uint8Array(buffer, 12 * n, n) };
  out.starts.set(scratch.starts.subarray(0, n));
  out.ends.set(scratch.ends.subarray(0, n));
  out.keys.set(scratch.keys.subarray(0, n));
  out.words.set(scratch.words.subarray(0, n));
  return out;
}

/**
 * Appends the word tokens of text[from, to) to the scratch arrays from
 * position n, with offsets relative to `from`; returns the new count. ASCII
 * words and marks are scanned and hashed in one pass (most text, and much
 * faster than the Unicode regex); a token that meets a non-ASCII character
 * is cut by the regex and hashed by {@link add}.
 */
function scanWords(text: string, from: number, to: number, fold: Fold, n: number): number {
  // Or-ing 32 into a letter or digit lower-cases A–Z and leaves the rest as they are.
  const lower = fold.ignoreCase ? 32 : 0;
  let { starts, ends, keys, words } = scratch;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? ASCII_KIND[c]! : OTHER;
    if (kind === SPACE) {
      i++;
      continue;
    }
    if (kind !== OTHER) {
      const word = kind === ALNUM;
      if (!word && fold.ignorePunctuation) {
        i++;
        continue;
      }
      let h = Math.imul(FNV_OFFSET ^ (word ? c | lower : c), FNV_PRIME);
      let j = i + 1;
      if (word) {
        while (j < to) {
          const d = text.charCodeAt(j);
          const dk = d < 128 ? ASCII_KIND[d]! : OTHER;
          if (dk === ALNUM) {
            h = Math.imul(h ^ (d | lower), FNV_PRIME);
            j++;
            continue;
          }
          if (dk !== JOINER || j + 1 >= to) {
            if (dk === OTHER) j = -1;
            break;
          }
          const e = text.charCodeAt(j + 1);
          const ek = e < 128 ? ASCII_KIND[e]! : OTHER;
          if (ek !== ALNUM) {
            if (ek === OTHER) j = -1;
            break;
          }
          h = Math.imul(Math.imul(h ^ d, FNV_PRIME) ^ (e | lower), FNV_PRIME);
          j += 2;
        }
      }
      if (j > 0) {
        if (n === starts.length) {
          grow();
          ({ starts, ends, keys, words } = scratch);
        }
        starts[n] = i - from;
        ends[n] = j - from;
        keys[n] = h;
        words[n] = word ? 1 : 0;
        n++;
        i = j;
        continue;
      }
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m) {
      i++; // other whitespace (no-break space, thin space…)
      continue;
    }
    // A range ends at whitespace, so a match never runs past it; if one did, it is cut at the range's end.
    const end = Math.min(i + m[0].length, to);
    n = add(text, i, end, fold, n, from);
    ({ starts, ends, keys, words } = scratch);
    i = end;
  }
  return n;
}

/**
 * Cuts text into word tokens (letters and digits, with inner apostrophes,
 * hyphens and separators; each punctuation mark alone) or into characters.
 * Whitespace is never a token. Scripts written without spaces are cut into
 * words with Intl.Segmenter for `lang`.
 */
export function tokenize(text: string, unit: 'word' | 'char', lang: string, fold: Fold): TokenList {
  let n = 0;
  if (unit === 'word' && needsSegmenter(text)) {
    for (const { segment, index } of segmenterFor(lang, 'word').segment(text)) {
      if (!/^\s+$/u.test(segment)) n = add(text, index, index + segment.length, fold, n);
    }
    return collected(n);
  }
  if (unit === 'char') {
    CHAR.lastIndex = 0;
    for (let m = CHAR.exec(text); m; m = CHAR.exec(text)) n = add(text, m.index, m.index + m[0].length, fold, n);
    return collected(n);
  }
  reserveFor(text.length);
  return collected(scanWords(text, 0, text.length, fold, 0));
}

/** Prose has a token every five or six characters: room for that up front spares a long text its doublings. */
function reserveFor(chars: number): void {
  if (scratch.starts.length < chars / 6) grow(chars / 6);
}

/**
 * Word tokens of each range [start, end) of `text` (ranges in order, not
 * overlapping, each ending at whitespace or the text's end), offsets
 * relative to the range's start: the same tokens as tokenizing each slice,
 * found in one scan and held in one list, range k's tokens at
 * [bounds[k], bounds[k + 1]) (no view per range: a long document has tens of
 * thousands). Not for scripts that need Intl.Segmenter (see {@link needsSegmenter}).
 */
export function tokenizeRanges(text: string, ranges: ReadonlyArray<{ start: number; end: number }>, fold: Fold): { list: TokenList; bounds: Int32Array } {
  reserveFor(text.length);
  const bounds = new Int32Array(ranges.length + 1);
  let n = 0;
  ranges.forEach((r, k) => {
    n = scanWords(text, r.start, r.end, fold, n);
    bounds[k + 1] = n;
  });
  const list = { starts: scratch.starts.subarray(0, n), ends: scratch.ends.subarray(0, n), keys: scratch.keys.subarray(0, n), words: scratch.words.subarray(0, n) };
  scratch = freshScratch();
  return { list, bounds };
}

/** One hash for a whole text: its tokens' keys chained, so whitespace never matters. */
export function textKey(text: string, lang: string, fold: Fold): number {
  return keyOf(tokenize(text, 'word', lang, fold).keys);
}

/** One hash for a token sequence (keys[from, to)). */
export function keyOf(keys: Int32Array, from = 0, to = keys.length): number {
  let h = FNV_OFFSET | 0;
  for (let k = from; k < to; k++) h = combineHash(h, keys[k]!);
  return h;
}

/** First token of tokens[from, to) that ends after `at` (`to` when none does). */
export function tokenAfter(tokens: TokenList, at: number, from = 0, to = tokens.ends.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.ends[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
