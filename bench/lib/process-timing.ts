import { spawnSync } from 'node:child_process';
import { summarize, type Stats } from './stats.js';

/** A whole process to time. */
export interface ProcessSpec {
  command: string;
  args: readonly string[];
  env?: NodeJS.ProcessEnv;
}

function timeOnce(spec: ProcessSpec): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(spec.command, spec.args, { stdio: ['ignore', 'ignore', 'ignore'], env: spec.env ?? process.env });
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  return elapsed;
}

/**
 * Wall-clock milliseconds of whole processes, run in turn (A, B, A, B…) so
 * that machine noise falls on every contender alike, after `warmup`
 * unmeasured rounds that warm the file cache.
 */
export function timeProcesses(specs: readonly ProcessSpec[], runs: number, warmup = 2): Stats[] {
  for (let i = 0; i < warmup; i++) for (const spec of specs) timeOnce(spec);
  const samples = specs.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) specs.forEach((spec, j) => samples[j]!.push(timeOnce(spec)));
  return samples.map(summarize);
}

/** Formats milliseconds for a table. */
export function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}
