import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import { cacheRoot, corpusKey, indexDir } from '../../../src/core/search/cache.js';
import { createSearchEngine, openStampedSearch } from '../../../src/core/search/engine.js';
import { makeTempCorpus, removeTempCorpus } from '../../helpers/temp-corpus.js';

let root: string;
let dir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'parallax-cache-'));
  dir = makeTempCorpus({
    'a.txt': 'Chips and talent\n\nNvidia chips are banned for export.\n\nAlibaba hires in Sunnyvale.\n',
    'b.txt': 'Another take\n\nMeituan expands in California.\n',
  });
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  removeTempCorpus(dir);
});

async function open() {
  const corpus = await loadCorpus(dir);
  return { corpus, engine: await createSearchEngine(corpus, { cacheRoot: root }) };
}

describe('index cache', () => {
  it('lives under XDG_CACHE_HOME/parallax, else ~/.cache/parallax', () => {
    expect(cacheRoot({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/parallax');
    expect(cacheRoot({})).toMatch(/\/\.cache\/parallax$/);
  });

  it('is written on first use and read on the next, never inside the corpus', async () => {
    expect((await open()).engine.origin).toBe('built');
    const second = await open();
    expect(second.engine.origin).toBe('cache');
    expect(second.engine.search('Nvidia').total).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('rebuilds when a cache file is truncated or garbage', async () => {
    const { corpus } = await open();
    const index = indexDir(corpus.dir, root, corpusKey(corpus));
    for (const [file, garbage] of [
      ['meta.json', '{"format": 3, "key": '],
      ['meta.json', '{}'],
      ['meta.json', '[1,2]'],
      ['dict.json', '{"terms":5}'],
    ]) {
      writeFileSync(join(index, file!), garbage!);
      const reopened = await open();
      expect(reopened.engine.origin).toBe('built');
      expect(reopened.engine.search('Alibaba').total).toBe(1);
      expect((await open()).engine.origin).toBe('cache');
    }
  });

  it('recovers when a postings file turns out corrupt in the middle of a search', async () => {
    const { corpus } = await open();
    const index = indexDir(corpus.dir, root, corpusKey(corpus));
    readdirSync(index)
      .filter((name) => name.startsWith('p-'))
      .forEach((name, i) => writeFileSync(join(index, name), i % 2 ? '\u0000garbage' : '{"terms": [["x", [["!!", 5]]]], "pairs": 7}'));
    const reopened = await open();
    expect(reopened.engine.origin).toBe('cache');
    expect(reopened.engine.search('Meituan').total).toBe(1);
    expect(reopened.engine.origin).toBe('built');
  });

  it('is invalidated by a changed corpus file, and the stale copy removed', async () => {
    await open();
    appendFileSync(join(dir, 'b.txt'), '\nMeituan also hires in Nvidia country.\n');
    const changed = await open();
    expect(changed.engine.origin).toBe('built');
    expect(changed.engine.search('Nvidia').total).toBe(2);
    expect(readdirSync(join(root, 'index'))).toHaveLength(1);
  });

  it('opens a stamped corpus without loading it, and only while no file changes', async () => {
    const past = new Date(Date.now() - 60_000);
    for (const f of ['a.txt', 'b.txt']) utimesSync(join(dir, f), past, past);
    expect(openStampedSearch(dir, 1e6, { cacheRoot: root })).toBeNull();
    const corpus = await loadCorpus(dir);
    const full = await createSearchEngine(corpus, { cacheRoot: root, maxFileBytes: 1e6 });
    const fast = openStampedSearch(dir, 1e6, { cacheRoot: root })!;
    expect(fast).not.toBeNull();
    expect(fast.corpus.documents.map((d) => d.paragraphs.map((p) => p.text))).toEqual(corpus.documents.map((d) => d.paragraphs.map((p) => p.text)));
    expect(fast.corpus.documents[0]!.text).toBe(corpus.documents[0]!.text);
    expect(fast.engine.search('Nvidia OR Meituan', { limit: 5 })).toEqual(full.search('Nvidia OR Meituan', { limit: 5 }));
    expect(openStampedSearch(dir, 2e6, { cacheRoot: root })).toBeNull();
    const index = indexDir(corpus.dir, root, corpusKey(corpus));
    for (const [file, garbage] of [
      ['docs.json', 'null'],
      ['texts.bin', 'short'],
    ]) {
      writeFileSync(join(index, file!), garbage!);
      expect(openStampedSearch(dir, 1e6, { cacheRoot: root })).toBeNull();
      expect(existsSync(index)).toBe(false);
      expect((await createSearchEngine(corpus, { cacheRoot: root, maxFileBytes: 1e6 })).origin).toBe('built');
      expect(openStampedSearch(dir, 1e6, { cacheRoot: root })).not.toBeNull();
    }
    writeFileSync(join(dir, 'b.txt'), 'Another take\n\nMeituan expands in Nevada.\n');
    const later = new Date(Date.now() - 30_000);
    utimesSync(join(dir, 'b.txt'), later, later);
    expect(openStampedSearch(dir, 1e6, { cacheRoot: root })).toBeNull();
    writeFileSync(join(dir, 'c.txt'), 'New\n');
    utimesSync(join(dir, 'c.txt'), later, later);
    expect(openStampedSearch(dir, 1e6, { cacheRoot: root })).toBeNull();
  });

  it('survives two engines building the same index at once', async () => {
    const corpus = await loadCorpus(dir);
    const [a, b] = await Promise.all([createSearchEngine(corpus, { cacheRoot: root }), createSearchEngine(corpus, { cacheRoot: root })]);
    expect(a.search('Alibaba').total).toBe(1);
    expect(b.search('Alibaba').total).toBe(1);
    expect((await open()).engine.search('Alibaba').total).toBe(1);
    expect(readdirSync(join(root, 'index'))).toHaveLength(1);
  });

  it('ranks a reopened index exactly as the built one, champion lists included', async () => {
    const paragraphs = Array.from({ length: 900 }, (_, i) => `alpha ${'filler '.repeat(i % 37)}beta ${i % 3 === 0 ? 'alpha' : ''} gamma${i}`);
    const big = makeTempCorpus({ 'big.txt': `Big one\n\n${paragraphs.join('\n\n')}\n` });
    try {
      const corpus = await loadCorpus(big);
      const built = await createSearchEngine(corpus, { cacheRoot: root });
      const reopened = await createSearchEngine(corpus, { cacheRoot: root });
      expect(reopened.origin).toBe('cache');
      for (const q of ['alpha', 'alpha beta', 'beta -gamma5', '"alpha filler"']) expect(reopened.search(q, { limit: 30 })).toEqual(built.search(q, { limit: 30 }));
      expect(built.search('alpha').total).toBe(900);
    } finally {
      removeTempCorpus(big);
    }
  });

  it('preloads every postings file in the background, after which none is read', async () => {
    const { corpus } = await open();
    const engine = (await open()).engine;
    await engine.preload();
    const index = indexDir(corpus.dir, root, corpusKey(corpus));
    for (const name of readdirSync(index)) if (name.startsWith('p-')) rmSync(join(index, name));
    expect(engine.search('Nvidia OR Meituan').total).toBe(2);
    expect(engine.origin).toBe('cache');
  });

  it('is bypassed with cache: false', async () => {
    const corpus = await loadCorpus(dir);
    await createSearchEngine(corpus, { cacheRoot: root, cache: false });
    expect(() => readdirSync(join(root, 'index'))).toThrow();
  });
});
