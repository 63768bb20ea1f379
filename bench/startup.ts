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
  /**
   * The same with NODE_EXTRA_CA_CERTS unset, measured when the environment
   * sets it: Node 20 reads those certificates at every start (~30 ms for a
   * system bundle), which lifts the bare-node baseline of every ratio.
   */
  withoutExtraCerts?: { bareNode: Stats; listJson: Stats; listRatio: number };
}

/** Measures whole-process start-up of the scripting path (median of repeated runs, same run for both). */
export async function run(opts: { quick: boolean }): Promise<StartupResult> {
  const runs = opts.quick ? 2 : 30;
  const warmUp = opts.quick ? 1 : 3;
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  const pair = (e: NodeJS.ProcessEnv) => [
    { command: process.execPath, args: ['-e', ''], env: e },
    { command: process.execPath, args: [CLI, '--list', '--json'], env: e },
  ];
  if (env.NODE_EXTRA_CA_CERTS === undefined) {
    const [bareNode, listJson] = timeProcesses(pair(env), runs, warmUp) as [Stats, Stats];
    return { bareNode, listJson, listRatio: listJson.median / bareNode.median };
  }
  const clean = { ...env };
  delete clean.NODE_EXTRA_CA_CERTS;
  const [bareNode, listJson, cleanNode, cleanList] = timeProcesses([...pair(env), ...pair(clean)], runs, warmUp) as [Stats, Stats, Stats, Stats];
  return {
    bareNode,
    listJson,
    listRatio: listJson.median / bareNode.median,
    withoutExtraCerts: { bareNode: cleanNode, listJson: cleanList, listRatio: cleanList.median / cleanNode.median },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run({ quick: process.argv.includes('--quick') }), null, 2));
}
