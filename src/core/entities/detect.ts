import { PLACE_LINKS_ID } from './cues.js';
import type { Lexicon } from './lexicon.js';
import { mergeMentions } from './merge.js';
import { findNumbers } from './numbers.js';
import { findNameCandidates, type Candidate, type RuleContext } from './rules.js';
import { foldName, nameTokens, type Token } from '../text/tokens/names.js';
import type { Mention } from './types.js';

/** What detection knows beyond the text: the names of the gazetteer and of the corpus, the world's places, and its vocabulary. */
export interface DetectContext extends RuleContext {
  lexicon: Lexicon;
  /** Place names of the world (world.ts); a corpus name written the same way wins over them. */
  world?: Lexicon;
}

/**
 * The world's places in a text, less those the corpus lexicon also knows (its
 * type wins) and lone words the corpus also writes in lowercase ("Nice",
 * "Reading" starting a sentence).
 */
function worldMentions(text: string, tokens: readonly Token[], ctx: DetectContext): Mention[] {
  if (!ctx.world) return [];
  return ctx.world.find(text, tokens).filter((m) => !ctx.lexicon.lookup(m.surface) && (/\s/.test(m.surface) || !ctx.isCommonWord(m.surface.toLowerCase())));
}

/** The lowercase words of some texts, for {@link RuleContext.isCommonWord}. */
export function vocabularyOf(texts: Iterable<string>): Set<string> {
  const vocab = new Set<string>();
  for (const text of texts) for (const [word] of text.matchAll(LOWERCASE_WORD)) vocab.add(word);
  return vocab;
}

const LOWERCASE_WORD = /(?<![\p{L}\p{M}\p{N}])\p{Ll}[\p{L}\p{M}]*/gu;

/**
 * Rule candidates that do not fight a known name: one overlapping a lexicon
 * match survives only if a head types it and it contains the match
 * ("Alibaba International Digital Commerce Group" around "Alibaba", but not
 * "Nvidia AI" around "Nvidia").
 */
export function candidatesBeside(known: readonly Mention[], candidates: readonly Candidate[]): Candidate[] {
  return candidates.filter((c) => known.every((k) => k.end <= c.start || c.end <= k.start || (c.weight >= 3 && c.start <= k.start && k.end <= c.end && c.end - c.start > k.end - k.start)));
}

/** An Indonesian one-word place right after a lowercase word other than a preposition modifies that word ({@link PLACE_LINKS_ID}): no place. */
function modifierPlace(text: string, m: Mention): boolean {
  if (m.type !== 'PLACE' || /\s/.test(m.surface)) return false;
  const prev = /(\p{Ll}+) $/u.exec(text.slice(Math.max(0, m.start - 24), m.start))?.[1];
  return prev !== undefined && !PLACE_LINKS_ID.has(prev);
}

/**
 * Detects the entities of one text (paragraph, snippet, diff cell): known
 * names, numbers, and names found by the rules, merged so that spans never
 * overlap. A rule name the lexicon knows takes the lexicon's type and key, so
 * one surface has one type everywhere. Without rules (`useRules` false) only
 * known names and numbers are found: enough for the texts a lexicon was
 * learned from. A world place and a longer rule name over it ("Real Madrid"
 * over "Madrid") resolve as any overlap does: the longer span wins.
 */
export function detectEntities(text: string, lang: string, ctx: DetectContext, useRules = true): Mention[] {
  const tokens = nameTokens(text);
  const known = ctx.lexicon.find(text, tokens);
  const world = worldMentions(text, tokens, ctx);
  const merged = (named: readonly Mention[]) => {
    const all = mergeMentions([...known, ...world, ...named, ...findNumbers(text, lang)]);
    return lang.startsWith('id') ? all.filter((m) => !modifierPlace(text, m)) : all;
  };
  if (!useRules) return merged([]);
  const named = candidatesBeside(known, findNameCandidates(text, lang, ctx, tokens)).map((c): Mention => {
    const surface = text.slice(c.start, c.end);
    const entry = ctx.lexicon.lookup(surface);
    return { start: c.start, end: c.end, surface, type: entry?.type ?? c.type, key: entry?.key ?? foldName(surface), source: 'rule' };
  });
  return merged(named);
}
