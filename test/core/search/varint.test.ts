import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from '../../../src/core/search/varint.js';

describe('varints', () => {
  it('round-trip ascending ids (delta) and any counts', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 2 ** 32 - 1 })), fc.array(fc.nat({ max: 65535 })), (ids, counts) => {
        const sorted = [...ids].sort((a, b) => a - b);
        const w = new ByteWriter();
        w.uints(sorted, true);
        w.uints(counts, false);
        const r = new ByteReader(w.take());
        expect([...r.uints(sorted.length, true)]).toEqual(sorted);
        expect([...r.uints(counts.length, false)]).toEqual(counts);
        expect(r.done).toBe(true);
      }),
    );
  });
  it('rejects a truncated value', () => {
    const w = new ByteWriter();
    w.uint(300);
    expect(() => new ByteReader(w.take().subarray(0, 1)).uint()).toThrow(/truncated/);
  });
});
