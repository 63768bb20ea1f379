import type { AlignResult } from '../align.js';
import type { DetectResult } from '../detect.js';
import { multilingualCost, sizeLabel, type DiffBenchResult } from '../diff.js';
import type { ExplorerResult } from '../explorer.js';
import type { KeystrokeResult } from '../keystroke.js';
import type { ScaleResult } from '../scale.js';
import type { SearchFigures } from '../search.js';
import type { StartupResult } from '../startup.js';
import { ms } from './process-timing.js';
import { markdownTable } from './report.js';

/** The figures the budgets are read from (one `npm run bench`). */
export interface BudgetInputs {
  startup: StartupResult;
  explorer: ExplorerResult;
  search: SearchFigures;
  keystroke: KeystrokeResult | { error: string };
  scale: ScaleResult;
  diff: DiffBenchResult;
  detect: DetectResult;
  align: AlignResult;
}

/** One budget of issue 8 against its measured figure. */
export interface BudgetRow {
  what: string;
  figure: string;
  peer: string;
  ratio: string;
  budget: string;
  met: boolean;
}

const x = (n: number) => `${n.toFixed(2)}x`;

/** Every budget, read from the figures of one run (the largest measured size stands in for 10k in quick mode). */
export function budgetRows(r: BudgetInputs): BudgetRow[] {
  const big = r.search.sizes[r.search.sizes.length - 1];
  const rows: BudgetRow[] = [
    {
      what: `scripted \`--list --json\` start-up${r.startup.withoutExtraCerts ? ` (NODE_EXTRA_CA_CERTS unset: ${x(r.startup.withoutExtraCerts.listRatio)} of bare node ${ms(r.startup.withoutExtraCerts.bareNode.median)} ms)` : ''}`,
      figure: `${ms(r.startup.listJson.median)} ms`,
      peer: `bare node ${ms(r.startup.bareNode.median)} ms`,
      ratio: x(r.startup.listRatio),
      budget: '≤ 1.5x',
      met: r.startup.listRatio <= 1.5,
    },
    {
      what: 'explorer first frame',
      figure: `${ms(r.explorer.firstFrame.median)} ms`,
      peer: `bare node ${ms(r.explorer.bareNode.median)} ms`,
      ratio: x(r.explorer.ratio),
      budget: '≤ 3x',
      met: r.explorer.ratio <= 3,
    },
  ];
  if (big) {
    // The explorer opens the index and preloads its postings before the first keystroke can reach it: the budget is
    // the queries' first pass after that; the first pass right after opening (no preload) is shown beside it.
    const { open, preloaded } = big.parallax;
    const firstPass = preloaded.coldQueries.p95;
    const worst = big.process.reduce((a, b) => (b.ratio > a.ratio ? b : a), big.process[0]!);
    const rss = Math.max(big.parallax.build.peakRssMB, open.peakRssMB, preloaded.peakRssMB);
    const rssBudget = 4 * big.corpusMB + 150;
    rows.push(
      {
        what: `in-process query p95, ${big.documents} docs, ${r.search.queryCount} mixed queries, first pass after open, preload and warm-up as the explorer runs them (without either: ${ms(open.coldQueries.p95)} ms; second pass: ${ms(preloaded.queries.p95)} ms)`,
        figure: `${ms(firstPass)} ms`,
        peer: '',
        ratio: '',
        budget: '< 16 ms',
        met: firstPass < 16,
      },
      {
        what: `warm whole-process \`--query\`, ${big.documents} docs (worst word: ${worst.word})`,
        figure: `${ms(worst.parallax.median)} ms`,
        peer: `\`rg -c -i\` ${ms(worst.rg.median)} ms`,
        ratio: x(worst.ratio),
        budget: '≤ 6x',
        met: worst.ratio <= 6,
      },
      {
        what: `peak RSS, ${big.documents} docs (${big.corpusMB.toFixed(0)} MB): building ${big.parallax.build.peakRssMB.toFixed(0)} MB, long-lived ${open.peakRssMB.toFixed(0)} MB, long-lived preloaded ${preloaded.peakRssMB.toFixed(0)} MB, one-shot ${big.processRssMB.toFixed(0)} MB`,
        figure: `${rss.toFixed(0)} MB`,
        peer: '',
        ratio: '',
        budget: `< ${rssBudget.toFixed(0)} MB`,
        met: rss < rssBudget,
      },
    );
  }
  const k = r.keystroke;
  if ('error' in k) rows.push({ what: 'explorer keystroke → results frame', figure: `not measured: ${k.error.split('\n')[0]}`, peer: '', ratio: '', budget: '< 50 ms', met: false });
  else
    rows.push({
      what: `explorer keystroke → results frame, ${k.documents} docs, idle (median ${ms(k.keyToFrame.median)} ms; while the entity index builds: p95 ${ms(k.keyToFrameWhileBuilding.p95)} ms)`,
      figure: `p95 ${ms(k.keyToFrame.p95)} ms`,
      peer: '',
      ratio: '',
      budget: '< 50 ms',
      met: k.keyToFrame.p95 < 50,
    });
  // A start-up bound size (Node's start alone is most of git's whole run at 1 MB) has its figure in the diff table, no budget.
  for (const d of r.diff.shapes.filter((s) => s.budget !== null)) {
    rows.push({
      what: `\`--diff\` of two ${sizeLabel(d)} ${d.shape} versions (peak RSS ${d.parallaxPeakMb ?? '?'} MB, budget < 250 MB)`,
      figure: `${ms(d.parallax.median)} ms`,
      peer: `\`git diff --no-index --word-diff\` ${ms(d.git.median)} ms`,
      ratio: x(d.ratio),
      budget: `≤ ${d.budget}x`,
      met: d.ratio <= d.budget! && (d.parallaxPeakMb ?? 0) < 250,
    });
  }
  const cost = multilingualCost(r.diff);
  if (cost) {
    const { ratio, multilingual, english } = cost;
    rows.push({
      what: `\`--diff\` cost per MB, ${sizeLabel(multilingual)} multilingual repeated-paragraph pair over English pair`,
      figure: `${ms(multilingual.parallax.median)} ms`,
      peer: `English ${ms(english.parallax.median)} ms`,
      ratio: x(ratio),
      budget: '≤ 1.3x',
      met: ratio <= 1.3,
    });
  }
  for (const d of r.diff.shapes.filter((s) => s.shape === 'multilingual')) {
    const share = d.moves.made === 0 ? 1 : d.moves.found / d.moves.made;
    rows.push({
      what: `moved paragraphs reported as moves, ${sizeLabel(d)} multilingual repeated-paragraph pair`,
      figure: `${d.moves.found}/${d.moves.made}`,
      peer: '',
      ratio: `${(100 * share).toFixed(0)}%`,
      budget: '≥ 90%',
      met: share >= 0.9,
    });
  }
  const s = r.scale;
  const indexed = s.lastProgress?.[1] ?? 0;
  rows.push({
    what: `${s.documents} docs work at all: ${indexed} of ${s.paragraphs} paragraphs indexed, build with progress (${s.progressReports} reports), ${s.answered}/${s.queryCount} queries with hits, query p95 ${ms(s.queries.p95)} ms, peak RSS ${s.peakRssMB.toFixed(0)} MB`,
    figure: `build ${(s.buildMs / 1000).toFixed(1)} s`,
    peer: '',
    ratio: '',
    budget: 'finishes, answers',
    met: s.progressReports > 0 && s.answered > 0 && indexed === s.paragraphs,
  });
  const d = r.detect;
  rows.push(
    {
      what: `\`--list --json\`, ${d.documents} docs without a manifest, cold (every language detected)`,
      figure: `${ms(d.cold.median)} ms`,
      peer: `with manifest ${ms(d.withManifest.median)} ms`,
      ratio: x(d.coldRatio),
      budget: '≤ 3x',
      met: d.coldRatio <= 3,
    },
    {
      what: `\`--list --json\`, ${d.documents} docs without a manifest, warm (detection cache, nothing changed)`,
      figure: `${ms(d.warm.median)} ms`,
      peer: `with manifest ${ms(d.withManifest.median)} ms`,
      ratio: x(d.warmRatio),
      budget: '≤ 1.5x',
      met: d.warmRatio <= 1.5,
    },
  );
  rows.push(...alignBudgets(r.align));
  return rows;
}

