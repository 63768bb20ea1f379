import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSequences, longestIncreasing } from '../../../src/core/diff/sequence.js';

/** Rebuilds b from a and the hunks, checking that everything outside hunks is equal. */
function apply(a: number[], b: number[], hunks: ReturnType<typeof diffSequences>['hunks']): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  for (const h of hunks) {
    while (i < h.aStart) {
      expect(a[i]).toBe(b[j]);
      out.push(a[i++]!);
      j++;
    }
    out.push(...b.slice(h.bStart, h.bEnd));
    i = h.aEnd;
    j = h.bEnd;
  }
  while (i < a.length) out.push(a[i++]!);
  return out;
}

describe('diffSequences', () => {
  it('finds a minimal edit for a small replacement', () => {
    const { hunks, exhausted } = diffSequences([1, 2, 3, 4], [1, 9, 3, 4]);
    expect(exhausted).toBe(false);
    expect(hunks).toEqual([{ aStart: 1, aEnd: 2, bStart: 1, bEnd: 2 }]);
  });

  it('gives the same hunks, and runs out of budget alike, when told keys are mostly distinct (property)', () => {
    // Few shared keys, long runs without any: the case the hint shortcuts; small budgets make some runs exhaust it.
    const key = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 3 }), weight: 1 }, { arbitrary: fc.integer({ min: 100, max: 400 }), weight: 30 });
    const seq = fc.array(key, { maxLength: 400 });
    fc.assert(
      fc.property(seq, seq, fc.integer({ min: 0, max: 20000 }), (a, b, budget) => {
        expect(diffSequences(a, b, budget, true)).toEqual(diffSequences(a, b, budget, false));
      }),
      { numRuns: 300 },
    );
  });

  it('turns any a into b (property), with no hunk for identical input', () => {
    const seq = fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 300 });
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        expect(apply(a, b, diffSequences(a, b).hunks)).toEqual(b);
        expect(diffSequences(a, a).hunks).toEqual([]);
      }),
    );
  });

  it('turns a into b with copies matched in order as anchors, and anchors repeated blocks that unique keys cannot (property)', () => {
    const seq = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 200, maxLength: 400 });
    fc.assert(
      fc.property(seq, seq, fc.integer({ min: 1, max: 32 }), (a, b, copies) => {
        expect(apply(a, b, diffSequences(a, b, 2e6, false, copies).hunks)).toEqual(b);
      }),
      { numRuns: 200 },
    );
    // Every key three times on each side, one item changed per block, budget too small for Myers on the whole: only copies anchor it.
    const a = Array.from({ length: 600 }, (_, k) => k % 200);
    const b = a.map((x, k) => (k % 50 === 7 ? 1000 + k : x));
    const unique = diffSequences(a, b, 300, false, 1);
    const copies = diffSequences(a, b, 300, false, 3);
    expect(unique.exhausted).toBe(true);
    expect(copies.exhausted).toBe(false);
    expect(copies.hunks.length).toBe(12);
    expect(apply(a, b, copies.hunks)).toEqual(b);
  });

  it('gives up within its budget and reports the region as one hunk', () => {
    const a = Array.from({ length: 2000 }, (_, k) => k % 7);
    const b = Array.from({ length: 2000 }, (_, k) => (k * 3) % 11);
    const r = diffSequences(a, b, 1000);
    expect(r.exhausted).toBe(true);
    expect(apply(a, b, r.hunks)).toEqual(b);
  });
});

describe('longestIncreasing', () => {
  it('keeps the longest chain increasing in the second item', () => {
    expect(
      longestIncreasing<[number, number]>([
        [0, 5],
        [1, 1],
        [2, 2],
        [3, 0],
        [4, 3],
      ]),
    ).toEqual([
      [1, 1],
      [2, 2],
      [4, 3],
    ]);
  });
});
