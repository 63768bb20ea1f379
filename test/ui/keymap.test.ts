import { describe, expect, it } from 'vitest';
import { ACTIONS, bindingsFor, hintsFor, inputBindings, KEYMAP, keyLabel, keyName, PANES, resolveKey } from '../../src/ui/keymap.js';

describe('keymap', () => {
  it('gives every action at least one key and every binding a description', () => {
    for (const action of ACTIONS)
      expect(
        KEYMAP.some((b) => b.action === action && b.keys.length > 0),
        action,
      ).toBe(true);
    for (const b of KEYMAP) expect(b.description.trim(), b.action).not.toBe('');
  });

  it('never binds one key twice in the same place, nor a pane key that shadows a global one', () => {
    for (const pane of PANES) {
      const seen = new Map<string, string>();
      for (const b of bindingsFor(pane)) {
        for (const k of b.keys) {
          expect(seen.get(k), `${k} in ${pane}: ${b.action} and ${seen.get(k)}`).toBeUndefined();
          seen.set(k, b.action);
        }
      }
    }
  });

  it('gives the input its readline keys while typing, and leaves them to the panes otherwise', () => {
    const editing: Record<string, string> = {
      'ctrl+a': 'lineStart',
      home: 'lineStart',
      'ctrl+e': 'lineEnd',
      end: 'lineEnd',
      'ctrl+w': 'killWordBack',
      'ctrl+u': 'killToStart',
      'ctrl+k': 'killToEnd',
      'alt+b': 'wordLeft',
      'alt+f': 'wordRight',
      'alt+d': 'killWordForward',
      backspace: 'deleteBack',
      'ctrl+y': 'yank',
    };
    for (const [key, action] of Object.entries(editing)) expect(resolveKey(key, 'search', true), key).toBe(action);
    expect(resolveKey('ctrl+u', 'reader', false)).toBe('halfPageUp');
    expect(resolveKey('home', 'reader', false)).toBe('top');
    const seen = new Set<string>();
    for (const b of inputBindings())
      for (const k of b.keys) {
        expect(seen.has(k), k).toBe(false);
        seen.add(k);
      }
  });

  it('maps Ink key events to names', () => {
    expect(keyName('q', {})).toBe('q');
    expect(keyName('G', { shift: true })).toBe('G');
    expect(keyName('d', { ctrl: true })).toBe('ctrl+d');
    expect(keyName('', { tab: true, shift: true })).toBe('shift+tab');
    expect(keyName('', { pageDown: true })).toBe('pagedown');
    expect(keyName('', { downArrow: true })).toBe('down');
  });

  it('resolves pane keys before global ones, and the conventions of the issue', () => {
    expect(resolveKey('n', 'reader', false)).toBe('nextMatch');
    expect(resolveKey('n', 'overview', false)).toBeNull();
    expect(resolveKey('return', 'search', false)).toBe('open');
    expect(resolveKey('3', 'diff', false)).toBe('pane3');
    expect(resolveKey('G', 'reader', false)).toBe('bottom');
    expect(resolveKey('ctrl+d', 'reader', false)).toBe('halfPageDown');
    expect(resolveKey('/', 'overview', false)).toBe('focusSearch');
  });

  it('lets a query hold any character: while typing only non-character keys are bound', () => {
    for (const ch of ['q', 'j', 'k', 'n', '1', '/', '?', 'g', 'G', 'u', 'w']) expect(resolveKey(ch, 'search', true), ch).toBeNull();
    expect(resolveKey('ctrl+d', 'search', true)).toBe('deleteForward');
    expect(resolveKey('ctrl+c', 'search', true)).toBe('quit');
    expect(resolveKey('escape', 'search', true)).toBe('leaveInput');
    expect(resolveKey('down', 'search', true)).toBe('down');
    expect(resolveKey('return', 'search', true)).toBe('open');
  });

  it('derives status hints from the table: pane keys first, only usable ones while typing', () => {
    const reader = hintsFor('reader', false);
    expect(reader[0]).toEqual({ key: '?', label: 'help' });
    expect(reader[1]).toEqual({ key: 'n', label: 'match' });
    expect(reader.map((h) => h.key)).toContain('q');
    const typing = hintsFor('search', true);
    expect(typing.map((h) => h.key)).toEqual(expect.arrayContaining(['Enter', 'Esc']));
    expect(typing.map((h) => h.key)).not.toContain('q');
  });

  it('writes keys for people', () => {
    expect(keyLabel('ctrl+d')).toBe('Ctrl-D');
    expect(keyLabel('pagedown')).toBe('PgDn');
    expect(keyLabel('shift+tab')).toBe('Shift-Tab');
    expect(keyLabel('alt+b')).toBe('Alt-B');
    expect(keyLabel('ctrl+left')).toBe('Ctrl-←');
  });
});
