// Entity quality on public NER data nobody here wrote: exact-span mention
// precision, recall and F1 per type (PERSON, ORG, PLACE) on the development
// portions of CoNLL-2003 (English Reuters news), idner-news-2k (Indonesian
// online news) and NERGrit (Indonesian Wikipedia, from IndoNLU), with
// compromise, the best-known JavaScript NLP library, run beside parallax in
// the same run. It also scores `--check` on real translations (ner-check.ts). parallax reads each set as a corpus (one document
// per article, one paragraph per sentence, no gazetteer), as the product
// would. The data is not redistributable with this repository: the run says
// where to get it and skips a set that is absent. `--quick` scores the first
// 20 documents of each set.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { createEntityIndex } from '../src/core/entities/entity-index.js';
import { corpusOf, goldSpans, parseConll, scoreSpans, tokenSpan, type NerSet, type Score, type ScoredType, type Span } from './lib/conll.js';
import { markdownTable } from './lib/report.js';
import { runCheckBench, type CheckPairResult } from './ner-check.js';

const DATA = fileURLToPath(new URL('.data/ner/', import.meta.url));

/** The sets scored, where they are expected and where to get them. */
export const SETS = [
  {
    name: 'CoNLL-2003 English, dev (testa)',
    file: 'conll2003-valid.txt',
    lang: 'en',
    source: 'CoNLL-2003 eng.testa (Reuters; licence forbids redistribution): any public copy in CoNLL format, e.g. `conll2003/valid.txt` of github.com/heathher/Named-Entity-Recognition',
  },
  {
    name: 'idner-news-2k Indonesian news, dev',
    file: 'idner2k-dev.txt',
    lang: 'id',
    source: 'idner-news-2k (MIT): `dev.txt` of github.com/khairunnisaor/idner-news-2k',
  },
  {
    name: 'NERGrit Indonesian, validation',
    file: 'nergrit-valid.txt',
    lang: 'id',
    source: 'IndoNLU NERGrit: `dataset/nergrit_ner-grit/valid_preprocess.txt` of github.com/IndoNLP/indonlu',
  },
] as const;

/** The scores of one system on one set. */
export type SystemScores = Record<ScoredType | 'ALL', Score>;

/** What one set gave, or why it was skipped. */
export interface NerSetResult {
  name: string;
  skipped?: string;
  documents?: number;
  goldMentions?: number;
  parallax?: SystemScores;
  compromise?: SystemScores;
  /** Building the entity index of the set, ms. */
  parallaxMs?: number;
  compromiseMs?: number;
}

/** parallax's mentions of a set, as token spans. */
export function parallaxSpans(set: NerSet, lang: string): Span[] {
  const corpus = corpusOf(set, lang);
  const index = createEntityIndex(corpus, { gazetteer: { entities: [], warnings: [] } });
  const out: Span[] = [];
  let sentence = 0;
  set.documents.forEach((sentences, d) => {
    sentences.forEach((s, p) => {
      for (const m of index.paragraphMentions(`d${d}`, p)) {
        const span = tokenSpan(s, m.start, m.end);
        out.push(span ? { sentence, start: span[0], end: span[1], type: m.type } : { sentence, start: -1, end: -1, type: m.type });
      }
      sentence++;
    });
  });
  return out;
}

const COMPROMISE_TYPES = [
  ['PERSON', (d: ReturnType<typeof nlp>) => d.people()],
  ['ORG', (d: ReturnType<typeof nlp>) => d.organizations()],
  ['PLACE', (d: ReturnType<typeof nlp>) => d.places()],
] as const;

