// Search figures at 1k and 10k synthetic documents: index build, cache write
// and load, peak RSS, in-process query latency over 200 mixed queries, and
// whole-process `parallax --query X --json` (warm cache) beside `rg -c -i X`
// on the same files in the same run. Each in-process measurement runs in a
// child process of its own, so its peak RSS is its own. A plain MiniSearch
// (the naive design) is measured the same way for comparison.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../src/core/corpus/load.js';
import type { Corpus } from '../src/core/corpus/types.js';
import { buildIndex } from '../src/core/search/build.js';
import { corpusKey, indexDir, openCachedIndex, saveIndex } from '../src/core/search/cache.js';
import { runSearch } from '../src/core/search/search.js';
import { generateCorpus } from './lib/generate-corpus.js';
import { timeProcesses } from './lib/process-timing.js';
import { createRng, pick } from './lib/rng.js';
import { summarize, type Stats } from './lib/stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'parallax.js');
const SELF = fileURLToPath(import.meta.url);
/** Words for the whole-process comparison: a rare name and a common word. */
const PROCESS_WORDS = ['Meituan', 'talent'];

/** What a child measuring one design reports. */
export interface DesignFigures {
  loadCorpusMs: number;
  buildMs: number;
  cacheWriteMs: number;
  cacheBytes: number;
  /** Opening the cache: everything (naive) or statistics and vocabulary only (parallax). */
  cacheOpenMs: number;
  /** Latency over the mixed queries with every posting in memory, ms. */
  queries: Stats;
  /** The same queries on an index just opened from the cache (first touch of each postings file included), ms. */
  coldQueries: Stats;
  peakRssMB: number;
}

/** The figures of one corpus size. */
export interface SizeFigures {
  documents: number;
  paragraphs: number;
  corpusMB: number;
  parallax: DesignFigures;
  naive: DesignFigures;
  /** Whole-process wall time per word: parallax (warm cache) and rg, interleaved. */
  process: { word: string; parallax: Stats; rg: Stats; ratio: number }[];
  /** Peak RSS of one whole `parallax --query` process, MB. */
  processRssMB: number;
}

export interface SearchFigures {
  sizes: SizeFigures[];
  queryCount: number;
}

/**
 * 200 (or `count`) queries as an editor types them: whole words, prefixes
 * of 1-5 letters, misspellings, two words, phrases, OR, exclusions, filters.
 */
