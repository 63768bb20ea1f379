// Sentence alignment quality: strict and lax F1 over alignment links (the
// metric of the Vecalign and Bertalign papers) on public gold-aligned sets,
// parallax beside a textbook Gale–Church peer on the same sentences in the
// same run, and hunalign where its binary is built (see align/hunalign.ts);
// and the time and peak memory of aligning the long set.
// The sets live in bench/.data/align/ (not in the repository: see sets.ts
// for where to get each); a set that is absent is skipped and named.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignSentences } from '../src/core/diff/align.js';
import { galeChurch } from './align/gale-church.js';
import { hunalign, hunalignAvailable, HUNALIGN_BIN, HUNALIGN_SOURCE } from './align/hunalign.js';
import { indices, type Link, type Score } from './align/metric.js';
import { scoreSet } from './align/score-set.js';
import { ALIGN_DIR, available, SETS } from './align/sets.js';
import { markdownTable } from './lib/report.js';
import { summarize, type Stats } from './lib/stats.js';

/** Scores and time of one aligner on one set. */
type Scored = Score & { ms: number };

/** One set's figures. */
export interface AlignSetResult {
  name: string;
  portion: 'dev' | 'test';
  documents: number;
  sentences: [number, number];
  parallax: Scored;
  galeChurch: Scored;
  /** The hunalign peer, when its binary is built. */
  hunalign?: Scored;
  /** parallax's strict F1 on each document, for sets that name them (the declaration, language by language). */
  perDocument?: { name: string; f1Strict: number }[];
}

/** Everything this benchmark measures. */
export interface AlignResult {
  sets: AlignSetResult[];
  /** Sets (and the hunalign peer) skipped for want of their files, with where to get them. */
  missing: { name: string; portion: string; source: string }[];
  /** Aligning the long set's two lists (5,000 × 6,301 sentences) in a child process: ms per run (and of the first, cold, run, as a command line pays it), RSS before and at peak in MB. */
  long: { sentences: [number, number]; ms: Stats; first: number; baseMB: number; peakMB: number } | null;
}

/** parallax's beads as links. */
function parallax(a: string[], b: string[], paragraphs?: { a: number[]; b: number[] }): Link[] {
  return alignSentences(a, b, paragraphs).map((bead) => [indices(bead.i, bead.da), indices(bead.j, bead.db)]);
}

const LONG = ['bible/en/001', 'bible/zh/001'];
const CHILD = fileURLToPath(new URL('./align/speed-child.ts', import.meta.url));

/** Times the long pair in a child process; null when its files are absent. */
function measureLong(runs: number, sentences: [number, number]): AlignResult['long'] {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CHILD, ...LONG.map((f) => join(ALIGN_DIR, f)), String(runs)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`align speed child failed: ${r.stderr.slice(0, 300)}`);
  const out = JSON.parse(r.stdout) as { ms: number[]; baseMB: number; peakMB: number };
  return { sentences, ms: summarize(out.ms), first: out.ms[0]!, baseMB: out.baseMB, peakMB: out.peakMB };
}

/** Scores every available set (in --quick, the development sets' first document only, and no long-text timing). */
export async function run(opts: { quick: boolean }): Promise<AlignResult> {
  const sets: AlignSetResult[] = [];
  const missing: AlignResult['missing'] = [];
  let long: AlignResult['long'] = null;
  const withHunalign = hunalignAvailable();
  if (!withHunalign) {
    missing.push({ name: 'hunalign peer', portion: 'not built', source: HUNALIGN_SOURCE });
    console.error(`bench: align: hunalign absent (${HUNALIGN_BIN}); get it from ${HUNALIGN_SOURCE}`);
  }
  for (const set of SETS) {
    if (!available(set)) {
      missing.push({ name: set.name, portion: set.portion, source: set.source });
      console.error(`bench: align: ${set.name} (${set.portion}) absent; get it from ${set.source}, under ${ALIGN_DIR}`);
      continue;
    }
    if (opts.quick && (set.portion === 'test' || set.name.startsWith('Bible'))) continue;
    const docs = opts.quick ? set.load().slice(0, 1) : set.load();
    sets.push({
      name: set.name,
      portion: set.portion,
      documents: docs.length,
      sentences: [docs.reduce((n, d) => n + d.a.length, 0), docs.reduce((n, d) => n + d.b.length, 0)],
      parallax: scoreSet(docs, parallax),
      galeChurch: scoreSet(docs, galeChurch),
      hunalign: withHunalign ? scoreSet(docs, hunalign) : undefined,
      perDocument: set.perDocument && docs.map((doc, k) => ({ name: set.perDocument![k]!, f1Strict: scoreSet([doc], parallax).f1Strict })),
    });
    if (!opts.quick && set.name.startsWith('Bible')) long = measureLong(5, sets.at(-1)!.sentences);
  }
  return { sets, missing, long };
}

const f1 = (s: Score) => `${s.f1Strict.toFixed(3)} / ${s.f1Lax.toFixed(3)}`;

/** The BENCHMARKS.md block. */
export function markdown(r: AlignResult): string {
  const table = markdownTable(
    ['set', 'portion', 'documents', 'sentences', 'parallax strict / lax F1', 'Gale–Church peer strict / lax F1', 'hunalign peer strict / lax F1', 'parallax ms', 'Gale–Church ms', 'hunalign ms'],
    r.sets.map((s) => [
      s.name,
      s.portion,
      String(s.documents),
      `${s.sentences[0]} × ${s.sentences[1]}`,
      f1(s.parallax),
      f1(s.galeChurch),
      s.hunalign ? f1(s.hunalign) : '—',
      s.parallax.ms.toFixed(0),
      s.galeChurch.ms.toFixed(0),
      s.hunalign ? s.hunalign.ms.toFixed(0) : '—',
    ]),
  );
  const long = r.long
    ? `\n\nAligning the ${r.long.sentences[0]} × ${r.long.sentences[1]} Bible pair with \`alignSentences\`, in a child process: median ${r.long.ms.median.toFixed(0)} ms (p95 ${r.long.ms.p95.toFixed(0)} ms; the first run, cold, ${r.long.first.toFixed(0)} ms); RSS ${r.long.baseMB.toFixed(0)} MB before, ${r.long.peakMB.toFixed(0)} MB at peak (tsx included).`
    : '';
  const perDocument = r.sets
    .filter((s) => s.perDocument)
    .map((s) => `\n\n${s.name}, parallax strict F1 per language: ${s.perDocument!.map((d) => `${d.name} ${d.f1Strict.toFixed(3)}`).join(', ')}.`)
    .join('');
  const missing = r.missing.length ? `\n\nSkipped for want of data: ${r.missing.map((m) => `${m.name} (${m.portion})`).join(', ')}.` : '';
  return table + perDocument + long + missing;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await run({ quick: process.argv.includes('--quick') });
  console.log(markdown(r));
}
