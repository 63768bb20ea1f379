/**
 * Diff mode of the tokenizer: each a range of a cell's text plus a 32-bit hash of
 * its folded form, so that comparisons work on integers, never on substrings.
 */
import { combineHash, FNV_OFFSET, fnvStep as fnv, hashString } from '../hash.js';
import type { TextRange } from '../segment.js';
import { unbreakableSpans } from '../unbreakable.js';
import { SPACELESS_LETTER } from './scripts.js';

/** How token text is folded before it is hashed. */
export interface Fold {
  ignoreCase: boolean;
  ignorePunctuation: boolean;
}

/**
 * Token offsets: 16-bit where every offset is below 65,536 (a whole
 * document's tokens, offsets relative to paragraphs of ordinary length; see
 * {@link hashTokenRanges}), else 32-bit.
 */
export type Offsets = Int32Array | Uint16Array;

/** Tokens of one text as parallel arrays: token k is text[starts[k], ends[k]) with hash keys[k]. */
export interface TokenList {
  starts: Offsets;
  ends: Offsets;
  keys: Int32Array;
  /** 1 when token k is a word (letters or digits), 0 for punctuation. */
  words: Uint8Array;
}

// What each character is to the tokenizer: a word is a run of WORD_CHAR and
// COMBINING characters, with single JOINERs inside it; a letter of a script
// written without spaces is a word alone (with the marks that follow it);
// any other character but a space is a token alone.
const SPACE = 0;
/** Letters and digits (Unicode L and N) of scripts written with spaces. */
const WORD_CHAR = 1;
/** Apostrophes, hyphen, full stop, comma: they join word characters on both sides into one word ("U.S.", "1,200", "e-mail", "didn’t"). */
const JOINER = 2;
/** Punctuation and symbols: a token each. */
const MARK = 3;
/** Letters of Han, Kana, Thai, Lao, Khmer and Myanmar, written without spaces: a word each, so no dictionary segmentation is needed (a diff of them marks the characters that changed). */
const SOLO = 4;
/** Combining marks (Unicode M): inside a word, and after a SOLO letter. */
const COMBINING = 5;
/** A high surrogate: the code point it starts is looked up on its own. */
const HIGH = 6;
/** Added to the kind of a character outside the BMP (two code units). */
const WIDE = 8;

const IS_SPACE = /\s/u;
const IS_WORD_CHAR = /[\p{L}\p{N}]/u;
const IS_COMBINING = /\p{M}/u;

/** The kind of a code point, by its Unicode properties. */
function classify(ch: string): number {
  if (IS_SPACE.test(ch)) return SPACE;
  if (IS_COMBINING.test(ch)) return COMBINING;
  if (IS_WORD_CHAR.test(ch)) return SPACELESS_LETTER.test(ch) ? SOLO : WORD_CHAR;
  return ch === "'" || ch === '’' || ch === '-' || ch === '.' || ch === ',' ? JOINER : MARK;
}

/**
 * Kinds of the BMP's code units, 256 at a time, each block filled the first
 * time a text uses it (a regex test per character, once): a scan then costs
 * a table read per character whatever the script.
 */
const blocks: Array<Uint8Array | undefined> = new Array(256);
function fillBlock(block: number): Uint8Array {
  const kinds = new Uint8Array(256);
  // The blocks of CJK ideographs (U+4E00–U+9FFF) and Hangul syllables (U+AC00–U+D7A3) are known whole: no test per character.
  if (block >= 0x4e && block <= 0x9f) kinds.fill(SOLO);
  else if (block >= 0xac && block <= 0xd6) kinds.fill(WORD_CHAR);
  else
    for (let k = 0; k < 256; k++) {
      const c = (block << 8) | k;
      kinds[k] = c >= 0xd800 && c < 0xdc00 ? HIGH : c >= 0xdc00 && c < 0xe000 ? MARK : classify(String.fromCharCode(c));
    }
  blocks[block] = kinds;
  return kinds;
}
const astral = new Map<number, number>();

/** The kind of the character at text[i], plus WIDE when it takes two code units. */
function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const kind = (blocks[c >> 8] ?? fillBlock(c >> 8))[c & 255]!;
  if (kind !== HIGH) return kind;
  const cp = text.codePointAt(i)!;
  if (cp === c) return MARK; // a lone high surrogate
  let wide = astral.get(cp);
  if (wide === undefined) astral.set(cp, (wide = classify(String.fromCodePoint(cp)) + WIDE));
  return wide;
}