/** Strict F1 wanted on each kind of development set (issue 16), by the start of the set's name. */
const ALIGN_F1: ReadonlyArray<readonly [string, number]> = [
  ['Text+Berg', 0.85],
  ['MAC', 0.7],
  ['Bible', 0.85],
];

/** The alignment budgets of the sets that were scored (absent sets have none), and the long-text time and memory. */
function alignBudgets(a: AlignResult): BudgetRow[] {
  const rows: BudgetRow[] = [];
  for (const set of a.sets) {
    const want = ALIGN_F1.find(([prefix]) => set.name.startsWith(prefix))?.[1];
    if (want === undefined || set.portion !== 'dev') continue;
    const f1 = set.parallax.f1Strict;
    rows.push({
      what: `alignment strict F1, ${set.name} (${set.portion}, ${set.documents} documents)`,
      figure: f1.toFixed(3),
      peer: `Gale–Church ${set.galeChurch.f1Strict.toFixed(3)}${set.hunalign ? `, hunalign ${set.hunalign.f1Strict.toFixed(3)}` : ''}`,
      ratio: '',
      budget: `≥ ${want}`,
      met: f1 >= want,
    });
  }
  if (a.long) {
    const { ms: t, peakMB, sentences } = a.long;
    rows.push({
      what: `aligning ${sentences[0]} × ${sentences[1]} sentences (peak RSS ${peakMB.toFixed(0)} MB, budget < 300 MB)`,
      figure: `${ms(t.median)} ms`,
      peer: '',
      ratio: '',
      budget: '< 2 s',
      met: t.median < 2000 && peakMB < 300,
    });
  }
  return rows;
}

/** The summary table at the top of BENCHMARKS.md. */
export function budgetTable(machine: string, rows: readonly BudgetRow[], only: readonly string[] | null = null): string {
  const scope = only ? `areas ${only.join(', ')} measured in this \`npm run bench -- --only\`, the others kept from the run before` : 'all in one `npm run bench`';
  return (
    `Measured ${machine}, ${scope}; ratios are of medians taken in the same run.\n\n` +
    markdownTable(
      ['budget', 'figure', 'peer', 'ratio', 'budget', 'met'],
      rows.map((b) => [b.what, b.figure, b.peer, b.ratio, b.budget, b.met ? 'yes' : '**no**']),
    )
  );
}
