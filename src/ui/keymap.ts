import { LINE_EDITS } from './line-edit.js';

/**
 * The one table of keys. Key handling, the status-bar hints and the `?` help
 * overlay are all derived from {@link KEYMAP}; nothing else names a key.
 */

/** The panes of the explorer, in tab order (keys 1..6). */
export const PANES = ['overview', 'search', 'reader', 'diff', 'entities', 'review'] as const;
export type PaneId = (typeof PANES)[number];

/** Title of each pane on the tab bar. */
export const PANE_TITLES: Record<PaneId, string> = {
  overview: 'Overview',
  search: 'Search',
  reader: 'Reader',
  diff: 'Diff',
  entities: 'Entities',
  review: 'QA',
};

/** Everything a key can do: the pane and list actions, then the input's editing commands. */
export const ACTIONS = [
  'quit',
  'help',
  'warnings',
  'nextPane',
  'prevPane',
  'pane1',
  'pane2',
  'pane3',
  'pane4',
  'pane5',
  'focusSearch',
  'leaveInput',
  'up',
  'down',
  'top',
  'bottom',
  'pageUp',
  'pageDown',
  'halfPageUp',
  'halfPageDown',
  'left',
  'right',
  'open',
  'nextMatch',
  'prevMatch',
  'prevVersion',
  'nextVersion',
  'toggleUnified',
  'cycleGranularity',
  'toggleMode',
  'nextA',
  'prevA',
  'nextB',
  'prevB',
  'cycleType',
  'goTo',
  'pickA',
  'pickB',
  'pickVersion',
  'historyPrev',
  'historyNext',
  'edit',
  'copy',
  'pane6',
  'markAccepted',
  'markFix',
  'comment',
  ...LINE_EDITS,
] as const;
export type Action = (typeof ACTIONS)[number];

/** Where a binding applies: everywhere, in one pane, or in a text input while typing (before any other binding). */
export type Scope = 'global' | PaneId | 'input';

/** One row of the keymap. */
export interface Binding {
  /** Canonical key names (see {@link keyName}); the first is the one shown in hints. */
  keys: readonly string[];
  scope: Scope;
  action: Action;
  /** What it does, for the help overlay. */
  description: string;
  /** Short label for the status bar; bindings without one appear only in the help overlay. */
  hint?: string;
  /** Show the hint only while typing (Esc). */
  hintWhileTypingOnly?: boolean;
  /** How the status bar writes the key, when not the first key's label (`j/k`). */
  hintKey?: string;
  /** Also active while typing in the search input; even then, only keys the input does not consume (arrows, Enter, Esc, Tab, PgUp/PgDn, Ctrl-C). */
  whileTyping?: boolean;
}

