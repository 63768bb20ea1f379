/** The diff's `!` margin in a real pseudo-terminal: the status line names the findings of the row the view is on. */
import { afterEach, describe, expect, it } from 'vitest';
import { PtySession, type Pace } from './pty-session.js';

const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
});

describe.each<Pace>(['burst', 'one at a time'])('the ! margin, %s', (pace) => {
  it('says which finding a ! row marks once the view is on it', async () => {
    const s = PtySession.start(['--tui', '--diff', 'asiae', 'ft-id']);
    sessions.push(s);
    await s.waitFor((t) => /findings:/.test(t) && /^! /m.test(t.split('\n').slice(6).join('\n')));
    const lines = s.screen();
    const firstRow = lines.findIndex((l) => l.includes('A: asiae (en)')) + 1;
    const flagged = lines.findIndex((l, i) => i >= firstRow && l.startsWith('!'));
    expect(flagged).toBeGreaterThanOrEqual(firstRow);
    const status = () => s.screen().findLast((l) => l.trim() !== '') ?? '';
    expect(status()).not.toMatch(/ ! /);
    await s.pressAt(pace, ...Array<string>(flagged - firstRow).fill('j'));
    await s.waitFor(() => s.screen()[firstRow]!.startsWith('!'));
    await s.waitFor(() => /! .*(only in A|only in B|→)/.test(status()));
  });
});
