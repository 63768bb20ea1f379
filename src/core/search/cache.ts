import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Corpus } from '../corpus/types.js';
import type { DocStarts, IndexFiles, SearchIndex } from './build.js';
import { CacheCorruptError } from './bucket.js';
import { checksum, INDEX_FORMAT, MANIFEST, sealJson, VerifiedFolder, type Manifest } from './cache-files.js';
import { checkFolders, entryPath, KEY, removeEntry, renameEntry, sweep, tmpName } from './cache-fs.js';
import type { DictionaryData } from './dictionary.js';
import { openIndex, type BucketSource } from './open-index.js';
import { CHAMPIONS, TITLE_BOOST, type IndexStats } from './postings.js';
import { stampName, writeSnapshot } from './snapshot.js';

/**
 * The on-disk index cache. One directory per (corpus directory, corpus
 * content, index settings); inside, small files a one-shot query reads only
 * as needed: `meta.json` (unit numbering and BM25 statistics), `dict.json`
 * (the vocabulary), `docs.json` and `texts.bin` (the corpus as loaded, see
 * snapshot.ts) and `p-NN.bin` (postings and word-pair postings as varints,
 * bucketed by the first two characters of each term, so a word, its
 * completions and the pairs it starts share a file; see bucket.ts), and
 * `manifest.json`, the size and checksum of each of them, checked as each is
 * first read (see cache-files.ts). Directories are written whole under a
 * temporary name and renamed into place, so readers and concurrent writers
 * never see a half-written index.
 */

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

/** The name of the cache directory for a corpus directory whose content has key `key` (a key read from the cache is checked first). */
export function indexName(corpusDir: string, key: string): string {
  if (!KEY.test(key)) throw new CacheCorruptError(`bad content key ${JSON.stringify(key)}`);
  return `${dirPrefix(corpusDir)}-${key}`;
}

/** The cache directory for a corpus directory whose content has key `key`. */
export function indexDir(corpusDir: string, root: string, key: string): string {
  return entryPath(root, indexName(corpusDir, key));
}

interface Meta {
  docStarts: DocStarts;
  stats: IndexStats;
}

export { CacheCorruptError } from './bucket.js';

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** An array of this many numbers (only the first and last are looked at: the manifest's checksum vouches for the rest). */
function isNumbers(v: unknown, length: number): v is number[] {
  const ok = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  return Array.isArray(v) && v.length === length && (length === 0 || (ok(v[0]) && ok(v[length - 1])));
}

/** Postings files read from a checked index folder. */
function diskSource(folder: VerifiedFolder): BucketSource {
  return {
    buckets: folder.buckets(),
    read: (b) => folder.read(`p-${b}.bin`),
    readAsync: (b) => folder.readAsync(`p-${b}.bin`),
  };
}

/**
 * The index folder for this content, its manifest read and checked. Null
 * when there is none; CacheCorruptError when it is damaged (then discard it);
 * CacheFaultError or a filesystem error when the cache cannot be used.
 */
export function openFolder(corpusDir: string, root: string, key: string): VerifiedFolder | null {
  const name = indexName(corpusDir, key);
  if (!checkFolders(root, false)) return null;
  const dir = entryPath(root, name);
  let info;
  try {
    info = lstatSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  if (!info.isDirectory()) throw new CacheCorruptError(`${name} is not a folder`);
  const folder = VerifiedFolder.open(dir, key);
  if (!folder) throw new CacheCorruptError(`${name} holds another format`);
  return folder;
}

/**
 * The index in a checked folder, for a corpus whose documents start at these
 * unit ids: statistics and vocabulary are read (and checked) now, postings
 * file by file on first use. CacheCorruptError when anything does not match.
 */
export function indexFromFolder(folder: VerifiedFolder, docStarts: DocStarts, units: number): SearchIndex {
  const meta = folder.readJson('meta.json') as Meta;
  if (!meta || !isNumbers(meta.docStarts, docStarts.length) || !sameNumbers(meta.docStarts, docStarts)) throw new CacheCorruptError('cache is for other content');
  const stats = meta.stats;
  if (!stats || stats.documentCount !== units || !isNumbers(stats.fieldLengths, 2 * units) || !isNumbers(stats.averageFieldLength, 2)) {
    throw new CacheCorruptError('statistics do not match');
  }
  const dictionary = folder.readJson('dict.json') as DictionaryData;
  const { terms, df } = dictionary ?? {};
  if (!Array.isArray(terms) || !isNumbers(df, terms.length)) throw new CacheCorruptError('bad vocabulary');
  return openIndex({ stats, dictionary, docStarts }, diskSource(folder));
}

/**
 * Writes the index to the cache atomically (with its manifest, last) and
 * removes older caches of the same corpus directory and temporary copies
 * left by killed processes. Throws when the cache cannot be written (a
 * read-only home, a full disk, a file where a folder should be); no
 * temporary copy is left behind either way.
 */
export function saveIndex(files: IndexFiles, corpus: Corpus, root: string, key = corpusKey(corpus)): void {
  checkFolders(root, true);
  const name = indexName(corpus.dir, key);
  const tmp = tmpName(name);
  const dir = entryPath(root, tmp);
  try {
    mkdirSync(dir, { mode: 0o700 });
    const listed: Manifest['files'] = {};
    const put = (file: string, bytes: Uint8Array) => {
      writeFileSync(join(dir, file), bytes);
      listed[file] = [bytes.length, checksum(bytes)];
    };
    for (const [b, bytes] of files.buckets) put(`p-${b}.bin`, bytes);
    put('dict.json', Buffer.from(JSON.stringify(files.header.dictionary)));
    const snapshot = writeSnapshot(corpus, dir);
    listed['texts.bin'] = snapshot.texts;
    put('docs.json', snapshot.docs);
    const meta: Meta = { docStarts: files.header.docStarts, stats: files.header.stats };
    put('meta.json', Buffer.from(JSON.stringify(meta)));
    const manifest: Manifest = { key, files: listed };
    writeFileSync(join(dir, MANIFEST), sealJson(manifest));
    try {
      renameEntry(root, tmp, name);
    } catch (err) {
      // Another process finished the same index first; its copy is as good as ours.
      if (!lstatSync(entryPath(root, name), { throwIfNoEntry: false })?.isDirectory()) throw err;
      removeEntry(root, tmp);
    }
  } catch (err) {
    removeEntry(root, tmp);
    throw err;
  }
  const prefix = dirPrefix(corpus.dir);
  sweep(root, prefix, [name, stampName(prefix)]);
}