/** The keymap. Pane bindings win over global ones in their pane; a test checks there are no clashes. */
export const KEYMAP: readonly Binding[] = [
  { keys: ['q'], scope: 'global', action: 'quit', description: 'quit', hint: 'quit' },
  { keys: ['ctrl+c'], scope: 'global', action: 'quit', description: 'quit, even while typing', whileTyping: true },
  { keys: ['?'], scope: 'global', action: 'help', description: 'show or hide this help', hint: 'help' },
  { keys: ['!'], scope: 'global', action: 'warnings', description: 'list the warnings about the corpus (files skipped or cut)' },
  { keys: ['tab'], scope: 'global', action: 'nextPane', description: 'next pane', hint: 'pane', whileTyping: true },
  { keys: ['shift+tab'], scope: 'global', action: 'prevPane', description: 'previous pane', whileTyping: true },
  { keys: ['1'], scope: 'global', action: 'pane1', description: 'Overview pane' },
  { keys: ['2'], scope: 'global', action: 'pane2', description: 'Search pane' },
  { keys: ['3'], scope: 'global', action: 'pane3', description: 'Reader pane' },
  { keys: ['4'], scope: 'global', action: 'pane4', description: 'Diff pane' },
  { keys: ['5'], scope: 'global', action: 'pane5', description: 'Entities pane' },
  { keys: ['e'], scope: 'global', action: 'edit', description: 'open the version in $VISUAL or $EDITOR at this paragraph' },
  { keys: ['y'], scope: 'global', action: 'copy', description: 'copy the row to the clipboard (OSC 52); in search and the reader, its whole paragraph' },
  { keys: ['/'], scope: 'global', action: 'focusSearch', description: 'type a search query', hint: 'search' },
  { keys: ['escape'], scope: 'global', action: 'leaveInput', description: 'leave the search input (or close help)', hint: 'done', hintWhileTypingOnly: true, whileTyping: true },
  { keys: ['j', 'down', 'wheeldown'], scope: 'global', action: 'down', description: 'move down', hint: 'move', hintKey: 'j/k', whileTyping: true },
  { keys: ['k', 'up', 'wheelup'], scope: 'global', action: 'up', description: 'move up', whileTyping: true },
  { keys: ['g', 'home'], scope: 'global', action: 'top', description: 'go to the top' },
  { keys: ['G', 'end'], scope: 'global', action: 'bottom', description: 'go to the bottom' },
  { keys: ['pagedown', 'ctrl+f'], scope: 'global', action: 'pageDown', description: 'page down (PgDn works while typing)', whileTyping: true },
  { keys: ['pageup', 'ctrl+b'], scope: 'global', action: 'pageUp', description: 'page up', whileTyping: true },
  { keys: ['ctrl+d'], scope: 'global', action: 'halfPageDown', description: 'half a page down' },
  { keys: ['ctrl+u'], scope: 'global', action: 'halfPageUp', description: 'half a page up' },
  { keys: ['return'], scope: 'overview', action: 'open', description: 'read the version, or diff the selected pair', hint: 'open' },
  { keys: ['h', 'left'], scope: 'overview', action: 'left', description: 'move left in the similarity matrix' },
  { keys: ['l', 'right'], scope: 'overview', action: 'right', description: 'move right in the similarity matrix' },
  { keys: ['return'], scope: 'search', action: 'open', description: 'open the hit in the reader', hint: 'open', whileTyping: true },
  { keys: ['n'], scope: 'reader', action: 'nextMatch', description: 'next match of the query', hint: 'match' },
  { keys: ['N'], scope: 'reader', action: 'prevMatch', description: 'previous match of the query' },
  { keys: ['o'], scope: 'reader', action: 'pickVersion', description: 'open another version: type part of its id or title', hint: 'open' },
  { keys: ['['], scope: 'reader', action: 'prevVersion', description: 'previous version, at the aligned paragraph', hint: 'version' },
  { keys: [']'], scope: 'reader', action: 'nextVersion', description: 'next version, at the aligned paragraph' },
  { keys: [':'], scope: 'reader', action: 'goTo', description: 'go to paragraph ¶N (Enter goes, Esc cancels)', hint: 'go to ¶' },
  { keys: ['n'], scope: 'diff', action: 'nextMatch', description: 'next change (in an alignment: next omission)', hint: 'change' },
  { keys: [':'], scope: 'diff', action: 'goTo', description: 'go to paragraph ¶N of A' },
  { keys: ['p'], scope: 'diff', action: 'pickA', description: 'pick A by typing part of its id or title', hint: 'pick', hintKey: 'p/P' },
  { keys: ['P'], scope: 'diff', action: 'pickB', description: 'pick B by typing part of its id or title' },
  { keys: ['N'], scope: 'diff', action: 'prevMatch', description: 'previous change' },
  { keys: ['a'], scope: 'diff', action: 'nextA', description: 'pick the next version as A', hint: 'A', hintKey: 'a/A' },
  { keys: ['A'], scope: 'diff', action: 'prevA', description: 'pick the previous version as A' },
  { keys: ['b'], scope: 'diff', action: 'nextB', description: 'pick the next version as B', hint: 'B', hintKey: 'b/B' },
  { keys: ['B'], scope: 'diff', action: 'prevB', description: 'pick the previous version as B' },
  { keys: ['u'], scope: 'diff', action: 'toggleUnified', description: 'side by side / unified', hint: 'unified' },
  { keys: ['w'], scope: 'diff', action: 'cycleGranularity', description: 'granularity: word, sentence, paragraph, char', hint: 'granularity' },
  { keys: ['m'], scope: 'diff', action: 'toggleMode', description: 'mode: diff / cross-language alignment', hint: 'mode' },
  { keys: ['t'], scope: 'entities', action: 'cycleType', description: 'filter by entity type', hint: 'type' },
  { keys: ['return'], scope: 'entities', action: 'open', description: 'search for the entity (entity:NAME)', hint: 'search it' },
  { keys: ['6'], scope: 'global', action: 'pane6', description: 'QA pane: the review findings of the diff pane’s pair' },
  { keys: ['return'], scope: 'review', action: 'open', description: 'show the finding’s row in the diff pane', hint: 'show' },
  { keys: ['n'], scope: 'review', action: 'nextMatch', description: 'next finding', hint: 'finding' },
  { keys: ['N'], scope: 'review', action: 'prevMatch', description: 'previous finding' },
  { keys: ['a'], scope: 'review', action: 'markAccepted', description: 'mark the finding accepted (again: unmark)', hint: 'accept' },
  { keys: ['x'], scope: 'review', action: 'markFix', description: 'mark the finding to fix (again: unmark)', hint: 'to fix' },
  { keys: ['c'], scope: 'review', action: 'comment', description: 'write a one-line comment on the finding (Enter keeps it, Esc cancels, empty removes)', hint: 'comment' },
  { keys: ['ctrl+p'], scope: 'input', action: 'historyPrev', description: 'the query typed before this one (history, kept between runs)' },
  { keys: ['ctrl+n'], scope: 'input', action: 'historyNext', description: 'the next query in the history' },
  { keys: ['ctrl+a', 'home'], scope: 'input', action: 'lineStart', description: 'cursor to the start of the line' },
  { keys: ['ctrl+e', 'end'], scope: 'input', action: 'lineEnd', description: 'cursor to the end of the line' },
  { keys: ['ctrl+b', 'left'], scope: 'input', action: 'charLeft', description: 'cursor one character left' },
  { keys: ['ctrl+f', 'right'], scope: 'input', action: 'charRight', description: 'cursor one character right' },
  { keys: ['alt+b', 'ctrl+left'], scope: 'input', action: 'wordLeft', description: 'cursor one word left' },
  { keys: ['alt+f', 'ctrl+right'], scope: 'input', action: 'wordRight', description: 'cursor one word right' },
  { keys: ['backspace'], scope: 'input', action: 'deleteBack', description: 'delete the character before the cursor' },
  { keys: ['ctrl+d'], scope: 'input', action: 'deleteForward', description: 'delete the character under the cursor' },
  { keys: ['ctrl+w'], scope: 'input', action: 'killWordBack', description: 'cut the word before the cursor' },
  { keys: ['alt+d'], scope: 'input', action: 'killWordForward', description: 'cut the word after the cursor' },
  { keys: ['ctrl+u'], scope: 'input', action: 'killToStart', description: 'cut to the start of the line' },
  { keys: ['ctrl+k'], scope: 'input', action: 'killToEnd', description: 'cut to the end of the line' },
  { keys: ['ctrl+y'], scope: 'input', action: 'yank', description: 'paste the last cut text' },
];

