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
  it('skips any values to where the next one starts', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 2 ** 32 - 1 })), fc.nat({ max: 2 ** 32 - 1 }), (values, next) => {
        const w = new ByteWriter();
        w.uints(values, false);
        w.uint(next);
        const r = new ByteReader(w.take());
        r.skip(values.length);
        expect(r.uint()).toBe(next);
        expect(r.done).toBe(true);
      }),
    );
  });
  it('rejects a value longer than five bytes, read or skipped, and skipping past the end', () => {
    expect(() => new ByteReader(Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x01)).uint()).toThrow(/too long/);
    expect(() => new ByteReader(Uint8Array.of(0x05, 0x81)).skip(2)).toThrow(/truncated/);
    expect(() => new ByteReader(Uint8Array.of(0x05, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01)).skip(2)).toThrow(/too long/);
    const five = new ByteReader(Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x01, 0x07));
    five.skip(1);
    expect(five.uint()).toBe(7);
  });
  it('rejects a truncated value', () => {
    const w = new ByteWriter();
    w.uint(300);
    expect(() => new ByteReader(w.take().subarray(0, 1)).uint()).toThrow(/truncated/);
  });
});
