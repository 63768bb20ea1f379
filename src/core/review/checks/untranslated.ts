/** Untranslated segments: the target equals the source, or is written in the source's language. */
import { functionWordHits } from '../../corpus/function-words.js';
import { splitSentences } from '../../text/segment.js';
import { countWords } from '../../text/tokens/words.js';
import type { Thresholds } from '../profile.js';
import type { CheckContext, RawFinding, SegmentPair } from '../types.js';
import { primaryLanguage } from '../../text/language-tag.js';

const squeeze = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The script a language is written in, for the languages whose script tells them from English (else the text decides). */
const LANG_SCRIPT: Record<string, string> = {
  zh: 'Han',
  ja: 'Han',
  ko: 'Hangul',
  ar: 'Arabic',
  fa: 'Arabic',
  ur: 'Arabic',
  he: 'Hebrew',
  ru: 'Cyrillic',
  uk: 'Cyrillic',
  bg: 'Cyrillic',
  sr: 'Cyrillic',
  mk: 'Cyrillic',
  be: 'Cyrillic',
  el: 'Greek',
  hi: 'Devanagari',
  mr: 'Devanagari',
  ne: 'Devanagari',
  th: 'Thai',
};

/** The script of a version: its language's, else the one most of its letters are in. */
export function versionScript(lang: string, texts: readonly (string | null)[]): string | null {
  return LANG_SCRIPT[primaryLanguage(lang)] ?? mainScript(texts.join(' '));
}

/** The main script of a text: the Unicode script most of its letters belong to. */
const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Devanagari', 'Thai'] as const;
const SCRIPT_RE = SCRIPTS.map((s) => new RegExp(`\\p{Script=${s}}`, 'gu'));
export function mainScript(text: string): string | null {
  let best: string | null = null;
  let most = 0;
  SCRIPTS.forEach((s, i) => {
    const n = text.match(SCRIPT_RE[i]!)?.length ?? 0;
    if (n > most) [best, most] = [s === 'Hiragana' || s === 'Katakana' ? 'Han' : s, n];
  });
  return best;
}

interface Langs {
  la: string;
  lb: string;
  scriptA: string | null;
  scriptB: string | null;
}

/** Why one sentence of B reads as untranslated, or null. */
function untranslated(text: string, sourceSentences: Set<string>, l: Langs, langB: string, minWords: number): string | null {
  if (countWords(text, langB) < minWords) return null;
  if (sourceSentences.has(squeeze(text))) return 'copied from the source';
  if (l.scriptA !== l.scriptB) return mainScript(text) === l.scriptA ? `in ${l.scriptA} script, not ${l.scriptB}` : null;
  const own = functionWordHits(text, l.lb);
  const source = functionWordHits(text, l.la);
  return own !== null && source !== null && own === 0 && source >= 2 ? `reads as ${l.la}, not ${l.lb}` : null;
}

/**
 * Per sentence of each aligned pair, in two versions of different languages: a target equal
 * to its source; a target in another script than its version's and in the
 * source's (Latin in a Chinese version); or a target in the same script
 * whose function words are the source language's and none of its own.
 */
export function checkUntranslated(pairs: readonly SegmentPair[], ctx: CheckContext, t: Thresholds): RawFinding[] {
  const la = primaryLanguage(ctx.langA);
  const lb = primaryLanguage(ctx.langB);
  if (la === lb || la === 'und' || lb === 'und') return [];
  const out: RawFinding[] = [];
  const scriptA = versionScript(
    ctx.langA,
    pairs.map((p) => p.a),
  );
  const scriptB = versionScript(
    ctx.langB,
    pairs.map((p) => p.b),
  );
  for (const p of pairs) {
    if (p.a === null || p.b === null) continue;
    // A bead may join sentences: each sentence of B is judged on its own, so one left in English among translated ones is found.
    const sourceSentences = new Set(splitSentences(p.a, ctx.langA).map((x) => squeeze(x.text)));
    for (const { text } of splitSentences(p.b, ctx.langB)) {
      const problem = untranslated(text, sourceSentences, { la, lb, scriptA, scriptB }, ctx.langB, t.minUntranslatedWords);
      if (problem) out.push({ check: 'untranslated', severity: 'error', message: `${problem}: "${text.length > 50 ? text.slice(0, 49) + '…' : text}"`, rows: [p.row], detail: squeeze(text) });
    }
  }
  return out;
}
