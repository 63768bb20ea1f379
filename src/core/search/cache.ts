import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Corpus } from '../corpus/types.js';
import { docStartsOf, type DocStarts, type IndexFiles, type SearchIndex } from './build.js';
import { CacheCorruptError } from './bucket.js';
import type { DictionaryData } from './dictionary.js';
import { openIndex, type BucketSource } from './open-index.js';
import { CHAMPIONS, TITLE_BOOST, type IndexStats } from './postings.js';
import { writeSnapshot } from './snapshot.js';

/**
 * The on-disk index cache. One directory per (corpus directory, corpus
 * content, index settings); inside, small files a one-shot query reads only
 * as needed: `meta.json` (unit numbering and BM25 statistics), `dict.json`
 * (the vocabulary), `docs.json` and `texts.bin` (the corpus as loaded, see
 * snapshot.ts) and `p-NN.bin` (postings and word-pair postings as varints,
 * bucketed by the first two characters of each term, so a word, its
 * completions and the pairs it starts share a file; see bucket.ts).
 * Directories are written whole under a temporary name and renamed into
 * place, so readers and concurrent writers never see a half-written index.
 */

/** Bump when tokenizing, folding or the file layout changes: old caches then miss. */
export const INDEX_FORMAT = 7;

/** `$XDG_CACHE_HOME/parallax`, else `~/.cache/parallax`. */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && xdg.startsWith('/') ? xdg : join(homedir(), '.cache'), 'parallax');
}

/** Hash of everything the index depends on: each document's id, metadata and text, and the settings. */
export function corpusKey(corpus: Corpus): string {
  const h = createHash('sha256');
  h.update(`parallax-index ${INDEX_FORMAT} title-boost ${TITLE_BOOST} champions ${CHAMPIONS}\0`);
  for (const d of corpus.documents) {
    h.update(`${d.id}\0${d.lang}\0${d.source ?? ''}\0${d.title}\0${d.paragraphs.length}\0`);
    h.update(d.text);
    h.update('\0');
  }
  return h.digest('hex').slice(0, 24);
}

/** What every cache file of one corpus directory is named after. */
export function dirPrefix(corpusDir: string): string {
  return createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 12);
}

/** The cache directory for a corpus directory whose content has key `key`. */
export function indexDir(corpusDir: string, root: string, key: string): string {
  return join(root, 'index', `${dirPrefix(corpusDir)}-${key}`);
}

interface Meta {
  format: number;
  key: string;
  docStarts: DocStarts;
  stats: IndexStats;
  buckets: number[];
}

export { CacheCorruptError } from './bucket.js';

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new CacheCorruptError(`${path}: ${(err as Error).message}`);
  }
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Moves a directory out of the way, then deletes it, so no reader sees it half-deleted. */
export function discard(dir: string): void {
  const trash = `${dir}.trash-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(dir, trash);
    rmSync(trash, { recursive: true, force: true });
  } catch {
    // Already gone, or someone else is replacing it: either way not ours to fix.
  }
}

/** Postings files read from a cache directory. */
function diskSource(dir: string, buckets: number[]): BucketSource {
  const path = (b: number) => join(dir, `p-${b}.bin`);
  return {
    buckets,
    read(b) {
      try {
        return readFileSync(path(b));
      } catch (err) {
        throw new CacheCorruptError(`p-${b}.bin: ${(err as Error).message}`);
      }
    },
    readAsync: (b) => readFile(path(b)),
  };
}

/**
 * Opens the cached index for this corpus, reading only its statistics and
 * vocabulary; postings are read file by file on first use. Returns null
 * when there is no cache or it is stale or corrupt (a corrupt one is removed).
 * `key` is the corpus's content key when the caller already knows it.
 */
export function openCachedIndex(corpus: Corpus, root: string, key = corpusKey(corpus)): SearchIndex | null {
  const dir = indexDir(corpus.dir, root, key);
  try {
    statSync(dir);
  } catch {
    return null;
  }
  try {
    const meta = readJson<Meta>(join(dir, 'meta.json'));
    const docStarts = docStartsOf(corpus);
    if (meta.format !== INDEX_FORMAT || meta.key !== key || !sameNumbers(meta.docStarts, docStarts)) {
      throw new CacheCorruptError('cache is for other content');
    }
    const stats = meta.stats;
    const units = docStarts.length === 0 ? 0 : corpus.documents.reduce((n, d) => n + d.paragraphs.length, 0);
    if (stats.documentCount !== units || stats.fieldLengths.length !== 2 * units) throw new CacheCorruptError('statistics do not match');
    const dictionary = readJson<DictionaryData>(join(dir, 'dict.json'));
    if (!Array.isArray(dictionary.terms) || !Array.isArray(dictionary.df) || dictionary.terms.length !== dictionary.df.length) throw new CacheCorruptError('bad vocabulary');
    if (!Array.isArray(meta.buckets)) throw new CacheCorruptError('bad postings list');
    return openIndex({ stats, dictionary, docStarts }, diskSource(dir, meta.buckets));
  } catch {
    // Unreadable, or JSON of the wrong shape: either way the cache is corrupt.
    discard(dir);
    return null;
  }
}

/** Removes a cache directory found corrupt while in use. */
export function discardCachedIndex(corpus: Corpus, root: string, key = corpusKey(corpus)): void {
  discard(indexDir(corpus.dir, root, key));
}

/**
 * Writes the index to the cache atomically and removes older caches of the
 * same corpus directory. Failing to write (read-only home, full disk) is not
 * an error: the index simply is not cached; the reason is returned.
 */
export function saveIndex(files: IndexFiles, corpus: Corpus, root: string, key = corpusKey(corpus)): string | null {
  const dir = indexDir(corpus.dir, root, key);
  const tmp = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    mkdirSync(tmp, { recursive: true });
    for (const [b, bytes] of files.buckets) writeFileSync(join(tmp, `p-${b}.bin`), bytes);
    writeFileSync(join(tmp, 'dict.json'), JSON.stringify(files.header.dictionary));
    writeSnapshot(corpus, tmp);
    const meta: Meta = { format: INDEX_FORMAT, key, docStarts: files.header.docStarts, stats: files.header.stats, buckets: [...files.buckets.keys()] };
    writeFileSync(join(tmp, 'meta.json'), JSON.stringify(meta));
    try {
      renameSync(tmp, dir);
    } catch {
      // Another process finished the same index first; its copy is as good as ours.
      rmSync(tmp, { recursive: true, force: true });
    }
    const prefix = `${dirPrefix(corpus.dir)}-`;
    const mine = dir.slice(dir.lastIndexOf('/') + 1);
    for (const name of readdirSync(join(root, 'index'))) {
      if (name.startsWith(prefix) && name !== mine && !name.includes('.tmp-')) discard(join(root, 'index', name));
    }
    return null;
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    return (err as Error).message;
  }
}
