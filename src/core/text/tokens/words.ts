/**
 * Words as a reader counts them: runs of letters, marks and digits joined by
 * inner apostrophes, hyphens, dots and commas ("China's", "AI-powered",
 * "U.S", "1,200"), and by underscores, which make an identifier one word
 * ("acct_id", "LC_ALL"). In scripts written without spaces the word boundaries of
 * Intl.Segmenter for the text's language are used instead; text in the other
 * scripts is matched by the pattern, which is several times faster (see
 * BENCHMARKS.md, search). Search terms and word counts are both cut here.
 */
import { segmenterFor } from '../segmenters.js';
import { hasSpacelessScript, SPACELESS_LETTER } from './scripts.js';

const WORD_RUN = /[\p{L}\p{M}\p{N}]+(?:['’.,\-‐_][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Calls `visit` with each word of `text` in order: its text, its offset, and
 * whether it is a word of a script written without spaces (one segment of
 * the segmenter, never cut further).
 */
export function forEachWord(text: string, lang: string, visit: (word: string, start: number, spaceless: boolean) => void): void {
  if (!hasSpacelessScript(text)) {
    eachRun(text, 0, visit);
    return;
  }
  // Only the words of scripts without spaces are the segmenter's; the text between them goes through the word
  // pattern as a whole, so that `ctrl-a` or `utf-8` in a Chinese paragraph is one word, as it is elsewhere.
  let rest = 0;
  for (const s of segmenterFor(lang, 'word').segment(text)) {
    if (!s.isWordLike || !SPACELESS_LETTER.test(s.segment)) continue;
    eachRun(text.slice(rest, s.index), rest, visit);
    visit(s.segment, s.index, true);
    rest = s.index + s.segment.length;
  }
  eachRun(text.slice(rest), rest, visit);
}

function eachRun(text: string, offset: number, visit: (word: string, start: number, spaceless: boolean) => void): void {
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m; m = WORD_RUN.exec(text)) visit(m[0], offset + m.index, false);
}

/** The number of words in `text` (see the module comment). */
export function countWords(text: string, lang: string): number {
  let n = 0;
  forEachWord(text, lang, () => n++);
  return n;
}
