// One in-process search measurement, run by bench/search.ts in a child
// process of its own (bundled for plain node), so that its peak RSS is its
// own: `node search-child.mjs KIND CORPUS_DIR CACHE_DIR QUERIES_JSON` prints
// its figures as JSON.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { DEFAULT_MAX_FILE_MB, loadCorpus } from '../../src/core/corpus/load.js';
import type { Corpus } from '../../src/core/corpus/types.js';
import { buildIndex } from '../../src/core/search/build.js';
import { corpusKey, indexDir, saveIndex } from '../../src/core/search/cache.js';
import { createSearchEngine, openStampedSearch, type SearchEngine } from '../../src/core/search/engine.js';
import { keepHeapNearLiveSize } from '../../src/core/runtime/heap-growth.js';
import { warmUpQueries } from '../../src/core/search/warm-up.js';
import { summarize, type Stats } from './stats.js';

/** Building an index and writing it to the cache, in a process of its own. */
export interface BuildFigures {
  loadCorpusMs: number;
  buildMs: number;
  cacheWriteMs: number;
  cacheBytes: number;
  peakRssMB: number;
}

/** Opening a cached index and querying it, in a process of its own (the explorer's steady state). */
export interface OpenFigures {
  /** Reading the corpus files (0 when the snapshot is used instead). */
  loadCorpusMs: number;
  /** Opening the cache: all of it (naive) or statistics and vocabulary only (parallax). */
  cacheOpenMs: number;
  /** `engine.preload()` and the warm-up queries after opening, as the explorer runs them (only in the preloaded scenario), ms. */
  preloadMs?: number;
  /** The mixed queries' first pass on the index just opened (or just preloaded and warmed up), ms. */
  coldQueries: Stats;
  /** The same queries again, ms. */
  queries: Stats;
  peakRssMB: number;
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

function timeQueries(queries: readonly string[], search: (q: string) => unknown): { cold: Stats; warm: Stats } {
  const cold = queries.map((q) => time(() => search(q)));
  const warm = queries.map((q) => time(() => search(q)));
  return { cold: summarize(cold), warm: summarize(warm) };
}

async function timedLoad(dir: string): Promise<{ corpus: Corpus; ms: number }> {
  const t0 = performance.now();
  const corpus = await loadCorpus(dir);
  return { corpus, ms: performance.now() - t0 };
}

const NAIVE_OPTIONS = { fields: ['title', 'text'], storeFields: ['doc', 'paragraph', 'lang', 'source'], searchOptions: { prefix: true, fuzzy: 0.2, boost: { title: 3 } } };

/** The naive design cannot parse the query language: it gets the same words without operators. */
function naiveQuery(q: string): string {
  return q.replace(/"|\bOR\b|\blang:\S+|-/g, ' ');
}

/** One measurement, run in a child process of its own. */
export async function child(kind: string, dir: string, cache: string, queries: readonly string[]): Promise<BuildFigures | OpenFigures | null> {
  if (kind === 'parallax-build') {
    const { corpus, ms } = await timedLoad(dir);
    let t0 = performance.now();
    const built = await buildIndex(corpus);
    const buildMs = performance.now() - t0;
    t0 = performance.now();
    saveIndex(built.files, corpus, cache);
    return { loadCorpusMs: ms, buildMs, cacheWriteMs: performance.now() - t0, cacheBytes: dirBytes(indexDir(corpus.dir, cache, corpusKey(corpus))), peakRssMB: peakRssMB() };
  }
  if (kind === 'parallax-open' || kind === 'parallax-preload') {
    keepHeapNearLiveSize(); // a long-lived process, as the explorer runs it
    const { corpus, ms } = await timedLoad(dir);
    let engine = null as SearchEngine | null;
    let t0 = performance.now();
    engine = await createSearchEngine(corpus, { cacheRoot: cache, maxFileBytes: DEFAULT_MAX_FILE_MB * 1e6 });
    const cacheOpenMs = performance.now() - t0;
    t0 = performance.now();
    if (kind === 'parallax-preload') {
      await engine.preload();
      for (const q of warmUpQueries(corpus)) engine.search(q);
    }
    const preloadMs = performance.now() - t0;
    const t = timeQueries(queries, (q) => engine!.search(q));
    return { loadCorpusMs: ms, cacheOpenMs, ...(kind === 'parallax-preload' ? { preloadMs } : {}), coldQueries: t.cold, queries: t.warm, peakRssMB: peakRssMB() };
  }
  if (kind === 'parallax-snapshot') {
    keepHeapNearLiveSize();
    const t0 = performance.now();
    const opened = openStampedSearch(dir, DEFAULT_MAX_FILE_MB * 1e6, { cacheRoot: cache });
    const cacheOpenMs = performance.now() - t0;
    if (!opened) return null;
    const t = timeQueries(queries, (q) => opened.engine.search(q));
    return { loadCorpusMs: 0, cacheOpenMs, coldQueries: t.cold, queries: t.warm, peakRssMB: peakRssMB() };
  }
  const file = join(cache, 'naive.json');
  if (kind === 'naive-build') {
    const { corpus, ms } = await timedLoad(dir);
    const mini = new MiniSearch(NAIVE_OPTIONS);
    let t0 = performance.now();
    mini.addAll(
      corpus.documents.flatMap((d, di) => d.paragraphs.map((p) => ({ id: `${di}#${p.index}`, title: d.title, text: p.text, doc: d.id, paragraph: p.index, lang: d.lang, source: d.source }))),
    );
    const buildMs = performance.now() - t0;
    t0 = performance.now();
    writeFileSync(file, JSON.stringify(mini));
    return { loadCorpusMs: ms, buildMs, cacheWriteMs: performance.now() - t0, cacheBytes: statSync(file).size, peakRssMB: peakRssMB() };
  }
  const { corpus: _corpus, ms } = await timedLoad(dir);
  let mini = null as MiniSearch | null;
  const t0 = performance.now();
  mini = await MiniSearch.loadJSONAsync(readFileSync(file, 'utf8'), NAIVE_OPTIONS);
  const cacheOpenMs = performance.now() - t0;
  const t = timeQueries(queries.map(naiveQuery), (q) => mini!.search(q));
  return { loadCorpusMs: ms, cacheOpenMs, coldQueries: t.cold, queries: t.warm, peakRssMB: peakRssMB() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [kind, dir, cache, queriesFile] = process.argv.slice(2);
  const queries = JSON.parse(readFileSync(queriesFile!, 'utf8')) as string[];
  process.stdout.write(JSON.stringify(await child(kind!, dir!, cache!, queries)));
}
