import { describe, expect, it } from 'vitest';
import { colorEnabled, renderSpans } from '../../src/cli/style.js';
import { toSpans } from '../../src/core/text/spans.js';

describe('colorEnabled', () => {
  it('colors a terminal only, and lets NO_COLOR and FORCE_COLOR decide', () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
  });
});

describe('renderSpans', () => {
  it('marks diff changes with brackets in plain output', () => {
    const spans = toSpans('old new', [
      { start: 0, end: 3, mark: 'removed' },
      { start: 4, end: 7, mark: 'added' },
    ]);
    expect(renderSpans(spans, false)).toBe('[-old-] {+new+}');
  });

  it('keeps one bracket pair around an entity that a search match cuts in two', () => {
    const spans = toSpans('Alibaba rose', [
      { start: 0, end: 7, mark: 'ORG' },
      { start: 0, end: 4, mark: 'match' },
    ]);
    expect(renderSpans(spans, false)).toBe('[ORG:Alibaba] rose');
  });

  it('nests brackets properly when marks overlap partly', () => {
    const spans = toSpans('abcdef', [
      { start: 0, end: 4, mark: 'added' },
      { start: 2, end: 6, mark: 'ORG' },
    ]);
    expect(renderSpans(spans, false)).toBe('{+ab[ORG:cd]+}[ORG:ef]');
  });

  it('sanitizes span text in both modes', () => {
    const spans = [{ text: 'x\u001b]52;c;AAAA\u0007', marks: [] }];
    expect(renderSpans(spans, false)).toBe('x^[]52;c;AAAA^G');
    expect(renderSpans(spans, true)).not.toContain('\u001b]');
  });
});
