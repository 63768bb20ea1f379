// jsdiff against the hand-written sequence diff, in process, on the paired
// paragraphs of the diff bench's pairs: the word comparison inside every
// paired segment done by `diffArrays` over token ids, and by
// `diffSequenceRanges` (what `--diff` uses). Same pairs, same token ids,
// alternated rounds; the README's dependency table quotes the figures.
// Run alone: npx tsx bench/jsdiff.ts
import { diffArrays } from 'diff';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../src/core/corpus/load.js';
import { pairInOrder } from '../src/core/diff/pair.js';
import { diffSequenceRanges } from '../src/core/diff/sequence.js';
import { paragraphUnits, type Unit } from '../src/core/diff/units.js';
import { writePairCorpus } from './lib/generate-pair.js';
import { generateScriptPair } from './lib/generate-shapes.js';
import { summarize } from './lib/stats.js';

const fold = { ignoreCase: false, ignorePunctuation: false };

/** Times both comparisons of every paired paragraph of one pair, `rounds` times each, alternated. */
async function measure(name: string, write: (dir: string) => void, rounds = 9) {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-jsdiff-'));
  try {
    write(dir);
    const corpus = await loadCorpus(dir);
    const [a, b] = corpus.documents.map((d) => paragraphUnits(d, fold)) as [Unit[], Unit[]];
    const pairs = pairInOrder(a, 0, a.length, b, 0, b.length);
    // Token ids as jsdiff takes them (plain arrays), made once outside the timing.
    const arrays = pairs.map(([i, j]) => [Array.from(a[i]!.tokens.keys.subarray(a[i]!.tokenStart, a[i]!.tokenEnd)), Array.from(b[j]!.tokens.keys.subarray(b[j]!.tokenStart, b[j]!.tokenEnd))] as const);
    const hand: number[] = [];
    const jsdiff: number[] = [];
    let hunks = 0;
    let changes = 0;
    for (let r = 0; r < rounds; r++) {
      let t0 = performance.now();
      for (const [i, j] of pairs) {
        const x = a[i]!;
        const y = b[j]!;
        hunks += diffSequenceRanges(x.tokens.keys, x.tokenStart, x.tokenEnd, y.tokens.keys, y.tokenStart, y.tokenEnd).hunks.length;
      }
      hand.push(performance.now() - t0);
      t0 = performance.now();
      for (const [x, y] of arrays) changes += diffArrays(x as number[], y as number[]).length;
      jsdiff.push(performance.now() - t0);
    }
    const h = summarize(hand);
    const j = summarize(jsdiff);
    console.log(
      `${name}: ${pairs.length} paired paragraphs; hand-written ${h.median.toFixed(1)} ms (min ${h.min.toFixed(1)}), jsdiff diffArrays ${j.median.toFixed(1)} ms (min ${j.min.toFixed(1)}) = ${(j.median / h.median).toFixed(2)}x (${hunks} hunks, ${changes} change objects)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await measure('English 1 MB', (dir) => writePairCorpus(dir, { bytes: 1e6, seed: 7 }));
await measure('multilingual 1 MB', (dir) => writePairCorpus(dir, generateScriptPair({ bytes: 1e6, seed: 7, repeat: 10 })));
