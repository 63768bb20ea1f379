import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsLiteral, MAX_QUERY_CHARS, parseQuery } from '../../../src/core/search/query.js';

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
  it('turns a hyphenated word into a phrase whose parts must stand joined as typed', () => {
    expect(parseQuery('AI-powered').clauses[0]![0]).toEqual({ kind: 'phrase', raw: 'AI-powered', terms: ['ai', 'powered'], joiners: ['-'] });
    expect(parseQuery('node.js’s').clauses[0]![0]).toMatchObject({ terms: ['node', 'js', 's'], joiners: ['.', "'"] });
  });
  it('reads a leading dash as exclusion only before a word that could be excluded', () => {
    const q = parseQuery('set -e -Alibaba --preserve-case -print0 2>&1');
    expect(q.excluded.map((a) => a.raw)).toEqual(['Alibaba', 'print0']);
    expect(q.clauses.map((c) => c[0]!.raw)).toEqual(['set', '-e', '--preserve-case', '2>&1']);
    expect(q.clauses[1]![0]).toMatchObject({ kind: 'term', term: 'e', literal: '-e', prefix: false });
    expect(q.clauses[2]![0]).toMatchObject({ kind: 'phrase', terms: ['preserve', 'case'], literal: '--preserve-case' });
    expect(q.clauses[3]![0]).toMatchObject({ kind: 'phrase', terms: ['2', '1'], literal: '2>&1' });
    expect(q.warnings).toEqual(['searched -e as written (a flag or code, not an exclusion)', 'searched --preserve-case as written (a flag or code, not an exclusion)']);
  });
  it('searches a query of exclusions alone as written, and says so', () => {
    const q = parseQuery('-print0');
    expect(q.excluded).toEqual([]);
    expect(q.clauses[0]![0]).toMatchObject({ kind: 'term', term: 'print0', literal: '-print0' });
    expect(q.warnings[0]).toMatch(/searched -print0 as written/);
  });
  it('reads the last word whole when the query is finished', () => {
    expect(parseQuery('sort', { prefixLast: false }).clauses[0]![0]).toMatchObject({ prefix: false });
    expect(parseQuery('sort').clauses[0]![0]).toMatchObject({ prefix: true });
  });
  it('matches a literal only where it stands as a word, a flag not inside a longer one', () => {
    expect(containsLiteral('Use `set -e` here', '-e')).toBe(true);
    expect(containsLiteral('use --e or foo-e', '-e')).toBe(false);
    expect(containsLiteral('Prints 2>&1.', '2>&1')).toBe(true);
    expect(containsLiteral('AI‐Powered tools', 'ai-powered')).toBe(true);
    expect(containsLiteral('用命令行工具', '命令')).toBe(true);
    expect(containsLiteral('Windows専用', 'windows')).toBe(true);
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
