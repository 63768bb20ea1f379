import { describe, expect, it } from 'vitest';
import { configPath, isKeyName, parseConfig } from '../../src/ui/config.js';
import { KEYMAP, keymapClash } from '../../src/ui/keymap.js';

const keysOf = (config: ReturnType<typeof parseConfig>, action: string, scope?: string) => config.keymap.find((b) => b.action === action && (scope === undefined || b.scope === scope))?.keys;

describe('the config file', () => {
  it('rebinds an action everywhere, or in one scope, and colors by role', () => {
    const c = parseConfig(JSON.stringify({ keys: { quit: ['Z', 'ctrl+q'], 'reader.nextMatch': 'f' }, colors: { keys: 'green', added: '#00AA00' } }));
    expect(c.errors).toEqual([]);
    expect(keysOf(c, 'quit', 'global')).toEqual(['Z', 'ctrl+q']);
    expect(keysOf(c, 'nextMatch', 'reader')).toEqual(['f']);
    expect(keysOf(c, 'nextMatch', 'diff')).toEqual(['n']);
    expect(c.colors).toEqual({ keys: 'green', added: '#00AA00' });
    // The status bar's compact `j/k` would name keys the user may have changed.
    expect(c.keymap.some((b) => b.hintKey !== undefined)).toBe(false);
  });

  it('leaves out each bad entry with one line naming it, and applies the rest', () => {
    const c = parseConfig(
      JSON.stringify({
        keys: { bogus: 'z', quit: 'ctrl+ä', 'pane9.quit': 'x', help: [], down: 'k', top: 'T' },
        colors: { keys: 'octarine', nothing: 'red' },
        extra: 1,
      }),
    );
    expect(c.errors).toEqual([
      'config.json: keys.bogus: no such action "bogus" (the README\'s key table and ? list them)',
      'config.json: keys.quit: "ctrl+ä" is not a key name (a character, ctrl+a, alt+x, up, pagedown, return, escape, tab…)',
      'config.json: keys.pane9.quit: "pane9" is not a scope (global, overview, search, reader, diff, entities, review, input)',
      'config.json: keys.help: give a key name or a list of them, e.g. "x" or ["x", "ctrl+x"]',
      'config.json: keys.down: k would do both down and up in the Overview pane; left out',
      'config.json: colors.keys: "octarine" is not a color (red, green, yellow, blue, magenta, cyan, white, gray, black…, or #rrggbb)',
      'config.json: colors.nothing: nothing to color by that name (keys, paneKeys, added, removed, moved, PERSON, ORG, PLACE, PRODUCT, NUMBER)',
      'config.json: extra: unknown section (there are "keys" and "colors")',
    ]);
    expect(keysOf(c, 'top')).toEqual(['T']);
    expect(keysOf(c, 'down')).toEqual(['j', 'down', 'wheeldown']);
    expect(keymapClash(c.keymap)).toBeNull();
  });

  it('says when the file is not JSON, and keeps the defaults', () => {
    const c = parseConfig('{ keys: ', '/home/u/.config/parallax/config.json');
    expect(c.errors).toHaveLength(1);
    expect(c.errors[0]).toMatch(/^\/home\/u\/\.config\/parallax\/config\.json: not JSON \(.+\); using the default keys and colors$/);
    expect(c.keymap).toBe(KEYMAP);
  });

  it('knows key names and where the file is', () => {
    expect(['q', 'G', '?', 'ctrl+d', 'alt+b', 'pagedown', 'shift+tab', 'é'].every(isKeyName)).toBe(true);
    expect(['', 'ctrl+', 'ctrl+1', 'hyper+x', 'ab', ' '].some(isKeyName)).toBe(false);
    expect(configPath({ XDG_CONFIG_HOME: '/x' })).toBe('/x/parallax/config.json');
    expect(keymapClash(KEYMAP)).toBeNull();
  });
});
