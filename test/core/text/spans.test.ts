import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spansText, toSpans, type Mark } from '../../../src/core/text/spans.js';

describe('toSpans', () => {
  it('cuts text at range boundaries and merges overlapping marks', () => {
    const spans = toSpans('Alibaba in Silicon Valley', [
      { start: 0, end: 7, mark: 'ORG' },
      { start: 0, end: 4, mark: 'match' },
      { start: 11, end: 25, mark: 'PLACE' },
    ]);
    expect(spans).toEqual([
      { text: 'Alib', marks: ['ORG', 'match'] },
      { text: 'aba', marks: ['ORG'] },
      { text: ' in ', marks: [] },
      { text: 'Silicon Valley', marks: ['PLACE'] },
    ]);
  });

  it('clips ranges outside the text and ignores empty ones', () => {
    expect(
      toSpans('abc', [
        { start: -5, end: 1, mark: 'added' },
        { start: 2, end: 2, mark: 'match' },
        { start: 2, end: 99, mark: 'removed' },
      ]),
    ).toEqual([
      { text: 'a', marks: ['added'] },
      { text: 'b', marks: [] },
      { text: 'c', marks: ['removed'] },
    ]);
  });

  it('property: joining the spans gives the text back', () => {
    const mark = fc.constantFrom<Mark>('match', 'added', 'ORG', 'NUMBER');
    fc.assert(
      fc.property(fc.string(), fc.array(fc.record({ start: fc.integer({ min: -3, max: 40 }), end: fc.integer({ min: -3, max: 40 }), mark })), (text, ranges) => {
        expect(spansText(toSpans(text, ranges))).toBe(text);
      }),
    );
  });
});
