import { KEYMAP, keyLabel, PANE_TITLES, type Scope } from './keymap.js';

function scopeTitle(scope: Scope): string {
  if (scope === 'input') return 'typing';
  return scope === 'global' ? 'everywhere' : PANE_TITLES[scope];
}

/** The keymap as a Markdown table (where, keys, what), as the README shows it; a test keeps the two in step. */
export function keymapMarkdown(): string {
  const rows = KEYMAP.map((b) => `| ${scopeTitle(b.scope)} | ${b.keys.map((k) => `\`${keyLabel(k).replace('|', '\\|')}\``).join(' ')} | ${b.description} |`);
  return ['| where | keys | what |', '| --- | --- | --- |', ...rows].join('\n');
}
