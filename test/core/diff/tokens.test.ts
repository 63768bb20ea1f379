import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/diff/tokens.js';

const REFERENCE = /[\p{L}\p{M}\p{N}]+(?:['’\-.,][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const plain = { ignoreCase: false, ignorePunctuation: false };
const pieces = (text: string, fold = plain) => {
  const t = tokenize(text, 'word', 'en', fold);
  return Array.from(t.starts, (s, k) => text.slice(s, t.ends[k]));
};

describe('tokenize', () => {
  it('cuts words the way the Unicode word pattern does, ASCII fast path included (property)', () => {
    const char = fc.constantFrom('a', 'Z', '7', ' ', '\n', "'", '’', '-', '.', ',', '!', 'é', 'ß', '世', '\u00A0', '😀', 'ı');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }).map((c) => c.join('')), (text) => {
        if (/[世]/u.test(text)) return; // cut by Intl.Segmenter instead
        expect(pieces(text)).toEqual(text.match(REFERENCE) ?? []);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps numbers, abbreviations and contractions whole and punctuation apart', () => {
    expect(pieces('U.S. sales hit 1,200 units, didn’t they?')).toEqual(['U.S', '.', 'sales', 'hit', '1,200', 'units', ',', 'didn’t', 'they', '?']);
  });

  it('gives equal keys to words equal after folding', () => {
    const t = tokenize('Chips chips, CHIPS', 'word', 'en', { ignoreCase: true, ignorePunctuation: true });
    expect(t.keys.length).toBe(3);
    expect(new Set(t.keys).size).toBe(1);
    expect(Array.from(t.words)).toEqual([1, 1, 1]);
  });

  it('cuts scripts without spaces into words with Intl.Segmenter', () => {
    expect(pieces('我喜欢北京').length).toBeGreaterThan(1);
  });
});
