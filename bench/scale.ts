// 50k documents work at all: the index builds with progress reported, is
// cached, and the 200 mixed queries answer. Runs in a child process so that
// its peak RSS is its own. Run alone: npx tsx bench/scale.ts [--quick]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_FILE_MB, loadCorpus } from '../src/core/corpus/load.js';
import { createSearchEngine } from '../src/core/search/engine.js';
import { benchCorpusInfo } from './lib/bench-data.js';
import { summarize, type Stats } from './lib/stats.js';
import { mixedQueries } from './search.js';

const SELF = fileURLToPath(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What the largest size did. */
export interface ScaleResult {
  documents: number;
  corpusMB: number;
  paragraphs: number;
  loadCorpusMs: number;
  buildMs: number;
  /** Progress reports received while building, and the last one (done of total). */
  progressReports: number;
  lastProgress: [number, number] | null;
  /** Cache opened by a second engine on the same corpus, ms. */
  cacheOpenMs: number;
  queries: Stats;
  /** Queries that returned at least one hit. */
  answered: number;
  queryCount: number;
  peakRssMB: number;
}

async function measure(documents: number, queryCount: number): Promise<ScaleResult> {
  const made = await benchCorpusInfo(documents);
  const cacheRoot = mkdtempSync(join(tmpdir(), 'parallax-bench-scale-'));
  try {
    let t = performance.now();
    const corpus = await loadCorpus(made.dir, { maxFileBytes: DEFAULT_MAX_FILE_MB * 1e6 });
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
    for (const q of mixedQueries(corpus, queryCount)) {
      const t0 = performance.now();
      const r = engine.search(q, { limit: 50 });
      samples.push(performance.now() - t0);
      if (r.hits.length > 0) answered++;
    }
    return {
      documents,
      corpusMB: made.bytes / 1e6,
      paragraphs: made.paragraphs,
      loadCorpusMs,
      buildMs,
      progressReports,
      lastProgress,
      cacheOpenMs,
      queries: summarize(samples),
      answered,
      queryCount,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    rmSync(cacheRoot, { recursive: true, force: true });
  }
}

/** Builds and queries the largest corpus (50k documents; 500 with `quick`) in a child process. */
export async function run(opts: { quick: boolean }): Promise<ScaleResult> {
  const documents = opts.quick ? 500 : 50_000;
  await benchCorpusInfo(documents);
  const out = execFileSync(process.execPath, ['--import', 'tsx', SELF, '--child', String(documents), String(opts.quick ? 40 : 200)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out) as ScaleResult;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args[0] === '--child') process.stdout.write(JSON.stringify(await measure(Number(args[1]), Number(args[2]))));
  else console.log(JSON.stringify(await run({ quick: args.includes('--quick') }), null, 2));
}
