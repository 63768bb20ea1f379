/**
 * Anchors: tokens that survive translation (numbers, years, names and other
 * capitalized or alphanumeric tokens) and so tie a sentence to its
 * counterpart in another language.
 */
import { createRequire } from 'node:module';
import type { Unit } from './units.js';

const NUMBER = /\p{Nd}+(?:[.,:\u00A0\u202F' ]\p{Nd}+)*/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const NAME_LIKE = /^(?:\p{Lu}|\p{L}*\p{N}+\p{L})/u;
const LATIN = /^[\p{Script=Latin}\p{M}]+$/u;
const DECIMAL_DIGIT = /\p{Nd}/u;
/** Marks that survive translation in every script: questions, exclamations, quotations. */
const PUNCTUATION = /[?？!！"“”„«»「」『』]/gu;
const PUNCTUATION_KEY: Record<string, string> = { '？': '?', '！': '!', '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '「': '"', '」': '"', '『': '"', '』': '"' };
const HAN = /\p{Script=Han}/u;
/** A colon in either width: Chinese introduces speech and lists with `：`, and an English translation often keeps one (indexAnchors says where it counts). */
const COLON = /[:：]/g;
const HAN_RUN = /\p{Script=Han}+/gu;

type Pinyin = (text: string, options: { toneType: 'none'; type: 'array' }) => string[];
/** pinyin-pro's converter, loaded from node_modules on the first Han text (never bundled: most runs meet no Chinese); null when it cannot be loaded. */
let converter: Pinyin | null | undefined;
/** Toneless pinyin syllables, numbered from 1 as first met (0 stands for a character without a reading). */
const syllableIds = new Map<string, number>();
/** The syllable number of each Han character looked up so far. */
const readings = new Map<string, number>();
/** More than the toneless syllables of Mandarin (about 410): a run of two or three syllable numbers packs into one number, base SYLLABLES. */
const SYLLABLES = 2048;
/** The longest toneless syllable (`zhuang`). */
const LONGEST_SYLLABLE = 6;

/** The number of the toneless pinyin of one Han character (its most common reading), looked up once; 0 without the converter. */
function readingOf(ch: string): number {
  let id = readings.get(ch);
  if (id !== undefined) return id;
  if (converter === undefined) {
    try {
      // Loaded with Node's require from node_modules (esbuild leaves it out of the bundle).
      const require = createRequire(import.meta.url);
      converter = (require('pinyin-pro') as { pinyin: Pinyin }).pinyin;
    } catch {
      converter = null;
    }
  }
  const syllable = converter ? (converter(ch, { toneType: 'none', type: 'array' })[0] ?? '') : '';
  id = 0;
  if (syllable !== '') {
    id = syllableIds.get(syllable) ?? syllableIds.size + 1;
    if (id < SYLLABLES) syllableIds.set(syllable, id);
    else id = 0;
  }
  readings.set(ch, id);
  return id;
}

/** The syllable numbers of each run of Han characters in a text (null when it holds none). */
function hanSyllables(text: string): number[][] | null {
  if (!HAN.test(text)) return null;
  const runs: number[][] = [];
  for (const m of text.matchAll(HAN_RUN)) {
    const run: number[] = [];
    for (const ch of m[0]) run.push(readingOf(ch));
    runs.push(run);
  }
  return runs;
}

/**
 * The romanised keys (see RawAnchors) that two or three known syllables
 * spell, by the packed numbers of those syllables: `py:chenqingyang` is
 * chen·qing·yang (and, were they syllables, any other split). A Han run then
 * meets a key by a number, without building a string for every pair of
 * characters in a long Chinese text.
 */
function spelledKeys(keys: Iterable<string>): Map<number, string> {
  const spelled = new Map<number, string>();
  const id = (syllable: string) => syllableIds.get(syllable) ?? 0;
  for (const key of keys) {
    const word = key.slice(3);
    for (let one = 1; one <= LONGEST_SYLLABLE && one < word.length; one++) {
      const first = id(word.slice(0, one));
      if (first === 0) continue;
      for (let two = one + 1; two <= one + LONGEST_SYLLABLE && two <= word.length; two++) {
        const second = id(word.slice(one, two));
        if (second === 0) continue;
        const pair = first * SYLLABLES + second;
        if (two === word.length) spelled.set(pair, key);
        else if (word.length - two <= LONGEST_SYLLABLE) {
          const third = id(word.slice(two));
          if (third !== 0) spelled.set(pair * SYLLABLES + third, key);
        }
      }
    }
  }
  return spelled;
}

/**
 * Romanised names for Han text: the toneless pinyin of every run of two or
 * three Han characters, prefixed `py:` (`陈清扬` gives `py:chenqingyang`,
 * `py:chenqing`, `py:qingyang`), kept only when the other side's romanised
 * keys (see anchorsOf) hold it, found by number (see spelledKeys): most runs
 * are no name, and building only the keys that can meet keeps long Chinese
 * texts fast.
 */
function pinyinKeys(runs: readonly (readonly number[])[], spelled: ReadonlyMap<number, string>): string[] {
  const keys: string[] = [];
  for (const run of runs) {
    for (let k = 0; k + 1 < run.length; k++) {
      if (run[k] === 0 || run[k + 1] === 0) continue;
      const pair = run[k]! * SYLLABLES + run[k + 1]!;
      const two = spelled.get(pair);
      if (two !== undefined) keys.push(two);
      if (k + 2 < run.length && run[k + 2] !== 0) {
        const three = spelled.get(pair * SYLLABLES + run[k + 2]!);
        if (three !== undefined) keys.push(three);
      }
    }
  }
  return keys;
}

/** The candidate anchors of a text, and its names (capitalized words not opening the text). */
export interface RawAnchors {
  anchors: string[];
  names: string[];
  /** Keys a romanised Chinese name would have: `py:` and each capitalised word not opening the text, or two in a row, lowercased (`Chen Qingyang` gives `py:qingyang`, `py:chenqingyang`). */
  romanised: string[];
  /** How many colons the text holds (an anchor only between Chinese and another script, see indexAnchors). */
  colons: number;
  /** The pinyin syllable numbers of each run of Han characters (see readingOf), null for text without any. */
  syllables: number[][] | null;
}

/** ASCII digits for any script's decimal digits (`１２`, `१२`, `١٢` are all `12`): Unicode lays each script's ten digits out in a row from zero. */
function asciiDigits(number: string): string {
  let out = '';
  for (const ch of number) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 48 && cp <= 57) {
      out += ch;
      continue;
    }
    let zero = cp;
    while (zero > cp - 9 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    out += String(cp - zero);
  }
  return out;
}

/** The cognate key of a Latin-script word: its first four letters, lowercased, without accents. */
function cognateKey(word: string): string {
  return '~' + word.normalize('NFD').replace(/\p{M}/gu, '').slice(0, 4).toLowerCase();
}

/**
 * The anchor strings of a text:
 * - numbers by value, in any script's digits, whole with their group and
 *   decimal separators dropped (`1,200`, `1.200` and `1 200` are all `1200`)
 *   and part by part (`4.45 Uhr` and `4 h 45` share `4` and `45`);
 * - capitalized or mixed letter-digit words (`Wang`, `GN06`) and longer words
 *   (loanwords such as `model`), lowercased;
 * - for Latin-script words of five letters or more, their first four letters
 *   without accents: cognates (`expédition`, `Expedition`) share them;
 * - question and exclamation marks and quotation marks, in any script's form
 *   (`？` is `?`, `「` is `"`).
 */
export function anchorsOf(text: string): RawAnchors {
  const anchors: string[] = [];
  const names: string[] = [];
  const romanised: string[] = [];
  let previousName: string | null = null;
  let previousEnd = -2;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (/^\p{N}+$/u.test(w)) continue;
    const nameLike = NAME_LIKE.test(w);
    if (nameLike && LATIN.test(w)) {
      const lower = w.toLowerCase();
      if (m.index > 0) romanised.push('py:' + lower);
      if (previousName !== null && text.slice(previousEnd, m.index).trim() === '') romanised.push('py:' + previousName + lower);
      previousName = lower;
      previousEnd = m.index + w.length;
    } else previousName = null;
    if (nameLike || w.length >= 4) anchors.push(w.toLowerCase());
    if (nameLike && m.index > 0) names.push(w.toLowerCase());
    if (w.length >= 5 && LATIN.test(w)) anchors.push(cognateKey(w));
  }
  for (const m of text.matchAll(NUMBER)) {
    const parts = m[0].split(/[^\p{Nd}]+/u).map(asciiDigits);
    anchors.push('#' + parts.join(''));
    if (parts.length > 1) for (const p of parts) anchors.push('#' + p);
  }
  for (const m of text.matchAll(PUNCTUATION)) anchors.push(PUNCTUATION_KEY[m[0]] ?? m[0]);
  return { anchors, names, romanised, colons: text.match(COLON)?.length ?? 0, syllables: hanSyllables(text) };
}

/** Whatever holds a text: a unit, or a bare sentence wrapped in an object. */
type Texted = Pick<Unit, 'text'>;

const scanned = new WeakMap<Texted, RawAnchors>();

/** The anchors of a unit, scanned once. */
function anchorsOfUnit(unit: Texted): RawAnchors {
  let raw = scanned.get(unit);
  if (!raw) scanned.set(unit, (raw = anchorsOf(unit.text)));
  return raw;
}

/** Anchor ids of each unit, each anchor's weight (rarer is stronger), and each unit's names the other side never mentions. */
export interface AnchorIndex {
  left: Int32Array[];
  right: Int32Array[];
  weight: Float64Array;
  orphansLeft: Float64Array;
  orphansRight: Float64Array;
}

/** Share of a side's names the other side must also hold for a missing one to count as evidence of content the other side lacks. */
const NAMES_KEPT = 0.4;

/**
 * Names of each unit that the other side never mentions, not even as a
 * cognate (`Alpes`, `Alpen`), counted only where the translation keeps names
 * as they are: most of the side's names (NAMES_KEPT) are found on the other
 * side. German nouns, capitalized but translated, and English names against
 * Chinese, never found, then prove nothing.
 */
function orphans(scans: readonly RawAnchors[], other: ReadonlySet<string>): Float64Array {
  const kinds = new Set(scans.flatMap((s) => s.names));
  let kept = 0;
  const missing = (name: string) => !other.has(name) && !(name.length >= 5 && LATIN.test(name) && other.has(cognateKey(name)));
  for (const name of kinds) if (other.has(name)) kept++;
  if (kinds.size === 0 || kept < NAMES_KEPT * kinds.size) return new Float64Array(scans.length);
  return Float64Array.from(scans, (scan) => new Set(scan.names.filter(missing)).size);
}

/**
 * Indexes the anchors of two unit lists, keeping only anchors found on both
 * sides (a word that exists in one language only proves nothing); weight is
 * the log inverse share of units that hold the anchor. Names found on one
 * side only are counted apart (see orphans).
 */
export function indexAnchors(left: readonly Texted[], right: readonly Texted[]): AnchorIndex {
  const scanLeft = left.map(anchorsOfUnit);
  const scanRight = right.map(anchorsOfUnit);
  // Pinyin ties Han text to romanised names, and colons tie it to the other side's: only where one side is Chinese and the other is not (between two Latin texts pinyin would count names twice; colons, on development data, took MAC zh–en from 0.681 to 0.698 strict F1 but Text+Berg de–fr from 0.879 to 0.859).
  const hanLeft = scanLeft.some((s) => s.syllables !== null);
  const hanRight = scanRight.some((s) => s.syllables !== null);
  let listsLeft = scanLeft.map((s) => s.anchors);
  let listsRight = scanRight.map((s) => s.anchors);
  if (hanLeft !== hanRight) {
    const colons = (s: RawAnchors) => Array<string>(s.colons).fill(':');
    const crossScript = (han: RawAnchors[], latin: RawAnchors[]): [string[][], string[][]] => {
      const spelled = spelledKeys(new Set(latin.flatMap((s) => s.romanised)));
      return [han.map((s) => [...s.anchors, ...(s.syllables ? pinyinKeys(s.syllables, spelled) : []), ...colons(s)]), latin.map((s) => [...s.anchors, ...s.romanised, ...colons(s)])];
    };
    if (hanLeft) [listsLeft, listsRight] = crossScript(scanLeft, scanRight);
    else [listsRight, listsLeft] = crossScript(scanRight, scanLeft);
  }
  const inLeft = new Set<string>();
  for (const list of listsLeft) for (const a of list) inLeft.add(a);
  const inRight = new Set<string>();
  const ids = new Map<string, number>();
  for (const list of listsRight) {
    for (const a of list) {
      inRight.add(a);
      if (inLeft.has(a) && !ids.has(a)) ids.set(a, ids.size);
    }
  }
  const df = new Float64Array(ids.size);
  const toIds = (lists: string[][]) =>
    lists.map((list) => {
      const found: number[] = [];
      for (const a of list) {
        const id = ids.get(a);
        if (id !== undefined) found.push(id);
      }
      const mine = Int32Array.from(found).sort();
      for (let k = 0; k < mine.length; k++) if (k === 0 || mine[k] !== mine[k - 1]) df[mine[k]!]!++;
      return mine;
    });
  const l = toIds(listsLeft);
  const r = toIds(listsRight);
  const total = left.length + right.length;
  const weight = df.map((n) => Math.log(1 + total / Math.max(1, n)));
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

/** Weight of the anchors two sorted id lists share (counted as often as both hold them), or two slices of them: a[aFrom, aTo) and b[bFrom, bTo). */
export function anchorAgreement(a: Int32Array, b: Int32Array, weight: Float64Array, aFrom = 0, aTo = a.length, bFrom = 0, bTo = b.length): number {
  let i = aFrom;
  let j = bFrom;
  let shared = 0;
  while (i < aTo && j < bTo) {
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
