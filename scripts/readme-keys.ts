/**
 * Writes the key table of README.md from src/ui/keymap.ts (`npx tsx scripts/readme-keys.ts`).
 * test/ui/readme.test.ts fails when the two differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { keymapMarkdown } from '../src/ui/keymap-table.js';

const readme = new URL('../README.md', import.meta.url);
const text = readFileSync(readme, 'utf8');
const start = text.indexOf('| where | keys | what |');
const end = text.indexOf('\n\n', start);
if (start < 0 || end < 0) throw new Error('README.md has no key table to replace');
writeFileSync(readme, text.slice(0, start) + keymapMarkdown() + text.slice(end));
