// npm run bench [-- --quick]: runs every benchmark in one process on this
// machine, writes bench/results.json and the generated tables in BENCHMARKS.md.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { machineLine, markdownTable, statsCells, writeGeneratedBlock } from './lib/report.js';
import * as startup from './startup.js';

const quick = process.argv.includes('--quick');
const root = new URL('../', import.meta.url);
const results: Record<string, unknown> = { machine: machineLine(), quick };

const s = await startup.run({ quick });
results.startup = s;
console.error(`startup: --list --json ${s.listJson.median.toFixed(1)} ms = ${s.listRatio.toFixed(2)}x bare node`);

if (!quick) {
  writeFileSync(fileURLToPath(new URL('bench/results.json', root)), JSON.stringify(results, null, 2) + '\n');
  writeGeneratedBlock(
    fileURLToPath(new URL('BENCHMARKS.md', root)),
    'startup',
    `Measured ${results.machine}; ${s.listJson.runs} runs each, interleaved with the baseline, times in ms.\n\n` +
      markdownTable(
        ['command', 'median', 'p95', 'min–max', 'vs bare node', 'budget'],
        [
          ["`node -e ''`", ...statsCells(s.bareNode), '1.00x', ''],
          ['`parallax --list --json`', ...statsCells(s.listJson), `${s.listRatio.toFixed(2)}x`, '≤ 1.5x'],
        ],
      ),
  );
}
