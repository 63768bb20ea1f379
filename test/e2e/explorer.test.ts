/**
 * The explorer in a real pseudo-terminal: the built program under node-pty,
 * its output interpreted by @xterm/headless. Every step waits for the screen.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, PtySession, type SessionOptions } from './pty-session.js';
import { makeTempCorpus, removeTempCorpus } from '../helpers/temp-corpus.js';
import { runCli } from '../helpers/run-cli.js';

const sessions: PtySession[] = [];
const dirs: string[] = [];

function start(args: string[] = [], options?: SessionOptions): PtySession {
  const s = PtySession.start(args, options);
  sessions.push(s);
  return s;
}

afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
  for (const d of dirs.splice(0)) removeTempCorpus(d);
});

/** Types text one key at a time, as a person does. */
function type(s: PtySession, text: string) {
  for (const ch of text) s.press(ch);
}

describe('explorer in a terminal', () => {
  it('under NO_COLOR marks entities with underline and no color', async () => {
    const s = start([], { env: { NO_COLOR: '1', FORCE_COLOR: undefined } });
    await s.waitForText('5 documents');
    s.press('3');
    // The first cell of the reader's paragraph 0: Alibaba, underlined once the entity index is ready.
    const alibaba = () => {
      const lines = s.screen();
      const y = lines.findIndex((l) => /^¶0\s+Alibaba, ByteDance, Meituan Recruiting/.test(l));
      const buf = s.term.buffer.active;
      return y === -1 ? undefined : buf.getLine(buf.viewportY + y)?.getCell(lines[y]!.indexOf('Alibaba'));
    };
    await s.waitFor(() => Boolean(alibaba()?.isUnderline()));
    expect(alibaba()!.isFgDefault()).toBe(true);
    expect(s.raw).not.toMatch(/\u001b\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7]|38;)/);
  });

  it('finds Moonshot in the Indonesian version as you type, with context, and opens it in the reader', async () => {
    const s = start();
    await s.waitForText('5 documents');
    expect(s.inAltScreen()).toBe(true);
    s.press('/');
    type(s, 'Moonshot');
    await s.waitFor((t) => /ft-id ¶\d+ .*Moonshot/.test(t));
    expect(s.text()).toMatch(/hits? in 1 versions?/);
    expect(s.text()).toContain('ft-id 2');
    expect(s.text()).toMatch(/multimodal besar di Moonshot, yang memiliki chatbot/);
    s.press(KEYS.enter);
    // The reader opens on the hit's version, then scrolls to it.
    await s.waitFor((t) => t.includes('ft-id · id') && t.includes('Kimi'));
  });

  it('opens the diff pane on an English and the Indonesian version with both columns', async () => {
    const s = start();
    await s.waitForText('5 documents');
    s.press('4');
    await s.waitForText('asiae ↔ ft-summary');
    s.press('b', 'b');
    await s.waitForText('asiae ↔ ft-id');
    await s.waitForText('A: asiae (en)');
    expect(s.text()).toContain('B: ft-id (id)');
    expect(s.text()).toContain('align');
    const both = s.screen().filter((line) => /\S.*│.*\S/.test(line.slice(3)) && !line.includes('A: asiae'));
    expect(both.length).toBeGreaterThan(3);
    s.press('u');
    await s.waitFor((t) => !t.includes('│ B: ft-id'));
  });

  it('opens the search pane with --tui --query', async () => {
    const s = start(['--tui', '--query', 'Sunnyvale']);
    await s.waitFor((t) => /asiae ¶\d+ .*Sunnyvale/.test(t));
  });

  it('opens the diff pane with --tui --diff', async () => {
    const s = start(['--tui', '--diff', 'ainews', 'ft-id']);
    await s.waitForText('ainews ↔ ft-id');
  });

  it('shows the help overlay with ?', async () => {
    const s = start();
    await s.waitForText('5 documents');
    s.press('?');
    await s.waitForText('Keys in the Overview pane');
    expect(s.text()).toContain('half a page down');
    s.press(KEYS.escape);
    await s.waitFor((t) => !t.includes('Keys in the Overview pane'));
  });

  it('takes Esc typed in the same read as the next key (Alt+key to the terminal) as leaving the input, then that key', async () => {
    const s = start();
    await s.waitForText('5 documents');
    s.press('2');
    type(s, 'Moon');
    await s.waitFor((t) => /ft-id ¶\d+ .*Moonshot/.test(t));
    s.press('\u001b5');
    await s.waitForText('filter:');
    s.press('2');
    await s.waitFor((t) => /^\/ Moon\s*$/m.test(t) && t.includes('Esc done'));
    s.press('\u001bq');
    expect(await s.exited).toBe(0);
  });

  it('leaves the alternate screen and exits 0 on q', async () => {
    const s = start();
    await s.waitForText('5 documents');
    s.press('q');
    expect(await s.exited).toBe(0);
    await s.waitFor(() => !s.inAltScreen());
    expect(s.raw).toContain('\u001b[?1049l');
    expect(s.raw.endsWith('\u001b[?25h') || s.raw.lastIndexOf('\u001b[?25h') > s.raw.lastIndexOf('\u001b[?25l')).toBe(true);
  });

  it('restores the terminal on Ctrl-C and on SIGTERM', async () => {
    const a = start();
    await a.waitForText('5 documents');
    a.press(KEYS.ctrlC);
    // 0 once the app reads keys in raw mode; 130 (SIGINT from the tty) if Ctrl-C beats raw mode on.
    expect([0, 130]).toContain(await a.exited);
    await a.waitFor(() => !a.inAltScreen());

    const b = start();
    await b.waitForText('5 documents');
    b.kill('SIGTERM');
    expect(await b.exited).toBe(143);
    await b.waitFor(() => !b.inAltScreen());
    expect(b.raw.lastIndexOf('\u001b[?25h')).toBeGreaterThan(b.raw.lastIndexOf('\u001b[?25l'));
  });

  it('says the terminal is too small below 60x15 and reflows when it grows again', async () => {
    const s = start();
    await s.waitForText('5 documents');
    s.resize(50, 10);
    await s.waitForText('terminal too small');
    expect(s.text()).toContain('50x10');
    s.resize(100, 30);
    await s.waitForText('5 documents');
    expect(s.text()).not.toContain('terminal too small');
  });

  it('renders a corpus full of escape sequences without emitting any of them', async () => {
    const hostile = [
      'Title \u001b]0;pwned-title\u0007 here',
      '',
      'Clipboard \u001b]52;c;aGVsbG8=\u0007 and palette \u001b]4;1;rgb:ff/00/00\u0007 and link \u001b]8;;http://x\u0007x\u001b]8;;\u0007.',
      '',
      'Colors \u001b[31mred\u001b[0m, cursor \u001b[2J\u001b[H, DCS \u001bPq#0\u001b\\ and bidi \u202Eevil\u202C end.',
    ].join('\n');
    const dir = makeTempCorpus({ 'hostile.txt': hostile, 'plain.txt': 'Plain words about a palette.\n' });
    dirs.push(dir);
    const s = start(['--corpus', dir]);
    await s.waitForText('2 documents');
    s.press(KEYS.enter);
    await s.waitForText('Clipboard');
    expect(s.text()).toContain('^[]52;c;aGVsbG8=^G');
    s.press('/');
    type(s, 'palette');
    await s.waitFor((t) => /hostile ¶\d+/.test(t));
    s.press(KEYS.escape);
    await s.waitFor((t) => !t.includes('Esc done'));
    s.press('4');
    await s.waitForText('hostile ↔ plain');
    s.press('q');
    await s.exited;
    expect(s.titles).toEqual([]);
    // No OSC (title, clipboard, palette, links) and no DCS ever reached the terminal.
    expect(s.raw).not.toMatch(/\u001b\]|\u009d|\u001bP|\u0090/);
    expect(s.raw).not.toContain('\u001b[2J\u001b[H, DCS');
    expect(s.raw).not.toContain('\u202E');
  });

  it('prints one line and exits 2 without a terminal', () => {
    const r = runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('needs a terminal');
  });
});
