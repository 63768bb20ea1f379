/**
 * The gold-aligned evaluation sets the alignment benchmark reads from
 * bench/.data/align/ (git-ignored: their licences, GPL, do not suit this
 * MIT repository, so each set says where to get it). Every set gives
 * sentences one per line and gold beads as `[0, 1]:[2]` lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../lib/bench-data.js';
import { ladderLinks, parseLadder } from './hunalign.js';
import { indices, parseAlignments, type Link } from './metric.js';

export const ALIGN_DIR = join(DATA_DIR, 'align');

/** One document pair of a set, with its gold beads; `verses` when the gold is verse-level (Bible). */
export interface GoldDocument {
  a: string[];
  b: string[];
  gold: Link[];
  verses?: { a: string[]; b: string[] };
  /** The paragraph (article) of each sentence on each side, where the set gives its structure. */
  paragraphs?: { a: number[]; b: number[] };
}

/** A set: its pair of languages, whether it is a development or a test portion, and how to get it. */
export interface GoldSet {
  name: string;
  langA: string;
  langB: string;
  portion: 'dev' | 'test';
  source: string;
  /** Files needed, relative to ALIGN_DIR. */
  files: string[];
  load: () => GoldDocument[];
  /** Names of the documents, when each is scored on its own too. */
  perDocument?: string[];
}

const lines = (file: string) => {
  const text = readFileSync(join(ALIGN_DIR, file), 'utf8');
  const all = text.split('\n');
  if (all.at(-1) === '') all.pop();
  return all;
};
const gold = (file: string) => parseAlignments(readFileSync(join(ALIGN_DIR, file), 'utf8'));

const VECALIGN = 'github.com/thompsonb/vecalign, bleualign_data/ (Text+Berg, Sennrich & Volk 2010; GPL-2.0): copy into textberg/';
const BERTALIGN = 'github.com/bfsujason/bertalign at commit 56db065^, data/ (GPL-3.0): data/mac/dev/{zh,en,gold} into mac/dev/, data/bible/{en,zh}/001, gold/001.align and {en,zh}.verse into bible/';
const HUNALIGN = 'github.com/danielvarga/hunalign, regtest/handaligns/1984.ro.utf8/ (Multext-East "1984", research use): hand.ladder, en.sen, hu.sen (the Romanian side) into 1984/';
const UDHR = 'github.com/unicode-org/udhr, data/udhr/udhr_{eng,arb,spa,fra,hin,ind,rus,cmn_hans,jpn,kor,isl,swe,dan,nob}.xml (UDHR in Unicode; texts © OHCHR): into udhr/';
const MAC = ['001', '002', '003', '004', '005', '006'];
const TEXTBERG_TEST = ['test0', 'test1', 'test2', 'test3', 'test4', 'test5', 'test6'];

const textBerg = (name: string): GoldDocument => ({ a: lines(`textberg/${name}.de`), b: lines(`textberg/${name}.fr`), gold: gold(`textberg/${name}.defr`) });

/** Beads from a hunalign ladder file (see ladderLinks). */
function ladder(file: string): Link[] {
  return ladderLinks(parseLadder(readFileSync(join(ALIGN_DIR, file), 'utf8')));
}

/** The preamble and each article of a UDHR in Unicode file, as lists of paragraphs (titles left out: they give the article's number away). */
function udhrParts(lang: string): string[][] {
  const xml = readFileSync(join(ALIGN_DIR, `udhr/udhr_${lang}.xml`), 'utf8');
  const unescape = (t: string) =>
    t
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<(preamble|article)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => [...m[2]!.matchAll(/<para>([\s\S]*?)<\/para>/g)].map((p) => unescape(p[1]!.replace(/\s+/g, ' ').trim())));
}

/** The declaration article by article: one item per article (the preamble first), gold the k-th with the k-th. */
function udhrArticles(lang: string): GoldDocument {
  const a = udhrParts('eng').map((p) => p.join(' '));
  const b = udhrParts(lang).map((p) => p.join(' '));
  return { a, b, gold: a.map((_, k) => [[k], [k]] as Link), paragraphs: { a: a.map((_, k) => k), b: b.map((_, k) => k) } };
}

/**
 * The declaration paragraph by paragraph, gold from its structure: within
 * the preamble or an article, the k-th paragraph with the k-th where both
 * versions have as many; the whole part as one bead where they do not.
 */
function udhrParagraphs(lang: string): GoldDocument {
  const pa = udhrParts('eng');
  const pb = udhrParts(lang);
  const links: Link[] = [];
  let i = 0;
  let j = 0;
  pa.forEach((part, k) => {
    const other = pb[k]!;
    if (part.length === other.length) part.forEach((_, q) => links.push([[i + q], [j + q]]));
    else links.push([indices(i, part.length), indices(j, other.length)]);
    i += part.length;
    j += other.length;
  });
  const partOf = (parts: string[][]) => parts.flatMap((part, k) => part.map(() => k));
  return { a: pa.flat(), b: pb.flat(), gold: links, paragraphs: { a: partOf(pa), b: partOf(pb) } };
}

