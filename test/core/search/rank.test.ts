// The ranking index is a MiniSearch used through its public API: the index
// a query builds must answer MiniSearch's own methods consistently, survive
// MiniSearch's own serialization, and, for a word in more paragraphs than
// its champion list holds, still score with the corpus's idf.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import type { Corpus } from '../../../src/core/corpus/types.js';
import { buildIndexNow, locateUnit } from '../../../src/core/search/build.js';
import { createSearchEngine } from '../../../src/core/search/engine.js';
import { CHAMPIONS, MINOR_CHAMPIONS } from '../../../src/core/search/postings.js';
import { rankingIndex, rankUnits, RANKING_OPTIONS } from '../../../src/core/search/rank.js';
import { termsOf } from '../../../src/core/text/tokens/terms.js';
import { bm25Reference, type ReferenceUnit } from '../../helpers/bm25.js';
import { makeTempCorpus, removeTempCorpus } from '../../helpers/temp-corpus.js';

const BUNDLED = new URL('../../../corpus', import.meta.url).pathname;

function referenceUnits(corpus: Corpus): ReferenceUnit[] {
  return corpus.documents.flatMap((d) => d.paragraphs.map((p, i): ReferenceUnit => ({ key: `${d.id}#${i}`, fields: [i === 0 ? termsOf(d.title, d.lang) : [], termsOf(p.text, d.lang)] })));
}

describe('the ranking index of a query', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = await loadCorpus(BUNDLED);
  });

  it('is a consistent MiniSearch: its units, its statistics, its own serialization', () => {
    const index = buildIndexNow(corpus);
    const terms = ['talent', 'alibaba', 'silicon'];
    index.ensureTerms(terms);
    const ranker = rankingIndex(index.postings, terms);
    const held = new Set(terms.flatMap((t) => index.postings.postingsOf(t)!.flatMap((f) => (f ? [...f.ids] : []))));
    expect(held.size).toBeGreaterThan(3);
    for (const unit of held) expect(ranker.has(unit)).toBe(true);
    expect(ranker.has(index.postings.unitCount + 1)).toBe(false);
    expect(ranker.documentCount).toBe(index.postings.unitCount);
    const query = { combineWith: 'OR' as const, queries: terms };
    const again = MiniSearch.loadJSON(JSON.stringify(ranker), RANKING_OPTIONS);
    expect(again.search(query)).toEqual(ranker.search(query));
    expect(ranker.search(query).map((r) => r.id as number)).toEqual(rankUnits(index.postings, new Map(terms.map((t) => [t, 1])), new Uint8Array(index.postings.unitCount).fill(1)).map((r) => r.unit));
  });

  it('scores only the units a query lets through', () => {
    const index = buildIndexNow(corpus);
    index.ensureTerms(['talent']);
    const all = rankUnits(index.postings, new Map([['talent', 1]]), new Uint8Array(index.postings.unitCount).fill(1));
    const allowed = new Uint8Array(index.postings.unitCount);
    allowed[all[1]!.unit] = 1;
    expect(rankUnits(index.postings, new Map([['talent', 1]]), allowed)).toEqual([all[1]]);
  });
});

describe('a word in more paragraphs than its champion list', () => {
  const PARAGRAPHS = CHAMPIONS + 300;
  let dir: string;
  let cacheDir: string;
  beforeAll(() => {
    // Every paragraph holds "harbour" 1–3 times among 3–19 other words, so lengths and frequencies vary.
    const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => {
      const filler = Array.from({ length: 3 + (i % 17) }, (_, j) => `w${(i * 7 + j) % 53}x`);
      return [...Array<string>(1 + (i % 3)).fill('harbour'), ...filler, `p${i}x`].join(' ') + '.';
    });
    dir = makeTempCorpus({ 'notes.txt': ['Port log', ...paragraphs].join('\n\n') });
    cacheDir = mkdtempSync(join(tmpdir(), 'parallax-rank-'));
  });
  afterAll(() => {
    removeTempCorpus(dir);
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('ranks its champions with the corpus idf, in BM25+ order, and every match after them', async () => {
    const corpus = await loadCorpus(dir);
    const engine = await createSearchEngine(corpus, { cacheRoot: cacheDir });
    const ref = bm25Reference(referenceUnits(corpus), ['harbour']);
    const got = engine.search('harbour', { limit: PARAGRAPHS, finished: true });
    expect(got.total).toBe(PARAGRAPHS);
    expect(ref.size).toBe(PARAGRAPHS);
    const scored = got.hits.filter((h) => h.score > 0);
    expect(scored).toHaveLength(CHAMPIONS);
    for (const hit of scored) expect(hit.score).toBeCloseTo(ref.get(`${hit.doc}#${hit.paragraph}`)!, 2);
    const best = [...ref.values()].sort((a, b) => b - a);
    expect(scored.map((h) => h.score)).toEqual(best.slice(0, CHAMPIONS).map((s) => Math.round(s * 1000) / 1000));
  });

  it('ranks a word the query only expanded to (weight under 1) on its best MINOR_CHAMPIONS postings, still with the corpus idf', async () => {
    const corpus = await loadCorpus(dir);
    const index = buildIndexNow(corpus);
    index.ensureTerms(['harbour']);
    const ref = bm25Reference(referenceUnits(corpus), ['harbour']);
    const keyOf = (unit: number) => {
      const { docIndex, paragraph } = locateUnit(index.docStarts, unit);
      return `${corpus.documents[docIndex]!.id}#${paragraph}`;
    };
    const ranked = rankUnits(index.postings, new Map([['harbour', 0.5]]), new Uint8Array(index.postings.unitCount).fill(1));
    expect(ranked).toHaveLength(MINOR_CHAMPIONS);
    for (const r of ranked) expect(r.score).toBeCloseTo(0.5 * ref.get(keyOf(r.unit))!, 6);
    const best = [...ref.values()].sort((a, b) => b - a);
    expect(ranked.map((r) => r.score)).toEqual(best.slice(0, MINOR_CHAMPIONS).map((s) => expect.closeTo(0.5 * s, 6)));
  });
});
