import { describe, expect, it } from 'vitest';
import { hashBytes } from '../../../src/core/text/hash.js';

describe('hashBytes', () => {
  const bytes = Uint8Array.from({ length: 1031 }, (_, i) => (i * 131 + 7) & 0xff);

  it('does not depend on where the bytes lie in memory', () => {
    const h = hashBytes(bytes);
    for (let offset = 1; offset < 4; offset++) {
      const shifted = new Uint8Array(bytes.length + offset);
      shifted.set(bytes, offset);
      expect(hashBytes(shifted.subarray(offset))).toBe(h);
      expect(hashBytes(Buffer.from(shifted.buffer, offset, bytes.length))).toBe(h);
    }
  });

  it('changes when any one byte changes, in a whole word or in the tail', () => {
    const h = hashBytes(bytes);
    for (const at of [0, 1, 2, 3, 517, 1027, 1028, 1030]) {
      const changed = bytes.slice();
      changed[at] = changed[at]! ^ 0x80;
      expect(hashBytes(changed)).not.toBe(h);
    }
    expect(hashBytes(bytes.subarray(0, 1030))).not.toBe(h);
  });
});
