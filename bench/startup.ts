import { fileURLToPath } from 'node:url';
import { timeProcesses } from './lib/process-timing.js';
import type { Stats } from './lib/stats.js';

const CLI = fileURLToPath(new URL('../dist/parallax.js', import.meta.url));

/** Start-up figures: scripted `--list --json` on the bundled corpus against a bare `node -e ''`. */
export interface StartupResult {
  bareNode: Stats;
  listJson: Stats;
  /** listJson.median / bareNode.median; the budget is 1.5. */
  listRatio: number;
}

/** Measures whole-process start-up of the scripting path (median of repeated runs, same run for both). */
export async function run(opts: { quick: boolean }): Promise<StartupResult> {
  const runs = opts.quick ? 5 : 30;
  const env = { ...process.env, NO_COLOR: '1' };
  const [bareNode, listJson] = timeProcesses(
    [
      { command: process.execPath, args: ['-e', ''], env },
      { command: process.execPath, args: [CLI, '--list', '--json'], env },
    ],
    runs,
    3,
  ) as [Stats, Stats];
  return { bareNode, listJson, listRatio: listJson.median / bareNode.median };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run({ quick: process.argv.includes('--quick') }), null, 2));
}
