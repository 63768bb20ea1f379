// Search figures at 1k and 10k synthetic documents: index build, cache write
// and load, peak RSS, in-process query latency over 200 mixed queries, and
// whole-process `parallax --query X --json` (warm cache) beside `rg -c -i X`
// on the same files in the same run. Each in-process measurement runs in a
// child process of its own, so its peak RSS is its own, under plain node from
// a bundle of bench/lib/search-child.ts (as the product runs: no TypeScript loader in the
// process). A plain MiniSearch (the naive design) is measured the same way
// for comparison.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { loadCorpus } from '../src/core/corpus/load.js';
import type { Corpus } from '../src/core/corpus/types.js';
import { benchCorpusInfo } from './lib/bench-data.js';
import { ms, timeProcesses } from './lib/process-timing.js';
import { machineLine, markdownTable, writeGeneratedBlock } from './lib/report.js';
import { createRng, pick } from './lib/rng.js';
import type { BuildFigures, OpenFigures } from './lib/search-child.js';
import type { Stats } from './lib/stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'parallax.js');
const CHILD = fileURLToPath(new URL('./lib/search-child.ts', import.meta.url));
/** Words for the whole-process comparison: a rare name and a common word. */
const PROCESS_WORDS = ['Meituan', 'talent'];

/** The figures of one corpus size. */
export interface SizeFigures {
  documents: number;
  paragraphs: number;
  corpusMB: number;
  /** open: opened, queried at once (each query's first read of its postings files included); preloaded: opened, preloaded and warmed up first, as the explorer runs. */
  parallax: { build: BuildFigures; open: OpenFigures; preloaded: OpenFigures; snapshot: OpenFigures | null };
  naive: { build: BuildFigures; open: OpenFigures };
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

/** Bundles the child for plain node, so that a child's memory is the product's, not a TypeScript loader's. */
function bundleChild(work: string): string {
  const outfile = join(work, 'search-child.mjs');
  buildSync({ entryPoints: [CHILD], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error' });
  return outfile;
}

/** Runs one measurement in a child process (so peak RSS is its own) and returns its figures. */
function inChild<T>(bundle: string, kind: string, dir: string, cache: string, queriesFile: string): T {
  const out = execFileSync(process.execPath, [bundle, kind, dir, cache, queriesFile], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out) as T;
}

function processRss(args: string[], env: NodeJS.ProcessEnv): number {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, ...args], { env, encoding: 'utf8' });
  const kb = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? kb / 1024 : NaN;
}

/** Measures every size; quick mode uses tiny corpora so it runs in seconds. */
export async function run(opts: { quick: boolean }): Promise<SearchFigures> {
  if (!existsSync(CLI)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const sizes = opts.quick ? [50, 100] : [1000, 10_000];
  const queryCount = opts.quick ? 10 : 200;
  const runs = opts.quick ? 1 : 10;
  const work = mkdtempSync(join(tmpdir(), 'parallax-bench-search-'));
  const results: SizeFigures[] = [];
  try {
    const bundle = bundleChild(work);
    for (const documents of sizes) {
      const made = await benchCorpusInfo(documents);
      const dir = made.dir;
      console.error(`search: ${documents} documents (${(made.bytes / 1e6).toFixed(1)} MB, ${made.paragraphs} paragraphs)`);
      const cache = join(work, `cache-${documents}`);
      mkdirSync(cache, { recursive: true });
      // Every child runs the same queries, drawn here so that no child reads the corpus to make them.
      const queriesFile = join(work, `queries-${documents}.json`);
      writeFileSync(queriesFile, JSON.stringify(mixedQueries(await loadCorpus(dir), queryCount)));
      // The corpus files must be older than the stamp by a second to be trusted (see snapshot.ts).
      await new Promise((r) => setTimeout(r, 1100));
      const parallax = {
        build: inChild<BuildFigures>(bundle, 'parallax-build', dir, cache, queriesFile),
        open: inChild<OpenFigures>(bundle, 'parallax-open', dir, cache, queriesFile),
        preloaded: inChild<OpenFigures>(bundle, 'parallax-preload', dir, cache, queriesFile),
        snapshot: inChild<OpenFigures | null>(bundle, 'parallax-snapshot', dir, cache, queriesFile),
      };
      const naive = { build: inChild<BuildFigures>(bundle, 'naive-build', dir, cache, queriesFile), open: inChild<OpenFigures>(bundle, 'naive-open', dir, cache, queriesFile) };
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

const mb = (n: number) => `${n.toFixed(0)} MB`;
const p = (s: Stats) => `${ms(s.median)} / ${ms(s.p95)}`;

/** The figures as the markdown tables of BENCHMARKS.md (search section). */
export function markdown(f: SearchFigures): string {
  const cols = f.sizes.map((s) => `${s.documents} docs (${s.corpusMB.toFixed(1)} MB, ${s.paragraphs} ¶)`);
  const row = (label: string, cell: (s: SizeFigures) => string) => [label, ...f.sizes.map(cell)];
  const design = markdownTable(
    ['', ...cols],
    [
      row('load corpus files (ms)', (s) => ms(s.parallax.build.loadCorpusMs)),
      row('build index (ms): parallax / plain MiniSearch', (s) => `${ms(s.parallax.build.buildMs)} / ${ms(s.naive.build.buildMs)}`),
      row('write cache (ms): parallax / plain', (s) => `${ms(s.parallax.build.cacheWriteMs)} / ${ms(s.naive.build.cacheWriteMs)}`),
      row('cache size: parallax (incl. corpus copy) / plain JSON', (s) => `${mb(s.parallax.build.cacheBytes / 1e6)} / ${mb(s.naive.build.cacheBytes / 1e6)}`),
      row('peak RSS while building (parallax / plain)', (s) => `${mb(s.parallax.build.peakRssMB)} / ${mb(s.naive.build.peakRssMB)}`),
      row('open cache (ms): parallax / plain loadJSONAsync', (s) => `${ms(s.parallax.open.cacheOpenMs)} / ${ms(s.naive.open.cacheOpenMs)}`),
      row(`${f.queryCount} mixed queries, first touch, median / p95 (ms): parallax`, (s) => p(s.parallax.open.coldQueries)),
      row('same queries again, median / p95 (ms): parallax', (s) => p(s.parallax.open.queries)),
      row('same words, median / p95 (ms): plain MiniSearch, prefix + fuzzy 0.2', (s) => p(s.naive.open.queries)),
      row('peak RSS, corpus loaded + cache opened + queries: parallax / plain', (s) => `${mb(s.parallax.open.peakRssMB)} / ${mb(s.naive.open.peakRssMB)}`),
      row(
        "as the explorer runs: opened + `preload()` + warm-up queries (ms), then the queries' first pass median / p95 (ms), peak RSS",
        (s) => `${ms(s.parallax.preloaded.preloadMs ?? NaN)}, ${p(s.parallax.preloaded.coldQueries)}, ${mb(s.parallax.preloaded.peakRssMB)}`,
      ),
      row('same on the cached corpus snapshot (no corpus files read): open ms, p95 ms, peak RSS', (s) =>
        s.parallax.snapshot ? `${ms(s.parallax.snapshot.cacheOpenMs)}, ${ms(s.parallax.snapshot.queries.p95)}, ${mb(s.parallax.snapshot.peakRssMB)}` : 'n/a',
      ),
    ],
  );
  const proc = markdownTable(
    ['documents', 'word', '`parallax --query X --json` median / p95 (ms)', '`rg -c -i X` median / p95 (ms)', 'ratio (target ≤ 6x)', 'parallax peak RSS'],
    f.sizes.flatMap((s) => s.process.map((x) => [String(s.documents), x.word, p(x.parallax), p(x.rg), `${x.ratio.toFixed(1)}x`, mb(s.processRssMB)])),
  );
  return `Measured ${machineLine()}.\n\n${design}\n\nWhole process, warm cache, interleaved runs on the same files:\n\n${proc}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const figures = await run({ quick });
  console.log(JSON.stringify(figures, null, 2));
  if (!quick) writeGeneratedBlock(join(ROOT, 'BENCHMARKS.md'), 'search', markdown(figures));
}
