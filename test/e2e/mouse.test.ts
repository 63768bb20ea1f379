/** The mouse in a real pseudo-terminal: the wheel scrolls, a click on a tab opens its pane; --no-mouse leaves the mouse to the terminal. */
import { afterEach, describe, expect, it } from 'vitest';
import { PtySession, type Pace } from './pty-session.js';

const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
});

/** What a terminal sends in SGR mouse mode (1-based column and row). */
const wheelDown = '\u001b[<65;20;10M';
const wheelUp = '\u001b[<64;20;10M';
const click = (x: number, y: number) => `\u001b[<0;${x};${y}M\u001b[<0;${x};${y}m`;

describe.each<Pace>(['burst', 'one at a time'])('mouse, %s', (pace) => {
  it('scrolls the reader with the wheel and opens a pane by clicking its tab', async () => {
    const s = PtySession.start([]);
    sessions.push(s);
    await s.waitForText('5 documents');
    expect(s.raw).toContain('\u001b[?1000h\u001b[?1006h');
    await s.pressAt(pace, '3');
    await s.waitFor((t) => /^¶0 /m.test(t));
    await s.pressAt(pace, wheelDown, wheelDown, wheelDown);
    await s.waitFor((t) => !/^¶0 /m.test(t));
    await s.pressAt(pace, wheelUp, wheelUp, wheelUp);
    await s.waitFor((t) => /^¶0 /m.test(t));
    const tabs = s.screen()[1]!;
    await s.pressAt(pace, click(tabs.indexOf('4 Diff') + 2, 2));
    await s.waitForText('asiae ↔ ft-summary');
    await s.pressAt(pace, click(tabs.indexOf('1 Overview') + 1, 2));
    await s.waitFor((t) => !t.includes('asiae ↔ ft-summary'));
  });

  it('--no-mouse turns mouse reports off', async () => {
    const s = PtySession.start(['--no-mouse']);
    sessions.push(s);
    await s.waitForText('5 documents');
    await s.pressAt(pace, '3');
    await s.waitFor((t) => /^¶0 /m.test(t));
    expect(s.raw).not.toContain('\u001b[?1000h');
  });
});