const UDHR_ARTICLES = ['arb', 'spa', 'fra', 'hin', 'ind', 'rus', 'cmn_hans', 'jpn', 'kor'];
const UDHR_NORDIC = ['isl', 'swe', 'dan', 'nob'];

/** Every set the benchmark knows. */
export const SETS: GoldSet[] = [
  {
    name: 'Text+Berg de–fr',
    langA: 'de',
    langB: 'fr',
    portion: 'dev',
    source: VECALIGN,
    files: ['textberg/dev.de', 'textberg/dev.fr', 'textberg/dev.defr'],
    load: () => [textBerg('dev')],
  },
  {
    name: 'Text+Berg de–fr',
    langA: 'de',
    langB: 'fr',
    portion: 'test',
    source: VECALIGN,
    files: TEXTBERG_TEST.map((t) => `textberg/${t}.defr`),
    load: () => TEXTBERG_TEST.map(textBerg),
  },
  {
    name: 'MAC zh–en (literary)',
    langA: 'zh',
    langB: 'en',
    portion: 'dev',
    source: BERTALIGN,
    files: MAC.map((d) => `mac/dev/gold/${d}.align`),
    load: () => MAC.map((d) => ({ a: lines(`mac/dev/zh/${d}`), b: lines(`mac/dev/en/${d}`), gold: gold(`mac/dev/gold/${d}.align`) })),
  },
  {
    name: '1984 ro–en (Multext-East)',
    langA: 'ro',
    langB: 'en',
    portion: 'test',
    source: HUNALIGN,
    files: ['1984/hand.ladder', '1984/hu.sen', '1984/en.sen'],
    load: () => [{ a: lines('1984/hu.sen'), b: lines('1984/en.sen'), gold: ladder('1984/hand.ladder') }],
  },
  {
    name: 'Bible en–zh (5,000 × 6,301)',
    langA: 'en',
    langB: 'zh',
    portion: 'dev',
    source: BERTALIGN,
    files: ['bible/en/001', 'bible/zh/001', 'bible/gold/001.align', 'bible/en.verse', 'bible/zh.verse'],
    load: () => [{ a: lines('bible/en/001'), b: lines('bible/zh/001'), gold: gold('bible/gold/001.align'), verses: { a: lines('bible/en.verse'), b: lines('bible/zh.verse') } }],
  },
  {
    name: 'UDHR en–is/sv/da/nb (paragraphs)',
    langA: 'en',
    langB: 'is',
    portion: 'dev',
    source: UDHR,
    files: ['eng', ...UDHR_NORDIC].map((l) => `udhr/udhr_${l}.xml`),
    load: () => UDHR_NORDIC.map(udhrParagraphs),
  },
  {
    name: 'UDHR en–ar/es/fr/hi/id/ru/zh/ja/ko (articles)',
    langA: 'en',
    langB: 'xx',
    portion: 'dev',
    source: UDHR,
    files: ['eng', ...UDHR_ARTICLES].map((l) => `udhr/udhr_${l}.xml`),
    load: () => UDHR_ARTICLES.map(udhrArticles),
    perDocument: ['ar', 'es', 'fr', 'hi', 'id', 'ru', 'zh', 'ja', 'ko'],
  },
];

/** Whether every file of the set is in place. */
export function available(set: GoldSet): boolean {
  return set.files.every((f) => existsSync(join(ALIGN_DIR, f)));
}

/**
 * Test beads merged so that consecutive beads touching one verse on either
 * side become one, as Bertalign's evaluation does for the verse-level Bible
 * gold (sentence beads inside a verse are not errors against it).
 */
export function mergeByVerse(links: readonly Link[], verses: { a: string[]; b: string[] }): Link[] {
  const merged: [number[], number[]][] = [];
  let versesA = new Set<string>();
  let versesB = new Set<string>();
  for (const [src, tgt] of links) {
    const last = merged.at(-1);
    const joins = last !== undefined && (src.some((s) => versesA.has(verses.a[s]!)) || tgt.some((t) => versesB.has(verses.b[t]!)));
    if (!joins) {
      merged.push([[], []]);
      versesA = new Set();
      versesB = new Set();
    }
    const into = merged.at(-1)!;
    into[0].push(...src);
    into[1].push(...tgt);
    for (const s of src) versesA.add(verses.a[s]!);
    for (const t of tgt) versesB.add(verses.b[t]!);
  }
  return merged;
}
