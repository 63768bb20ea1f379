/**
 * The explorer at the smallest size it draws (60x15), on a terminal
 * without styles (TERM=dumb) and on a corpus with warnings: what is
 * selected stays visible, the help stays readable, warnings are seen.
 * Keys go in bursts and one at a time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, PtySession, type Pace, type SessionOptions } from './pty-session.js';
import { makeTempCorpus, removeTempCorpus } from '../helpers/temp-corpus.js';

const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
});

async function open(options: SessionOptions & { args?: string[] }): Promise<PtySession> {
  const s = PtySession.start(options.args ?? [], options);
  sessions.push(s);
  await s.waitForText('documents', 20_000);
  return s;
}

describe.each<Pace>(['burst', 'one at a time'])('small and plain terminals, %s', (pace) => {
  it('keeps the selected matrix cell on screen at 60x15', async () => {
    const s = await open({ cols: 60, rows: 15 });
    await s.waitForText('→ to pick a pair', 30_000);
    await s.pressAt(pace, 'j', 'j', 'j', 'j', 'l', 'l', 'l');
    await s.waitForText('Enter: diff this pair');
    // The cursor is on the last version (analysis), the chosen column ainews: their similarity (0.07 since split and joined
    // paragraphs count as one change), inverse, on screen.
    await s.waitFor(() => s.inverseText().includes('0.07'));
    expect(s.screen().some((l) => /^analysis\s+\S/.test(l))).toBe(true);
  });

  it('shows the help in one readable column below 70 columns, scrolled with j/k', async () => {
    const s = await open({ cols: 60, rows: 15 });
    await s.pressAt(pace, '?');
    await s.waitForText('Keys in the Overview pane');
    expect(s.text()).toContain('read the version, or diff the selected pair');
    await s.waitFor((t) => /pane 1-\d+\/\d+ · j\/k · Esc$/m.test(t));
    await s.pressAt(pace, 'G');
    await s.waitForText('half a page up');
    await s.pressAt(pace, KEYS.escape);
    await s.waitFor((t) => !t.includes('Keys in the'));
  });

  it('marks the selected row with > under TERM=dumb', async () => {
    const s = await open({ env: { TERM: 'dumb', FORCE_COLOR: undefined } });
    await s.waitFor((t) => /^> asiae\b/m.test(t));
    await s.pressAt(pace, 'j');
    await s.waitFor((t) => /^> ft-summary\b/m.test(t) && /^asiae\b/m.test(t));
  });
});

describe.each<Pace>(['burst', 'one at a time'])('corpus warnings, %s', (pace) => {
  it('counts them in the status bar and lists them with !', async () => {
    const dir = makeTempCorpus({ 'a.txt': 'Alpha text here.\n', 'b.txt': 'Beta text here.\n', 'empty.txt': '', 'bin.txt': new Uint8Array([65, 0, 66]) });
    try {
      const s = await open({ args: ['--corpus', dir] });
      await s.waitForText('2 warnings (!)');
      await s.pressAt(pace, '!');
      await s.waitFor((t) => t.includes('Warnings about the corpus') && t.includes('empty.txt: is empty; skipped') && t.includes('bin.txt: looks binary'));
      await s.pressAt(pace, KEYS.escape);
      await s.waitFor((t) => !t.includes('Warnings about the corpus'));
    } finally {
      removeTempCorpus(dir);
    }
  });
});
