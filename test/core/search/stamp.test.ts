import type * as fs from 'node:fs';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import { createSearchEngine, openStampedSearch } from '../../../src/core/search/engine.js';
import { makeTempCorpus, removeTempCorpus } from '../../helpers/temp-corpus.js';

/**
 * Files the load could not read. Tests run as root, where `chmod 000` does
 * not stop a read, so an unreadable file is simulated: opening a path in
 * this set fails with EACCES, for the loader (fs/promises) and for the
 * stamp's check (fs) alike.
 */
const unreadable = new Set<string>();
const eacces = (path: unknown) => Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const openSync = (path: fs.PathLike, flags: fs.OpenMode = 'r', mode?: fs.Mode | null) => {
    if (unreadable.has(String(path))) throw eacces(path);
    return real.openSync(path, flags, mode);
  };
  return { ...real, openSync };
});
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  const open = (path: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => (unreadable.has(String(path)) ? Promise.reject(eacces(path)) : real.open(path, flags, mode));
  return { ...real, open };
});

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'parallax-stamp-'));
  dir = makeTempCorpus({ 'a.txt': 'First\n\nNvidia chips are banned.\n', 'b.txt': 'Second\n\nMeituan expands in California.\n' });
  age('a.txt', 'b.txt');
});
afterEach(() => {
  unreadable.clear();
  rmSync(root, { recursive: true, force: true });
  removeTempCorpus(dir);
});

/** Makes files old enough for the stamp to trust them. */
function age(...names: string[]): void {
  const past = new Date(Date.now() - 60_000);
  for (const n of names) utimesSync(join(dir, n), past, past);
}

async function loadAndStamp() {
  const corpus = await loadCorpus(dir, { maxFileBytes: 1e6 });
  const engine = await createSearchEngine(corpus, { cacheRoot: root, maxFileBytes: 1e6 });
  return { corpus, engine };
}

const fast = () => openStampedSearch(dir, 1e6, { cacheRoot: root });

describe('corpus stamp', () => {
  it('is not kept when a corpus file could not be read, so the next run reads it again', async () => {
    unreadable.add(join(dir, 'b.txt'));
    const first = await loadAndStamp();
    expect(first.corpus.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/cannot be read \(EACCES\)/)]);
    expect(first.engine.search('Meituan').total).toBe(0);
    expect(fast()).toBeNull();
    unreadable.clear(); // `chmod 644`: nothing about the file's name, size or time changes
    const second = await loadAndStamp();
    expect(second.engine.search('Meituan').total).toBe(1);
    expect(fast()!.engine.search('Meituan').total).toBe(1);
  });

  it('is invalidated by a change of permissions alone', async () => {
    chmodSync(join(dir, 'b.txt'), 0o600);
    await loadAndStamp();
    expect(fast()).not.toBeNull();
    chmodSync(join(dir, 'b.txt'), 0o644);
    expect(fast()).toBeNull();
  });

  it('is invalidated by a change of type with the same name', async () => {
    await loadAndStamp();
    expect(fast()).not.toBeNull();
    rmSync(join(dir, 'b.txt'));
    mkdirSync(join(dir, 'b.txt'));
    age('b.txt');
    expect(fast()).toBeNull();
  });
});
