// npm run bench [-- --quick] [-- --only=area,area]: runs every benchmark in
// one process on this machine, writes bench/results.json, the generated
// tables in BENCHMARKS.md and the budget summary at its top. `--quick` uses
// tiny sizes, runs in seconds and writes nothing. `--only` runs the named
// areas and keeps the others' figures from the last bench/results.json (the
// budget table says which), to measure again after a change to one area.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { budgetRows, budgetTable } from './lib/budgets.js';
import { machineLine, markdownTable, statsCells, writeGeneratedBlock } from './lib/report.js';
import * as align from './align.js';
import * as detect from './detect.js';
import * as diff from './diff.js';
import * as entities from './entities.js';
import * as explorer from './explorer.js';
import * as keystroke from './keystroke.js';
import * as ner from './ner.js';
import * as scale from './scale.js';
import * as search from './search.js';
import * as startup from './startup.js';

const quick = process.argv.includes('--quick');
const only =
  process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',') ?? null;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BENCHMARKS = `${ROOT}BENCHMARKS.md`;
const RESULTS = `${ROOT}bench/results.json`;
const previous: Record<string, unknown> = only ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};

/** Runs one area, logging its name and wall time to stderr. */
async function area<T>(name: string, run: (opts: { quick: boolean }) => Promise<T>): Promise<T> {
  if (only && !only.includes(name)) {
    if (!(name in previous)) throw new Error(`bench: no earlier figures for ${name} in bench/results.json; run it too`);
    console.error(`bench: ${name} kept from the previous run`);
    return previous[name] as T;
  }
  const t0 = performance.now();
  console.error(`bench: ${name}…`);
  const result = await run({ quick });
  console.error(`bench: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return result;
}

execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
const results = {
  machine: machineLine(),
  quick,
  startup: await area('startup', startup.run),
  explorer: await area('explorer', explorer.run),
  search: await area('search', search.run),
  keystroke: await area('keystroke', keystroke.run).catch((e: unknown) => ({ error: String(e).slice(0, 300) })),
  scale: await area('scale', scale.run),
  diff: await area('diff', diff.run),
  entities: await area('entities', entities.run),
  detect: await area('detect', detect.run),
  ner: await area('ner', ner.run),
  align: await area('align', align.run),
};
const budgets = budgetRows(results);
for (const b of budgets) console.error(`${b.met ? 'met    ' : 'NOT MET'} ${b.what}: ${b.figure} (budget ${b.budget})`);

if (quick) {
  console.log(JSON.stringify({ areas: Object.keys(results), budgets }, null, 2));
} else {
  writeFileSync(RESULTS, JSON.stringify({ ...results, budgets, ...(only ? { partial: { ran: only, keptFrom: previous.machine } } : {}) }, null, 2) + '\n');
  writeGeneratedBlock(BENCHMARKS, 'budgets', budgetTable(results.machine, budgets, only));
  const ran = (name: string) => !only || only.includes(name);
  const s = results.startup;
  if (ran('startup'))
    writeGeneratedBlock(
      BENCHMARKS,
      'startup',
      `Measured ${results.machine}; ${s.listJson.runs} runs each, interleaved with the baseline, times in ms.\n\n` +
        markdownTable(
          ['command', 'median', 'p95', 'min–max', 'vs bare node', 'budget'],
          [
            ["`node -e ''`", ...statsCells(s.bareNode), '1.00x', ''],
            ['`parallax --list --json`', ...statsCells(s.listJson), `${s.listRatio.toFixed(2)}x`, '≤ 1.5x'],
            ...(s.withoutExtraCerts
              ? [
                  ["`node -e ''`, NODE_EXTRA_CA_CERTS unset", ...statsCells(s.withoutExtraCerts.bareNode), '1.00x', ''],
                  ['`parallax --list --json`, NODE_EXTRA_CA_CERTS unset', ...statsCells(s.withoutExtraCerts.listJson), `${s.withoutExtraCerts.listRatio.toFixed(2)}x`, '≤ 1.5x'],
                ]
              : []),
          ],
        ),
    );
  if (ran('search')) writeGeneratedBlock(BENCHMARKS, 'search', search.markdown(results.search));
  if (ran('diff')) writeGeneratedBlock(BENCHMARKS, 'diff', diff.markdown(results.diff));
  if (ran('explorer')) writeGeneratedBlock(BENCHMARKS, 'explorer', explorer.explorerTable(results.explorer));
  if (ran('detect')) writeGeneratedBlock(BENCHMARKS, 'detect', detect.markdown(results.detect, results.machine));
  if (ran('ner')) writeGeneratedBlock(BENCHMARKS, 'ner', `Measured ${results.machine}; exact-span mention F1, no gazetteer.\n\n${ner.markdown(results.ner)}`);
  if (ran('align')) writeGeneratedBlock(BENCHMARKS, 'align', align.markdown(results.align));
}
