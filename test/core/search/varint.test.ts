import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeVarints, encodeVarints } from '../../../src/core/search/varint.js';

describe('varints', () => {
  it('round-trip ascending ids (delta) and any counts', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 2 ** 32 - 1 })), fc.array(fc.nat({ max: 65535 })), (ids, counts) => {
        const sorted = [...ids].sort((a, b) => a - b);
        expect([...decodeVarints(encodeVarints(sorted, true), true)]).toEqual(sorted);
        expect([...decodeVarints(encodeVarints(counts, false), false)]).toEqual(counts);
      }),
    );
  });
  it('rejects a truncated value', () => {
    const full = Buffer.from(encodeVarints([300], false), 'base64');
    expect(() => decodeVarints(full.subarray(0, 1).toString('base64'), false)).toThrow(/truncated/);
  });
});
