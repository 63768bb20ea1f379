// Diff benchmark: `parallax --diff` on pairs of the shapes users bring,
// timed as whole processes writing into a pipe (as `parallax --diff a b |
// less` or a script would), interleaved with `git diff --no-index
// --word-diff` on the same files and a bare `node -e ''`, with each one's
// peak memory and how many of the generator's moved paragraphs the diff
// reports as moves. Shapes: generated English prose (1 and 10 MB);
// paragraphs in ten scripts each recurring about ten times (1 and 10 MB);
// pure Chinese (10 MB); a Markdown document of real size (40 kB).
// A floor is timed too: a node process that only reads and decodes both
// files (bench/lib/read-floor.mjs).
// Run alone: npx tsx bench/diff.ts [--quick] [--write]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writePairCorpus } from './lib/generate-pair.js';
import { generateMarkdownPair, generateScriptPair } from './lib/generate-shapes.js';
import { ms, type ProcessSpec } from './lib/process-timing.js';
import { machineLine, markdownTable, statsCells, writeGeneratedBlock } from './lib/report.js';
import { summarize, type Stats } from './lib/stats.js';

const CLI = fileURLToPath(new URL('../dist/parallax.js', import.meta.url));
const READ_FLOOR = fileURLToPath(new URL('./lib/read-floor.mjs', import.meta.url));
const TIME = '/usr/bin/time';

/** Figures for one shape at one size. */
export interface DiffShapeResult {
  /** Which shape: 'english', 'multilingual', 'chinese', 'markdown'. */
  shape: string;
  megabytes: number;
  git: Stats;
  /** `--format unified` (git's kind of output) and `--format json`. */
  parallax: Stats;
  parallaxJson: Stats;
  /** `node -e ''` in the same run: the start-up no node program avoids. */
  node: Stats;
  /** Start-up, reading and decoding both versions (bench/lib/read-floor.mjs): what no node program that shows their text avoids. */
  readFloor: Stats;
  /** parallax.median / git.median, and the same for JSON. */
  ratio: number;
  ratioJson: number;
  /** The budget for the ratio (2 at 10 MB), or null where none is set (start-up bound sizes). */
  budget: number | null;
  /** Peak resident memory in MB of one run each (null without GNU time). */
  gitPeakMb: number | null;
  parallaxPeakMb: number | null;
  /** Paragraphs the generator moved, and how many of them the diff reports as moved. */
  moves: { made: number; found: number };
}

/** Everything the diff benchmark measured. */
export interface DiffBenchResult {
  machine: string;
  shapes: DiffShapeResult[];
}

/** The shapes measured, with their sizes, budgets and runs (full run, quick run). */
const SHAPES = [
  { shape: 'english', megabytes: 1, budget: null, runs: [15, 2] },
  { shape: 'english', megabytes: 10, budget: 2, runs: [7, 1] },
  { shape: 'multilingual', megabytes: 1, budget: null, runs: [15, 2] },
  { shape: 'multilingual', megabytes: 10, budget: 2, runs: [7, 1] },
  { shape: 'chinese', megabytes: 10, budget: 2, runs: [7, 1] },
  { shape: 'markdown', megabytes: 0.04, budget: null, runs: [15, 2] },
] as const;

