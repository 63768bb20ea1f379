/** `--watch` (the explorer's default) in a real pseudo-terminal: a version changed on disk shows, the view stays where it was, and files that vanish break nothing. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledCorpusDir } from '../../src/cli/context.js';
import { PtySession, type Pace } from './pty-session.js';

const sessions: PtySession[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the bundled corpus to change. */
function copyCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-watch-'));
  dirs.push(dir);
  cpSync(bundledCorpusDir(), dir, { recursive: true });
  return dir;
}

const ASIAE = '000_677b2444d3a00e65.txt';

describe.each<Pace>(['burst', 'one at a time'])('--watch, %s', (pace) => {
  it('reloads a version edited on disk and keeps the reader where it was', async () => {
    const dir = copyCorpus();
    const s = PtySession.start([dir]);
    sessions.push(s);
    await s.waitForText('5 documents');
    await s.pressAt(pace, '3', ':', '5', '\r');
    await s.waitFor((t) => /^¶5 /m.test(t));
    const topBefore = s.screen()[3];
    const file = join(dir, ASIAE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Alibaba, China', 'Zanzibar, China'));
    await s.waitFor((t) => t.includes('reloaded from disk: asiae changed') && /^¶5\s+Zanzibar, China/m.test(t));
    expect(s.screen()[3]).toBe(topBefore);
    // Keys still work on the new corpus.
    await s.pressAt(pace, '1');
    await s.waitFor((t) => /asiae\s+en/.test(t));
  });

  it('survives a version vanishing: the reader moves to what is left, the warnings say why', async () => {
    const dir = copyCorpus();
    const s = PtySession.start([dir]);
    sessions.push(s);
    await s.waitForText('5 documents');
    await s.pressAt(pace, '3');
    await s.waitFor((t) => t.includes('asiae · en'));
    rmSync(join(dir, ASIAE));
    await s.waitFor((t) => t.includes('reloaded from disk: asiae gone') && t.includes('4 documents'));
    await s.pressAt(pace, '!');
    await s.waitForText(ASIAE);
    // The whole directory gone: the last corpus read stays on screen.
    rmSync(dir, { recursive: true, force: true });
    await s.pressAt(pace, '!', '1');
    await s.waitFor((t) => t.includes('4 documents') && /Overview/.test(t));
    expect(s.text()).not.toMatch(/internal error/);
  });
});
