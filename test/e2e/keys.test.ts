/**
 * The explorer's keys in a real pseudo-terminal, as a person presses them:
 * each case runs with the keys in one write (a held key, fast typing, tmux
 * send-keys) and one write at a time, and reads the screen.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, PtySession, type Pace } from './pty-session.js';

const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
});

async function open(): Promise<PtySession> {
  const s = PtySession.start([]);
  sessions.push(s);
  await s.waitForText('5 documents');
  return s;
}

/** Waits until the search input shows exactly `text`; an empty input shows its placeholder. */
function query(s: PtySession, text: string) {
  return s.waitFor(() => (text === '' ? s.queryLine()?.startsWith('type to search') === true : s.queryLine() === text), 20_000);
}

describe.each<Pace>(['burst', 'one at a time'])('explorer keys, %s', (pace) => {
  it('deletes one character per Backspace, never typing DEL', async () => {
    const s = await open();
    await s.pressAt(pace, '2', ...'alibaba');
    await query(s, 'alibaba');
    await s.waitForText('hits in');
    await s.pressAt(pace, ...Array<string>(6).fill(KEYS.backspace));
    await query(s, 'a');
    await s.pressAt(pace, KEYS.backspace, ...'alibaba');
    await query(s, 'alibaba');
    await s.waitFor((t) => /\d+ hits in/.test(t));
    expect(s.raw).not.toContain('\u007f');
    expect(s.text()).not.toContain('^?');
  });

  it('edits the query with readline keys and Home/End, and pastes a line break as a space', async () => {
    const s = await open();
    await s.pressAt(pace, '/', ...'one two');
    await query(s, 'one two');
    await s.pressAt(pace, KEYS.ctrl('w'));
    await query(s, 'one');
    await s.pressAt(pace, KEYS.ctrl('a'), ...'x', KEYS.end, ...'y');
    await query(s, 'xone y');
    await s.pressAt(pace, KEYS.home, KEYS.right, KEYS.ctrl('k'));
    await query(s, 'x');
    await s.pressAt(pace, KEYS.ctrl('y'), KEYS.ctrl('y'));
    await query(s, 'xone yone y');
    await s.pressAt(pace, KEYS.ctrl('u'));
    await query(s, '');
    await s.pressAt(pace, KEYS.paste('Kimi\nMoonshot\r\n'));
    await query(s, 'Kimi Moonshot');
    await s.pressAt(pace, KEYS.alt('b'), KEYS.alt('d'));
    await query(s, 'Kimi');
    expect(s.text()).not.toMatch(/\^[A-Z[?]/);
  });

  it('types into the Search pane without /: 2 then quantum does not quit', async () => {
    const s = await open();
    await s.pressAt(pace, '2');
    await s.waitForText('TYPE');
    await s.pressAt(pace, ...'quantum');
    await query(s, 'quantum');
    await s.waitForText('no matches');
    expect(s.inAltScreen()).toBe(true);
    await s.pressAt(pace, KEYS.escape);
    await s.waitForText('KEYS');
    s.press('q');
    expect(await s.exited).toBe(0);
  });

  it('quits on a fast Esc q (Alt-q) outside the input', async () => {
    const s = await open();
    await s.pressAt(pace, '3');
    await s.waitForText('KEYS');
    s.press(KEYS.alt('q'));
    expect(await s.exited).toBe(0);
  });
});

describe.each<Pace>(['burst', 'one at a time'])('explorer results, %s', (pace) => {
  it('puts a hit that shows the word first, not a first paragraph only its title matched', async () => {
    const s = await open();
    await s.pressAt(pace, '2', ...'recruit');
    await query(s, 'recruit');
    await s.waitFor((t) => /matching paragraphs?/.test(t));
    const lines = s.screen();
    const first = lines[lines.findIndex((l) => /matching paragraphs?/.test(l)) + 1]!;
    expect(first).toMatch(/ecruit/i);
  });

  it('diffs by char with a similarity between 0 and 1', async () => {
    const s = await open();
    await s.pressAt(pace, '4');
    await s.waitForText('asiae ↔ ft-summary · diff · word');
    await s.pressAt(pace, 'w', 'w', 'w', 'w');
    await s.waitFor((t) => /· diff · char · similarity 0\.\d\d · \+\d+ −\d+ ~\d+ words/.test(t), 30_000);
  });

  it('shows the same similarity in the matrix and in the diff, whichever way the pair is opened', async () => {
    const s = await open();
    await s.waitForText('→ to pick a pair', 30_000);
    // The heat map's ft-id row at the ainews column, and its ainews row at the ft-id column; then each opened.
    const cell = (row: string) =>
      s
        .screen()
        .findLast((l) => l.startsWith(`${row} `))!
        .trim()
        .split(/\s+/);
    const fromMatrix = cell('ft-id')[3]!;
    expect(cell('ainews')[4]).toBe(fromMatrix);
    await s.pressAt(pace, 'j', 'j', 'j', 'l', 'l', 'l', KEYS.enter);
    await s.waitForText(`ft-id ↔ ainews · align · sentence · similarity ${fromMatrix}`, 30_000);
    await s.pressAt(pace, '1');
    await s.waitForText('Enter: diff this pair');
    await s.pressAt(pace, 'k', 'l', KEYS.enter);
    await s.waitForText(`ainews ↔ ft-id · align · sentence · similarity ${fromMatrix}`, 30_000);
  });
});

describe.each<Pace>(['burst', 'one at a time'])('n and N, %s', (pace) => {
  it('count matches in the reader ("match 2/N") and mark the current one', async () => {
    const s = await open();
    await s.pressAt(pace, '/', ...'Alibaba');
    await query(s, 'Alibaba');
    await s.waitFor((t) => /asiae ¶\d+/.test(t));
    await s.pressAt(pace, KEYS.escape, '3');
    await s.waitFor((t) => /asiae · en · \d+ words · \d+ matches/.test(t));
    const total = /· (\d+) matches/.exec(s.text())![1];
    await s.pressAt(pace, 'n');
    await s.waitForText(`match 1/${total}`);
    await s.pressAt(pace, 'n');
    await s.waitForText(`match 2/${total}`);
    // The current match's row is drawn inverse (the status bar's mode tag aside).
    await s.waitFor(() => s.inverseText().some((t) => t.includes('Alibaba')));
    await s.pressAt(pace, 'N', 'N');
    await s.waitForText(`match ${total}/${total}`);
  });

  it('step through omissions only in an alignment', async () => {
    const s = PtySession.start(['--tui', '--diff', 'ft-summary', 'ft-id']);
    sessions.push(s);
    await s.waitFor((t) => t.includes('ft-summary ↔ ft-id · align') && /\d+ omissions/.test(t), 20_000);
    const total = Number(/(\d+) omissions/.exec(s.text())![1]);
    expect(total).toBeGreaterThan(0);
    await s.pressAt(pace, 'n');
    await s.waitForText(`omission 1/${total}`);
    await s.pressAt(pace, 'n');
    await s.waitForText(`omission 2/${total}`);
  });
});

describe.each<Pace>(['burst', 'one at a time'])('paragraph numbers, %s', (pace) => {
  it('number paragraphs ¶N in the reader and the diff, and : goes to one', async () => {
    const s = await open();
    await s.pressAt(pace, '3');
    await s.waitFor((t) => /^¶0 +Alibaba, ByteDance/m.test(t) && /^¶2 +China's IT giants/m.test(t));
    await s.pressAt(pace, ':', '9');
    await s.waitFor((t) => /go to ¶ 9/.test(t) && t.includes(' TYPE '));
    await s.pressAt(pace, KEYS.enter);
    await s.waitFor((t) => /^¶9 /m.test(t) && !/^¶0 /m.test(t) && t.includes(' KEYS '));
    await s.pressAt(pace, '4');
    await s.waitFor((t) => /^ - ¶0 +Alibaba, ByteDance/m.test(t) && /│ ¶0 +China’s Biggest/m.test(t));
  });
});

describe.each<Pace>(['burst', 'one at a time'])('[ and ], %s', (pace) => {
  it('go from the opened hit to the aligned paragraph and back to the same place, round trip after round trip', async () => {
    const s = await open();
    await s.pressAt(pace, '/', ...'Sunnyvale');
    await query(s, 'Sunnyvale');
    await s.waitFor((t) => /asiae ¶5 /.test(t));
    const hits = s.screen().filter((l) => /^\S+ ¶\d+ /.test(l));
    const downs = hits.findIndex((l) => l.startsWith('asiae ¶5'));
    await s.pressAt(pace, ...Array<string>(downs).fill(KEYS.down), KEYS.enter);
    // Landed: the paragraph's first line three rows below the top of the pane (row 7 of the screen), as a jump shows it.
    const landed = (doc: string, p: number) => () => s.text().includes(`${doc} · en`) && s.screen().findIndex((l) => l.startsWith(`¶${p} `)) === 7;
    await s.waitFor(landed('asiae', 5));
    for (let trip = 0; trip < 3; trip++) {
      await s.pressAt(pace, ']');
      await s.waitFor(landed('ft-summary', 9));
      await s.pressAt(pace, '[');
      await s.waitFor(landed('asiae', 5));
    }
  });
});

describe.each<Pace>(['burst', 'one at a time'])('query history, %s', (pace) => {
  it('recalls earlier queries with Ctrl-P, in this run and the next', async () => {
    const state = mkdtempSync(join(tmpdir(), 'parallax-state-'));
    try {
      const first = PtySession.start([], { env: { XDG_STATE_HOME: state } });
      sessions.push(first);
      await first.waitForText('5 documents');
      await first.pressAt(pace, '2', ...'Kimi');
      await query(first, 'Kimi');
      await first.pressAt(pace, KEYS.escape, '2', KEYS.ctrl('u'), ...'Moon');
      await query(first, 'Moon');
      await first.pressAt(pace, KEYS.ctrl('p'));
      await query(first, 'Kimi');
      await first.pressAt(pace, KEYS.ctrl('n'));
      await query(first, 'Moon');
      await first.pressAt(pace, KEYS.escape);
      await first.waitForText(' KEYS ');
      first.press('q');
      await first.exited;
      const second = PtySession.start([], { env: { XDG_STATE_HOME: state } });
      sessions.push(second);
      await second.waitForText('5 documents');
      await second.pressAt(pace, '2', KEYS.ctrl('p'));
      await query(second, 'Moon');
      await second.pressAt(pace, KEYS.ctrl('p'));
      await query(second, 'Kimi');
    } finally {
      rmSync(state, { recursive: true, force: true });
    }
  });
});

describe.each<Pace>(['burst', 'one at a time'])('version picker, %s', (pace) => {
  it('picks A and B in the diff and the version to read by typing part of an id', async () => {
    const s = await open();
    await s.pressAt(pace, '4');
    await s.waitForText('asiae ↔ ft-summary · diff');
    await s.pressAt(pace, 'p', ...'ftid');
    await s.waitFor((t) => /pick A: ftid .*→ ft-id/.test(t));
    await s.pressAt(pace, KEYS.enter);
    await s.waitForText('ft-id ↔ ft-summary · align');
    await s.pressAt(pace, 'P', ...'news', KEYS.enter);
    await s.waitForText('ft-id ↔ ainews · align');
    await s.pressAt(pace, '3', 'o', ...'anal');
    await s.waitFor((t) => /open: anal .*→ analysis/.test(t));
    await s.pressAt(pace, KEYS.enter);
    await s.waitFor((t) => /analysis · en · \d+ words/.test(t));
  });
});
