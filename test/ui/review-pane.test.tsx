import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/core/corpus/load.js';
import { renderApp } from './render-app.js';

const SEEDED = join(import.meta.dirname, '..', 'fixtures', 'seeded-qa');
const data = mkdtempSync(join(tmpdir(), 'parallax-review-ui-'));
const saved = process.env.XDG_DATA_HOME;
process.env.XDG_DATA_HOME = data;
afterAll(() => {
  if (saved === undefined) delete process.env.XDG_DATA_HOME;
  else process.env.XDG_DATA_HOME = saved;
  rmSync(data, { recursive: true, force: true });
});

describe('the QA pane', () => {
  it('lists the pair’s findings, marks them and takes a comment through the prompt', async () => {
    const corpus = await loadCorpus(SEEDED);
    const { press, waitFor, frame } = await renderApp({ pair: [0, 2] }, corpus);
    await press('6');
    await waitFor((f) => f.includes('5 findings · 0 reviewed'));
    await press('x');
    await waitFor((f) => /✗ error\s+omission/.test(f));
    await press('c');
    await waitFor((f) => f.includes('comment:'));
    for (const ch of 'why') await press(ch);
    await press('\r');
    await waitFor((f) => f.includes('— why'));
    expect(frame()).toContain('5 findings · 1 reviewed');
  });
});
