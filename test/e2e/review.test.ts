/**
 * The QA pane in a real pseudo-terminal: three findings marked and one
 * commented, the explorer quit and opened again, the marks and the comment
 * still there, and in the HTML report.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { KEYS, PtySession } from './pty-session.js';

const SEEDED = join(import.meta.dirname, '..', 'fixtures', 'seeded-qa');
const data = mkdtempSync(join(tmpdir(), 'parallax-review-e2e-'));
const env = { XDG_DATA_HOME: data };
const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
});
afterAll(() => rmSync(data, { recursive: true, force: true }));

function open(): PtySession {
  const s = PtySession.start(['--corpus', SEEDED, '--tui', '--diff', 'original', 'defects'], { env });
  sessions.push(s);
  return s;
}

/** The QA pane's line of a finding whose message holds `text`. */
const lineOf = (s: PtySession, text: string) => s.screen().find((l) => l.includes(text)) ?? '';

describe('the QA pane in a terminal', () => {
  it('keeps marks and comments across a restart, and the HTML report shows them', async () => {
    let s = open();
    await s.waitForText('original ↔ defects');
    s.press('6');
    await s.waitForText('5 findings · 0 reviewed');
    // Finding 1 (the dropped sentence): to fix, with a comment.
    s.press('x');
    await s.waitFor(() => lineOf(s, 'not in B').startsWith('✗'));
    s.press('c');
    await s.waitForText('comment:');
    for (const ch of 'restore the cables sentence') s.press(ch);
    s.press(KEYS.enter);
    await s.waitFor(() => lineOf(s, 'not in B').includes('— restore the cables sentence'));
    // Finding 2 (Solvan): accepted; finding 3 (the number): to fix. n moves between findings (the first n takes the cursor's).
    s.press('n', 'n', 'a');
    await s.waitFor(() => lineOf(s, 'Solvan').startsWith('✓'));
    s.press('n', 'x');
    await s.waitFor(() => lineOf(s, '42,000').startsWith('✗'));
    await s.waitForText('5 findings · 3 reviewed');
    // Enter shows the finding's row in the diff pane.
    s.press(KEYS.enter);
    await s.waitFor((t) => t.includes('Sekitar 24.000 kendaraan') && t.includes('sentence'));
    s.press('q');
    expect(await s.exited).toBe(0);
    expect(readdirSync(join(data, 'parallax', 'reviews'))).toHaveLength(1);

    s = open();
    await s.waitForText('original ↔ defects');
    s.press('6');
    await s.waitForText('5 findings · 3 reviewed');
    expect(lineOf(s, 'not in B')).toMatch(/^✗ .*— restore the cables sentence/);
    expect(lineOf(s, 'Solvan')).toMatch(/^✓/);
    expect(lineOf(s, '42,000')).toMatch(/^✗/);
    expect(lineOf(s, 'orlen-bridge')).toMatch(/^ /);
    s.press('q');
    expect(await s.exited).toBe(0);

    const html = runCli(['--qa', 'original', 'defects', '--corpus', SEEDED, '--format', 'html'], env).stdout;
    expect(html).toContain('3 reviewed');
    expect(html).toContain('“restore the cables sentence”');
    expect(html.match(/✗ to fix/g)).toHaveLength(2);
    expect(html.match(/✓ accepted/g)).toHaveLength(1);
  }, 60_000);
});
