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
export interface RawAnchors {
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

const scanned = new WeakMap<Unit, RawAnchors>();

/** The anchors of a unit, scanned once. */
export function anchorsOfUnit(unit: Unit): RawAnchors {
  let raw = scanned.get(unit);
  if (!raw) scanned.set(unit, (raw = anchorsOf(unit.text)));
  return raw;
}

/** Gives a unit the anchors of its parts (a paragraph those of its sentences), so its text need not be scanned again. */
export function anchorsFromParts(unit: Unit, parts: readonly Unit[]): void {
  const raws = parts.map(anchorsOfUnit);
  scanned.set(unit, { anchors: raws.flatMap((r) => r.anchors), names: raws.flatMap((r) => r.names) });
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
  const scanLeft = left.map(anchorsOfUnit);
  const scanRight = right.map(anchorsOfUnit);
  const inLeft = new Set<string>();
  for (const scan of scanLeft) for (const a of scan.anchors) inLeft.add(a);
  const inRight = new Set<string>();
  const ids = new Map<string, number>();
  for (const scan of scanRight) {
    for (const a of scan.anchors) {
      inRight.add(a);
      if (inLeft.has(a) && !ids.has(a)) ids.set(a, ids.size);
    }
  }
  const df = new Float64Array(ids.size);
  const toIds = (scans: RawAnchors[]) =>
    scans.map((scan) => {
      const found: number[] = [];
      for (const a of scan.anchors) {
        const id = ids.get(a);
        if (id !== undefined) found.push(id);
      }
      const mine = Int32Array.from(found).sort();
      for (let k = 0; k < mine.length; k++) if (k === 0 || mine[k] !== mine[k - 1]) df[mine[k]!]!++;
      return mine;
    });
  const l = toIds(scanLeft);
  const r = toIds(scanRight);
  const total = left.length + right.length;
  const weight = df.map((n) => Math.log(1 + total / Math.max(1, n)));
  const orphans = (scans: RawAnchors[], other: Set<string>) => scans.map((scan) => new Set(scan.names.filter((n) => !other.has(n))).size);
  return {
    left: l.map((ids) => rarest(ids, df)),
    right: r.map((ids) => rarest(ids, df)),
    weight,
    orphansLeft: orphans(scanLeft, inRight),
    orphansRight: orphans(scanRight, inLeft),
  };
}

/** At most this many anchors per unit, the rarest: they carry the evidence, and it bounds the cost of a comparison. */
const MAX_ANCHORS = 16;

/** The MAX_ANCHORS rarest distinct anchors of a sorted id list, sorted again by id. */
function rarest(ids: Int32Array, df: Float64Array): Int32Array {
  if (ids.length <= MAX_ANCHORS) return ids;
  // Sort by (df, id) packed into one number, natively.
  const keyed = new Float64Array(ids.length);
  let n = 0;
  for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) keyed[n++] = df[ids[k]!]! * 2 ** 26 + ids[k]!;
  if (n <= MAX_ANCHORS) return ids;
  const top = keyed.subarray(0, n).sort().subarray(0, MAX_ANCHORS);
  return Int32Array.from(top, (key) => key % 2 ** 26).sort();
}

/** Weight of the anchors two sorted id lists share (counted as often as both hold them). */
export function anchorAgreement(a: Int32Array, b: Int32Array, weight: Float64Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared += weight[x]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
