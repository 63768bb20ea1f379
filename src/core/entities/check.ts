import { resolveDocument } from '../corpus/resolve-id.js';
import type { Document } from '../corpus/types.js';
import type { EntityIndex } from './entity-index.js';
import { isNumberKey, numberFamily } from './numbers.js';
import type { EntityType } from './types.js';

/** One difference between two versions: an entity or number one of them lacks, or a number or spelling that changed. */
export interface Finding {
  kind: 'missing' | 'added' | 'changed';
  type: EntityType;
  /** As written in version A; null when A lacks it ("added"). */
  a: string | null;
  /** As written in version B; null when B lacks it ("missing"). */
  b: string | null;
  /** Paragraph indexes in each version. */
  where: { a: number[]; b: number[] };
}

/** The consistency findings for a pair of versions, with the ids they resolved to. */
export interface CheckResult {
  a: string;
  b: string;
  findings: Finding[];
}

interface Seen {
  type: EntityType;
  surfaces: string[];
  paragraphs: number[];
  /** Keys of the names in the same paragraphs, to tell which numbers correspond. */
  neighbours: Set<string>;
}

function collect(index: EntityIndex, doc: Document): Map<string, Seen> {
  const seen = new Map<string, Seen>();
  for (const p of doc.paragraphs) {
    const mentions = index.paragraphMentions(doc.id, p.index);
    const names = mentions.filter((n) => !isNumberKey(n.key)).map((n) => n.key);
    for (const m of mentions) {
      let s = seen.get(m.key);
      if (!s) seen.set(m.key, (s = { type: m.type, surfaces: [], paragraphs: [], neighbours: new Set() }));
      if (!s.surfaces.includes(m.surface)) s.surfaces.push(m.surface);
      if (s.paragraphs[s.paragraphs.length - 1] !== p.index) s.paragraphs.push(p.index);
      for (const n of names) s.neighbours.add(n);
    }
  }
  return seen;
}

const spelling = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A name both versions use but spell differently ("NVIDIA" and "Nvidia"), as opposed to translating it. */
function respelled(a: Seen, b: Seen): [string, string] | null {
  if (a.surfaces.some((s) => b.surfaces.includes(s))) return null;
  for (const sa of a.surfaces) for (const sb of b.surfaces) if (spelling(sa) === spelling(sb)) return [sa, sb];
  return null;
}

/**
 * Pairs numbers only one version has into "changed" findings when they are
 * the same kind of figure (an amount in euros, a date, a percentage) in
 * corresponding places: paragraphs that name the same entities, or at about
 * the same relative position.
 */
function pairNumbers(onlyA: [string, Seen][], onlyB: [string, Seen][], sizeA: number, sizeB: number): [string, string][] {
  const scored: { a: string; b: string; score: number }[] = [];
  for (const [ka, sa] of onlyA) {
    for (const [kb, sb] of onlyB) {
      if (numberFamily(ka) !== numberFamily(kb)) continue;
      const shared = [...sa.neighbours].filter((n) => sb.neighbours.has(n)).length;
      const drift = Math.abs(sa.paragraphs[0]! / sizeA - sb.paragraphs[0]! / sizeB);
      if (shared === 0 && drift > 0.25) continue;
      scored.push({ a: ka, b: kb, score: shared + (1 - drift) });
    }
  }
  scored.sort((x, y) => y.score - x.score);
  const used = new Set<string>();
  const pairs: [string, string][] = [];
  for (const s of scored) {
    if (used.has(s.a) || used.has(s.b)) continue;
    used.add(s.a).add(s.b);
    pairs.push([s.a, s.b]);
  }
  return pairs;
}

const LATIN = /\p{Script=Latin}/gu;
const LETTER = /\p{L}/gu;

const writesLatin = new WeakMap<Document, boolean>();

/** True when a name's letters are Latin only if the version mostly writes Latin letters too (a Chinese version writes names in Han). */
function writesScriptOf(doc: Document, name: string): boolean {
  if (!/^[^\p{L}]*\p{Script=Latin}/u.test(name)) return true;
  let latin = writesLatin.get(doc);
  if (latin === undefined) {
    const sample = doc.text.slice(0, 4000);
    const letters = sample.match(LETTER)?.length ?? 0;
    writesLatin.set(doc, (latin = letters === 0 || (sample.match(LATIN)?.length ?? 0) / letters >= 0.5));
  }
  return latin;
}

const cache = new WeakMap<EntityIndex, Map<string, CheckResult>>();

/**
 * Compares the entities and numbers of two versions (ids or unique prefixes):
 * what A has and B lacks ("missing"), what B adds, numbers whose value
 * changed (compared by value, whatever the separators), and names spelled
 * differently. Ordered by where they occur. Cached per pair.
 */
export function checkConsistency(index: EntityIndex, aId: string, bId: string): CheckResult {
  const docA = resolveDocument(index.corpus, aId);
  const docB = resolveDocument(index.corpus, bId);
  const pairKey = `${docA.id}\u0000${docB.id}`;
  let perIndex = cache.get(index);
  if (!perIndex) cache.set(index, (perIndex = new Map()));
  const cached = perIndex.get(pairKey);
  if (cached) return cached;

  const a = collect(index, docA);
  const b = collect(index, docB);
  const findings: Finding[] = [];
  const onlyA = [...a].filter(([k]) => !b.has(k));
  const onlyB = [...b].filter(([k]) => !a.has(k));
  const paired = pairNumbers(onlyA.filter(([k]) => isNumberKey(k)), onlyB.filter(([k]) => isNumberKey(k)), docA.paragraphs.length, docB.paragraphs.length);
  const pairedKeys = new Set(paired.flat());
  for (const [ka, kb] of paired) {
    const sa = a.get(ka)!;
    const sb = b.get(kb)!;
    findings.push({ kind: 'changed', type: 'NUMBER', a: sa.surfaces[0]!, b: sb.surfaces[0]!, where: { a: sa.paragraphs, b: sb.paragraphs } });
  }
  // A name in a script the other version does not write in ("Angela Merkel" beside Chinese text) cannot be checked by spelling there.
  const writable = (s: Seen, other: Document) => s.type === 'NUMBER' || writesScriptOf(other, s.surfaces[0]!);
  for (const [k, s] of onlyA) if (!pairedKeys.has(k) && writable(s, docB)) findings.push({ kind: 'missing', type: s.type, a: s.surfaces[0]!, b: null, where: { a: s.paragraphs, b: [] } });
  for (const [k, s] of onlyB) if (!pairedKeys.has(k) && writable(s, docA)) findings.push({ kind: 'added', type: s.type, a: null, b: s.surfaces[0]!, where: { a: [], b: s.paragraphs } });
  for (const [k, sa] of a) {
    const sb = b.get(k);
    const pair = sb && !isNumberKey(k) && respelled(sa, sb);
    if (pair) findings.push({ kind: 'changed', type: sa.type, a: pair[0], b: pair[1], where: { a: sa.paragraphs, b: sb.paragraphs } });
  }
  const first = (f: Finding) => f.where.a[0] ?? f.where.b[0] ?? 0;
  findings.sort((x, y) => first(x) - first(y));
  const result = { a: docA.id, b: docB.id, findings };
  perIndex.set(pairKey, result);
  return result;
}
