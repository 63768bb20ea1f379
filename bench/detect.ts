// `--list --json` on a folder without a manifest, where every version's
// language must be detected, against the same folder with its manifest, in
// the same run: cold (an empty cache directory each run) and warm (the
// detection cache of an earlier run, nothing changed). The manifest-less
// folder holds hard links to the generated corpus's files (the same bytes
// and stamps, no corpus.json). Run alone: npx tsx bench/detect.ts [--quick]
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCorpusInfo, DATA_DIR } from './lib/bench-data.js';
import { markdownTable, statsCells } from './lib/report.js';
import { summarize, type Stats } from './lib/stats.js';

const CLI = fileURLToPath(new URL('../dist/parallax.js', import.meta.url));

export interface DetectResult {
  documents: number;
  withManifest: Stats;
  cold: Stats;
  warm: Stats;
  /** cold / with manifest (budget ≤ 3) and warm / with manifest (budget ≤ 1.5), of medians. */
  coldRatio: number;
  warmRatio: number;
}

/** The generated corpus's versions without its manifest, made once beside it. */
function withoutManifest(dir: string, documents: number): string {
  const bare = join(DATA_DIR, `corpus-${documents}-no-manifest`);
  if (existsSync(join(bare, '.complete'))) return bare;
  rmSync(bare, { recursive: true, force: true });
  mkdirSync(bare, { recursive: true });
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    try {
      linkSync(join(dir, f), join(bare, f));
    } catch {
      copyFileSync(join(dir, f), join(bare, f));
    }
  }
  linkSync(join(dir, '.generated.json'), join(bare, '.complete'));
  return bare;
}

function timeList(dir: string, cacheHome: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, '--corpus', dir, '--list', '--json'], { stdio: 'ignore', env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
  if (r.status !== 0) throw new Error(`--list --json on ${dir} exited ${r.status ?? r.signal}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Times the three runs in turn (manifest, cold, warm), `runs` rounds after one unmeasured round. */
export async function run(opts: { quick: boolean }): Promise<DetectResult> {
  const documents = opts.quick ? 100 : 10_000;
  const runs = opts.quick ? 1 : 5;
  const made = await benchCorpusInfo(documents);
  const bare = withoutManifest(made.dir, documents);
  const work = mkdtempSync(join(tmpdir(), 'parallax-bench-detect-'));
  try {
    const warmCache = join(work, 'warm');
    const samples = { withManifest: [] as number[], cold: [] as number[], warm: [] as number[] };
    for (let i = 0; i <= runs; i++) {
      const coldCache = join(work, `cold-${i}`);
      const m = timeList(made.dir, coldCache);
      const c = timeList(bare, coldCache);
      const w = timeList(bare, warmCache);
      if (i === 0) continue; // the first round fills the file cache and the warm detection cache
      samples.withManifest.push(m);
      samples.cold.push(c);
      samples.warm.push(w);
    }
    const withManifest = summarize(samples.withManifest);
    const cold = summarize(samples.cold);
    const warm = summarize(samples.warm);
    return { documents, withManifest, cold, warm, coldRatio: cold.median / withManifest.median, warmRatio: warm.median / withManifest.median };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The table of BENCHMARKS.md's detection section. */
export function markdown(r: DetectResult, machine: string): string {
  return (
    `Measured ${machine}; ${r.documents} generated versions of ~3 KB, \`--list --json\` as a whole process, times in ms.\n\n` +
    markdownTable(
      ['folder', 'median', 'p95', 'min–max', 'vs with manifest', 'budget'],
      [
        ['with corpus.json', ...statsCells(r.withManifest), '1.00x', ''],
        ['no manifest, cold (empty cache)', ...statsCells(r.cold), `${r.coldRatio.toFixed(2)}x`, '≤ 3x'],
        ['no manifest, warm (nothing changed)', ...statsCells(r.warm), `${r.warmRatio.toFixed(2)}x`, '≤ 1.5x'],
      ],
    )
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run({ quick: process.argv.includes('--quick') }), null, 2));
}
