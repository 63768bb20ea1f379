import { primaryLanguage } from './language-tag.js';
/**
 * Sentence boundaries (Unicode UAX #29, as ICU finds them) for text written
 * in ASCII plus curly quotes and dashes, CJK ideographs, kana and Hangul
 * syllables with their full stops and commas, found by one scan: most
 * English, Indonesian, Chinese, Japanese and Korean prose, split without
 * loading ICU's break iterator (~8 ms on first use) or walking its segments
 * (an object and a string per sentence: 13 MB of them for a 10 MB Chinese
 * pair).
 */

// Sentence_Break classes of the characters handled here.
const OTHER = 0;
const SP = 1;
const LOWER = 2;
const UPPER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SCONTINUE = 8;
/** Letters that are neither upper nor lower case: ideographs, kana, Hangul. */
const OLETTER = 9;

const ASCII_CLASS = new Uint8Array(128).map((_, c) => {
  if (c === 32 || c === 9 || c === 11 || c === 12) return SP;
  if (c >= 97 && c <= 122) return LOWER;
  if (c >= 65 && c <= 90) return UPPER;
  if (c >= 48 && c <= 57) return NUMERIC;
  if (c === 46) return ATERM;
  if (c === 33 || c === 63) return STERM;
  if (c === 34 || c === 39 || c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125) return CLOSE;
  if (c === 44 || c === 45 || c === 58 || c === 59) return SCONTINUE;
  return OTHER;
});

/** Class of a character, or -1 when this scan does not know it (ICU must decide). */
function classOf(c: number): number {
  if (c < 128) return c === 10 || c === 13 || c < 9 || (c > 13 && c < 32) || c === 127 ? -1 : ASCII_CLASS[c]!;
  if (c >= 0x2018 && c <= 0x201d && c !== 0x201a && c !== 0x201b) return CLOSE; // ‘ ’ “ ”
  if (c === 0x2013 || c === 0x2014) return SCONTINUE; // – —
  // CJK ideographs, hiragana, katakana (and its long vowel mark), Hangul syllables.
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || (c >= 0xac00 && c <= 0xd7a3)) return OLETTER;
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return STERM; // 。！？
  if (c === 0x3001 || c === 0xff0c) return SCONTINUE; // 、，
  return -1;
}

/** Languages whose ICU sentence rules are tailored (Greek ends questions with ";"): always left to ICU. */
const TAILORED = new Set(['el']);

/**
 * Where sentences end in `text`: the offsets just after each sentence but the
 * last, exactly where ICU's sentence segmenter breaks; null when the text
 * holds a character this scan does not classify, or the language has
 * tailored rules, so the caller asks ICU.
 */
export function sentenceBreaks(text: string, lang: string): number[] | null {
  if (TAILORED.has(primaryLanguage(lang))) return null;
  const n = text.length;
  const cls = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = classOf(text.charCodeAt(i));
    if (k < 0) return null;
    cls[i] = k;
  }
  const breaks: number[] = [];
  for (let p = 0; p < n; p++) {
    const term = cls[p]!;
    if (term !== ATERM && term !== STERM) continue;
    // The run a break may follow: the mark, closing punctuation, spaces (SB9, SB10).
    let q = p + 1;
    while (q < n && cls[q] === CLOSE) q++;
    while (q < n && cls[q] === SP) q++;
    if (q === n) break; // the text's end (SB2)
    const next = cls[q]!;
    if (next === ATERM || next === STERM || next === SCONTINUE) continue; // SB8a
    if (term === ATERM) {
      if (q === p + 1 && next === NUMERIC) continue; // SB6: "3.5"
      if (q === p + 1 && next === UPPER && p > 0 && (cls[p - 1] === LOWER || cls[p - 1] === UPPER)) continue; // SB7: "U.S"
      // SB8: no break when the next letter, past anything but letters and marks, is lower case.
      let r = q;
      while (r < n && cls[r] !== LOWER && cls[r] !== UPPER && cls[r] !== OLETTER && cls[r] !== ATERM && cls[r] !== STERM) r++;
      if (r < n && cls[r] === LOWER) continue;
    }
    breaks.push(q); // SB11
  }
  return breaks;
}
