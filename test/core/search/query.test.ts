import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, parseQuery } from '../../../src/core/search/query.js';

describe('parseQuery', () => {
  it('ANDs words and marks the last one as a prefix', () => {
    const q = parseQuery('Silicon Vall');
    expect(q.clauses).toEqual([[{ kind: 'term', raw: 'Silicon', term: 'silicon', prefix: false }], [{ kind: 'term', raw: 'Vall', term: 'vall', prefix: true }]]);
  });
  it('does not treat a finished last word (space after it) as a prefix', () => {
    expect(parseQuery('Nvidia ').clauses[0]![0]).toMatchObject({ prefix: false });
  });
  it('groups OR alternatives into one clause', () => {
    const q = parseQuery('Alibaba OR Meituan chips');
    expect(q.clauses.map((c) => c.map((a) => a.raw))).toEqual([['Alibaba', 'Meituan'], ['chips']]);
  });
  it('reads exclusions, phrases and filters', () => {
    const q = parseQuery('-Alibaba "AI chips" lang:en doc:ft source:"Financial Times" entity:Nvidia -"chips AI"');
    expect(q.excluded.map((a) => a.raw)).toEqual(['Alibaba', 'chips AI']);
    expect(q.clauses).toEqual([[{ kind: 'phrase', raw: 'AI chips', terms: ['ai', 'chips'] }]]);
    expect(q.filters).toEqual({ lang: ['en'], doc: ['ft'], source: ['Financial Times'], entity: ['Nvidia'] });
  });
  it('turns a hyphenated word into a phrase', () => {
    expect(parseQuery('AI-powered').clauses[0]![0]).toMatchObject({ kind: 'phrase', terms: ['ai', 'powered'] });
  });
  it('repairs malformed input and says so', () => {
    expect(parseQuery('"unbalanced quote').warnings[0]).toMatch(/unbalanced quote/);
    expect(parseQuery('"unbalanced quote').clauses[0]![0]).toMatchObject({ kind: 'phrase', terms: ['unbalanced', 'quote'] });
    expect(parseQuery('-').clauses).toEqual([]);
    expect(parseQuery('.*+?[](){}|^$\\').warnings[0]).toMatch(/nothing to search for/);
    expect(parseQuery('lang:').warnings[0]).toMatch(/needs a value/);
    const long = parseQuery('word '.repeat(2000));
    expect(long.warnings.join(' ')).toMatch(new RegExp(`first ${MAX_QUERY_CHARS}`));
    expect(long.clauses.length).toBeLessThanOrEqual(32);
  });
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.stringMatching(/^[-" a-z:OR]{0,40}$/)), (s) => {
        const q = parseQuery(s);
        for (const clause of q.clauses) expect(clause.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
