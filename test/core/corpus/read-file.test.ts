import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusRoot, isRefusal, readCorpusFile } from '../../../src/core/corpus/read-file.js';

const MB = 1e6;

describe('readCorpusFile', () => {
  const outside = mkdtempSync(join(tmpdir(), 'parallax-outside-'));
  const dir = mkdtempSync(join(tmpdir(), 'parallax-read-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  writeFileSync(join(dir, 'a.txt'), 'hello');
  writeFileSync(join(outside, 'secret.txt'), 'not yours');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'b.txt'), 'nested');
  symlinkSync(join(dir, 'a.txt'), join(dir, 'inside-link.txt'));
  symlinkSync(join(outside, 'secret.txt'), join(dir, 'outside-link.txt'));
  symlinkSync('/dev/zero', join(dir, 'zero.txt'));
  symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
  symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
  execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
  writeFileSync(join(dir, 'big.txt'), Buffer.alloc(2 * MB, 'x'));
  const root = corpusRoot(dir);
  const read = (name: string, cap = 50 * MB) => readCorpusFile(root, name, cap);

  it('reads a regular file, and one behind a link that stays inside the corpus', () => {
    for (const name of ['a.txt', 'inside-link.txt']) {
      const r = read(name);
      expect(isRefusal(r)).toBe(false);
      if (!isRefusal(r)) expect(r.bytes.toString()).toBe('hello');
    }
    const nested = read('sub/b.txt');
    expect(!isRefusal(nested) && nested.bytes.toString()).toBe('nested');
  });

  it('refuses what is not a regular file inside the corpus, at once and without throwing', () => {
    expect(read('fifo.txt')).toMatchObject({ kind: 'not-regular' });
    expect(read('sub')).toMatchObject({ kind: 'not-regular' });
    expect(read('zero.txt')).toMatchObject({ kind: 'outside' });
    expect(read('outside-link.txt')).toMatchObject({ kind: 'outside' });
    expect(read('../' + join(outside.split('/').pop()!, 'secret.txt'))).toMatchObject({ kind: 'outside' });
    expect(read('missing.txt')).toMatchObject({ kind: 'missing' });
    expect(read('loop-a.txt')).toMatchObject({ kind: 'unreadable' });
    expect(read('big.txt', 1 * MB)).toMatchObject({ kind: 'too-large', message: '2.0 MB is over the 1 MB cap' });
  });

  it('refuses a device node inside the corpus by what the open handle is, not by its name', () => {
    // A corpus rooted at /dev: every name there is inside it, and none is a regular file.
    expect(readCorpusFile(corpusRoot('/dev'), 'zero', 50 * MB)).toMatchObject({ kind: 'not-regular' });
    expect(readCorpusFile(corpusRoot('/dev'), 'urandom', 50 * MB)).toMatchObject({ kind: 'not-regular' });
  });
});
