// Explorer start-up: time from spawning `parallax` in a pseudo-terminal to the
// first frame that shows the loaded corpus, against a bare `node -e ''` run
// the same way. Runs are interleaved so both see the same machine load.
import { spawn } from '@lydell/node-pty';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePairCorpus } from './lib/generate-pair.js';
import { machineLine, markdownTable, statsCells, writeGeneratedBlock } from './lib/report.js';
import { summarize, type Stats } from './lib/stats.js';

const CLI = fileURLToPath(new URL('../dist/parallax.js', import.meta.url));

/** Explorer figures: first frame of the bundled corpus against bare node, in a terminal, and key-to-frame latency on large inputs. */
export interface ExplorerResult {
  bareNode: Stats;
  firstFrame: Stats;
  /** firstFrame.median / bareNode.median; the budget is 3. */
  ratio: number;
  /** PgDn to the next frame, reading a 1 MB version (100 kB in a quick run). */
  readerPageDown: Stats;
  /** PgDn to the next frame, in the side-by-side diff of two 1 MB versions (100 kB in a quick run). */
  diffPageDown: Stats;
  /** Rows of that diff (side by side, wrapped at 100 columns). */
  diffRows: number;
}

function ptyEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI' && k !== 'CONTINUOUS_INTEGRATION') env[k] = v;
  env.TERM = 'xterm-256color';
  return env;
}

/** Milliseconds until the process prints `marker` (or exits, when no marker is given). */
function timeUntil(args: string[], marker: string | null): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, args, { name: 'xterm-256color', cols: 100, rows: 30, env: ptyEnv() });
    let out = '';
    let shown: number | null = null;
    p.onData((d) => {
      out += d;
      if (marker !== null && shown === null && out.includes(marker)) {
        shown = performance.now() - t0;
        p.write('q');
      }
    });
    // Resolve only once the process is gone, so it does not slow the next run.
    p.onExit(() => {
      if (marker === null) resolve(performance.now() - t0);
      else if (shown !== null) resolve(shown);
      else reject(new Error(`exited before showing ${JSON.stringify(marker)}: ${out.slice(-300)}`));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Opens the explorer on `dir`, presses `open` keys until `ready` shows, then
 * times `presses` PgDn keys from the write to the first byte of the next frame.
 */
async function pageDownLatency(dir: string, open: string[], ready: RegExp, presses: number): Promise<{ stats: Stats; screen: string }> {
  const p = spawn(process.execPath, [CLI, dir], { name: 'xterm-256color', cols: 100, rows: 30, env: ptyEnv() });
  let out = '';
  let waiter: (() => void) | null = null;
  p.onData((d) => {
    out += d;
    waiter?.();
  });
  const until = (check: () => boolean, timeoutMs = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out; last output: ${out.slice(-400)}`)), timeoutMs);
      waiter = () => {
        if (!check()) return;
        clearTimeout(timer);
        waiter = null;
        resolve();
      };
      waiter();
    });
  await until(() => out.includes('documents'));
  for (const key of open) {
    p.write(key);
    await sleep(50);
  }
  await until(() => ready.test(out));
  await sleep(300);
  const samples: number[] = [];
  for (let i = 0; i < presses; i++) {
    const before = out.length;
    const t0 = performance.now();
    p.write('\u001b[6~');
    await until(() => out.length > before);
    samples.push(performance.now() - t0);
    await sleep(30);
  }
  const screen = out.slice(-3000);
  p.write('q');
  await new Promise<void>((resolve) => p.onExit(() => resolve()));
  return { stats: summarize(samples), screen };
}

/** Measures the explorer's first frame on the bundled corpus against bare node (interleaved runs, warm-up first). */
export async function run(opts: { quick: boolean }): Promise<ExplorerResult> {
  const runs = opts.quick ? 2 : 30;
  const warmUp = opts.quick ? 1 : 2;
  const bare: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < runs + warmUp; i++) {
    const b = await timeUntil(['-e', ''], null);
    const f = await timeUntil([CLI], 'documents');
    if (i >= warmUp) {
      bare.push(b);
      first.push(f);
    }
  }
  const bareNode = summarize(bare);
  const firstFrame = summarize(first);
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-explorer-'));
  try {
    writePairCorpus(dir, { bytes: opts.quick ? 1e5 : 1e6 });
    const presses = opts.quick ? 3 : 40;
    const reader = await pageDownLatency(dir, ['3'], /words/, presses);
    const diff = await pageDownLatency(dir, ['4'], /a ↔ b/, presses);
    const rows = /(\d+) rows · /.exec(diff.screen);
    return {
      bareNode,
      firstFrame,
      ratio: firstFrame.median / bareNode.median,
      readerPageDown: reader.stats,
      diffPageDown: diff.stats,
      diffRows: rows ? Number(rows[1]) : NaN,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The generated table of the explorer section of BENCHMARKS.md. */
export function explorerTable(r: ExplorerResult): string {
  return (
    `Measured ${machineLine()}; load average ${loadavg()[0]!.toFixed(1)} at the start; ${r.firstFrame.runs} runs each, interleaved, in a 100x30 pseudo-terminal; times in ms.\n\n` +
    markdownTable(
      ['what', 'median', 'p95', 'min–max', 'vs bare node', 'budget'],
      [
        ["`node -e ''` (to exit)", ...statsCells(r.bareNode), '1.00x', ''],
        ['`parallax`: first frame showing the bundled corpus', ...statsCells(r.firstFrame), `${r.ratio.toFixed(2)}x`, '≤ 3x'],
        ['PgDn → next frame, reader on a 1 MB version', ...statsCells(r.readerPageDown), '', ''],
        [`PgDn → next frame, side-by-side diff of two 1 MB versions (${r.diffRows} rows)`, ...statsCells(r.diffPageDown), '', ''],
      ],
    )
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await run({ quick: process.argv.includes('--quick') });
  console.log(JSON.stringify(result, null, 2));
  if (process.argv.includes('--write')) writeGeneratedBlock(fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url)), 'explorer', explorerTable(result));
}
