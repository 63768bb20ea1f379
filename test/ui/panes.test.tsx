import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { renderApp } from './render-app.js';

afterEach(cleanup);

// The search index goes to a throw-away cache for these tests.
process.env.XDG_CACHE_HOME = '/nonexistent-parallax-cache';

describe('panes', () => {
  it('search: typing a query shows the hit, Enter opens it in the reader', async () => {
    const app = await renderApp();
    await app.press('/');
    await app.type('Kimi');
    await app.waitFor((f) => /ft-id ¶\d+ .*Kimi/.test(f));
    expect(app.frame()).toContain('1 matching paragraph — ft-id 1');
    await app.press('\r');
    await app.waitFor((f) => f.includes('ft-id · id · 720 words · 1 matches'));
  });

  it('search: letters typed into the query never act as shortcuts', async () => {
    const app = await renderApp({ query: '' });
    await app.press('/', 'q', '4', '?');
    await app.waitFor((f) => f.includes('/ q4?'));
    expect(app.frame()).not.toContain('Keys in the');
  });

  it('diff: shows both versions side by side, u toggles unified, m switches to alignment', async () => {
    const app = await renderApp({ pair: [0, 3] });
    await app.waitFor((f) => f.includes('asiae ↔ ft-id · align'));
    expect(app.frame()).toContain('│ B: ft-id (id)');
    await app.press('u');
    await app.waitFor((f) => !f.includes('│ B: ft-id (id)'));
    await app.press('m');
    await app.waitFor((f) => f.includes('asiae ↔ ft-id · diff'));
  });

  it('diff: a and b pick the versions', async () => {
    const app = await renderApp();
    await app.press('4');
    await app.waitFor((f) => f.includes('asiae ↔ ft-summary'));
    await app.press('a');
    await app.waitFor((f) => f.includes('ainews ↔ ft-summary'));
  });

  it('entities: the table counts mentions per version, t filters by type, Enter searches the entity', async () => {
    const app = await renderApp();
    await app.press('5');
    await app.waitFor((f) => /Moonshot AI\s+ORG\s+·\s+·\s+·\s+3/.test(f));
    await app.press('t');
    await app.waitFor((f) => f.includes('filter: PERSON'));
    expect(app.frame()).not.toContain('Moonshot AI');
    await app.press('\r');
    await app.waitFor((f) => f.includes('/ entity:"Alicia Shapiro"'));
    // Only the paragraphs that mention her: the entity resolver is wired into the search.
    await app.waitFor((f) => /matching paragraphs? — ainews \d+\n/.test(f));
  });

  it('overview: the similarity matrix appears and Enter on a cell opens that pair', async () => {
    const app = await renderApp();
    await app.waitFor((f) => f.includes('similarity'));
    await app.press('l', 'l');
    await app.waitFor((f) => f.includes('Enter: diff this pair'));
    await app.press('\r');
    await app.waitFor((f) => f.includes('asiae ↔ ft-summary'));
  });
});

describe('reader', () => {
  it('goes to the next and previous version with ] and [, at the aligned paragraph', async () => {
    const app = await renderApp();
    await app.press('/');
    await app.type('Sunnyvale');
    await app.waitFor((f) => /asiae ¶\d+ .*Sunnyvale/.test(f));
    // asiae's hit is the third; arrows move through the results while typing.
    await app.press('\u001b[B', '\u001b[B', '\r');
    await app.waitFor((f) => f.includes('asiae · en') && f.includes('Sunnyvale'));
    await app.press(']');
    // ft-summary's counterpart of that paragraph is its own Sunnyvale paragraph.
    await app.waitFor((f) => f.includes('ft-summary · en') && f.includes('Alibaba is recruiting an AI team in Sunnyvale'));
    await app.press('[');
    await app.waitFor((f) => f.includes('asiae · en') && f.includes('Sunnyvale'));
  });
});
