/**
 * `e` (editor) and `y` (clipboard) in a real pseudo-terminal: the explorer
 * hands the terminal to the editor and takes it back, and copies through OSC 52.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, PtySession, type Pace, type SessionOptions } from './pty-session.js';

const FAKE_EDITOR = fileURLToPath(new URL('./fixtures/fake-editor.mjs', import.meta.url));
const sessions: PtySession[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function open(options: SessionOptions = {}): Promise<PtySession> {
  const s = PtySession.start([], options);
  sessions.push(s);
  await s.waitForText('5 documents');
  return s;
}

/** The OSC 52 payloads the program wrote, decoded. */
function copied(s: PtySession): string[] {
  return [...s.raw.matchAll(/\u001b\]52;c;([A-Za-z0-9+/=]*)\u0007/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8'));
}

describe.each<Pace>(['burst', 'one at a time'])('hand-offs, %s', (pace) => {
  it('e opens the reader paragraph in $EDITOR at its line, on the main screen, and comes back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-editor-'));
    dirs.push(dir);
    const out = join(dir, 'editor.json');
    const s = await open({ env: { VISUAL: undefined, EDITOR: `'${process.execPath}' '${FAKE_EDITOR}'`, FAKE_EDITOR_OUT: out } });
    await s.pressAt(pace, '3');
    await s.waitForText('¶0');
    await s.pressAt(pace, ':', '4', KEYS.enter);
    await s.waitFor((t) => /^¶4 /m.test(t));
    const paragraph = /^¶4\s+(\S+\s+\S+\s+\S+)/m.exec(s.text())![1]!;
    s.press('e');
    await s.waitForText('FAKE EDITOR at line');
    expect(s.inAltScreen()).toBe(false);
    const opened = JSON.parse(readFileSync(out, 'utf8')) as { line: number; file: string; text: string };
    expect(opened.file).toMatch(/corpus\/.+/);
    // The line opened is where ¶4 begins: it holds the paragraph's first words.
    expect(opened.text.replace(/[*_`#>-]/g, '')).toContain(paragraph.replace(/[*_`]/g, ''));
    s.press(KEYS.enter);
    await s.waitFor((t) => s.inAltScreen() && t.includes(`back from`) && /^¶4 /m.test(t));
    // The explorer works on: keys go to it, not to a cooked terminal.
    await s.pressAt(pace, '1');
    await s.waitFor((t) => /Overview/.test(t) && !/^¶4 /m.test(t));
  });

  it('e without an editor says how to set one', async () => {
    const s = await open({ env: { VISUAL: undefined, EDITOR: undefined } });
    await s.pressAt(pace, '3', 'e');
    await s.waitForText('no editor: set $VISUAL or $EDITOR');
    expect(s.inAltScreen()).toBe(true);
  });

  it('y copies the hit under the cursor as its whole paragraph, and says so', async () => {
    const s = await open({ env: { TMUX: undefined } });
    await s.pressAt(pace, '/', ...'Moonshot');
    await s.waitFor((t) => /ft-id ¶\d+ .*Moonshot/.test(t));
    await s.pressAt(pace, KEYS.escape, 'y');
    await s.waitForText('copied');
    const [text] = copied(s);
    expect(text).toMatch(/Moonshot/);
    expect(text!.length).toBeGreaterThan(100);
    expect(s.raw).not.toContain('\u001bPtmux;');
  });

  it('y inside tmux also goes through the passthrough, and the status names tmux', async () => {
    const s = await open({ env: { TMUX: '/tmp/tmux-0/default,1,0' } });
    await s.pressAt(pace, '3', 'y');
    await s.waitForText('through tmux');
    expect(s.raw).toContain('\u001bPtmux;\u001b\u001b]52;c;');
    expect(copied(s)[0]).toMatch(/^Alibaba, ByteDance/);
  });
});
