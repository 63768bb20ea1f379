import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSpans } from '../../../src/core/text/spans.js';
import { displayWidth } from '../../../src/core/text/width.js';
import { wrapRanges, wrapSpans } from '../../../src/core/text/wrap.js';

const lines = (text: string, width: number) => wrapRanges(text, width).map((r) => text.slice(r.start, r.end));

describe('wrapRanges', () => {
  it('breaks at spaces and drops the spaces at a break', () => {
    expect(lines('The quick brown fox jumps over the lazy dog', 10)).toEqual(['The quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
  });

  it('cuts a word only when it is longer than a line', () => {
    expect(lines('a verylongwordthatdoesnotfit', 8)).toEqual(['a', 'verylong', 'wordthat', 'doesnotf', 'it']);
  });

  it('counts CJK as two columns', () => {
    expect(lines('阿里巴巴在硅谷招聘人工智能人才', 10)).toEqual(['阿里巴巴在', '硅谷招聘人', '工智能人才']);
  });

  it('keeps hard line breaks and empty lines', () => {
    expect(lines('one\ntwo\n\nthree', 20)).toEqual(['one', 'two', '', 'three']);
  });

  it('property: no line is wider than the width, and no visible character is lost', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '阿', '👍', 'é', '\n') }), fc.integer({ min: 2, max: 30 }), (text, width) => {
        const ls = lines(text, width);
        for (const l of ls) expect(displayWidth(l)).toBeLessThanOrEqual(width);
        expect(ls.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
      { numRuns: 500 },
    );
  });
});

describe('wrapSpans', () => {
  it('keeps marks across line breaks', () => {
    const spans = toSpans('hello world wide', [{ start: 6, end: 16, mark: 'match' }]);
    expect(wrapSpans(spans, 7)).toEqual([[{ text: 'hello', marks: [] }], [{ text: 'world', marks: ['match'] }], [{ text: 'wide', marks: ['match'] }]]);
  });

  it('returns one empty line for empty input', () => {
    expect(wrapSpans([], 10)).toEqual([[]]);
  });
});
