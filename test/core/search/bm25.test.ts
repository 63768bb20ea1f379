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
import { termsOf } from '../../../src/core/text/tokens/terms.js';
import { bm25Reference, type ReferenceUnit } from '../../helpers/bm25.js';

const BUNDLED = new URL('../../../corpus', import.meta.url).pathname;
let cacheDir: string;
let corpus: Corpus;
let engine: SearchEngine;
let units: ReferenceUnit[];

beforeAll(async () => {
  cacheDir = mkdtempSync(join(tmpdir(), 'parallax-bm25-'));
  corpus = await loadCorpus(BUNDLED);
  engine = await createSearchEngine(corpus, { cacheRoot: cacheDir });
  units = corpus.documents.flatMap((d) => d.paragraphs.map((p, i): ReferenceUnit => ({ key: `${d.id}#${i}`, fields: [i === 0 ? termsOf(d.title, d.lang) : [], termsOf(p.text, d.lang)] })));
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('ranking against an independent BM25', () => {
  for (const query of ['talent', 'Silicon Valley', 'chips', 'Alibaba ByteDance', 'kecerdasan buatan']) {
    it(`scores every hit of "${query}" as BM25+ does`, () => {
      const ref = bm25Reference(units, termsOf(query, 'und'));
      const got = engine.search(query, { limit: 10_000, finished: true });
      expect(got.total).toBe(ref.size);
      expect(got.total).toBeGreaterThan(0);
      for (const hit of got.hits) expect(hit.score).toBeCloseTo(ref.get(`${hit.doc}#${hit.paragraph}`)!, 2);
    });
  }
});
