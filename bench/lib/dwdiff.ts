/** dwdiff, the word-diff peer of the document benchmarks. */
import { execFileSync } from 'node:child_process';

/** Words dwdiff marks between two files (its -s statistics; it exits 1 when they differ). */
export function dwdiffMarked(a: string, b: string): number {
  let stats = '';
  try {
    execFileSync('dwdiff', ['-s', a, b], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    stats = String((err as { stderr?: string }).stderr ?? '');
  }
  let n = 0;
  for (const m of stats.matchAll(/(\d+) \d+% (?:deleted|inserted|changed)/g)) n += Number(m[1]);
  return n;
}
