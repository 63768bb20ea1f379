// 50k documents work at all: the index builds with progress reported, is
// cached, and the 200 mixed queries answer. Runs in a child process
// (bench/lib/scale-child.ts, bundled for plain node as the product runs) so
// that its peak RSS is its own. Run alone: npx tsx bench/scale.ts [--quick]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { loadCorpus } from '../src/core/corpus/load.js';
import { benchCorpusInfo } from './lib/bench-data.js';
import type { Stats } from './lib/stats.js';
import { mixedQueries } from './search.js';

const CHILD = fileURLToPath(new URL('./lib/scale-child.ts', import.meta.url));
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

/** Builds and queries the largest corpus (50k documents; 500 with `quick`) in a child process running a bundle under plain node. */
export async function run(opts: { quick: boolean }): Promise<ScaleResult> {
  const documents = opts.quick ? 200 : 50_000;
  const made = await benchCorpusInfo(documents);
  const work = mkdtempSync(join(tmpdir(), 'parallax-bench-scale-run-'));
  try {
    // The queries are drawn here: drawing them reads every word of the corpus, which is not what is measured.
    const queriesFile = join(work, 'queries.json');
    writeFileSync(queriesFile, JSON.stringify(mixedQueries(await loadCorpus(made.dir), opts.quick ? 10 : 200)));
    const bundle = join(work, 'scale-child.mjs');
    buildSync({ entryPoints: [CHILD], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: bundle, logLevel: 'error' });
    const out = execFileSync(process.execPath, [bundle, made.dir, String(documents), String(made.bytes / 1e6), String(made.paragraphs), queriesFile], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 24,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return JSON.parse(out) as ScaleResult;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run({ quick: process.argv.includes('--quick') }), null, 2));
}
