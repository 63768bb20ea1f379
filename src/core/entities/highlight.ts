import type { MarkRange } from '../text/spans.js';
import { detectEntities, vocabularyOf } from './detect.js';
import type { EntityIndex } from './entity-index.js';
import { Lexicon } from './lexicon.js';
import type { Mention } from './types.js';

const EMPTY_LEXICON = new Lexicon([]);

/** Mentions as row-model ranges marked with their entity type. */
export function mentionRanges(mentions: readonly Mention[]): MarkRange[] {
  return mentions.map((m) => ({ start: m.start, end: m.end, mark: m.type }));
}

/**
 * Entity ranges for any text (a paragraph, a search snippet, a diff cell),
 * never overlapping, to pass to `toSpans` together with search `match` and
 * diff `added`/`removed` ranges. With the corpus's index the text gets the
 * corpus's names and types; without one, rules and numbers alone.
 */
export function highlightEntities(text: string, lang: string, index?: EntityIndex): MarkRange[] {
  if (index) return index.highlight(text, lang);
  const vocab = vocabularyOf([text]);
  return mentionRanges(detectEntities(text, lang, { lexicon: EMPTY_LEXICON, isCommonWord: (w) => vocab.has(w) }));
}