let active: readonly Binding[] = KEYMAP;

/** The keymap in use: {@link KEYMAP}, or the user's (the config file applied to it, see config.ts). */
export function activeKeymap(): readonly Binding[] {
  return active;
}

/** Makes `bindings` the keymap every key, hint and help line is read from. */
export function setKeymap(bindings: readonly Binding[]): void {
  active = bindings;
}

/** The first key bound twice where it applies (a pane with the global keys, or the input), said in a few words; null when none is. */
export function keymapClash(bindings: readonly Binding[]): string | null {
  const places: Array<{ where: string; scopes: readonly Scope[] }> = [
    ...PANES.map((p) => ({ where: `the ${PANE_TITLES[p]} pane`, scopes: [p, 'global'] as Scope[] })),
    { where: 'the input', scopes: ['input'] },
  ];
  for (const { where, scopes } of places) {
    const seen = new Map<string, Action>();
    for (const b of bindings.filter((x) => scopes.includes(x.scope)))
      for (const k of b.keys) {
        const other = seen.get(k);
        if (other !== undefined && other !== b.action) return `${keyLabel(k)} would do both ${other} and ${b.action} in ${where}`;
        seen.set(k, b.action);
      }
  }
  return null;
}

/** The subset of Ink's Key this module reads. */
export interface KeyFlags {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  shift?: boolean;
  meta?: boolean;
  tab?: boolean;
  backspace?: boolean;
  delete?: boolean;
}

