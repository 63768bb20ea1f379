// The long-text speed and memory measurement, run by bench/align.ts in a
// child process of its own so that its peak RSS is its own:
// `node --import tsx speed-child.ts A_FILE B_FILE RUNS` prints
// { ms: number[], baseMB, peakMB } as JSON.
import { readFileSync } from 'node:fs';
import { alignSentences } from '../../src/core/diff/align.js';

const [fileA, fileB, runs] = process.argv.slice(2);
const read = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line, k, all) => k < all.length - 1 || line !== '');
const a = read(fileA!);
const b = read(fileB!);
const baseMB = process.memoryUsage().rss / 2 ** 20;
const ms: number[] = [];
for (let r = 0; r < Number(runs); r++) {
  const t0 = performance.now();
  alignSentences(a, b);
  ms.push(performance.now() - t0);
}
console.log(JSON.stringify({ ms, baseMB, peakMB: process.resourceUsage().maxRSS / 1024 }));
