import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { PtySession } from './pty-session.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/crash-after-takeover.ts', import.meta.url));
const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
});

describe('terminal restore', () => {
  for (const how of ['throw', 'reject']) {
    it(`leaves the alternate screen, shows the cursor and exits 2 on an uncaught ${how === 'throw' ? 'error' : 'rejection'}`, async () => {
      const s = PtySession.start([how], { node: ['--import', 'tsx', FIXTURE] });
      sessions.push(s);
      await s.waitForText('ready');
      expect(s.inAltScreen()).toBe(true);
      expect(await s.exited).toBe(2);
      await s.waitFor(() => !s.inAltScreen());
      expect(s.raw.lastIndexOf('\u001b[?25h')).toBeGreaterThan(s.raw.lastIndexOf('\u001b[?25l'));
      expect(s.text()).toContain('internal error in the explorer');
      expect(s.titles).toEqual([]);
    });
  }
});
