import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keymapMarkdown } from '../../src/ui/keymap-table.js';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const section = readme.slice(readme.indexOf('<!-- section: explorer -->'), readme.indexOf('<!-- /section: explorer -->'));

describe('README explorer section', () => {
  it('lists the keymap exactly as src/ui/keymap.ts defines it', () => {
    expect(section).toContain(keymapMarkdown());
  });

  it('embeds every screenshot in docs/', () => {
    const shots = readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.svg'));
    expect(shots.length).toBeGreaterThanOrEqual(5);
    for (const shot of shots) expect(section).toContain(`](docs/${shot})`);
  });
});
