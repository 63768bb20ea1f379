import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, narrowWidth, truncateToWidth } from '../../../src/core/text/width.js';

/** Every code point narrowWidth answers for, found by asking it one at a time. */
function narrowCodePoints(): number[] {
  const out: number[] = [];
  for (let cp = 0; cp <= 0xffff; cp++) if (narrowWidth(String.fromCodePoint(cp)) !== undefined) out.push(cp);
  return out;
}

describe('narrowWidth', () => {
  const narrow = narrowCodePoints();

  it('answers only for characters string-width also gives one column', () => {
    expect(narrow.length).toBeGreaterThan(1000);
    const wrong = narrow.filter((cp) => stringWidth(String.fromCodePoint(cp)) !== 1);
    expect(wrong.map((cp) => cp.toString(16))).toEqual([]);
  });

  it('agrees with string-width on any mix of those characters (none joins its neighbour)', () => {
    const chars = fc.constantFrom(...narrow.map((cp) => String.fromCodePoint(cp)));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(narrowWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves wide, combining, control and emoji text to the full rules', () => {
    for (const text of ['中文', 'e\u0301', 'a\u200Bb', 'tab\there', '\u001b[31mred', '👍', '\u00AD', '♥\uFE0F']) {
      expect(narrowWidth(text)).toBeUndefined();
      expect(displayWidth(text)).toBe(stringWidth(text));
    }
  });

  it('matches string-width on arbitrary text whenever it answers', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 30 }), (text) => {
        const w = narrowWidth(text);
        if (w !== undefined) expect(w).toBe(stringWidth(text));
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('truncateToWidth', () => {
  it('keeps text that fits and cuts the rest with an ellipsis inside the width', () => {
    expect(truncateToWidth('Jakarta', 10)).toBe('Jakarta');
    expect(truncateToWidth('Jakarta Selatan', 8)).toBe('Jakarta…');
    expect(displayWidth(truncateToWidth('北京上海广州深圳', 7))).toBeLessThanOrEqual(7);
  });

  it('cuts one-column and mixed text alike: the widest prefix that fits, then the ellipsis', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 30 }), fc.integer({ min: 1, max: 20 }), (text, width) => {
        const cut = truncateToWidth(text, width);
        expect(displayWidth(cut)).toBeLessThanOrEqual(width);
        if (displayWidth(text) <= width) expect(cut).toBe(text);
        else {
          expect(cut.endsWith('…')).toBe(true);
          expect(text.startsWith(cut.slice(0, -1))).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
