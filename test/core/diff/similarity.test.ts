import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diceSimilarity, sortedKeys } from '../../../src/core/diff/similarity.js';

const bag = fc.array(fc.integer({ min: -6, max: 6 }), { maxLength: 30 }).map((keys) => sortedKeys(Int32Array.from(keys)));

describe('diceSimilarity', () => {
  it('is 2·common / total, 1 for two empty bags', () => {
    expect(diceSimilarity(sortedKeys(Int32Array.of(1, 2, 2, 3)), sortedKeys(Int32Array.of(2, 3, 4, 2)))).toBe(0.75);
    expect(diceSimilarity(new Int32Array(0), new Int32Array(0))).toBe(1);
  });

  it('with a floor, gives the same value whenever it reaches the floor, and stays below it otherwise (property)', () => {
    fc.assert(
      fc.property(bag, bag, fc.constantFrom(0.35, 0.8, 0.5, 0.1, 1), (a, b, floor) => {
        const exact = diceSimilarity(a, b);
        const floored = diceSimilarity(a, b, floor);
        if (exact >= floor) expect(floored).toBe(exact);
        else expect(floored).toBeLessThan(floor);
      }),
      { numRuns: 2000 },
    );
  });
});
