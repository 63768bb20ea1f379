/**
 * How sure the alignment is of a pair: the names and figures its two
 * segments share. A pair whose sides name several things and share none of
 * them is two unrelated segments the alignment had to put side by side (a
 * summary's sentence beside a translation's), not a translation with errors;
 * the per-pair checks leave it alone and the presence check reports it.
 */
import { findNumbers } from '../entities/numbers.js';
import { nameTokens } from '../text/tokens/names.js';
import { splitSentences } from '../text/segment.js';
import { editDistance, termIn } from './checks/terms.js';
import type { SegmentPair, Term } from './types.js';

/**
 * Names (capitalized words other than a sentence's first, acronyms),
 * figures and the glossary or gazetteer terms of a segment (a term counts as
 * one anchor in every language it is written in: "US" and "AS").
 */
export function anchorsOf(text: string, lang: string, terms: readonly Term[], side: 'source' | 'target'): Set<string> {
  const out = new Set<string>();
  for (const s of splitSentences(text, lang)) {
    nameTokens(s.text).forEach((t, i) => {
      if (t.acronym || (t.cap && i > 0 && /\p{L}{2}/u.test(t.text))) out.add(t.text.toLowerCase());
    });
  }
  for (const m of findNumbers(text, lang)) out.add(m.key);
  terms.forEach((term, i) => {
    if (termIn(term[side], text)) out.add(`#term${i}`);
  });
  return out;
}

/** Anchors the two sides of a pair need between them before their overlap is judged. */
const MIN_ANCHORS = 3;
/** Below this share of the smaller side's anchors found in the other, a pair does not correspond. */
const MIN_SHARED = 0.34;

/** Whether an anchor of one side is in the other: the same, or a cognate spelling ("Department", "Departemen"; "January", "Januari"). */
export function anchorFound(x: string, other: Set<string>): boolean {
  if (other.has(x)) return true;
  if (x.startsWith('#') || x.length < 5) return false;
  for (const y of other) if (!y.startsWith('#') && editDistance(x, y, 2) <= 2) return true;
  return false;
}

/**
 * The rows whose two segments name at least {@link MIN_ANCHORS} things
 * between them, something on each side, and share less than
 * {@link MIN_SHARED} of the smaller side's.
 */
export function weakPairs(pairs: readonly SegmentPair[], langA: string, langB: string, terms: readonly Term[]): Set<number> {
  const weak = new Set<number>();
  for (const p of pairs) {
    if (p.a === null || p.b === null) continue;
    const a = anchorsOf(p.a, langA, terms, 'source');
    const b = anchorsOf(p.b, langB, terms, 'target');
    if (a.size + b.size < MIN_ANCHORS || a.size === 0 || b.size === 0) continue;
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let shared = 0;
    for (const x of small) if (anchorFound(x, large)) shared++;
    if (shared / small.size < MIN_SHARED) weak.add(p.row);
  }
  return weak;
}