/** compromise's people, organizations and places of a set, as token spans (run on each article's text). */
export function compromiseSpans(set: NerSet): Span[] {
  const out: Span[] = [];
  let first = 0;
  for (const sentences of set.documents) {
    const starts: number[] = [];
    let text = '';
    for (const s of sentences) {
      if (text) text += '\n\n';
      starts.push(text.length);
      text += s.text;
    }
    const doc = nlp(text);
    for (const [type, pick] of COMPROMISE_TYPES) {
      for (const m of pick(doc).json({ offset: true }) as { offset: { start: number; length: number } }[]) {
        const start = m.offset.start;
        let k = starts.length - 1;
        while (k > 0 && starts[k]! > start) k--;
        // compromise's offsets include trailing punctuation at times; trim it as a reader would.
        const surface = text.slice(start, start + m.offset.length).replace(/[\s.,;:!?'")]+$/u, '');
        const span = tokenSpan(sentences[k]!, start - starts[k]!, start - starts[k]! + surface.length);
        out.push(span ? { sentence: first + k, start: span[0], end: span[1], type } : { sentence: first + k, start: -1, end: -1, type });
      }
    }
    first += sentences.length;
  }
  return out;
}

/** What the area gave: the NER sets, and `--check` on translations (null when its data is absent). */
export interface NerResults {
  sets: NerSetResult[];
  check: CheckPairResult[] | null;
}

/** Scores parallax and compromise on every set present (see the module comment), then `--check`. */
export async function run(opts: { quick: boolean }): Promise<NerResults> {
  const sets = await runSets(opts);
  return { sets, check: runCheckBench(opts) };
}

async function runSets(opts: { quick: boolean }): Promise<NerSetResult[]> {
  const results: NerSetResult[] = [];
  for (const s of SETS) {
    const path = `${DATA}${s.file}`;
    if (!existsSync(path)) {
      console.error(`bench: ner: ${s.name} skipped: put ${s.source} at bench/.data/ner/${s.file}`);
      results.push({ name: s.name, skipped: `no bench/.data/ner/${s.file}` });
      continue;
    }
    const full = parseConll(readFileSync(path, 'utf8'));
    const set = opts.quick ? { documents: full.documents.slice(0, 20) } : full;
    const gold = goldSpans(set);
    let t0 = performance.now();
    const ours = parallaxSpans(set, s.lang);
    const parallaxMs = performance.now() - t0;
    t0 = performance.now();
    const peer = compromiseSpans(set);
    const compromiseMs = performance.now() - t0;
    results.push({
      name: s.name,
      documents: set.documents.length,
      goldMentions: gold.filter((g) => g.type !== 'MISC').length,
      parallax: scoreSpans(gold, ours),
      compromise: scoreSpans(gold, peer),
      parallaxMs: Math.round(parallaxMs),
      compromiseMs: Math.round(compromiseMs),
    });
  }
  return results;
}

const pct = (x: number) => x.toFixed(2);

/** The BENCHMARKS.md / README tables of a run. */
export function markdown(results: NerResults): string {
  return `${setsTable(results.sets)}\n\n${checkTable(results.check)}`;
}

function checkTable(check: CheckPairResult[] | null): string {
  if (!check) return `\`--check\` on NTREX-128: skipped (no bench/.data/ntrex/).`;
  const rows = check.flatMap((c) => [
    [`English → ${c.lang}`, 'parallax --check', String(c.sentences), `${c.found} / ${c.planted} (${pct(c.found / c.planted)})`, c.findingsPer20.toFixed(2), c.numberFindingsPer20.toFixed(2)],
    ['', 'digit-string diff (peer)', '', `${c.peer.found} / ${c.planted} (${pct(c.peer.found / c.planted)})`, '', c.peer.numberFindingsPer20.toFixed(2)],
  ]);
  return (
    `\`--check\` on NTREX-128 (WMT 2019 English news, ${check[0]?.articles ?? 0} articles, and its human translations), one version per article and language:\n\n` +
    markdownTable(['pair', 'system', 'sentences', 'planted figure changes found', 'findings / 20 sentences, published text', 'of them numbers'], rows)
  );
}

function setsTable(results: readonly NerSetResult[]): string {
  const rows: string[][] = [];
  for (const r of results) {
    if (r.skipped) {
      rows.push([r.name, 'skipped', r.skipped, '', '', '', '']);
      continue;
    }
    for (const system of ['parallax', 'compromise'] as const) {
      const sc = r[system]!;
      rows.push([r.name, system, ...(['PERSON', 'ORG', 'PLACE'] as const).map((t) => pct(sc[t].f1)), `${pct(sc.ALL.p)} / ${pct(sc.ALL.r)} / **${pct(sc.ALL.f1)}**`, `${r[`${system}Ms`]} ms`]);
    }
  }
  return markdownTable(['set', 'system', 'PERSON F1', 'ORG F1', 'PLACE F1', 'all P / R / F1', 'time'], rows);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await run({ quick: process.argv.includes('--quick') });
  console.log(markdown(results));
}