/** Token arrays with room for `size` tokens, offsets 16-bit when `narrow`. */
function freshScratch(size = 4096, narrow = false): TokenList {
  const offsets = () => (narrow ? new Uint16Array(size) : new Int32Array(size));
  return { starts: offsets(), ends: offsets(), keys: new Int32Array(size), words: new Uint8Array(size) };
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
  const next = freshScratch(size, scratch.starts instanceof Uint16Array);
  next.starts.set(scratch.starts);
  next.ends.set(scratch.ends);
  next.keys.set(scratch.keys);
  next.words.set(scratch.words);
  scratch = next;
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

/** Kinds of Latin-1, read without a call in the scan's hot loop. */
const LATIN = fillBlock(0);

/** Whether a character of this kind (WIDE bit cleared) is part of a word. */
const inWord = (kind: number) => kind === WORD_CHAR || kind === COMBINING;

/**
 * Appends the tokens of text[from, to) to the scratch arrays from position
 * n, with offsets relative to `from`; returns the new count. One pass for
 * every script: each character's kind is a table read, and the token's hash
 * is built as it is scanned (an ASCII letter lower-cased by or-ing 32 into
 * it under ignoreCase, which leaves digits and joiners as they are; a word
 * with other letters is lower-cased whole). `chars`: every character but a
 * space is a token. Offsets are relative to `origin` (`from` unless a
 * caller scans a range in pieces, see {@link scanAtoms}).
 */
function scan(text: string, from: number, to: number, fold: Fold, n: number, chars = false, origin = from): number {
  const lower = fold.ignoreCase ? 32 : 0;
  let { starts, ends, keys, words } = scratch;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const first = c < 256 ? LATIN[c]! : kindAt(text, i);
    const kind = first & 7;
    if (kind === SPACE) {
      i += first >= WIDE ? 2 : 1;
      continue;
    }
    const word = kind === WORD_CHAR || kind === COMBINING || kind === SOLO;
    if (!word && fold.ignorePunctuation) {
      i += first >= WIDE ? 2 : 1;
      continue;
    }
    let h = fnv(FNV_OFFSET, word && c < 128 ? c | lower : c);
    let ascii = c < 128;
    let j = i + 1;
    if (first >= WIDE) {
      h = fnv(h, text.charCodeAt(j++));
      ascii = false;
    }
    if (!chars && kind !== MARK && kind !== JOINER) {
      // A word runs over word characters and single joiners between them; a SOLO letter takes the marks after it.
      const solo = kind === SOLO;
      while (j < to) {
        const d = text.charCodeAt(j);
        const dk = d < 256 ? LATIN[d]! : kindAt(text, j);
        if (dk === COMBINING || (!solo && dk === WORD_CHAR)) {
          h = fnv(h, d < 128 ? d | lower : d);
          if (d >= 128) ascii = false;
          j++;
        } else if (!solo && dk >= WIDE && inWord(dk & 7)) {
          h = fnv(fnv(h, d), text.charCodeAt(j + 1));
          ascii = false;
          j += 2;
        } else if (!solo && dk === JOINER && j + 1 < to && inWord(kindAt(text, j + 1) & 7)) {
          h = fnv(h, d);
          if (d >= 128) ascii = false;
          j++;
        } else break;
      }
    }
    if (lower !== 0 && !ascii) h = hashString(text.slice(i, j).toLowerCase());
    if (n === starts.length) {
      grow();
      ({ starts, ends, keys, words } = scratch);
    }
    starts[n] = i - origin;
    ends[n] = j - origin;
    keys[n] = h | 0;
    words[n] = word ? 1 : 0;
    n++;
    i = j;
  }
  return n;
}

/**
 * Atoms: a URL, a link target or an inline code span is ONE word token, as
 * it is one word to dwdiff and to a reader. Cut at its punctuation, the link
 * `[Name](https://github.com/owner/awesome-name)` was eight word tokens, and
 * an edited link in a list of links marked a run of them (11 of 45 pairs of
 * a real awesome-list history marked over 1.5x the words dwdiff marks). The
 * spans are the ones sentence splitting never breaks in
 * (text/unbreakable.ts, one definition of both); a link target's `](` … `)`
 * and an autolink's `<` … `>` stay marks of their own, so the token is the
 * target itself. Spans of text[from, to), offsets in `text`, or null.
 */