export function mixedQueries(corpus: Corpus, count: number, seed = 11): string[] {
  const rng = createRng(seed);
  const words = [...new Set(corpus.documents.flatMap((d) => d.paragraphs.flatMap((p) => p.text.match(/\p{L}{3,}/gu) ?? [])))].sort();
  const w = () => pick(rng, words);
  const kinds: (() => string)[] = [
    () => `${w()} `,
    () => w().slice(0, 1 + Math.floor(rng() * 5)),
    () => {
      const x = w();
      return x.length > 4 ? `${x.slice(0, 2)}${x.slice(3)} ` : `${x} `;
    },
    () => `${w()} ${w()}`,
    () => {
      const d = pick(rng, corpus.documents);
      const p = pick(rng, d.paragraphs).text.split(/\s+/);
      const i = Math.floor(rng() * Math.max(1, p.length - 1));
      return `"${p.slice(i, i + 2).join(' ')}"`;
    },
    () => `${w()} OR ${w()}`,
    () => `${w()} -${w()}`,
    () => `${w()} lang:${pick(rng, ['en', 'id'])}`,
  ];
  return Array.from({ length: count }, () => pick(rng, kinds)());
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** parallax's design, measured in this process. */
async function measureParallax(dir: string, queryCount: number): Promise<DesignFigures> {
  const cacheRoot = mkdtempSync(join(tmpdir(), 'parallax-bench-cache-'));
  try {
    let t0 = performance.now();
    const corpus = await loadCorpus(dir);
    const loadCorpusMs = performance.now() - t0;
    t0 = performance.now();
    const built = await buildIndex(corpus);
    const buildMs = performance.now() - t0;
    const cacheWriteMs = time(() => saveIndex(built, corpus, cacheRoot));
    const queries = mixedQueries(corpus, queryCount);
    for (const q of queries.slice(0, 20)) runSearch(built, corpus, q);
    const warm = queries.map((q) => time(() => runSearch(built, corpus, q)));
    let opened = null as ReturnType<typeof openCachedIndex>;
    const cacheOpenMs = time(() => (opened = openCachedIndex(corpus, cacheRoot)));
    const cold = queries.map((q) => time(() => runSearch(opened!, corpus, q)));
    return {
      loadCorpusMs,
      buildMs,
      cacheWriteMs,
      cacheBytes: dirBytes(indexDir(corpus.dir, cacheRoot, corpusKey(corpus))),
      cacheOpenMs,
      queries: summarize(warm),
      coldQueries: summarize(cold),
      peakRssMB: peakRssMB(),
    };
  } finally {
    rmSync(cacheRoot, { recursive: true, force: true });
  }
}

/** The naive design: a plain MiniSearch, title in every paragraph, stored fields, prefix and fuzzy 0.2 on every word. */
async function measureNaive(dir: string, queryCount: number): Promise<DesignFigures> {
  let t0 = performance.now();
  const corpus = await loadCorpus(dir);
  const loadCorpusMs = performance.now() - t0;
  const options = { fields: ['title', 'text'], storeFields: ['doc', 'paragraph', 'lang', 'source'], searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3 } } };
  const mini = new MiniSearch(options);
  t0 = performance.now();
  mini.addAll(corpus.documents.flatMap((d, di) => d.paragraphs.map((p) => ({ id: `${di}#${p.index}`, title: d.title, text: p.text, doc: d.id, paragraph: p.index, lang: d.lang, source: d.source }))));
  const buildMs = performance.now() - t0;
  let json = '';
  const cacheWriteMs = time(() => (json = JSON.stringify(mini)));
  let loaded = mini;
  const cacheOpenMs = time(() => (loaded = MiniSearch.loadJSON(json, options)));
  const queries = mixedQueries(corpus, queryCount).map((q) => q.replace(/"|\b(?:OR|lang:\S+)\b|-/g, ' '));
  for (const q of queries.slice(0, 20)) mini.search(q);
  const warm = queries.map((q) => time(() => mini.search(q)));
  const cold = queries.map((q) => time(() => loaded.search(q)));
  return { loadCorpusMs, buildMs, cacheWriteMs, cacheBytes: Buffer.byteLength(json), cacheOpenMs, queries: summarize(warm), coldQueries: summarize(cold), peakRssMB: peakRssMB() };
}

/** Runs one measurement in a child process (so peak RSS is its own) and returns its figures. */
function inChild(design: 'parallax' | 'naive', dir: string, queryCount: number): DesignFigures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', SELF, '--child', design, dir, String(queryCount)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out) as DesignFigures;
}

function processRss(args: string[], env: NodeJS.ProcessEnv): number {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, ...args], { env, encoding: 'utf8' });
  const kb = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? kb / 1024 : NaN;
}

/** Measures every size; quick mode uses tiny corpora so it runs in seconds. */
export async function run(opts: { quick: boolean }): Promise<SearchFigures> {
  if (!existsSync(CLI)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const sizes = opts.quick ? [100, 300] : [1000, 10_000];
  const queryCount = opts.quick ? 40 : 200;
  const runs = opts.quick ? 3 : 10;
  const work = mkdtempSync(join(tmpdir(), 'parallax-bench-search-'));
  const results: SizeFigures[] = [];
  try {
    for (const documents of sizes) {
      const dir = join(work, `corpus-${documents}`);
      const made = await generateCorpus(dir, { documents, seed: 7 });
      console.error(`search: ${documents} documents (${(made.bytes / 1e6).toFixed(1)} MB, ${made.paragraphs} paragraphs)`);
      const parallax = inChild('parallax', dir, queryCount);
      const naive = inChild('naive', dir, queryCount);
      const env = { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: join(work, 'xdg') };
      spawnSync(process.execPath, [CLI, '--corpus', dir, '--query', 'warm', '--json'], { env, stdio: 'ignore' });
      const process_ = PROCESS_WORDS.map((word) => {
        const [p, r] = timeProcesses(
          [
            { command: process.execPath, args: [CLI, '--corpus', dir, '--query', word, '--json'], env },
            { command: 'rg', args: ['-c', '-i', word, dir], env },
          ],
          runs,
          1,
        ) as [Stats, Stats];
        return { word, parallax: p, rg: r, ratio: p.median / r.median };
      });
      results.push({
        documents,
        paragraphs: made.paragraphs,
        corpusMB: made.bytes / 1e6,
        parallax,
        naive,
        process: process_,
        processRssMB: processRss(['--corpus', dir, '--query', PROCESS_WORDS[0]!, '--json'], env),
      });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { sizes: results, queryCount };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') {
    const [, design, dir, count] = args;
    const figures = design === 'naive' ? await measureNaive(dir!, Number(count)) : await measureParallax(dir!, Number(count));
    process.stdout.write(JSON.stringify(figures));
  } else {
    console.log(JSON.stringify(await run({ quick: args.includes('--quick') }), null, 2));
  }
}
