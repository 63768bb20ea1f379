import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedDistance, fuzzyDistanceFor, MAX_PREFIX_TERMS, TermDictionary } from '../../../src/core/search/dictionary.js';

/** Optimal string alignment distance, the full table: the reference for the banded one. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

describe('boundedDistance', () => {
  it('equals the Damerau (OSA) distance when within the bound, and exceeds the bound otherwise', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const real = osa(a, b);
        const got = boundedDistance(a, b, max);
        if (real <= max) expect(got).toBe(real);
        else expect(got).toBeGreaterThan(max);
      }),
    );
  });
  it('stays exact on near-equal words (small alphabet, so most pairs are within the band)', () => {
    const word = fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'b', 'c') });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const real = osa(a, b);
        const got = boundedDistance(a, b, max);
        if (real <= max) expect(got).toBe(real);
        else expect(got).toBeGreaterThan(max);
      }),
    );
  });
});

describe('TermDictionary', () => {
  const dict = TermDictionary.fromCounts(
    new Map([
      ['bytedance', 5],
      ['alibaba', 9],
      ['alibabas', 1],
      ['ai', 50],
      ['chips', 7],
      ['chip', 3],
    ]),
  );
  it('scales fuzziness with word length', () => {
    expect(fuzzyDistanceFor('ai')).toBe(0);
    expect(fuzzyDistanceFor('chip')).toBe(1);
    expect(fuzzyDistanceFor('bytedanse')).toBe(2);
  });
  it('expands a prefix to completions and a misspelling to neighbours, exact first', () => {
    expect(dict.expand('alibab', true).map((e) => e.term)).toEqual(['alibaba', 'alibabas']);
    expect(dict.expand('bytedanse', false)).toMatchObject([{ term: 'bytedance', exact: false }]);
    const chips = dict.expand('chips', false);
    expect(chips[0]).toEqual({ term: 'chips', weight: 1, exact: true });
    expect(chips.slice(1).every((e) => e.weight < 1)).toBe(true);
  });
  it('counts a swap of two adjacent letters as one typing error', () => {
    expect(boundedDistance('recieve', 'receive', 1)).toBe(1);
    expect(boundedDistance('teh', 'the', 1)).toBe(1);
  });
  it('never widens a word of the corpus to its neighbours', () => {
    expect(dict.expand('chip', false).map((e) => e.term)).toEqual(['chip']);
    expect(dict.expand('chpis', false).map((e) => e.term)).toEqual(['chips']);
  });
  it('keeps only the nearest, frequent corrections of a typo', () => {
    const d = TermDictionary.fromCounts(
      new Map([
        ['port', 40],
        ['sort', 30],
        ['wort', 1],
        ['sorts', 5],
        ['the', 100],
      ]),
    );
    expect(d.expand('xort', false).map((e) => e.term)).toEqual(['port', 'sort']);
    expect(d.expand('teh', false).map((e) => e.term)).toEqual(['the']);
  });
  it('bounds prefix expansion, keeping the most frequent completions', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 500; i++) counts.set(`a${i}`, i);
    const big = TermDictionary.fromCounts(counts);
    const got = big.completions('a', MAX_PREFIX_TERMS);
    expect(got).toHaveLength(MAX_PREFIX_TERMS);
    expect(got[0]!.term).toBe('a499');
  });
});
