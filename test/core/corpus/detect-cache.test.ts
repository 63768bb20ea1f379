import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import { makeTempCorpus, removeTempCorpus } from '../../helpers/temp-corpus.js';

const ENGLISH = 'The river rose through the night, and by morning the people of the town had left their homes for the hills. They said that the water was higher than it had been for twenty years, and that the bridge would not hold for long.\n';
const OLD = new Date(Date.now() - 60_000);

describe('language detection cache', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const setup = () => {
    const corpus = makeTempCorpus({ 'story.txt': ENGLISH });
    utimesSync(join(corpus, 'story.txt'), OLD, OLD);
    const cache = mkdtempSync(join(tmpdir(), 'parallax-detect-cache-'));
    dirs.push(corpus, cache);
    return { corpus, cache };
  };
  const cacheFile = (cache: string) => join(cache, readdirSync(cache).find((f) => f.endsWith('.json'))!);

  it('keeps each detected language under the file stamp and answers from it while the file is unchanged', async () => {
    const { corpus, cache } = setup();
    expect((await loadCorpus(corpus, { detectCache: cache })).documents[0]!.lang).toBe('en');
    // Tamper with the cached answer: a load that still detected would say "en".
    const file = cacheFile(cache);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"en"', '"xx"'));
    expect((await loadCorpus(corpus, { detectCache: cache })).documents[0]!.lang).toBe('xx');
    // A changed file is detected again.
    writeFileSync(join(corpus, 'story.txt'), ENGLISH + ENGLISH);
    utimesSync(join(corpus, 'story.txt'), OLD, OLD);
    expect((await loadCorpus(corpus, { detectCache: cache })).documents[0]!.lang).toBe('en');
    removeTempCorpus(corpus);
  });

  it('ignores a damaged cache file, and a cache directory it cannot write', async () => {
    const { corpus, cache } = setup();
    await loadCorpus(corpus, { detectCache: cache });
    writeFileSync(cacheFile(cache), '{"files": {"story.txt": [1, "x"');
    expect((await loadCorpus(corpus, { detectCache: cache })).documents[0]!.lang).toBe('en');
    const blocked = join(corpus, 'story.txt', 'not-a-dir');
    expect((await loadCorpus(corpus, { detectCache: blocked })).documents[0]!.lang).toBe('en');
  });

  it('does not keep the answer for a file modified within the last second', async () => {
    const corpus = makeTempCorpus({ 'fresh.txt': ENGLISH });
    const cache = mkdtempSync(join(tmpdir(), 'parallax-detect-cache-'));
    dirs.push(corpus, cache);
    await loadCorpus(corpus, { detectCache: cache });
    expect(readdirSync(cache)).toEqual([]);
  });
});

describe('language detection cache upkeep', () => {
  it('forgets files that are gone from the corpus', async () => {
    const corpus = makeTempCorpus({ 'a.txt': ENGLISH, 'b.txt': ENGLISH });
    for (const f of ['a.txt', 'b.txt']) utimesSync(join(corpus, f), OLD, OLD);
    const cache = mkdtempSync(join(tmpdir(), 'parallax-detect-cache-'));
    try {
      await loadCorpus(corpus, { detectCache: cache });
      rmSync(join(corpus, 'b.txt'));
      await loadCorpus(corpus, { detectCache: cache });
      const file = join(cache, readdirSync(cache)[0]!);
      expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).files)).toEqual(['a.txt']);
    } finally {
      removeTempCorpus(corpus);
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
