// Explorer start-up: time from spawning `parallax` in a pseudo-terminal to the
// first frame that shows the loaded corpus, against a bare `node -e ''` run
// the same way. Runs are interleaved so both see the same machine load.
import { spawn } from '@lydell/node-pty';
import { fileURLToPath } from 'node:url';
import { summarize, type Stats } from './lib/stats.js';

const CLI = fileURLToPath(new URL('../dist/parallax.js', import.meta.url));

/** Explorer figures: first frame of the bundled corpus against bare node, in a terminal. */
export interface ExplorerResult {
  bareNode: Stats;
  firstFrame: Stats;
  /** firstFrame.median / bareNode.median; the budget is 3. */
  ratio: number;
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

/** Measures the explorer's first frame on the bundled corpus against bare node (interleaved runs, warm-up first). */
export async function run(opts: { quick: boolean }): Promise<ExplorerResult> {
  const runs = opts.quick ? 10 : 30;
  const bare: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const b = await timeUntil(['-e', ''], null);
    const f = await timeUntil([CLI], 'documents');
    if (i >= 2) {
      bare.push(b);
      first.push(f);
    }
  }
  const bareNode = summarize(bare);
  const firstFrame = summarize(first);
  return { bareNode, firstFrame, ratio: firstFrame.median / bareNode.median };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run({ quick: process.argv.includes('--quick') }), null, 2));
}
