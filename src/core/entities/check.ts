import { resolveDocument } from '../corpus/resolve-id.js';
import type { Document } from '../corpus/types.js';
import type { EntityIndex } from './entity-index.js';
import { conversionsOf, findMeasures } from './measures.js';
import { findNumbers, isNumberKey, numberFamily, writtenInWords } from './numbers.js';
import type { EntityType } from './types.js';
import { primaryLanguage } from '../text/language-tag.js';

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
  /** Set when a work bound made the pairing of changed numbers coarser (by order of appearance). */
  notice?: string;
}

interface Seen {
  type: EntityType;
  surfaces: string[];
  paragraphs: number[];
  /** How many times it is written. */
  times: number;
  /**
   * The keys of the names in the same paragraphs, to tell which numbers
   * correspond: the paragraph's own set when the entity is in one paragraph
   * (shared, never copied, so a version of one long paragraph costs one set
   * and not one per mention), else their union, made on first use.
   */
  neighbours: Set<string>;
}

/**
 * The entities and numbers of a version by key. Compared with a translation,
 * numbers written in words ("six", "Saturday") are kept apart, one per
 * paragraph, as counterparts only (see {@link pairNumbers}), and the figures
 * in names are read too.
 */
function collect(index: EntityIndex, doc: Document, translated: boolean): { seen: Map<string, Seen>; words: NumberSide[] } {
  const seen = new Map<string, Seen>();
  const inWords: NumberSide[] = [];
  for (const p of doc.paragraphs) {
    let mentions = index.paragraphMentions(doc.id, p.index);
    // Between languages names are not compared, but the figures in them are ("La Riviera SS19").
    if (translated) mentions = mentions.flatMap((m) => (!isNumberKey(m.key) && /\d/.test(m.surface) ? [m, ...findNumbers(m.surface, doc.lang)] : [m]));
    const names = new Set<string>();
    for (const m of mentions) if (!isNumberKey(m.key)) names.add(m.key);
    for (const m of mentions) {
      if (translated && m.type === 'NUMBER' && writtenInWords(m)) {
        const last = inWords[inWords.length - 1];
        if (last?.key !== m.key || last.seen.paragraphs[0] !== p.index) {
          const one: Seen = { type: 'NUMBER', surfaces: [m.surface], paragraphs: [p.index], times: 1, neighbours: names };
          inWords.push({ key: m.key, seen: one, size: doc.paragraphs.length, word: true, left: 1 });
        }
        continue;
      }
      let s = seen.get(m.key);
      if (!s) seen.set(m.key, (s = { type: m.type, surfaces: [], paragraphs: [], times: 0, neighbours: names }));
      s.times++;
      if (s.surfaces.length < MAX_SURFACES && !s.surfaces.includes(m.surface)) s.surfaces.push(m.surface);
      if (s.paragraphs[s.paragraphs.length - 1] !== p.index) {
        if (s.paragraphs.length > 0) s.neighbours = union(s.neighbours, names);
        s.paragraphs.push(p.index);
      }
    }
  }
  return { seen, words: inWords };
}

/** Spellings of one entity kept per version: the first is reported, the rest only tell a respelling. */
const MAX_SURFACES = 16;

/** A new set of both (never adds into `a`, which may be a paragraph's shared set). */
function union(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set(a);
  for (const x of b) out.add(x);
  return out;
}

