// `--check` on real translations: the English news of NTREX-128 (WMT 2019
// newstest, 123 articles, 1,997 sentences) against its human French, German
// and Chinese translations, one corpus version per article and language, one
// paragraph per sentence. Two runs per language:
// - as published: every finding is reported per 20 sentences (an upper bound
//   on false findings; a translation may really differ, so a sample is read
//   by hand, see BENCHMARKS.md);
// - with one figure changed per article in the translation (a digit of a
//   number picked at random, seeded): how many of those changes are found.
// The peer is what a script would do without parallax: compare the digit
// strings of the two texts as multisets, separators removed.
// NTREX is CC BY-SA 4.0: the run says where to get it and skips when absent.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Corpus, Document } from '../src/core/corpus/types.js';
import { checkConsistency, type Finding } from '../src/core/entities/check.js';
import { createEntityIndex } from '../src/core/entities/entity-index.js';

const DATA = fileURLToPath(new URL('.data/ntrex/', import.meta.url));
export const NTREX_SOURCE =
  'NTREX-128 (CC BY-SA 4.0): `NTREX-128/newstest2019-src.eng.txt`, `newstest2019-ref.{fra,deu,zho-CN}.txt` and `DOCUMENT_IDS.tsv` of github.com/MicrosoftTranslator/NTREX, as src.eng.txt, ref.fra.txt, ref.deu.txt, ref.zho-CN.txt, DOCUMENT_IDS.tsv';
const LANGS = [
  ['fr', 'ref.fra.txt'],
  ['de', 'ref.deu.txt'],
  ['zh', 'ref.zho-CN.txt'],
] as const;

/** What one language pair gave. */
export interface CheckPairResult {
  lang: string;
  articles: number;
  sentences: number;
  /** Findings on the published translations, all kinds, and of numbers only. */
  findings: number;
  numberFindings: number;
  /** Per 20 sentences. */
  findingsPer20: number;
  numberFindingsPer20: number;
  /** Changed figures planted, and how many a finding reports. */
  planted: number;
  found: number;
  peer: { numberFindingsPer20: number; found: number };
  /** A few findings on the published texts, to read by hand. */
  sample: string[];
}

/** A small seeded generator (mulberry32), so the planted changes are the same every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function version(id: string, lang: string, sentences: readonly string[]): Document {
  let text = '';
  const paragraphs = sentences.map((s, index) => {
    if (index > 0) text += '\n\n';
    const start = text.length;
    text += s;
    return { index, start, end: text.length, text: s };
  });
  return { id, file: `${id}.txt`, title: id, lang, source: null, relation: null, text, words: 0, paragraphs };
}

/** The articles: DOCUMENT_IDS gives each line's article. */
function articles(ids: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  ids.forEach((id, i) => {
    if (i === 0 || id !== ids[i - 1]) out.push([i, i + 1]);
    else out[out.length - 1]![1] = i + 1;
  });
  return out;
}

const DIGITS = /\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?|[０-９]+/gu;

/** Changes one digit of one number of an article's translation; null when it has none. */
function plant(sentences: string[], rnd: () => number): { sentence: number; before: string; after: string } | null {
  const spots: [number, RegExpExecArray][] = [];
  sentences.forEach((s, i) => {
    for (const m of s.matchAll(DIGITS)) if (/\d/.test(m[0])) spots.push([i, m as RegExpExecArray]);
  });
  if (spots.length === 0) return null;
  const [i, m] = spots[Math.floor(rnd() * spots.length)]!;
  const digits = [...m[0]].map((c, k) => (/\d/.test(c) ? k : -1)).filter((k) => k >= 0);
  const k = digits[Math.floor(rnd() * digits.length)]!;
  const old = Number(m[0][k]);
  // A leading digit never becomes 0, so "1500" does not turn into "0500".
  const choices = [...'0123456789'].map(Number).filter((d) => d !== old && !(k === digits[0] && d === 0));
  const d = choices[Math.floor(rnd() * choices.length)]!;
  const after = m[0].slice(0, k) + d + m[0].slice(k + 1);
  sentences[i] = sentences[i]!.slice(0, m.index) + after + sentences[i]!.slice(m.index + m[0].length);
  return { sentence: i, before: m[0], after };
}

