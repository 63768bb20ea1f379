// Scores which paragraphs `--query` finds against an oracle, on real
// version histories, with plain MiniSearch (its default tokenizer, AND of
// the words, fuzzy 0.2 as its README suggests) as the peer in the same run.
//
// Words: every query that is a word of the corpus, as a reader copies it:
// whitespace-separated tokens, stripped of surrounding quotes, brackets,
// backticks and sentence punctuation, in four kinds: words ("sort",
// "AI-powered"), flags ("-e", "--preserve-case"), code ("2>&1", "~/.bashrc")
// and words of scripts written without spaces (Intl.Segmenter words of 2+
// characters). The oracle: the paragraphs (as `--show` gives them) whose
// folded text holds the folded word not inside a longer word (a flag not
// inside a longer flag); see containsLiteral in src/core/search/query.ts
// for what "folded" and "inside" mean.
//
// Typos: codespell's dictionary of real misspellings (typo->correction,
// CC BY-SA 3.0, not committed: bench/.data/typos/dictionary.txt, from
// https://github.com/codespell-project/codespell codespell_lib/data/dictionary.txt).
// For each pair whose correction is a word of the corpus and whose typo is
// not, the typo is queried; the oracle is the paragraphs holding the
// correction. Skips cleanly when a folder is absent.
//
//   npx tsx bench/search-quality.ts [DIR...]   (default: bench/.data/{taocl,hist,hist-awesome})
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../src/core/corpus/load.js';
import type { Corpus } from '../src/core/corpus/types.js';
import { buildIndex, type SearchIndex } from '../src/core/search/build.js';
import { holdsLiteral, literalForm } from '../src/core/search/query.js';
import { runSearch } from '../src/core/search/search.js';
import { createRng } from './lib/rng.js';

const DATA = fileURLToPath(new URL('./.data/', import.meta.url));
const DIRS = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['taocl', 'hist', 'hist-awesome'].map((d) => DATA + d);
const TYPOS = `${DATA}typos/dictionary.txt`;
/** Queries per kind and corpus, and typo pairs per corpus (a seeded sample when there are more). */
const PER_KIND = 150;
const TYPO_PAIRS = 200;

