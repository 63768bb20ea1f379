// Ranking checked against BM25 written here from its formula, not from the
// engine: on the bundled corpus (every term's postings fit in its champion
// list), each hit's score must be the BM25+ score of its paragraph (title
// field on a document's first paragraph, boosted) times the number of query
// words, which is the same for every hit of an AND query. A change in how
// MiniSearch scores, or in what the engine hands it, fails here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import type { Corpus } from '../../../src/core/corpus/types.js';
import { createSearchEngine, type SearchEngine } from '../../../src/core/search/engine.js';
import { TITLE_BOOST } from '../../../src/core/search/postings.js';
import { termsOf } from '../../../src/core/text/tokens/terms.js';

const BUNDLED = new URL('../../../corpus', import.meta.url).pathname;
/** BM25+ parameters (Lv & Zhai 2011): term-frequency saturation, length normalization, lower bound of a match. */
const K = 1.2;
const B = 0.7;
const DELTA = 0.5;

interface Unit {
  key: string;
  /** Terms of each field: title, text. */
  fields: [string[], string[]];
}

let cacheDir: string;
let corpus: Corpus;
let engine: SearchEngine;
let units: Unit[];

beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'parallax-bm25-'));
  corpus = await loadCorpus(BUNDLED);
  engine = await createSearchEngine(corpus, { cacheRoot: cacheDir });
  units = corpus.documents.flatMap((d) => d.paragraphs.map((p, i): Unit => ({ key: `${d.id}#${i}`, fields: [i === 0 ? termsOf(d.title, d.lang) : [], termsOf(p.text, d.lang)] })));
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** BM25+ of every unit holding all the terms: per field, idf from the field's document frequency, length against the field's average. */
function reference(terms: string[]): Map<string, number> {
  const n = units.length;
  const boost = [TITLE_BOOST, 1];
  const avg = [0, 1].map((f) => units.reduce((s, u) => s + u.fields[f]!.length, 0) / n);
  const df = (t: string, f: number) => units.filter((u) => u.fields[f]!.includes(t)).length;
  const out = new Map<string, number>();
  for (const u of units) {
    if (!terms.every((t) => u.fields.some((field) => field.includes(t)))) continue;
    let score = 0;
    for (const t of terms) {
      for (const f of [0, 1]) {
        const tf = u.fields[f]!.filter((x) => x === t).length;
        if (tf === 0) continue;
        const idf = Math.log(1 + (n - df(t, f) + 0.5) / (df(t, f) + 0.5));
        score += boost[f]! * idf * (DELTA + (tf * (K + 1)) / (tf + K * (1 - B + (B * u.fields[f]!.length) / avg[f]!)));
      }
    }
    out.set(u.key, score * terms.length);
  }
  return out;
}

describe('ranking against an independent BM25', () => {
  for (const query of ['talent', 'Silicon Valley', 'chips', 'Alibaba ByteDance', 'kecerdasan buatan']) {
    it(`scores every hit of "${query}" as BM25+ does`, () => {
      const ref = reference(termsOf(query, 'und'));
      const got = engine.search(query, { limit: 10_000, finished: true });
      expect(got.total).toBe(ref.size);
      expect(got.total).toBeGreaterThan(0);
      for (const hit of got.hits) expect(hit.score).toBeCloseTo(ref.get(`${hit.doc}#${hit.paragraph}`)!, 2);
    });
  }
});
