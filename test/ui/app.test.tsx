import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEYMAP, keyLabel } from '../../src/ui/keymap.js';
import { renderApp } from './render-app.js';

afterEach(cleanup);

describe('explorer shell', () => {
  it('shows the corpus in the header and the versions in the overview', async () => {
    const app = await renderApp();
    expect(app.frame()).toContain('5 documents · en, id');
    expect(app.frame()).toMatch(/ft-id\s+id\s+720/);
  });

  it('switches panes by number, Tab and Shift-Tab', async () => {
    const app = await renderApp();
    await app.press('3');
    await app.waitFor((f) => f.includes('Exploiting Semiconductor Regulation Loopholes'));
    await app.press('\t');
    await app.waitFor((f) => /unified/.test(f));
    await app.press('\u001b[Z', '\u001b[Z');
    await app.waitFor((f) => f.includes('type to search'));
  });

  it('lists the keymap in the help overlay and closes it with Esc', async () => {
    const app = await renderApp();
    await app.press('?');
    await app.waitFor((f) => f.includes('Keys in the Overview pane'));
    // Two columns at this size: each description shows at least its first 30 characters.
    for (const b of KEYMAP.filter((b) => b.scope === 'global')) expect(app.frame()).toContain(b.description.slice(0, 30));
    expect(app.frame()).toContain(keyLabel('ctrl+d'));
    await app.press('\u001b');
    await app.waitFor((f) => !f.includes('Keys in the Overview pane'));
  });

  it('opens the version under the cursor in the reader with Enter', async () => {
    const app = await renderApp();
    await app.press('j', 'j', 'j', '\r');
    // The overview lists the title too: wait for the reader's header, not the text.
    await app.waitFor((f) => f.includes('ft-id · id'));
    expect(app.frame()).toContain('Grup teknologi terbesar China');
  });
});
