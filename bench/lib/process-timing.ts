import { spawnSync } from 'node:child_process';
import { summarize, type Stats } from './stats.js';

/**
 * Wall-clock time of a whole process, in milliseconds, over `runs` runs after
 * `warmup` unmeasured ones (so the file cache is warm for every contender).
 */
export function timeProcess(command: string, args: readonly string[], runs: number, warmup = 2, env: NodeJS.ProcessEnv = process.env): Stats {
  const once = () => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'ignore'], env });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.error) throw r.error;
    return ms;
  };
  for (let i = 0; i < warmup; i++) once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(once());
  return summarize(samples);
}

/** Formats milliseconds for a table. */
export function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}
