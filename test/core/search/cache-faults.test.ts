import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import type { Corpus } from '../../../src/core/corpus/types.js';
import { sealJson, unsealJson } from '../../../src/core/search/cache-files.js';
import { entryPath, sweep } from '../../../src/core/search/cache-fs.js';
import { buildIndex } from '../../../src/core/search/build.js';
import { corpusKey, dirPrefix, indexDir, saveIndex } from '../../../src/core/search/cache.js';
import { CACHE_DAMAGED, CacheCorruptError, createSearchEngine, openStampedSearch } from '../../../src/core/search/engine.js';
import { makeTempCorpus, removeTempCorpus } from '../../helpers/temp-corpus.js';

/**
 * The index cache as an untrusted store: each fault is made by hand in the
 * cache, and the answers must stay those of a run without the cache, with
 * one warning and nothing touched outside the cache.
 */

const QUERIES = ['Nvidia', 'Meituan OR Alibaba', '"chips are banned"', 'hires -Sunnyvale', 'Sunny'];

let work: string;
let root: string;
let dir: string;
let corpus: Corpus;
let expected: unknown[];
beforeEach(async () => {
  work = mkdtempSync(join(tmpdir(), 'parallax-faults-'));
  root = join(work, 'cache', 'parallax');
  dir = makeTempCorpus({
    'a.txt': 'Chips and talent\n\nNvidia chips are banned for export.\n\nAlibaba hires in Sunnyvale.\n',
    'b.txt': 'Another take\n\nMeituan expands in California.\n\nMeituan hires in Sunnyvale too.\n',
  });
  // Old enough that the stamp trusts them.
  const past = new Date(Date.now() - 60_000);
  for (const f of ['a.txt', 'b.txt']) utimesSync(join(dir, f), past, past);
  corpus = await loadCorpus(dir);
  const plain = await createSearchEngine(corpus, { cache: false });
  expected = QUERIES.map((q) => plain.search(q));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
  removeTempCorpus(dir);
});

/** The queries answered as `--query` answers them: from the stamped fast path, else from the loaded corpus; with the warnings given. */
async function engine() {
  const warnings: string[] = [];
  const options = { cacheRoot: root, maxFileBytes: 1e6, onWarning: (m: string) => void (warnings.includes(m) || warnings.push(m)) };
  const fast = openStampedSearch(dir, 1e6, options);
  if (fast) {
    try {
      return { origin: 'fast', warnings, answers: QUERIES.map((q) => fast.engine.search(q)) };
    } catch (err) {
      if (!(err instanceof CacheCorruptError)) throw err;
    }
  }
  const e = await createSearchEngine(corpus, options);
  return { origin: e.origin, warnings, answers: QUERIES.map((q) => e.search(q)) };
}

function index(): string {
  return indexDir(corpus.dir, root, corpusKey(corpus));
}

/** Overwrites a file with bytes of the same length. */
function garble(path: string, byte = 0x7f): void {
  writeFileSync(path, Buffer.alloc(statSync(path).size, byte));
}

/** Rewrites a stand-alone cache file's value, with a correct header and checksum (a damage the checksum cannot see). */
function reseal(path: string, change: (value: Record<string, unknown>) => void): void {
  const value = unsealJson(readFileSync(path), path) as Record<string, unknown>;
  change(value);
  writeFileSync(path, sealJson(value));
}

