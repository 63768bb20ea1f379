import { sentenceBreaks } from './sentence-breaks.js';
import { segmenterFor } from './segmenters.js';
import { insideSpan, unbreakableSpans } from './unbreakable.js';
import { primaryLanguage } from './language-tag.js';

/** A half-open character range [start, end) into a document's normalized text. */
export interface TextRange {
  start: number;
  end: number;
}

/** A paragraph: its range in the document and its text (inner line breaks turned into spaces). */
export interface ParagraphRange extends TextRange {
  text: string;
}

/**
 * The lines of a text, flat: line k is text[start[k], end[k]), and
 * trimmed[k] its length without surrounding white space (0 for a blank
 * line). An object per line was most of the memory splitting a long
 * version took (tens of thousands of them, kept to the end of the split).
 */
interface Lines {
  start: Int32Array;
  end: Int32Array;
  trimmed: Int32Array;
}

const LIST_MARKER = /^\s*(?:[•·▪◦‣●○*+\-–—]\s|\d{1,3}[.)]\s|#{1,6}\s|>\s?)/u;
/** The characters a {@link LIST_MARKER} match begins with after its white space (each alternative's first), by code. */
const LIST_MARKER_FIRST = new Set(Array.from('•·▪◦‣●○*+-–—0123456789#>', (ch) => ch.charCodeAt(0)));
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 100;

const SPACE = /\s/;
/** What `\s` says of each code unit above ASCII, learnt on first sight: 0 not yet asked, 1 white space, 2 not. */
const spaceOf = new Uint8Array(0x10000);

/**
 * Whether text[i] is whitespace as `\s` and `trim` see it; ASCII answered
 * without a regex, other code units by the regex once each (a line of Chinese
 * starts and ends with a letter: a test and a one-letter string per line end,
 * 40,000 lines in a 10 MB version, were most of splitting it).
 */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  if (spaceOf[c] === 0) spaceOf[c] = SPACE.test(text[i]!) ? 1 : 2;
  return spaceOf[c] === 1;
}

/** The lines of a text: one after each line feed, and one before the first. */
function splitLines(text: string): Lines {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const lines = { start: new Int32Array(count), end: new Int32Array(count), trimmed: new Int32Array(count) };
  let start = 0;
  for (let k = 0; k < count; k++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const r = trimRange(text, start, end);
    lines.start[k] = start;
    lines.end[k] = end;
    lines.trimmed[k] = r.end - r.start;
    start = end + 1;
  }
  return lines;
}

/** False when line k's first visible character opens no list marker (a letter, most lines): answered without the regex. */
function mayStartListItem(text: string, lines: Lines, k: number): boolean {
  let i = lines.start[k]!;
  while (i < lines.end[k]! && isSpaceAt(text, i)) i++;
  return LIST_MARKER_FIRST.has(text.charCodeAt(i));
}

function firstWordLength(text: string, lines: Lines, k: number): number {
  const m = /^\s*(\S+)/.exec(text.slice(lines.start[k], Math.min(lines.end[k]!, lines.start[k]! + 200)));
  return m?.[1]?.length ?? 0;
}

/**
 * Detects text hard-wrapped at a fixed width (e-mail, plain-text archives) and
 * returns that width, or 0 when lines are paragraphs of their own.
 */
