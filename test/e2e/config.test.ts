/** The config file in a real pseudo-terminal: the user's keys work and show in the status bar and help; bad entries are listed by ! and printed at exit. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PtySession, type Pace } from './pty-session.js';

const sessions: PtySession[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function withConfig(config: unknown): string {
  const home = mkdtempSync(join(tmpdir(), 'parallax-config-'));
  dirs.push(home);
  mkdirSync(join(home, 'parallax'));
  writeFileSync(join(home, 'parallax', 'config.json'), JSON.stringify(config));
  return home;
}

describe.each<Pace>(['burst', 'one at a time'])('config file, %s', (pace) => {
  it("uses the user's keys, shows them, lists bad entries and quits on the user's quit key", async () => {
    const home = withConfig({ keys: { quit: 'Z', 'reader.nextVersion': '>', bogus: 'z' }, colors: { keys: 'octarine' } });
    const s = PtySession.start([], { env: { XDG_CONFIG_HOME: home } });
    sessions.push(s);
    await s.waitForText('5 documents');
    await s.waitFor((t) => / Z quit/.test(t) && !/ q quit/.test(t) && t.includes('2 warnings (!)'));
    await s.pressAt(pace, '3', '?');
    await s.waitFor((t) => /^>\s+next version, at the aligned paragraph/m.test(t));
    await s.pressAt(pace, '?', '>');
    await s.waitForText('ft-summary · en');
    await s.pressAt(pace, '!');
    await s.waitFor((t) => t.includes('keys.bogus: no such action "bogus"') && t.includes('colors.keys: "octarine" is not a color'));
    await s.pressAt(pace, '!', 'Z');
    expect(await s.exited).toBe(0);
    expect(s.raw).toContain('parallax: warning: ');
  });
});
