/**
 * The explorer's config file, `$XDG_CONFIG_HOME/parallax/config.json` (else
 * `~/.config/parallax/config.json`): key bindings and colors.
 *
 *     { "keys":   { "quit": "x", "down": ["j", "down"], "reader.nextMatch": "f" },
 *       "colors": { "keys": "green", "added": "#00aa00" } }
 *
 * A key entry names an action (every binding of it) or `scope.action` (the
 * binding in one pane, `global` or `input`) and gives its keys. Each bad entry
 * is left out with one line saying why; the rest applies.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ACTIONS, KEYMAP, keymapClash, PANES, type Action, type Binding, type Scope } from './keymap.js';
import { COLOR_NAMES, COLOR_ROLES, type ColorRole } from './color.js';

/** The config read: the keymap with the user's keys, the user's colors, and one line per entry left out. */
export interface Config {
  keymap: readonly Binding[];
  colors: Partial<Record<ColorRole, string>>;
  errors: string[];
}

/** Keys with a name (besides single characters, `ctrl+LETTER` and `alt+CHARACTER`). */
const NAMED_KEYS = new Set([
  'up',
  'down',
  'left',
  'right',
  'pageup',
  'pagedown',
  'home',
  'end',
  'return',
  'escape',
  'tab',
  'shift+tab',
  'backspace',
  'ctrl+left',
  'ctrl+right',
  'wheelup',
  'wheeldown',
]);

/** Whether `name` is a key name the explorer can receive. */
export function isKeyName(name: string): boolean {
  if (NAMED_KEYS.has(name)) return true;
  if (/^ctrl\+[a-z]$/.test(name)) return true;
  const [, rest] = /^alt\+(.+)$/.exec(name) ?? [];
  const one = rest ?? name;
  return [...one].length === 1 && /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(one);
}

/** Where the config file is. */
export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME?.trim() ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
  return join(base, 'parallax', 'config.json');
}

const SCOPES: readonly Scope[] = ['global', ...PANES, 'input'];

/** One `keys` entry applied to `keymap`, or the reason it cannot be. */
function applyKeys(keymap: readonly Binding[], entry: string, value: unknown): readonly Binding[] | string {
  const [first, second] = entry.split('.');
  const scope = second === undefined ? null : (first as Scope);
  const action = (second ?? first) as Action;
  if (scope !== null && !SCOPES.includes(scope)) return `"${first}" is not a scope (${SCOPES.join(', ')})`;
  if (!ACTIONS.includes(action)) return `no such action "${action}" (the README's key table and ? list them)`;
  const keys = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(keys) || keys.length === 0 || !keys.every((k) => typeof k === 'string')) return 'give a key name or a list of them, e.g. "x" or ["x", "ctrl+x"]';
  const bad = keys.find((k) => !isKeyName(k));
  if (bad !== undefined) return `"${bad}" is not a key name (a character, ctrl+a, alt+x, up, pagedown, return, escape, tab…)`;
  let found = false;
  const next = keymap.map((b) => {
    if (b.action !== action || (scope !== null && b.scope !== scope)) return b;
    found = true;
    return { ...b, keys };
  });
  if (!found) return `${action} has no binding in ${scope}`;
  const clash = keymapClash(next);
  return clash ? `${clash}; left out` : next;
}

/** The config in `text` (the file's contents), applied to the default keymap; `file` names it in errors. */
export function parseConfig(text: string, file = 'config.json'): Config {
  const config: Config = { keymap: KEYMAP, colors: {}, errors: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    config.errors.push(`${file}: not JSON (${(err as Error).message}); using the default keys and colors`);
    return config;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    config.errors.push(`${file}: expected an object with "keys" and "colors"`);
    return config;
  }
  for (const [section, value] of Object.entries(data)) {
    if (section !== 'keys' && section !== 'colors') {
      config.errors.push(`${file}: ${section}: unknown section (there are "keys" and "colors")`);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      config.errors.push(`${file}: ${section}: expected an object`);
      continue;
    }
    for (const [entry, v] of Object.entries(value as Record<string, unknown>)) {
      if (section === 'keys') {
        const applied = applyKeys(config.keymap, entry, v);
        if (typeof applied === 'string') config.errors.push(`${file}: keys.${entry}: ${applied}`);
        else config.keymap = applied;
      } else if (!COLOR_ROLES.includes(entry as ColorRole)) {
        config.errors.push(`${file}: colors.${entry}: nothing to color by that name (${COLOR_ROLES.join(', ')})`);
      } else if (typeof v !== 'string' || !(COLOR_NAMES.includes(v as (typeof COLOR_NAMES)[number]) || /^#[0-9a-f]{6}$/i.test(v))) {
        config.errors.push(`${file}: colors.${entry}: ${JSON.stringify(v)} is not a color (${COLOR_NAMES.slice(0, 9).join(', ')}…, or #rrggbb)`);
      } else {
        config.colors[entry as ColorRole] = v;
      }
    }
  }
  // With keys of the user's, the status bar's compact forms (`j/k`) could name the wrong keys: each hint shows its binding's first key.
  if (config.keymap !== KEYMAP) config.keymap = config.keymap.map(({ hintKey: _hintKey, ...b }) => b);
  return config;
}

/** Reads the config file; none is the defaults, an unreadable one the defaults and one line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const path = configPath(env);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const errors = code === 'ENOENT' || code === 'ENOTDIR' ? [] : [`${path}: cannot be read (${code ?? String(err)}); using the default keys and colors`];
    return { keymap: KEYMAP, colors: {}, errors };
  }
  return parseConfig(text, path);
}