describe('index cache faults', () => {
  const damages: [string, () => void][] = [
    [
      'a postings file overwritten with garbage of the same size',
      () =>
        readdirSync(index())
          .filter((n) => n.startsWith('p-'))
          .forEach((n) => garble(join(index(), n))),
    ],
    ['texts.bin overwritten with DEL bytes', () => garble(join(index(), 'texts.bin'))],
    ['docs.json overwritten with spaces', () => garble(join(index(), 'docs.json'), 0x20)],
    ['an emptied vocabulary', () => writeFileSync(join(index(), 'dict.json'), '{"terms":[],"df":[]}')],
    ['meta.json truncated', () => writeFileSync(join(index(), 'meta.json'), '{"docStarts":')],
    [
      'a manifest naming fewer postings files',
      () => reseal(join(index(), 'manifest.json'), (m) => (m.files = Object.fromEntries(Object.entries(m.files as object).filter(([n]) => !n.startsWith('p-'))))),
    ],
    ['a manifest with one bit flipped', () => writeFileSync(join(index(), 'manifest.json'), readFileSync(join(index(), 'manifest.json'), 'utf8').replace('"key"', '"kez"'))],
    [
      'the postings files missing',
      () =>
        readdirSync(index())
          .filter((n) => n.startsWith('p-'))
          .forEach((n) => rmSync(join(index(), n))),
    ],
    ['the index folder replaced by a file', () => (rmSync(index(), { recursive: true }), writeFileSync(index(), 'x'))],
  ];
  for (const [what, damage] of damages) {
    it(`answers as without the cache, warns once and rebuilds: ${what}`, async () => {
      await engine();
      damage();
      const run = await engine();
      expect(run.answers).toEqual(expected);
      expect(run.warnings).toEqual([CACHE_DAMAGED]);
      const again = await engine();
      expect(again.origin).toBe('fast');
      expect(again.warnings).toEqual([]);
      expect(again.answers).toEqual(expected);
    });
  }

  it('finds damage to the fast path (stamp and snapshot) when the text is read, and never answers from it', async () => {
    await engine();
    garble(join(index(), 'texts.bin'));
    const warnings: string[] = [];
    const fast = openStampedSearch(dir, 1e6, { cacheRoot: root, onWarning: (m) => warnings.push(m) });
    expect(fast).not.toBeNull();
    expect(() => fast!.engine.search('Nvidia')).toThrow(CacheCorruptError);
    expect(warnings).toEqual([CACHE_DAMAGED]);
    expect(existsSync(index())).toBe(false);
    expect(openStampedSearch(dir, 1e6, { cacheRoot: root })).toBeNull();
    expect((await engine()).answers).toEqual(expected);
  });

  it('sanitizes text read back from the cache, even when it matches its checksum', async () => {
    await engine();
    // A snapshot whose text holds raw control bytes, checksums recomputed: only the sanitizer stands between them and the terminal.
    const docs = JSON.parse(readFileSync(join(index(), 'docs.json'), 'utf8'));
    const texts = readFileSync(join(index(), 'texts.bin'));
    const at = texts.indexOf('Nvidia');
    texts.set(Buffer.from('\u007f\u007f\u001b]'), at + 'Nvidia '.length);
    writeFileSync(join(index(), 'texts.bin'), texts);
    const { checksum } = await import('../../../src/core/search/cache-files.js');
    const d = docs.documents[0];
    d.sum = checksum(texts.subarray(d.at[0], d.at[0] + d.at[1]));
    const docsBytes = Buffer.from(JSON.stringify(docs));
    writeFileSync(join(index(), 'docs.json'), docsBytes);
    reseal(join(index(), 'manifest.json'), (m) => {
      const files = m.files as Record<string, [number, string]>;
      files['docs.json'] = [docsBytes.length, checksum(docsBytes)];
    });
    const fast = openStampedSearch(dir, 1e6, { cacheRoot: root })!;
    const text = JSON.stringify(fast.engine.search('Nvidia'));
    expect(text).toContain('^?^?^[]');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('never touches a path outside the cache named by a stamp', async () => {
    await engine();
    const victim = join(work, 'victim');
    mkdirSync(victim);
    writeFileSync(join(victim, 'keep'), 'x');
    const stamp = entryPath(root, `${dirPrefix(dir)}.stamp`);
    for (const key of ['../../../victim', '../victim', `${corpusKey(corpus).slice(0, 20)}/../../../victim`]) {
      reseal(stamp, (s) => (s.key = key));
      const warnings: string[] = [];
      expect(openStampedSearch(dir, 1e6, { cacheRoot: root, onWarning: (m) => warnings.push(m) })).toBeNull();
      expect(warnings).toEqual([CACHE_DAMAGED]);
      expect(readdirSync(victim)).toEqual(['keep']);
      expect(readdirSync(work).sort()).toEqual(['cache', 'victim']);
      await engine();
    }
  });

  it('takes a stamp naming a corpus file outside the corpus for damage', async () => {
    await engine();
    const stamp = entryPath(root, `${dirPrefix(dir)}.stamp`);
    for (const name of ['../victim', '/etc/passwd', 'a/../../x']) {
      reseal(stamp, (s) => ((s.files as [string, ...number[]][])[0]![0] = name));
      const warnings: string[] = [];
      expect(openStampedSearch(dir, 1e6, { cacheRoot: root, onWarning: (m) => warnings.push(m) })).toBeNull();
      expect(warnings).toEqual([CACHE_DAMAGED]);
      await engine();
    }
  });

  it('refuses to name anything in the cache but its own entries', () => {
    for (const name of ['..', '../x', 'a/b', '0123456789ab-0123456789abcdef01234567/../..', 'passwd', '0123456789ab.stamp/..']) {
      expect(() => entryPath(root, name)).toThrow(/refused/);
    }
    expect(entryPath(root, '0123456789ab-0123456789abcdef01234567')).toBe(join(root, 'index', '0123456789ab-0123456789abcdef01234567'));
  });

  const faults: [string, () => void][] = [
    ['the cache root is a file', () => (mkdirSync(join(work, 'cache')), writeFileSync(root, 'x'))],
    ['the index folder is a file', () => (mkdirSync(root, { recursive: true }), writeFileSync(join(root, 'index'), 'x'))],
    ['the cache root is a symbolic link to /dev/null', () => (mkdirSync(join(work, 'cache')), symlinkSync('/dev/null', root))],
    ['the index folder is a symbolic link to /dev/null', () => (mkdirSync(root, { recursive: true }), symlinkSync('/dev/null', join(root, 'index')))],
    [
      'the index folder is a symbolic link to a folder elsewhere',
      () => (mkdirSync(root, { recursive: true }), mkdirSync(join(work, 'elsewhere')), symlinkSync(join(work, 'elsewhere'), join(root, 'index'))),
    ],
    ['the parent of the cache root is a symbolic link to /dev/null', () => symlinkSync('/dev/null', join(work, 'cache'))],
  ];
  for (const [what, fault] of faults) {
    it(`runs without the cache, with one warning: ${what}`, async () => {
      fault();
      const run = await engine();
      expect(run.answers).toEqual(expected);
      expect(run.warnings).toHaveLength(1);
      expect(run.warnings[0]).toMatch(/^index cache unusable \(.+\); running without it$/);
      expect(openStampedSearch(dir, 1e6, { cacheRoot: root })).toBeNull();
      if (existsSync(join(work, 'elsewhere'))) expect(readdirSync(join(work, 'elsewhere'))).toEqual([]);
    });
  }

  it('removes what killed processes left half-written, and keeps what a live process is writing', async () => {
    await engine();
    const name = `${dirPrefix(dir)}-${corpusKey(corpus)}`;
    const dead = `${name}.tmp-999999999-0badf00d`;
    const live = `${name}.tmp-${process.ppid}-0badf00d`;
    for (const n of [dead, live]) mkdirSync(entryPath(root, n));
    writeFileSync(join(entryPath(root, dead), 'meta.json'), '{');
    sweep(root, dirPrefix(dir), [name]);
    expect(readdirSync(join(root, 'index')).sort()).toEqual([name, live].sort());
  });

  it('waits while a live process builds the same index, then reads it from the cache', async () => {
    const name = `${dirPrefix(dir)}-${corpusKey(corpus)}`;
    mkdirSync(join(root, 'index'), { recursive: true });
    writeFileSync(entryPath(root, `${name}.lock`), String(process.ppid));
    const waiting = createSearchEngine(corpus, { cacheRoot: root });
    saveIndex((await buildIndex(corpus)).files, corpus, root);
    const e = await waiting;
    expect(e.origin).toBe('cache');
    expect(QUERIES.map((q) => e.search(q))).toEqual(expected);
    expect(readFileSync(entryPath(root, `${name}.lock`), 'utf8')).toBe(String(process.ppid));
  });

  it('takes over the build lock of a process that is gone, and leaves no lock behind', async () => {
    const name = `${dirPrefix(dir)}-${corpusKey(corpus)}`;
    mkdirSync(join(root, 'index'), { recursive: true });
    writeFileSync(entryPath(root, `${name}.lock`), '999999999');
    const run = await engine();
    expect(run.origin).toBe('built');
    expect(run.answers).toEqual(expected);
    expect(readdirSync(join(root, 'index')).sort()).toEqual([name, `${dirPrefix(dir)}.stamp`]);
  });
});
