/**
 * The explorer at the smallest size it draws (60x15) and on a terminal
 * without styles (TERM=dumb): what is selected stays visible, the help
 * stays readable. Keys go in bursts and one at a time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, PtySession, type Pace, type SessionOptions } from './pty-session.js';

const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
});

async function open(options: SessionOptions): Promise<PtySession> {
  const s = PtySession.start([], options);
  sessions.push(s);
  await s.waitForText('documents', 20_000);
  return s;
}

/** The text of the inverse cells on the screen, line by line (empty lines left out). */
function inverseText(s: PtySession): string[] {
  const buf = s.term.buffer.active;
  const out: string[] = [];
  for (let y = 0; y < s.term.rows; y++) {
    const line = buf.getLine(buf.viewportY + y);
    let text = '';
    for (let x = 0; line && x < s.term.cols; x++) {
      const cell = line.getCell(x);
      if (cell?.isInverse()) text += cell.getChars() || ' ';
    }
    if (text.trim() !== '') out.push(text.trim());
  }
  return out;
}

describe.each<Pace>(['burst', 'one at a time'])('small and plain terminals, %s', (pace) => {
  it('keeps the selected matrix cell on screen at 60x15', async () => {
    const s = await open({ cols: 60, rows: 15 });
    await s.waitForText('→ to pick a pair', 30_000);
    await s.pressAt(pace, 'j', 'j', 'j', 'j', 'l', 'l', 'l');
    await s.waitForText('Enter: diff this pair');
    // The cursor is on the last version (analysis), the chosen column ainews: their similarity, inverse, on screen.
    await s.waitFor(() => inverseText(s).includes('0.06'));
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