/** The peer: digit strings of A and B as multisets, separators removed; each one left over is a finding. */
function digitDiff(a: string, b: string): string[] {
  const count = (t: string) => {
    const c = new Map<string, number>();
    for (const m of t.matchAll(DIGITS)) {
      const v = m[0].replace(/[０-９]/g, (ch) => String(ch.charCodeAt(0) - 0xff10)).replace(/[^\d]/g, '');
      c.set(v, (c.get(v) ?? 0) + 1);
    }
    return c;
  };
  const ca = count(a);
  const cb = count(b);
  const out: string[] = [];
  for (const [v, n] of ca) for (let i = cb.get(v) ?? 0; i < n; i++) out.push(`-${v}`);
  for (const [v, n] of cb) for (let i = ca.get(v) ?? 0; i < n; i++) out.push(`+${v}`);
  return out;
}

const describe = (f: Finding) => `${f.kind} ${f.type} ${f.a ?? '∅'} → ${f.b ?? '∅'}`;
const plain = (s: string) => s.replace(/[^\d]/g, '');

/** Scores `--check` on NTREX (see the module comment); null when the data is absent. */
export function runCheckBench(opts: { quick: boolean }): CheckPairResult[] | null {
  if (!existsSync(`${DATA}src.eng.txt`)) {
    console.error(`bench: ner: --check on NTREX skipped: put ${NTREX_SOURCE} in bench/.data/ntrex/`);
    return null;
  }
  const read = (f: string) => readFileSync(`${DATA}${f}`, 'utf8').split('\n').slice(0, -1);
  const en = read('src.eng.txt');
  let spans = articles(read('DOCUMENT_IDS.tsv'));
  if (opts.quick) spans = spans.slice(0, 5);
  const results: CheckPairResult[] = [];
  for (const [lang, file] of LANGS) {
    const ref = read(file);
    const rnd = random(17);
    const documents: Document[] = [];
    const planted: ReturnType<typeof plant>[] = [];
    spans.forEach(([s, e], n) => {
      const changed = ref.slice(s, e);
      planted.push(plant(changed, rnd));
      documents.push(version(`a${n}-en`, 'en', en.slice(s, e)), version(`a${n}-${lang}`, lang, ref.slice(s, e)), version(`a${n}-${lang}x`, lang, changed));
    });
    const corpus: Corpus = { dir: '/nonexistent', name: 'ntrex', documents, warnings: [] };
    const index = createEntityIndex(corpus, { gazetteer: { entities: [], warnings: [] } });
    const sentences = spans.reduce((a, [s, e]) => a + e - s, 0);
    let findings = 0;
    let numberFindings = 0;
    let peerFindings = 0;
    let found = 0;
    let peerFound = 0;
    const sample: string[] = [];
    spans.forEach(([s, e], n) => {
      const published = checkConsistency(index, `a${n}-en`, `a${n}-${lang}`).findings;
      findings += published.length;
      numberFindings += published.filter((f) => f.type === 'NUMBER').length;
      peerFindings += digitDiff(en.slice(s, e).join('\n'), ref.slice(s, e).join('\n')).length;
      if (n % 10 === 0) for (const f of published.slice(0, 2)) sample.push(`a${n}: ${describe(f)}`);
      const p = planted[n];
      if (!p) return;
      const withChange = checkConsistency(index, `a${n}-en`, `a${n}-${lang}x`).findings;
      const before = new Set(published.map(describe));
      // Found: a number finding that is new with the change and names the changed figure, as changed in B or as it was on A's side
      // ("18 missing" when an 18 became a 16 that the other version writes elsewhere).
      const names = (f: Finding) => (f.b !== null && plain(f.b).includes(plain(p.after))) || (f.b === null && f.a !== null && plain(f.a).includes(plain(p.before)));
      if (withChange.some((f) => f.type === 'NUMBER' && !before.has(describe(f)) && names(f))) found++;
      const peerBefore = new Set(digitDiff(en.slice(s, e).join('\n'), ref.slice(s, e).join('\n')));
      const docX = documents[3 * n + 2]!.text;
      if (digitDiff(en.slice(s, e).join('\n'), docX).some((x) => x === `+${plain(p.after)}` && !peerBefore.has(x))) peerFound++;
    });
    const per20 = (x: number) => Math.round((x / sentences) * 20 * 100) / 100;
    results.push({
      lang,
      articles: spans.length,
      sentences,
      findings,
      numberFindings,
      findingsPer20: per20(findings),
      numberFindingsPer20: per20(numberFindings),
      planted: planted.filter(Boolean).length,
      found,
      peer: { numberFindingsPer20: per20(peerFindings), found: peerFound },
      sample,
    });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of runCheckBench({ quick: process.argv.includes('--quick') }) ?? []) console.log(JSON.stringify(r, null, 1));
}
