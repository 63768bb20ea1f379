import { describe, expect, it } from 'vitest';
import { createKeyReader } from '../../src/ui/key-reader.js';

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
});
