/**
 * Anchors: tokens that survive translation (numbers, years, names and other
 * capitalized or alphanumeric tokens) and so tie a sentence to its
 * counterpart in another language.
 */
import type { Unit } from './units.js';

const NUMBER = /\p{N}+(?:[.,\u00A0\u202F' ]\p{N}+)*/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const NAME_LIKE = /^(?:\p{Lu}|\p{L}*\p{N}+\p{L})/u;

/** The candidate anchors of a text, and its names (capitalized words not opening the text). */
interface RawAnchors {
  anchors: string[];
  names: string[];
}

/**
 * The anchor strings of a text: numbers with their group and decimal
 * separators dropped (`1,200`, `1.200` and `1 200` are all `1200`),
 * capitalized or mixed letter-digit words (`Wang`, `GN06`) and longer words
 * (loanwords such as `model`), all lowercased.
 */
export function anchorsOf(text: string): RawAnchors {
  const anchors: string[] = [];
  const names: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (/^\p{N}+$/u.test(w)) continue;
    const nameLike = NAME_LIKE.test(w);
    if (nameLike || w.length >= 4) anchors.push(w.toLowerCase());
    if (nameLike && m.index > 0) names.push(w.toLowerCase());
  }
  for (const m of text.matchAll(NUMBER)) anchors.push('#' + m[0].replace(/\D/gu, ''));
  return { anchors, names };
}

/** Anchor ids of each unit, each anchor's weight (rarer is stronger), and each unit's names the other side never mentions. */
export interface AnchorIndex {
  left: Int32Array[];
  right: Int32Array[];
  weight: Float64Array;
  orphansLeft: number[];
  orphansRight: number[];
}

/**
 * Indexes the anchors of two unit lists, keeping only anchors found on both
 * sides (a word that exists in one language only proves nothing); weight is
 * the log inverse share of units that hold the anchor. Names found on one
 * side only are counted apart: they hint at content the other side lacks.
 */
export function indexAnchors(left: readonly Unit[], right: readonly Unit[]): AnchorIndex {
  const scanLeft = left.map((u) => anchorsOf(u.text));
  const scanRight = right.map((u) => anchorsOf(u.text));
  const rawLeft = scanLeft.map((s) => s.anchors);
  const rawRight = scanRight.map((s) => s.anchors);
  const inLeft = new Set(rawLeft.flat());
  const inRight = new Set(rawRight.flat());
  const ids = new Map<string, number>();
  for (const a of rawRight.flat()) if (inLeft.has(a) && !ids.has(a)) ids.set(a, ids.size);
  const df = new Float64Array(ids.size);
  const toIds = (raw: string[][]) =>
    raw.map((list) => {
      const mine = Int32Array.from(list.flatMap((a) => (ids.has(a) ? [ids.get(a)!] : []))).sort();
      for (let k = 0; k < mine.length; k++) if (k === 0 || mine[k] !== mine[k - 1]) df[mine[k]!]!++;
      return mine;
    });
  const l = toIds(rawLeft);
  const r = toIds(rawRight);
  const total = left.length + right.length;
  const weight = df.map((n) => Math.log(1 + total / Math.max(1, n)));
  const orphans = (scan: RawAnchors[], other: Set<string>) => scan.map((s) => new Set(s.names.filter((n) => !other.has(n))).size);
  return { left: l, right: r, weight, orphansLeft: orphans(scanLeft, inRight), orphansRight: orphans(scanRight, inLeft) };
}

/** Weight of the anchors two sorted id lists share, and of those only one of them holds. */
export function anchorAgreement(a: Int32Array, b: Int32Array, weight: Float64Array): { shared: number; unshared: number } {
  let i = 0;
  let j = 0;
  let shared = 0;
  let unshared = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) {
      shared += weight[x]!;
      i++;
      j++;
    } else if (x < y) {
      unshared += weight[x]!;
      i++;
    } else {
      unshared += weight[y]!;
      j++;
    }
  }
  return { shared, unshared };
}