type Kind = 'word' | 'flag' | 'code' | 'unspaced';
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const WORD = /^[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*$/u;
const FLAG = /^--?[\p{L}\p{N}][\p{L}\p{N}\-_]*$/u;
const CODE = /^[\x21-\x7e]*[A-Za-z0-9][\x21-\x7e]*$/;

function kindOf(token: string): Kind | null {
  if (UNSPACED.test(token)) return null;
  if (WORD.test(token)) return 'word';
  if (FLAG.test(token)) return 'flag';
  if (CODE.test(token) && token.length <= 24 && !/[`[\]()|]/.test(token) && /[^\p{L}\p{N}'’\-.,]/u.test(token)) return 'code';
  return null;
}

/** A token as a reader would copy it out of the text. */
function strip(token: string): string {
  return token.replace(/^[*_"'“”‘’«»([{<`]+/u, '').replace(/[*_"'“”‘’«»)\]}>`.,;:!?]+$/u, '');
}

/** The words of a corpus to query, by kind: every distinct one, or a seeded sample of PER_KIND. */
function sample<T>(items: T[], count: number, seed: number): T[] {
  const rng = createRng(seed);
  const all = [...items];
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, count);
}

function queriesOf(corpus: Corpus): Map<Kind, string[]> {
  const seen = new Map<Kind, Set<string>>();
  const add = (kind: Kind, q: string) => (seen.get(kind) ?? seen.set(kind, new Set()).get(kind)!).add(q);
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  for (const doc of corpus.documents) {
    for (const p of doc.paragraphs) {
      for (const raw of p.text.split(/\s+/)) {
        const t = strip(raw);
        const kind = t === '' ? null : kindOf(t);
        if (kind) add(kind, t);
      }
      if (UNSPACED.test(p.text)) for (const s of segmenter.segment(p.text)) if (s.isWordLike && [...s.segment].length >= 2 && UNSPACED.test(s.segment)) add('unspaced', s.segment);
    }
  }
  return new Map([...seen].map(([kind, set]) => [kind, sample([...set].sort(), PER_KIND, 18)]));
}

interface Unit {
  key: string;
  text: string;
  /** The text folded once, for the oracle. */
  folded: string;
}

function unitsOf(corpus: Corpus): Unit[] {
  return corpus.documents.flatMap((d) => d.paragraphs.map((p, i) => ({ key: `${d.id}#${i}`, text: p.text, folded: literalForm(p.text) })));
}

function oracle(units: Unit[], word: string): Set<string> {
  const literal = literalForm(word);
  return new Set(units.filter((u) => holdsLiteral(u.folded, literal)).map((u) => u.key));
}

function parallaxFinds(index: SearchIndex, corpus: Corpus, query: string): Set<string> {
  const r = runSearch(index, corpus, query, { finished: true, limit: 1 });
  const all = runSearch(index, corpus, query, { finished: true, limit: Math.max(1, r.total) });
  return new Set(all.hits.map((h) => `${h.doc}#${h.paragraph}`));
}

function peerFinds(mini: MiniSearch, query: string, fuzzy: boolean): Set<string> {
  return new Set(mini.search(query, { combineWith: 'AND', ...(fuzzy ? { fuzzy: 0.2 } : {}) }).map((r) => r.id as string));
}

interface Score {
  precision: number;
  recall: number;
}

function score(found: Set<string>, truth: Set<string>): Score {
  let right = 0;
  for (const k of found) if (truth.has(k)) right++;
  return { precision: found.size === 0 ? (truth.size === 0 ? 1 : 0) : right / found.size, recall: truth.size === 0 ? 1 : right / truth.size };
}

function summary(scores: Score[]): string {
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const p = sorted(scores.map((s) => s.precision));
  const full = scores.filter((s) => s.recall === 1).length;
  const precise = scores.filter((s) => s.precision >= 0.95).length;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return `recall 1.00 on ${full}/${scores.length}, precision ≥ 0.95 on ${precise}/${scores.length} (min ${(p[0] ?? 1).toFixed(2)}, mean P ${mean(p).toFixed(3)}, mean R ${mean(scores.map((s) => s.recall)).toFixed(3)})`;
}

function loadTypos(): [string, string][] {
  if (!existsSync(TYPOS)) return [];
  return readFileSync(TYPOS, 'utf8')
    .split('\n')
    .map((l) => l.split('->'))
    .filter((p): p is [string, string] => p.length === 2 && /^[a-z]{3,}$/.test(p[0]!) && /^[a-z]{3,}$/.test(p[1]!.trim()))
    .map(([a, b]) => [a, b.trim()]);
}

const typos = loadTypos();
for (const dir of DIRS) {
  if (!existsSync(dir)) {
    console.log(`${dir}: absent, skipped`);
    continue;
  }
  const corpus = await loadCorpus(dir);
  const units = unitsOf(corpus);
  const index = await buildIndex(corpus);
  const mini = new MiniSearch({ fields: ['text'], storeFields: [] });
  mini.addAll(units.map((u) => ({ id: u.key, text: u.text })));
  console.log(`\n${dir}: ${corpus.documents.length} versions, ${units.length} paragraphs`);
  for (const [kind, queries] of queriesOf(corpus)) {
    const ours: Score[] = [];
    const peer: Score[] = [];
    const misses: string[] = [];
    for (const q of queries) {
      const truth = oracle(units, q);
      const s = score(parallaxFinds(index, corpus, q), truth);
      ours.push(s);
      peer.push(score(peerFinds(mini, q, false), truth));
      if (s.recall < 1 || s.precision < 0.95) misses.push(`${q} (P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)}, ${truth.size})`);
    }
    console.log(`  ${kind.padEnd(8)} parallax:  ${summary(ours)}`);
    console.log(`  ${''.padEnd(8)} minisearch: ${summary(peer)}`);
    if (misses.length > 0) console.log(`    misses: ${misses.slice(0, 12).join('; ')}`);
  }
  if (typos.length === 0) {
    console.log('  typos: bench/.data/typos/dictionary.txt absent, skipped');
    continue;
  }
  const vocabulary = new Set(units.flatMap((u) => u.text.toLowerCase().match(/\p{L}+/gu) ?? []));
  const pairs = sample(
    typos.filter(([typo, right]) => vocabulary.has(right) && !vocabulary.has(typo)),
    TYPO_PAIRS,
    19,
  );
  const ours: Score[] = [];
  const peer: Score[] = [];
  const misses: string[] = [];
  for (const [typo, right] of pairs) {
    const truth = oracle(units, right);
    const s = score(parallaxFinds(index, corpus, typo), truth);
    ours.push(s);
    peer.push(score(peerFinds(mini, typo, true), truth));
    if (s.recall < 1 || s.precision < 0.95) misses.push(`${typo}→${right} (P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)})`);
  }
  console.log(`  typos    ${pairs.length} pairs`);
  console.log(`           parallax:  ${summary(ours)}`);
  console.log(`           minisearch (fuzzy 0.2): ${summary(peer)}`);
  if (misses.length > 0) console.log(`    misses (${misses.length}): ${misses.slice(0, 12).join('; ')}`);
}