/** Writes the pair of a shape as a corpus in `dir` (quick runs a tenth of the size, or less). */
function writeShape(dir: string, shape: string, bytes: number) {
  if (shape === 'english') return writePairCorpus(dir, { bytes, seed: 7 });
  if (shape === 'multilingual') return writePairCorpus(dir, generateScriptPair({ bytes, seed: 7, repeat: 10 }));
  if (shape === 'chinese') return writePairCorpus(dir, generateScriptPair({ bytes, seed: 7, langs: ['zh'] }));
  return writePairCorpus(dir, generateMarkdownPair(bytes, 7), 'md');
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

/** How many of the moved paragraphs (their text in b) a JSON diff reports as moved rows (whitespace aside: cells join a paragraph's lines). */
function movesFound(json: string, moved: readonly string[]): number {
  const plain = (text: string) => text.replace(/\s+/gu, ' ').trim();
  const rows = (JSON.parse(json) as { rows: Array<{ kind: string; right: string | null }> }).rows;
  const reported = new Set(rows.filter((r) => r.kind === 'moved' && r.right !== null).map((r) => plain(r.right!)));
  return moved.filter((p) => reported.has(plain(p))).length;
}

/** Runs the diff benchmark on every shape (tiny sizes and one or two runs with `quick`). */
export async function run(opts: { quick: boolean }): Promise<DiffBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-diff-'));
  const env = { ...process.env, NO_COLOR: '1' };
  const shapes: DiffShapeResult[] = [];
  try {
    // A quick run takes each shape once, at its first size and at most 100 kB.
    const measured = opts.quick ? SHAPES.filter((s, k) => SHAPES.findIndex((t) => t.shape === s.shape) === k) : SHAPES;
    for (const { shape, megabytes: full, budget, runs } of measured) {
      const megabytes = opts.quick ? Math.min(full, 0.1) : full;
      const corpus = join(dir, `${shape}-${megabytes}mb`);
      const files = writeShape(corpus, shape, megabytes * 1e6);
      const git = { command: 'git', args: ['diff', '--no-index', '--word-diff', files.a, files.b], env };
      const cli = (format: string) => ({ command: process.execPath, args: [CLI, '--corpus', corpus, '--max-file-mb', '100', '--diff', 'a', 'b', '--format', format], env });
      const parallax = cli('unified');
      const json = cli('json');
      const node = { command: process.execPath, args: ['-e', ''], env };
      const floor = { command: process.execPath, args: [READ_FLOOR, files.a, files.b], env };
      const [g, p, j, n, f] = timeInterleaved([git, parallax, json, node, floor], runs[opts.quick ? 1 : 0]) as [Stats, Stats, Stats, Stats, Stats];
      const out = spawnSync(json.command, json.args, { env, encoding: 'utf8', maxBuffer: 2 ** 30 }).stdout;
      shapes.push({
        shape,
        megabytes,
        git: g,
        parallax: p,
        parallaxJson: j,
        node: n,
        readFloor: f,
        ratio: p.median / g.median,
        ratioJson: j.median / g.median,
        budget,
        gitPeakMb: peakMb(git.command, git.args),
        parallaxPeakMb: peakMb(parallax.command, parallax.args),
        moves: { made: files.moved.length, found: movesFound(out, files.moved) },
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { machine: machineLine(), shapes };
}

/** Size as the tables show it. */
export function sizeLabel(s: DiffShapeResult): string {
  return s.megabytes >= 1 ? `${s.megabytes} MB` : `${Math.round(s.megabytes * 1000)} kB`;
}

/** Cost per MB of the multilingual pair over the English pair's at the largest size both have, with the two shapes' figures (null when either is missing). */
export function multilingualCost(r: DiffBenchResult): { ratio: number; multilingual: DiffShapeResult; english: DiffShapeResult } | null {
  const at = (shape: string) => r.shapes.filter((s) => s.shape === shape).sort((x, y) => y.megabytes - x.megabytes)[0];
  const english = at('english');
  const multilingual = at('multilingual');
  return english && multilingual && english.megabytes === multilingual.megabytes ? { ratio: multilingual.parallax.median / english.parallax.median, multilingual, english } : null;
}

/** The generated table for BENCHMARKS.md. */
export function markdown(r: DiffBenchResult): string {
  const peak = (mb: number | null) => (mb === null ? '?' : `${mb} MB`);
  const budget = (s: DiffShapeResult) => (s.budget === null ? '' : `≤ ${s.budget}x`);
  const rows = r.shapes.flatMap((s) => {
    const at = `${s.shape} ${sizeLabel(s)}`;
    return [
      [at, '`git diff --no-index --word-diff`', ...statsCells(s.git), peak(s.gitPeakMb), '1.00x', '', ''],
      [at, '`parallax --diff a b --format unified`', ...statsCells(s.parallax), peak(s.parallaxPeakMb), `${s.ratio.toFixed(2)}x`, budget(s), `${s.moves.found}/${s.moves.made}`],
      [at, '`parallax --diff a b --format json`', ...statsCells(s.parallaxJson), '', `${s.ratioJson.toFixed(2)}x`, '', ''],
      [at, "`node -e ''` (start-up alone)", ...statsCells(s.node), '', `${(s.node.median / s.git.median).toFixed(2)}x`, '', ''],
      [at, '`node read-floor.mjs a b` (start-up, read, decode)', ...statsCells(s.readFloor), '', `${(s.readFloor.median / s.git.median).toFixed(2)}x`, '', ''],
    ];
  });
  const cost = multilingualCost(r)?.ratio ?? null;
  return (
    `Measured ${r.machine}; ${r.shapes.map((s) => `${s.parallax.runs} runs of ${s.shape} ${sizeLabel(s)}`).join(', ')}, interleaved; whole processes, times in ms, output read from a pipe; peak RSS of one run each (unified); moves: moved paragraphs of the generator reported as moved rows.` +
    (cost === null ? '' : ` Cost per MB of the multilingual pair over the English pair's: ${cost.toFixed(2)}x.`) +
    '\n\n' +
    markdownTable(['shape', 'command', 'median', 'p95', 'min–max', 'peak RSS', 'vs git', 'budget', 'moves found'], rows)
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await run({ quick: process.argv.includes('--quick') });
  console.log(JSON.stringify(result, null, 2));
  for (const s of result.shapes)
    console.error(
      `diff ${s.shape} ${sizeLabel(s)}: parallax ${ms(s.parallax.median)} ms (json ${ms(s.parallaxJson.median)}), git ${ms(s.git.median)} ms, node ${ms(s.node.median)} ms, read floor ${ms(s.readFloor.median)} ms = ${s.ratio.toFixed(2)}x, peak ${s.parallaxPeakMb} MB, moves ${s.moves.found}/${s.moves.made}`,
    );
  if (process.argv.includes('--write')) writeGeneratedBlock(fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url)), 'diff', markdown(result));
}
