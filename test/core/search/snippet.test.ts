import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, makeSnippet } from '../../../src/core/search/snippet.js';
import { spansText } from '../../../src/core/text/spans.js';

const strip = (s: string) => s.replace(new RegExp(`^${ELLIPSIS}|${ELLIPSIS}$`, 'g'), '');

describe('makeSnippet', () => {
  it('keeps a short paragraph whole', () => {
    const s = makeSnippet('Nvidia chips', [{ start: 0, end: 6, mark: 'match' }]);
    expect(s.text).toBe('Nvidia chips');
    expect(s.spans).toEqual([
      { text: 'Nvidia', marks: ['match'] },
      { text: ' chips', marks: [] },
    ]);
  });
  it('cuts a long paragraph at word boundaries around the match, with ellipses', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    const text = words.join(' ');
    const start = text.indexOf('word40');
    const s = makeSnippet(text, [{ start, end: start + 6, mark: 'match' }], 60);
    expect(s.text.startsWith(ELLIPSIS) && s.text.endsWith(ELLIPSIS)).toBe(true);
    expect(
      strip(s.text)
        .split(' ')
        .every((w) => words.includes(w)),
    ).toBe(true);
    expect(s.ranges.map((r) => s.text.slice(r.start, r.end))).toEqual(['word40']);
  });
  it('is always a piece of the paragraph and marks only the text it was given', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 })), { maxLength: 5 }), fc.integer({ min: 20, max: 200 }), (text, raw, width) => {
        const ranges = raw.map(([s, l]) => ({ start: s % (text.length + 1), end: Math.min(text.length, (s % (text.length + 1)) + l), mark: 'match' as const })).filter((r) => r.end > r.start);
        const snip = makeSnippet(text, ranges, width);
        expect(spansText(snip.spans)).toBe(snip.text);
        expect(text.includes(strip(snip.text))).toBe(true);
      }),
    );
  });
});
