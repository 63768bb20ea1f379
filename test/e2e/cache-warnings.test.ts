/** Index-cache warnings reach the explorer's warnings panel (they used to be lost until quit, and then too). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it } from 'vitest';
import { PtySession, type Pace } from './pty-session.js';

const sessions: PtySession[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe.each<Pace>(['burst', 'one at a time'])('cache warnings, %s', (pace) => {
  it('an unusable index cache is counted in the status bar and listed by !', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-cache-file-'));
    dirs.push(dir);
    // A file where the cache directory should be: the index cannot be cached.
    const notADir = join(dir, 'cache');
    writeFileSync(notADir, 'x');
    const s = PtySession.start([], { env: { XDG_CACHE_HOME: notADir } });
    sessions.push(s);
    await s.waitForText('5 documents');
    await s.pressAt(pace, '/', ...'Moonshot');
    await s.waitFor((t) => /ft-id ¶\d+ .*Moonshot/.test(t) && t.includes('1 warning (!)'));
    // Esc, then a pane key: Ink drops an Esc read together with punctuation (`Esc !`), not with a digit.
    await s.pressAt(pace, '\u001b', '1', '!');
    await s.waitForText('index cache unusable');
  });
});
