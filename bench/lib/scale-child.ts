// The 50k measurement, run by bench/scale.ts in a child process of its own
// (bundled for plain node), so that its peak RSS is its own and holds no
// query generation: `node scale-child.mjs CORPUS_DIR DOCUMENTS CORPUS_MB
// PARAGRAPHS QUERIES_JSON` prints a ScaleResult as JSON.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_FILE_MB, loadCorpus } from '../../src/core/corpus/load.js';
import { createSearchEngine } from '../../src/core/search/engine.js';
import type { ScaleResult } from '../scale.js';
import { summarize } from './stats.js';

/** Loads the corpus, builds and caches its index with progress, reopens it, and runs the queries. */
export async function measure(dir: string, documents: number, corpusMB: number, paragraphs: number, queries: readonly string[]): Promise<ScaleResult> {
  const cacheRoot = mkdtempSync(join(tmpdir(), 'parallax-bench-scale-'));
  try {
    let t = performance.now();
    const corpus = await loadCorpus(dir, { maxFileBytes: DEFAULT_MAX_FILE_MB * 1e6 });
    const loadCorpusMs = performance.now() - t;
    let progressReports = 0;
    let lastProgress: [number, number] | null = null;
    t = performance.now();
    await createSearchEngine(corpus, {
      cacheRoot,
      onProgress: (done, total) => {
        progressReports++;
        lastProgress = [done, total];
        if (progressReports % 20 === 0) process.stderr.write(`scale: indexed ${done}/${total} paragraphs\n`);
      },
    });
    const buildMs = performance.now() - t;
    t = performance.now();
    const engine = await createSearchEngine(corpus, { cacheRoot });
    const cacheOpenMs = performance.now() - t;
    const samples: number[] = [];
    let answered = 0;
    for (const q of queries) {
      const t0 = performance.now();
      const r = engine.search(q, { limit: 50 });
      samples.push(performance.now() - t0);
      if (r.hits.length > 0) answered++;
    }
    return {
      documents,
      corpusMB,
      paragraphs,
      loadCorpusMs,
      buildMs,
      progressReports,
      lastProgress,
      cacheOpenMs,
      queries: summarize(samples),
      answered,
      queryCount: queries.length,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    rmSync(cacheRoot, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, documents, corpusMB, paragraphs, queriesFile] = process.argv.slice(2);
  const queries = JSON.parse(readFileSync(queriesFile!, 'utf8')) as string[];
  process.stdout.write(JSON.stringify(await measure(dir!, Number(documents), Number(corpusMB), Number(paragraphs), queries)));
}
