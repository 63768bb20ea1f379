import { toSpans, type MarkRange, type StyledSpan } from '../text/spans.js';
import type { Token } from '../text/tokens/terms.js';

/** Ranges of the tokens whose term is one of `terms`, marked 'match'. */
export function matchRanges(tokens: readonly Token[], terms: ReadonlySet<string>): MarkRange[] {
  return tokens.filter((t) => terms.has(t.term)).map((t) => ({ start: t.start, end: t.end, mark: 'match' as const }));
}

/** True when the tokens hold `phrase` as adjacent words in that order. */
export function containsPhrase(tokens: readonly Token[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (tokens[i + j]!.term !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** A KWIC snippet: a window of the paragraph with its matches marked. */
export interface Snippet {
  text: string;
  ranges: MarkRange[];
  spans: StyledSpan[];
}

export const ELLIPSIS = '…';
/** Default snippet length in characters (about two terminal lines). */
export const SNIPPET_CHARS = 160;
const WORD_SLACK = 16;

/** Moves a cut point to the nearest space within a few characters, never inside a surrogate pair. */
function cutAt(text: string, pos: number, forward: boolean): number {
  for (let k = 0; k <= WORD_SLACK; k++) {
    const p = forward ? pos + k : pos - k;
    if (p <= 0 || p >= text.length) return Math.max(0, Math.min(text.length, p));
    if (/\s/.test(text[p]!)) return forward ? p + 1 : p;
  }
  const code = text.charCodeAt(pos);
  return code >= 0xdc00 && code <= 0xdfff ? pos + (forward ? 1 : -1) : pos;
}

/**
 * Cuts a window of about `width` characters around the first match (taking
 * in as many later matches as fit), at word boundaries, with `…` where text
 * was cut, and shifts the match ranges into it.
 */
export function makeSnippet(text: string, ranges: readonly MarkRange[], width = SNIPPET_CHARS): Snippet {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let start = 0;
  let end = text.length;
  if (text.length > width) {
    const first = sorted[0];
    const anchor = first ? first.start : 0;
    start = anchor <= width / 3 ? 0 : cutAt(text, anchor - Math.floor(width / 3), true);
    if (first && start > first.start) start = first.start;
    end = Math.min(text.length, start + width);
    if (end < text.length) end = Math.max(cutAt(text, end, false), first ? Math.min(text.length, first.end) : start);
  }
  let body = text.slice(start, end);
  const lead = body.length - body.trimStart().length;
  body = body.trim();
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shift = prefix.length - start - lead;
  const shown = sorted.filter((r) => r.start >= start + lead && r.end <= start + lead + body.length).map((r) => ({ start: r.start + shift, end: r.end + shift, mark: r.mark }));
  const snippetText = prefix + body + suffix;
  return { text: snippetText, ranges: shown, spans: toSpans(snippetText, shown) };
}
