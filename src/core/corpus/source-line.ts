/**
 * Where a paragraph begins in its file, as a 1-based line number for an
 * editor's `+LINE`. A loaded paragraph is normalized (markup gone, wrapped
 * lines joined), so it is found by its words: the first line, at or after the
 * previous paragraph's, that holds the paragraph's first words in order, or
 * whose words are all the start of the paragraph (a line wrapped early).
 * Searching in order keeps repeated paragraphs apart.
 */

/** Letters and digits, lower-cased: what survives every reader's normalization. */
function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether `needle` occurs in `hay` as consecutive words. */
function holds(hay: readonly string[], needle: readonly string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, k) => hay[i + k] === w)) return true;
  return false;
}

/** How many of a paragraph's first words must be found on its line. */
const LEAD_WORDS = 3;
/** How far past the previous paragraph a search looks, so a paragraph that is not found costs a bounded scan. */
const LOOKAHEAD_LINES = 2000;

/** The line (1-based) where paragraph `target` of `paragraphs` begins in `raw`; 1 when it cannot be told (binary files, text not found). */
export function paragraphLine(raw: string, paragraphs: readonly { text: string }[], target: number): number {
  if (raw.includes('\0')) return 1;
  const lines = raw.split(/\r\n|\r|\n/);
  const lineWords = new Map<number, string[]>();
  const wordsAt = (i: number) => {
    let w = lineWords.get(i);
    if (!w) lineWords.set(i, (w = words(lines[i]!)));
    return w;
  };
  let from = 0;
  let line = 0;
  for (let p = 0; p <= target && p < paragraphs.length; p++) {
    const lead = words(paragraphs[p]!.text).slice(0, 12);
    if (lead.length === 0) continue;
    const needle = lead.slice(0, LEAD_WORDS);
    for (let i = from; i < lines.length && i < from + LOOKAHEAD_LINES; i++) {
      const w = wordsAt(i);
      if (w.length === 0) continue;
      if (holds(w, needle) || (w.length < needle.length && w.every((x, k) => lead[k] === x))) {
        line = i;
        from = i + 1;
        break;
      }
    }
  }
  return line + 1;
}
