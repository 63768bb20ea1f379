import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeReload, watchCorpus } from '../../src/ui/watch.js';

describe('describeReload', () => {
  it('names the versions changed, added and gone', () => {
    const before = [
      { id: 'a', text: 'one' },
      { id: 'b', text: 'two' },
    ];
    expect(
      describeReload(before, [
        { id: 'a', text: 'one!' },
        { id: 'c', text: 'x' },
      ]),
    ).toBe('reloaded from disk: a changed · c added · b gone');
    expect(describeReload(before, before)).toBe('');
  });
});

describe('watchCorpus', () => {
  it('calls back after writes under the directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-watch-unit-'));
    try {
      let calls = 0;
      const changed = new Promise<void>((resolve) => {
        const stop = watchCorpus(
          dir,
          () => {
            calls++;
            stop();
            resolve();
          },
          () => {},
        );
      });
      for (let i = 0; i < 5; i++) writeFileSync(join(dir, 'v.txt'), `text ${i}`);
      await changed;
      expect(calls).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a directory it cannot watch, once', () => {
    const messages: string[] = [];
    watchCorpus(
      join(tmpdir(), 'parallax-no-such-dir-xyz'),
      () => {},
      (m) => messages.push(m),
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^stopped watching the corpus: ENOENT/);
  });
});