function atomsOf(text: string, from: number, to: number): TextRange[] | null {
  const spans = unbreakableSpans(from === 0 && to === text.length ? text : text.slice(from, to));
  if (spans === null) return null;
  for (const s of spans) {
    const c = text.charCodeAt(from + s.start);
    const [head, tail] = c === 0x5d /* ] */ ? [2, 1] : c === 0x3c /* < */ ? [1, 1] : [0, 0];
    s.start += from + head;
    s.end += from - tail;
  }
  return spans;
}

/**
 * Where a text may hold an atom: the offsets of its backticks, `<`, `](`
 * and `://`, sorted, or null when it has none (most prose; four native
 * searches). The span pattern then runs on the ranges holding one only: run
 * on the whole of a 10 MB text for one stray `<`, it cost ~0.6 s.
 */
function atomHints(text: string): Int32Array | null {
  const at: number[] = [];
  for (const needle of ['`', '<', '](', '://']) for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) at.push(i);
  return at.length === 0 ? null : Int32Array.from(at).sort();
}

/** Like {@link scan} over text[from, to), each of `atoms` (sorted, offsets in `text`, inside the range) one word token. */
function scanAtoms(text: string, from: number, to: number, fold: Fold, n: number, atoms: readonly TextRange[]): number {
  let at = from;
  for (const atom of atoms) {
    if (atom.end <= atom.start || atom.start < at) continue;
    n = scan(text, at, atom.start, fold, n, false, from);
    if (n === scratch.starts.length) grow();
    const piece = text.slice(atom.start, atom.end);
    scratch.starts[n] = atom.start - from;
    scratch.ends[n] = atom.end - from;
    scratch.keys[n] = hashString(fold.ignoreCase ? piece.toLowerCase() : piece) | 0;
    scratch.words[n] = 1;
    n++;
    at = atom.end;
  }
  return scan(text, at, to, fold, n, false, from);
}

/**
 * Cuts text into word tokens (letters and digits, with inner apostrophes,
 * hyphens and separators; each punctuation mark alone; each letter of a
 * script written without spaces alone; a URL, link target or inline code
 * span whole, see {@link atomsOf}) or into characters. Whitespace is never a
 * token, and no language is needed to find them.
 */
export function hashTokens(text: string, unit: 'word' | 'char', fold: Fold): TokenList {
  reserveFor(text.length);
  const atoms = unit === 'word' ? atomsOf(text, 0, text.length) : null;
  return collected(atoms ? scanAtoms(text, 0, text.length, fold, 0, atoms) : scan(text, 0, text.length, fold, 0, unit === 'char'));
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
 * thousands).
 */
export function hashTokenRanges(text: string, ranges: ReadonlyArray<{ start: number; end: number }>, fold: Fold): { list: TokenList; bounds: Int32Array } {
  // A token takes at least one code unit: arrays that long never grow (no copies; pages never written are never
  // made resident), and the list keeps them. Offsets within ranges shorter than 65,536 fit in 16 bits: 9 bytes a
  // token instead of 13, and every page of them is first touched (dear: see BENCHMARKS.md, Diff) as it is written.
  const longest = ranges.reduce((most, r) => Math.max(most, r.end - r.start), 0);
  scratch = freshScratch(text.length, longest <= 0xffff);
  const bounds = new Int32Array(ranges.length + 1);
  const hints = atomHints(text);
  let hint = 0;
  let n = 0;
  ranges.forEach((r, k) => {
    while (hints !== null && hint < hints.length && hints[hint]! < r.start) hint++;
    const atoms = hints !== null && hint < hints.length && hints[hint]! < r.end ? atomsOf(text, r.start, r.end) : null;
    n = atoms ? scanAtoms(text, r.start, r.end, fold, n, atoms) : scan(text, r.start, r.end, fold, n);
    bounds[k + 1] = n;
  });
  const list = { starts: scratch.starts.subarray(0, n), ends: scratch.ends.subarray(0, n), keys: scratch.keys.subarray(0, n), words: scratch.words.subarray(0, n) };
  scratch = freshScratch();
  return { list, bounds };
}

/** One hash for a whole text: its tokens' keys chained, so whitespace never matters. */
export function textKey(text: string, fold: Fold): number {
  return keyOf(hashTokens(text, 'word', fold).keys);
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
