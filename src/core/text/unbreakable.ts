/**
 * Spans a sentence break never falls in: inline code (`…`), link targets
 * (`](…)`, `<scheme:…>`) and bare URLs. ICU breaks after a full stop
 * followed by a capital even without a space ("example.com/a.Html"), and a
 * sentence cut inside `git commit -m "Fix. Then"` is no sentence.
 */
import type { TextRange } from './segment.js';

const SPAN = /`[^`\n]+`|\]\([^)\s]*\)|<[a-z][\w+.-]*:[^>\s]*>|\b[a-z][\w+.-]*:\/\/[^\s<>()]*[^\s<>().,;:!?'"”’]/giu;

/** The unbreakable spans of `text`, or null when it has none (most text: answered with three substring tests). */
export function unbreakableSpans(text: string): TextRange[] | null {
  if (!text.includes('`') && !text.includes('](') && !text.includes('://') && !text.includes('<')) return null;
  const spans: TextRange[] = [];
  SPAN.lastIndex = 0;
  for (let m = SPAN.exec(text); m; m = SPAN.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans.length > 0 ? spans : null;
}

/** Whether a break at `at` would fall strictly inside one of `spans` (sorted). */
export function insideSpan(spans: readonly TextRange[], at: number): boolean {
  for (const s of spans) {
    if (s.start >= at) return false;
    if (at < s.end) return true;
  }
  return false;
}
