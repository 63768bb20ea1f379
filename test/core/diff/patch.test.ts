import { applyPatch, parsePatch } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linePatch } from '../../../src/core/diff/patch.js';

describe('linePatch', () => {
  it('is a unified diff that turns A into B, with or without final line ends, repeated lines included (property, applied by jsdiff)', () => {
    const line = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', '', 'x y z');
    const text = fc.tuple(fc.array(line, { maxLength: 40 }), fc.boolean()).map(([lines, end]) => lines.join('\n') + (end && lines.length > 0 ? '\n' : ''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const patch = linePatch('a/x.txt', a, 'b/x.txt', b);
        if (a === b) expect(patch).toBe('');
        else expect(applyPatch(a, patch)).toBe(b);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps three lines of context and names both files', () => {
    const a = Array.from({ length: 20 }, (_, k) => `line ${k}`);
    const b = a.map((l, k) => (k === 10 ? 'changed' : l));
    const patch = linePatch('a/v1.md', a.join('\n') + '\n', 'b/v2.md', b.join('\n') + '\n');
    expect(patch.split('\n').slice(0, 3)).toEqual(['--- a/v1.md', '+++ b/v2.md', '@@ -8,7 +8,7 @@']);
    const [parsed] = parsePatch(patch);
    expect(parsed!.hunks[0]!.lines).toEqual([' line 7', ' line 8', ' line 9', '-line 10', '+changed', ' line 11', ' line 12', ' line 13']);
  });
});
