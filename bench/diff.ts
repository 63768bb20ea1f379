// Diff benchmark: `parallax --diff` on two generated versions (about 5% of
// words edited, 1% of paragraphs moved) at 1 MB and 10 MB, timed as whole
// processes writing into a pipe (as `parallax --diff a b | less` or a script
// would), interleaved with `git diff --no-index --word-diff` on the same files
// and a bare `node -e ''`, with each one's peak memory.
// Run alone: npx tsx bench/diff.ts [--quick] [--write]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePairCorpus } from './lib/generate-pair.js';
import { ms, type ProcessSpec } from './lib/process-timing.js';
import { machineLine, markdownTable, statsCells, writeGeneratedBlock } from './lib/report.js';
import { summarize, type Stats } from './lib/stats.js';

const CLI = fileURLToPath(new URL('../dist/parallax.js', import.meta.url));
const TIME = '/usr/bin/time';

/** Figures for one size. */
export interface DiffSizeResult {
  megabytes: number;
  git: Stats;
  /** `--format unified` (git's kind of output) and `--format json`. */
  parallax: Stats;
  parallaxJson: Stats;
  /** `node -e ''` in the same run: the start-up no node program avoids. */
  node: Stats;
  /** parallax.median / git.median, and the same for JSON. */
  ratio: number;
  ratioJson: number;
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

/** Wall-clock ms of one whole process whose output is read from a pipe until it closes. */
function timePiped(spec: ProcessSpec): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(spec.command, spec.args, { stdio: ['ignore', 'pipe', 'ignore'], env: spec.env ?? process.env, maxBuffer: 2 ** 30 });
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  return elapsed;
}

/** Times the processes in turn (A, B, C, A, B, C…) after one unmeasured round, so machine noise falls on all alike. */
function timeInterleaved(specs: readonly ProcessSpec[], runs: number): Stats[] {
  for (const spec of specs) timePiped(spec);
  const samples = specs.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) specs.forEach((spec, j) => samples[j]!.push(timePiped(spec)));
  return samples.map(summarize);
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
      const cli = (format: string) => ({ command: process.execPath, args: [CLI, '--corpus', corpus, '--max-file-mb', '100', '--diff', 'a', 'b', '--format', format], env });
      const parallax = cli('unified');
      const node = { command: process.execPath, args: ['-e', ''], env };
      const [g, p, j, n] = timeInterleaved([git, parallax, cli('json'), node], runs) as [Stats, Stats, Stats, Stats];
      sizes.push({
        megabytes,
        git: g,
        parallax: p,
        parallaxJson: j,
        node: n,
        ratio: p.median / g.median,
        ratioJson: j.median / g.median,
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
  const peak = (mb: number | null) => (mb === null ? '?' : `${mb} MB`);
  const rows = r.sizes.flatMap((s) => [
    [`${s.megabytes} MB`, '`git diff --no-index --word-diff`', ...statsCells(s.git), peak(s.gitPeakMb), '1.00x', ''],
    [`${s.megabytes} MB`, '`parallax --diff a b --format unified`', ...statsCells(s.parallax), peak(s.parallaxPeakMb), `${s.ratio.toFixed(1)}x`, `≤ ${s.budget}x`],
    [`${s.megabytes} MB`, '`parallax --diff a b --format json`', ...statsCells(s.parallaxJson), '', `${s.ratioJson.toFixed(1)}x`, `≤ ${s.budget}x`],
    [`${s.megabytes} MB`, "`node -e ''` (start-up alone)", ...statsCells(s.node), '', `${(s.node.median / s.git.median).toFixed(1)}x`, ''],
  ]);
  return (
    `Measured ${r.machine}; ${r.sizes.map((s) => `${s.parallax.runs} runs at ${s.megabytes} MB`).join(', ')}, interleaved; whole processes, times in ms, output read from a pipe; peak RSS of one run each (unified).\n\n` +
    markdownTable(['size', 'command', 'median', 'p95', 'min–max', 'peak RSS', 'vs git', 'budget'], rows)
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await run({ quick: process.argv.includes('--quick') });
  console.log(JSON.stringify(result, null, 2));
  for (const s of result.sizes) console.error(`diff ${s.megabytes} MB: parallax ${ms(s.parallax.median)} ms (json ${ms(s.parallaxJson.median)}), git ${ms(s.git.median)} ms, node ${ms(s.node.median)} ms = ${s.ratio.toFixed(1)}x (budget ${s.budget}x)`);
  if (process.argv.includes('--write')) writeGeneratedBlock(fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url)), 'diff', markdown(result));
}
