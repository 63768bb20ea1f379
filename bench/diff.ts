// Diff benchmark: `parallax --diff` on two generated versions (about 5% of
// words edited, 1% of paragraphs moved) at 1 MB and 10 MB, timed as whole
// processes beside `git diff --no-index --word-diff` on the same files in the
// same run, with each one's peak memory. Run alone: npx tsx bench/diff.ts [--quick] [--write]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePairCorpus } from './lib/generate-pair.js';
import { ms, timeProcesses } from './lib/process-timing.js';
import { machineLine, markdownTable, statsCells, writeGeneratedBlock } from './lib/report.js';
import type { Stats } from './lib/stats.js';

const CLI = fileURLToPath(new URL('../dist/parallax.js', import.meta.url));
const TIME = '/usr/bin/time';

/** Figures for one size. */
export interface DiffSizeResult {
  megabytes: number;
  git: Stats;
  parallax: Stats;
  /** parallax.median / git.median. */
  ratio: number;
  /** The budget for the ratio: 4 at 1 MB, 2 at 10 MB. */
  budget: number;
  /** Peak resident memory in MB of one run each (null without GNU time). */
  gitPeakMb: number | null;
  parallaxPeakMb: number | null;
}

/** Everything the diff benchmark measured. */
export interface DiffBenchResult {
  machine: string;
  sizes: DiffSizeResult[];
}

/** Peak RSS in MB of one run, measured by GNU time. */
function peakMb(command: string, args: readonly string[]): number | null {
  if (!existsSync(TIME)) return null;
  const r = spawnSync(TIME, ['-f', '%M', command, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const kb = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
}

/** Runs the diff benchmark at 1 MB and 10 MB (fewer runs with `quick`). */
export async function run(opts: { quick: boolean }): Promise<DiffBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-diff-'));
  const env = { ...process.env, NO_COLOR: '1' };
  const sizes: DiffSizeResult[] = [];
  try {
    for (const [megabytes, budget, runs] of [
      [1, 4, opts.quick ? 3 : 15],
      [10, 2, opts.quick ? 2 : 7],
    ] as const) {
      const corpus = join(dir, `${megabytes}mb`);
      const files = writePairCorpus(corpus, { bytes: megabytes * 1e6, seed: 7 });
      const git = { command: 'git', args: ['diff', '--no-index', '--word-diff', files.a, files.b], env };
      const parallax = { command: process.execPath, args: [CLI, '--corpus', corpus, '--max-file-mb', '100', '--diff', 'a', 'b', '--format', 'unified'], env };
      const [g, p] = timeProcesses([git, parallax], runs, 1) as [Stats, Stats];
      sizes.push({
        megabytes,
        git: g,
        parallax: p,
        ratio: p.median / g.median,
        budget,
        gitPeakMb: peakMb(git.command, git.args),
        parallaxPeakMb: peakMb(parallax.command, parallax.args),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { machine: machineLine(), sizes };
}

/** The generated table for BENCHMARKS.md. */
export function markdown(r: DiffBenchResult): string {
  const rows = r.sizes.flatMap((s) => [
    [`${s.megabytes} MB`, '`git diff --no-index --word-diff`', ...statsCells(s.git), s.gitPeakMb === null ? '?' : `${s.gitPeakMb} MB`, '1.00x', ''],
    [`${s.megabytes} MB`, '`parallax --diff a b --format unified`', ...statsCells(s.parallax), s.parallaxPeakMb === null ? '?' : `${s.parallaxPeakMb} MB`, `${s.ratio.toFixed(1)}x`, `≤ ${s.budget}x`],
  ]);
  return (
    `Measured ${r.machine}; ${r.sizes.map((s) => `${s.parallax.runs} runs at ${s.megabytes} MB`).join(', ')}, interleaved with git; whole processes, times in ms, output to /dev/null.\n\n` +
    markdownTable(['size', 'command', 'median', 'p95', 'min–max', 'peak RSS', 'vs git', 'budget'], rows)
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await run({ quick: process.argv.includes('--quick') });
  console.log(JSON.stringify(result, null, 2));
  for (const s of result.sizes) console.error(`diff ${s.megabytes} MB: parallax ${ms(s.parallax.median)} ms, git ${ms(s.git.median)} ms = ${s.ratio.toFixed(1)}x (budget ${s.budget}x)`);
  if (process.argv.includes('--write')) writeGeneratedBlock(fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url)), 'diff', markdown(result));
}