/** How many keys two sets share, counting over the smaller. */
function sharedCount(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

const spelling = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A name both versions use but spell differently ("NVIDIA" and "Nvidia"), as opposed to translating it. */
function respelled(a: Seen, b: Seen): [string, string] | null {
  if (a.surfaces.some((s) => b.surfaces.includes(s))) return null;
  for (const sa of a.surfaces) for (const sb of b.surfaces) if (spelling(sa) === spelling(sb)) return [sa, sb];
  return null;
}

/**
 * Candidate pairs of one kind of number weighed one by one, at most: above
 * it (thousands of changed figures in one long paragraph) the pairing is made
 * by order of appearance instead, in linear time, and the result says so.
 */
const PAIR_BUDGET = 250_000;
/** Most a number may move (as a share of its version) and still be paired without shared names. */
const MAX_DRIFT = 0.25;

interface NumberSide {
  key: string;
  seen: Seen;
  /** Paragraphs in its version, to place it 0–1 through it. */
  size: number;
  /** Written in words ("six", "Saturday"): a counterpart only, never a finding of its own. */
  word: boolean;
  /**
   * How many counterparts it may still take: a word one; a figure, between
   * languages, as many as the times it is written beyond the other version's
   * (each may have its word: "Saturday", "Friday"), none once paired with
   * another figure.
   */
  left: number;
}

/**
 * Pairs numbers only one version has into "changed" findings when they are
 * the same kind of figure (an amount in euros, a date, a percentage) in
 * corresponding places: paragraphs that name the same entities, or at about
 * the same relative position. Between languages, numbers written in words
 * take part as counterparts: a figure paired with the same number in words
 * ("6个月", "six months") is no finding, one paired with another ("4个月")
 * is changed, and a word left unpaired is nothing (the other side may write
 * it in words the reader does not know, or leave it out). A date one side
 * writes where the other names the weekday ("le 29 septembre", "Saturday")
 * pairs so too. Returns the pairs and whether a family was over
 * {@link PAIR_BUDGET} and paired by order instead (figures only then).
 */
function pairNumbers(onlyA: NumberSide[], onlyB: NumberSide[]): { pairs: [NumberSide, NumberSide][]; coarse: boolean } {
  const families = new Map<string, [NumberSide[], NumberSide[]]>();
  const family = (key: string) => {
    const f = numberFamily(key);
    let lists = families.get(f);
    if (!lists) families.set(f, (lists = [[], []]));
    return lists;
  };
  for (const x of onlyA) family(x.key)[0].push(x);
  for (const x of onlyB) family(x.key)[1].push(x);
  const pairs: [NumberSide, NumberSide][] = [];
  let coarse = false;
  const figures = (xs: NumberSide[]) => xs.filter((x) => !x.word);
  for (const [as, bs] of families.values()) {
    if (as.length * bs.length <= PAIR_BUDGET) for (const p of pairByScore(as, bs)) pairs.push(p);
    else {
      coarse = true;
      for (const p of pairInOrder(figures(as), figures(bs))) pairs.push(p);
    }
  }
  return { pairs, coarse };
}

/**
 * Whether a figure may stand where the other side writes a date in words: a
 * day of a month for a weekday ("le 29 septembre", "Saturday"), a date in a
 * month for a month's name; not an ordinal alone ("12th district", "Januar").
 */
function standsFor(figure: string, word: string): boolean {
  if (!word.startsWith('#date|')) return true;
  const f = parts(figure);
  return f.month !== undefined && (f.day !== undefined || !parts(word).value.startsWith('w'));
}

/** Two figures may pair, a figure and a word it may stand for, and two words only as the same number: words are never compared across languages. */
function mayPair(a: NumberSide, b: NumberSide): boolean {
  if (a.word && b.word) return a.key === b.key;
  if (a.word) return standsFor(b.key, a.key);
  return !b.word || standsFor(a.key, b.key);
}

/** Breaks a tie between two counterparts equally placed in favour of the same number ("two 2s and five 5s" in one sentence). */
const SAME_VALUE = 0.001;

/** How far apart two numbers are where they come closest (paragraph lists are in order), as a share of their versions. */
function distance(a: NumberSide, b: NumberSide): number {
  const [pa, pb] = [a.seen.paragraphs, b.seen.paragraphs];
  let closest = 1;
  for (let i = 0, j = 0; i < pa.length && j < pb.length;) {
    const d = pa[i]! / a.size - pb[j]! / b.size;
    closest = Math.min(closest, Math.abs(d));
    if (d < 0) i++;
    else j++;
  }
  return closest;
}

/** Every candidate scored (names shared, then closeness), best first, each number used as often as it has counterparts {@link NumberSide.left}. */
function pairByScore(as: NumberSide[], bs: NumberSide[]): [NumberSide, NumberSide][] {
  const shared = new Map<Set<string>, Map<Set<string>, number>>();
  const sharedOf = (x: Set<string>, y: Set<string>) => {
    let row = shared.get(x);
    if (!row) shared.set(x, (row = new Map()));
    let n = row.get(y);
    if (n === undefined) row.set(y, (n = sharedCount(x, y)));
    return n;
  };
  const scored: { a: NumberSide; b: NumberSide; score: number }[] = [];
  for (const a of as) {
    for (const b of bs) {
      if (!mayPair(a, b)) continue;
      const names = sharedOf(a.seen.neighbours, b.seen.neighbours);
      const drift = distance(a, b);
      if (names === 0 && drift > MAX_DRIFT) continue;
      scored.push({ a, b, score: names + (1 - drift) + (a.key === b.key ? SAME_VALUE : 0) });
    }
  }
  scored.sort((x, y) => y.score - x.score);
  const pairs: [NumberSide, NumberSide][] = [];
  for (const { a, b } of scored) {
    if (a.left === 0 || b.left === 0) continue;
    // A figure changed into another is one finding whatever its paragraphs; counterparts in words are one per paragraph.
    const figures = !a.word && !b.word;
    a.left = figures ? 0 : a.left - 1;
    b.left = figures ? 0 : b.left - 1;
    pairs.push([a, b]);
  }
  return pairs;
}

/** The coarse pairing: both lists in order of appearance, each number paired with the next one of the other side within {@link MAX_DRIFT}. */
function pairInOrder(as: NumberSide[], bs: NumberSide[]): [NumberSide, NumberSide][] {
  const pairs: [NumberSide, NumberSide][] = [];
  let i = 0;
  let j = 0;
  while (i < as.length && j < bs.length) {
    const d = as[i]!.seen.paragraphs[0]! / as[i]!.size - bs[j]!.seen.paragraphs[0]! / bs[j]!.size;
    if (Math.abs(d) <= MAX_DRIFT) {
      as[i]!.left = bs[j]!.left = 0;
      pairs.push([as[i++]!, bs[j++]!]);
    } else if (d < 0) i++;
    else j++;
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

/** A number key's value, and for a date its year, month and day, as written; a score's two figures as a day and month would be. */
function parts(key: string): { year?: string; month?: string; day?: string; value: string } {
  const [kind, value = ''] = key.split('|');
  if (kind === '#score') {
    const [home, away] = value.split('-');
    return { month: home, day: away, value };
  }
  if (kind !== '#date') return { value };
  const [year, month, day] = value.split('-');
  return { year: year || undefined, month: month || undefined, day: day || undefined, value };
}

/**
 * The values a number must find on the other side to be the same figure: a
 * date its year, month and day as far as written ("October 1" needs a 10 and
 * a 1, which "10月1日" states), any other number its value, whatever its unit
 * or kind ("£2.8bn", "2,8 milliards de livres").
 */
function neededValues(key: string): string[] {
  const p = parts(key);
  if (p.year === undefined && p.month === undefined && p.day === undefined) return [p.value];
  return [p.year, p.month, p.day].filter((x): x is string => x !== undefined);
}

/** Every value the numbers only one side has state, a date's month too. */
function leftoverValues(only: [string, Seen][]): Set<string> {
  const out = new Set<string>();
  for (const [k] of only) {
    if (!isNumberKey(k)) continue;
    const p = parts(k);
    for (const v of [p.year, p.month, p.day]) if (v !== undefined) out.add(v);
    if (p.year === undefined && p.month === undefined && p.day === undefined) out.add(p.value);
  }
  return out;
}

const lowered = new WeakMap<Document, string>();

/**
 * True when the other version writes the name after all, though its entities
 * do not hold it (typed differently, or inside a longer name): the whole name,
 * or a person's surname ("M. Sutopo", "Father Johnson"), as a word of its text.
 */
function writtenIn(doc: Document, s: Seen): boolean {
  let text = lowered.get(doc);
  if (text === undefined) lowered.set(doc, (text = doc.text.toLowerCase()));
  return s.surfaces.some((surface) => {
    const name = (s.type === 'PERSON' ? surface.split(/\s+/).pop()! : surface).toLowerCase();
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) return true;
    }
    return false;
  });
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

  const translated = primaryLanguage(docA.lang) !== primaryLanguage(docB.lang);
  // Between languages numbers written in words are compared only as counterparts of figures (see pairNumbers).
  const { seen: a, words: wordsA } = collect(index, docA, translated);
  const { seen: b, words: wordsB } = collect(index, docB, translated);
  const findings: Finding[] = [];
  // Between languages a number written more times on one side counts as one only that side has: a translation keeps each
  // sentence's figures, so an 18 that became a 16 is found even when the other version writes a 16 elsewhere, or in the same sentence.
  /** How many more times a version writes key `k` than the other version does. */
  const surplus = (k: string, s: Seen, other: Map<string, Seen>) => s.times - (other.get(k)?.times ?? 0);
  const lacks = (y: Map<string, Seen>, k: string, s: Seen) => !y.has(k) || (translated && isNumberKey(k) && surplus(k, s, y) > 0);
  const only = (x: Map<string, Seen>, y: Map<string, Seen>, other: Document) => [...x].filter(([k, s]) => lacks(y, k, s) && (isNumberKey(k) || (!translated && !writtenIn(other, s))));
  let onlyA = only(a, b, docB);
  let onlyB = only(b, a, docA);
  // A number only one side has is no finding when a number only the other has states its value: the two word the unit or date differently.
  const valuesA = leftoverValues(onlyA);
  const valuesB = leftoverValues(onlyB);
  onlyA = onlyA.filter(([k]) => !isNumberKey(k) || !neededValues(k).every((v) => valuesB.has(v)));
  onlyB = onlyB.filter(([k]) => !isNumberKey(k) || !neededValues(k).every((v) => valuesA.has(v)));
  // Nor is a measure the other side writes converted ("385 miles" and "620 km"), as many times as it is one.
  const measuresA = findMeasures(docA.text, docA.lang);
  const measuresB = findMeasures(docB.text, docB.lang);
  onlyA = onlyA.filter(([k, s]) => !isNumberKey(k) || surplus(k, s, b) > conversionsOf(parts(k).value, measuresA, measuresB));
  onlyB = onlyB.filter(([k, s]) => !isNumberKey(k) || surplus(k, s, a) > conversionsOf(parts(k).value, measuresB, measuresA));
  const sides = (only: [string, Seen][], other: Map<string, Seen>, size: number): NumberSide[] =>
    only.filter(([k]) => isNumberKey(k)).map(([key, seen]) => ({ key, seen, size, word: false, left: translated ? surplus(key, seen, other) : 1 }));
  const figuresA = sides(onlyA, b, docA.paragraphs.length);
  const figuresB = sides(onlyB, a, docB.paragraphs.length);
  const { pairs: paired, coarse } = pairNumbers([...figuresA, ...wordsA], [...figuresB, ...wordsB]);
  // A figure paired with the same number in words is no finding.
  for (const [x, y] of paired) {
    if (x.key !== y.key) findings.push({ kind: 'changed', type: 'NUMBER', a: x.seen.surfaces[0]!, b: y.seen.surfaces[0]!, where: { a: x.seen.paragraphs, b: y.seen.paragraphs } });
  }
  // A figure changed into another, or with a counterpart in words for each time it is written beyond the other side, is reported by its pairs alone.
  const pairedKeys = new Set([...figuresA, ...figuresB].filter((x) => x.left === 0).map((x) => x.key));
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
  const result: CheckResult = { a: docA.id, b: docB.id, findings };
  if (coarse) result.notice = `more than ${PAIR_BUDGET.toLocaleString('en')} candidate pairs of changed numbers: numbers were paired in order of appearance`;
  perIndex.set(pairKey, result);
  return result;
}
