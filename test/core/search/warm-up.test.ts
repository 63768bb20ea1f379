import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import { parseQuery } from '../../../src/core/search/query.js';
import { warmUpQueries } from '../../../src/core/search/warm-up.js';
import { memoryCorpus } from '../../helpers/memory-corpus.js';

const BUNDLED = new URL('../../../corpus', import.meta.url).pathname;

describe('warmUpQueries', () => {
  it('takes initials, words as typed and one query of each kind from the corpus itself', async () => {
    const corpus = await loadCorpus(BUNDLED);
    const queries = warmUpQueries(corpus);
    const first = corpus.documents[0]!.paragraphs[0]!.text;
    for (const m of first.matchAll(/\p{L}+/gu)) expect(queries).toContain(m[0][0]!.toLowerCase());
    const typed = queries.find((q) => q.length >= 5 && /^\p{L}+$/u.test(q))!;
    for (let i = 1; i <= typed.length; i++) expect(queries).toContain(typed.slice(0, i));
    const kinds = queries.map((q) => parseQuery(q));
    expect(kinds.some((p) => p.clauses.some((c) => c.some((a) => a.kind === 'phrase')))).toBe(true);
    expect(kinds.some((p) => p.clauses.some((c) => c.length > 1))).toBe(true);
    expect(kinds.some((p) => p.excluded.length > 0)).toBe(true);
    expect(kinds.some((p) => p.filters.lang.length > 0)).toBe(true);
    const phrase = queries.find((q) => q.startsWith('"'))!.slice(1, -1);
    expect(corpus.documents.some((d) => d.paragraphs.some((p) => p.text.includes(phrase)))).toBe(true);
  });

  it('asks only initials of a corpus with too few words, and nothing of one without letters', () => {
    expect(warmUpQueries(memoryCorpus({ a: 'Hi yo.' }))).toEqual(['h', 'y']);
    expect(warmUpQueries(memoryCorpus({ a: '12 34' }))).toEqual([]);
  });
});