function detectWrapWidth(text: string, lines: Lines, from: number, to: number): number {
  const { trimmed } = lines;
  let filled = 0;
  let width = 0;
  for (let k = from; k < to; k++) {
    if (trimmed[k] === 0) continue;
    filled++;
    if (trimmed[k]! > width) width = trimmed[k]!;
  }
  if (filled < 4 || width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return 0;
  let candidates = 0;
  let wrapped = 0;
  for (let k = from; k + 1 < to; k++) {
    if (trimmed[k] === 0 || trimmed[k + 1] === 0) continue;
    candidates++;
    if (trimmed[k]! + 1 + firstWordLength(text, lines, k + 1) > width) wrapped++;
  }
  return candidates > 0 && wrapped / candidates >= 0.5 ? width : 0;
}

function trimRange(text: string, start: number, end: number): TextRange {
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return { start, end };
}

function toParagraph(text: string, start: number, end: number): ParagraphRange {
  const r = trimRange(text, start, end);
  const slice = text.slice(r.start, r.end);
  return { start: r.start, end: r.end, text: slice.includes('\n') ? slice.replace(/\n/g, ' ') : slice };
}

/**
 * Splits a normalized document into paragraphs with their offsets. The first
 * non-empty line is always paragraph 0 (the title). Where the document uses
 * blank lines, they separate paragraphs (list items still stand alone);
 * otherwise each line is a paragraph, except that hard-wrapped lines are
 * joined back into the paragraph they were broken out of.
 */
export function splitParagraphs(text: string): ParagraphRange[] {
  const lines = splitLines(text);
  const { start, end, trimmed } = lines;
  const count = start.length;
  let title = 0;
  while (title < count && trimmed[title] === 0) title++;
  if (title === count) return [];
  const paragraphs: ParagraphRange[] = [toParagraph(text, start[title]!, end[title]!)];
  // The body: lines (title, to), to the last one with text.
  let to = count;
  while (to > title + 1 && trimmed[to - 1] === 0) to--;
  let firstBody = title + 1;
  while (firstBody < to && trimmed[firstBody] === 0) firstBody++;
  let usesBlankLines = false;
  for (let k = firstBody; k < to && !usesBlankLines; k++) usesBlankLines = trimmed[k] === 0;
  const wrapWidth = usesBlankLines ? 0 : detectWrapWidth(text, lines, title + 1, to);

  // The paragraph being gathered is text[openStart, openEnd), none when openStart is -1.
  let openStart = -1;
  let openEnd = -1;
  const close = () => {
    if (openStart !== -1) paragraphs.push(toParagraph(text, openStart, openEnd));
    openStart = -1;
  };
  for (let k = title + 1; k < to; k++) {
    if (trimmed[k] === 0) {
      close();
      continue;
    }
    const isListItem = mayStartListItem(text, lines, k) && LIST_MARKER.test(text.slice(start[k], Math.min(end[k]!, start[k]! + 12)));
    let joins = false;
    if (openStart !== -1 && k > title + 1 && trimmed[k - 1] !== 0 && !isListItem) {
      joins = usesBlankLines || (wrapWidth > 0 && trimmed[k - 1]! + 1 + firstWordLength(text, lines, k) > wrapWidth);
    }
    if (joins) openEnd = end[k]!;
    else {
      close();
      openStart = start[k]!;
      openEnd = end[k]!;
    }
  }
  close();
  return paragraphs;
}

const ABBREVIATIONS: Record<string, ReadonlySet<string>> = {
  en: new Set([
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'sr',
    'jr',
    'st',
    'mt',
    'gen',
    'gov',
    'sen',
    'rep',
    'col',
    'lt',
    'sgt',
    'capt',
    'inc',
    'corp',
    'co',
    'ltd',
    'no',
    'vs',
    'etc',
    'approx',
    'dept',
    'est',
    'fig',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
  ]),
  id: new Set(['bpk', 'tn', 'ny', 'sdr', 'dr', 'prof', 'no', 'jl', 'dll', 'dsb', 'dst', 'pt', 'tbk', 'h', 'hlm']),
};

/** The word just before a final full stop of text[start, end) (as `/(\S+)\.\s*$/` finds it), or null. */
function wordBeforeStop(text: string, start: number, end: number): string | null {
  let e = end;
  while (e > start && isSpaceAt(text, e - 1)) e--;
  if (e - start < 2 || text.charCodeAt(e - 1) !== 46) return null;
  let w = e - 1;
  while (w > start && !isSpaceAt(text, w - 1)) w--;
  return w < e - 1 ? text.slice(w, e - 1) : null;
}

/** A piece that is only an enumerator: "1.", "(2)", "a)". */
const ENUMERATOR = /^\s*\(?(?:\p{N}{1,3}|\p{L})[.)]\s*$/u;
/** A dotted initialism before its final stop: "U.S", "e.g". */
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * True when a sentence break after text[start, end), before the sentence
 * that starts at `next`, is almost surely not an end: after an abbreviation
 * or an initial, after an enumerator standing alone ("1." | "Vom …"), after
 * an initialism followed by an acronym ("U.S." | "IT talent"), and in German
 * after an ordinal ("am 18." | "Mai").
 */
function isFalseBreak(text: string, start: number, end: number, next: number, lang: string): boolean {
  if (ENUMERATOR.test(text.slice(start, end))) return true;
  const before = wordBeforeStop(text, start, end);
  if (before === null) return false;
  const after = text.slice(next, next + 3);
  if (/^\p{Ll}/u.test(after)) return true; // "… U.S. semiconductor", "e.g. this"
  const word = before.replace(/^[("'“‘]+/, '').toLowerCase();
  if (/^\p{L}$/u.test(word)) return true; // an initial: "J. Smith"
  if (INITIALISM.test(word) && /^\p{Lu}{2}/u.test(after)) return true;
  const base = primaryLanguage(lang);
  if (base === 'de' && /^\p{N}{1,2}$/u.test(word) && /^\p{L}/u.test(after)) return true;
  const abbrevs = ABBREVIATIONS[base] ?? ABBREVIATIONS.en!;
  return abbrevs.has(word);
}

/** Sentence pieces as ICU's segmenter cuts them: by {@link sentenceBreaks} where it knows every character, else by Intl.Segmenter. */
function sentencePieces(text: string, lang: string): TextRange[] {
  if (text.length === 0) return [];
  const breaks = sentenceBreaks(text, lang);
  if (breaks === null) return Array.from(segmenterFor(lang, 'sentence').segment(text), ({ index, segment }) => ({ start: index, end: index + segment.length }));
  const pieces: TextRange[] = [];
  let start = 0;
  for (const end of breaks) {
    pieces.push({ start, end });
    start = end;
  }
  pieces.push({ start, end: text.length });
  return pieces;
}

/**
 * Sentences as ICU cuts them, then false breaks (see isFalseBreak) mended,
 * since ICU's suppression data is not available here, and breaks inside
 * inline code, link targets and URLs (unbreakable.ts).
 */
function segmentSentences(text: string, lang: string, offset = 0): ParagraphRange[] {
  const pieces: TextRange[] = [];
  const keep = unbreakableSpans(text);
  for (const piece of sentencePieces(text, lang)) {
    const last = pieces[pieces.length - 1];
    // A piece without a letter or digit (a lone ")" or quote) belongs to the sentence before it; one that opens the
    // paragraph (the "[![" of a badge link, the "[." of "[.NET](…)") to the sentence after it.
    const glued = !LETTER_OR_DIGIT.test(text.slice(piece.start, piece.end)) || (pieces.length === 1 && !LETTER_OR_DIGIT.test(text.slice(last!.start, last!.end)));
    if (last && (glued || isFalseBreak(text, last.start, last.end, piece.start, lang) || (keep !== null && insideSpan(keep, piece.start)))) last.end = piece.end;
    else pieces.push(piece);
  }
  const out: ParagraphRange[] = [];
  for (const p of pieces) {
    const r = trimRange(text, p.start, p.end);
    if (r.end > r.start) out.push({ start: r.start + offset, end: r.end + offset, text: text.slice(r.start, r.end) });
  }
  return out;
}

const SENTENCE_CHUNK = 8192;
// Around a sure sentence end: a longer lower-case word before the mark; after it, closing quotes, a space and a capital (never "Mr. Wang" or "U.S. Army").
const SURE_BEFORE = /\p{Ll}{4}$/u;
const SURE_AFTER = /^["'”’)\]]*\s+(?=\p{Lu})/u;
const WHITESPACE = /\s+/g;

/**
 * Splits a paragraph into sentences, with ranges offset by `offset`.
 * Intl.Segmenter slows down more than linearly on very long strings (a 1 MB
 * paragraph takes seconds), so long text is cut after a sure sentence end
 * about every 8 kB and each piece is segmented on its own. The search for
 * that end looks 32 kB ahead at most (searching the rest of a long paragraph
 * for each piece made the whole quadratic); a piece with no sentence end
 * there is cut at a space, or, in text without spaces, at 32 kB (never
 * inside a surrogate pair).
 */
export function splitSentences(text: string, lang: string, offset = 0): ParagraphRange[] {
  if (text.length <= 2 * SENTENCE_CHUNK) return segmentSentences(text, lang, offset);
  const out: ParagraphRange[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + SENTENCE_CHUNK);
    if (end < text.length) end = pieceEnd(text, end);
    for (const s of segmentSentences(text.slice(start, end), lang, offset + start)) out.push(s);
    start = end;
  }
  return out;
}

/**
 * The offset just after the first sure sentence end in `text` (the space
 * after it included), or -1. A scan for the marks, each checked by two short
 * anchored tests: one regex over the whole window backtracked at every
 * lower-case letter and cost more than the segmenting itself.
 */
function sureSentenceEnd(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return i + 1; // 。！？
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f) continue; // . ! ?
    if (!SURE_BEFORE.test(text.slice(Math.max(0, i - 8), i))) continue;
    const after = SURE_AFTER.exec(text.slice(i + 1, i + 17));
    if (after) return i + 1 + after[0].length;
  }
  return -1;
}

/** Where a piece of a long paragraph that reaches at least `from` ends (see {@link splitSentences}). */
function pieceEnd(text: string, from: number): number {
  const window = text.slice(from, from + 4 * SENTENCE_CHUNK);
  const sure = sureSentenceEnd(window);
  if (sure >= 0) return from + sure;
  WHITESPACE.lastIndex = 0;
  if (WHITESPACE.exec(window)) return from + WHITESPACE.lastIndex;
  const end = Math.min(text.length, from + window.length);
  const code = text.charCodeAt(end - 1);
  return end < text.length && code >= 0xd800 && code <= 0xdbff ? end + 1 : end;
}