/** The canonical name of a key press (`q`, `G`, `ctrl+d`, `shift+tab`, `pagedown`), or '' for none. */
export function keyName(input: string, key: KeyFlags): string {
  if (key.tab) return key.shift ? 'shift+tab' : 'tab';
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'return';
  if (key.escape) return 'escape';
  if (key.backspace || key.delete) return 'backspace';
  if (key.ctrl && input.length === 1) return `ctrl+${input.toLowerCase()}`;
  if (key.meta) return '';
  return input.length === 1 ? input : '';
}

/** Keys the search input does not consume: not a character, and no Ctrl combination but Ctrl-C. */
function usableWhileTyping(name: string): boolean {
  return name === 'ctrl+c' || ([...name].length > 1 && !name.startsWith('ctrl+'));
}

/**
 * The action a key triggers in `pane`: the pane's own binding first, then a
 * global one. While typing, the input's editing keys come first, then only
 * bindings marked `whileTyping` count, so a query can hold any letter.
 */
export function resolveKey(name: string, pane: PaneId, typing: boolean): Action | null {
  if (name === '') return null;
  if (typing) {
    const edit = active.find((b) => b.scope === 'input' && b.keys.includes(name));
    if (edit) return edit.action;
  }
  let global: Action | null = null;
  for (const b of active) {
    if (b.scope === 'input' || !b.keys.includes(name) || (typing && (!b.whileTyping || !usableWhileTyping(name)))) continue;
    if (b.scope === pane) return b.action;
    if (b.scope === 'global' && global === null) global = b.action;
  }
  return global;
}

const KEY_LABELS: Record<string, string> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  return: 'Enter',
  escape: 'Esc',
  tab: 'Tab',
  'shift+tab': 'Shift-Tab',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
  wheelup: 'Wheel↑',
  wheeldown: 'Wheel↓',
};

/** How a key name is written for people: `Ctrl-D`, `PgDn`, `↑`, `G`. */
export function keyLabel(name: string): string {
  const label = KEY_LABELS[name];
  if (label) return label;
  const [, mod, rest] = /^(ctrl|alt)\+(.+)$/.exec(name) ?? [];
  if (mod && rest) return `${mod === 'ctrl' ? 'Ctrl' : 'Alt'}-${KEY_LABELS[rest] ?? rest.toUpperCase()}`;
  return name;
}

/** The bindings that apply in a pane (its own first, then the global ones), as the help overlay lists them. */
export function bindingsFor(pane: PaneId): Binding[] {
  return [...active.filter((b) => b.scope === pane), ...active.filter((b) => b.scope === 'global')];
}

/** The editing keys of a text input. */
export function inputBindings(): Binding[] {
  return active.filter((b) => b.scope === 'input');
}

/** What the `?` help lists for a pane: its bindings, and the search pane's input keys too. */
export function helpBindings(pane: PaneId): Binding[] {
  return [...bindingsFor(pane), ...(pane === 'search' ? inputBindings() : [])];
}

/** Status-bar hints for a pane and input state: `key label` pairs, help first, then the pane's keys. */
export function hintsFor(pane: PaneId, typing: boolean): Array<{ key: string; label: string }> {
  const all = bindingsFor(pane);
  return [...all.filter((b) => b.action === 'help'), ...all.filter((b) => b.action !== 'help')].flatMap((b) => {
    if (b.hint === undefined) return [];
    if (!typing) return b.hintWhileTypingOnly ? [] : [{ key: b.hintKey ?? keyLabel(b.keys[0]!), label: b.hint }];
    const usable = b.whileTyping ? b.keys.filter(usableWhileTyping) : [];
    return usable.length > 0 ? [{ key: keyLabel(usable[0]!), label: b.hint }] : [];
  });
}
