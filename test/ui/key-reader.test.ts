import { describe, expect, it } from 'vitest';
import { createKeyReader } from '../../src/ui/key-reader.js';
import { tabAt } from '../../src/ui/tab-bar.js';

// What Ink passes a useInput handler: a run of plain bytes as one input, a lone control byte as a key.
const names = (reads: Array<[string, Record<string, boolean>?]>) => {
  const reader = createKeyReader();
  return reads.flatMap(([input, key = {}]) => reader.read(input, key));
};

describe('key reader', () => {
  it('splits a read of several bytes into one key each, control bytes included', () => {
    expect(names([['ab\u007f\u007f\u007f']]).map((k) => k.name)).toEqual(['a', 'b', 'backspace', 'backspace', 'backspace']);
    expect(names([['x\u0017\u0015\u0001\u000b\r']]).map((k) => k.name)).toEqual(['x', 'ctrl+w', 'ctrl+u', 'ctrl+a', 'ctrl+k', 'return']);
    expect(names([['q😀é']])).toEqual([
      { name: 'q', text: 'q' },
      { name: '😀', text: '😀' },
      { name: 'é', text: 'é' },
    ]);
  });

  it('names single keys as the keymap does', () => {
    expect(
      names([
        ['', { delete: true }],
        ['w', { ctrl: true }],
        ['', { downArrow: true }],
        ['q', {}],
      ]),
    ).toEqual([{ name: 'backspace' }, { name: 'ctrl+w' }, { name: 'down' }, { name: 'q', text: 'q' }]);
    expect(names([['', { leftArrow: true, ctrl: true }]])).toEqual([{ name: 'ctrl+left' }]);
  });

  it('reads Esc then a key in one read (Alt+key) as alt+key', () => {
    expect(names([['q', { meta: true }]])).toEqual([{ name: 'alt+q' }]);
    expect(names([['', { escape: true, meta: true }]])).toEqual([{ name: 'escape' }]);
  });

  it('gathers a bracketed paste into one press, across reads, Enter kept as text', () => {
    expect(names([['[200~'], ['one'], ['', { return: true }], ['two\u007f'], ['[201~'], ['z']])).toEqual([
      { name: 'paste', text: 'one\rtwo\u007f' },
      { name: 'z', text: 'z' },
    ]);
  });

  it('drops escape sequences Ink has no name for, keeping a typed bracket', () => {
    expect(names([['[I'], ['[15;2~'], ['OZ']])).toEqual([]);
    expect(names([['[']])).toEqual([{ name: '[', text: '[' }]);
  });

  it('reads SGR mouse reports as the wheel and left clicks, and drops releases and other buttons', () => {
    expect(names([['[<65;3;4M'], ['[<64;3;4M'], ['[<0;12;2M'], ['[<0;12;2m'], ['[<2;1;1M'], ['[<32;5;5M']])).toEqual([
      { name: 'wheeldown' },
      { name: 'wheelup' },
      { name: 'click', at: { x: 12, y: 2 } },
    ]);
  });
});

describe('tabAt', () => {
  it('finds the tab under a column of the tab bar', () => {
    // " 1 Overview  2 Search  3 Reader …"
    expect([1, 12, 13, 22, 23].map(tabAt)).toEqual(['overview', 'overview', 'search', 'search', 'reader']);
    expect(tabAt(500)).toBeNull();
  });
});
