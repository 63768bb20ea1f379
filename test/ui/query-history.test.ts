import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyFile, readHistory, remember, writeHistory } from '../../src/ui/query-history.js';

describe('query history', () => {
  it('lives under $XDG_STATE_HOME, else ~/.local/state', () => {
    expect(historyFile({ XDG_STATE_HOME: '/s' })).toBe('/s/parallax/history');
    expect(historyFile({ XDG_STATE_HOME: 'relative' })).toMatch(/\.local\/state\/parallax\/history$/);
  });

  it('writes one query a line and reads them back; a missing file is no history', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-history-'));
    try {
      const file = join(dir, 'parallax', 'history');
      expect(readHistory(file)).toEqual([]);
      writeHistory(['Kimi', 'a\nb'], file);
      expect(readFileSync(file, 'utf8')).toBe('Kimi\na b\n');
      expect(readHistory(file)).toEqual(['Kimi', 'a b']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('adds a query as the newest, once, and never an empty one', () => {
    expect(remember(['a', 'b'], 'a')).toEqual(['b', 'a']);
    expect(remember(['a'], '  ')).toEqual(['a']);
    expect(remember(['a'], 'a')).toEqual(['a']);
  });
});
