// Entity detection figures: building the index of the bundled corpus and of
// larger corpora made by repeating it, highlighting one paragraph with a built
// index, and checking one pair of versions.
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/core/corpus/load.js';
import type { Corpus } from '../src/core/corpus/types.js';
import { checkConsistency } from '../src/core/entities/check.js';
import { createEntityIndex } from '../src/core/entities/entity-index.js';
import { whoMentionsWhat } from '../src/core/entities/mentions.js';
import { summarize, type Stats } from './lib/stats.js';

const CORPUS = fileURLToPath(new URL('../corpus', import.meta.url));

/** The figures of one corpus size. */
export interface EntitiesSizeResult {
  documents: number;
  megabytes: number;
  /** Building the whole index (learning, detecting, counting), ms. */
  build: Stats;
  /** The who-mentions-what rows from a built index, ms. */
  table: Stats;
}

/** Everything this benchmark measures. */
export interface EntitiesResult {
  sizes: EntitiesSizeResult[];
  /** Highlighting one typical paragraph with a built index, µs. */
  highlightParagraph: Stats;
  /** `checkConsistency` of one pair, uncached, ms. */
  checkPair: Stats;
}

/** The bundled corpus repeated `times` times, as that many times more documents. */
function repeated(corpus: Corpus, times: number): Corpus {
  const documents = Array.from({ length: times }, (_, k) => corpus.documents.map((d) => ({ ...d, id: `${d.id}-${k}` }))).flat();
  return { ...corpus, documents };
}

function time<T>(fn: () => T): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Measures entity detection (see the module comment). */
export async function run(opts: { quick: boolean }): Promise<EntitiesResult> {
  const base = await loadCorpus(CORPUS);
  const sizes: EntitiesSizeResult[] = [];
  for (const times of opts.quick ? [1, 10] : [1, 10, 100]) {
    const corpus = repeated(base, times);
    const runs = times >= 100 ? 3 : opts.quick ? 5 : 15;
    const builds: number[] = [];
    let index = createEntityIndex(corpus);
    for (let i = 0; i < runs; i++) builds.push(time(() => (index = createEntityIndex(corpus))));
    const tables = Array.from({ length: runs }, () => time(() => whoMentionsWhat(index)));
    const bytes = corpus.documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    sizes.push({ documents: corpus.documents.length, megabytes: Math.round(bytes / 1e4) / 100, build: summarize(builds), table: summarize(tables) });
  }
  const index = createEntityIndex(base);
  const doc = base.documents.find((d) => d.id === 'asiae')!;
  const paragraph = doc.paragraphs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const highlights = Array.from({ length: opts.quick ? 200 : 2000 }, () => time(() => index.highlight(paragraph.text, doc.lang)) * 1000);
  // A fresh index each time, so the per-pair cache does not answer.
  const checks = Array.from({ length: opts.quick ? 5 : 20 }, () => {
    const fresh = createEntityIndex(base);
    return time(() => checkConsistency(fresh, 'ft-summary', 'ft-id'));
  });
  return { sizes, highlightParagraph: summarize(highlights), checkPair: summarize(checks) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run({ quick: process.argv.includes('--quick') }), null, 2));
}
