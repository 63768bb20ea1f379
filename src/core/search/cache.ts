import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Corpus } from '../corpus/types.js';
import { docStartsOf, type DocStarts, type SearchIndex } from './build.js';
import { TermDictionary, type DictionaryData } from './dictionary.js';
import { writeSnapshot } from './snapshot.js';
import { decodeVarints, encodeVarints } from './varint.js';
import { CHAMPIONS, PostingIndex, TITLE_BOOST, type FieldPostings, type IndexStats, type TermPostings } from './postings.js';

/**
 * The on-disk index cache. One directory per (corpus directory, corpus
 * content, index settings); inside, small files a one-shot query reads only
 * as needed: `meta.json` (unit numbering and BM25 statistics), `dict.json`
 * (the vocabulary), `docs.json` and `texts.bin` (the corpus as loaded, see
 * snapshot.ts) and `p-NN.json` (postings and word-pair postings as varints,
 * see varint.ts, bucketed by the first two characters of each term, so a
 * word, its completions and the pairs it starts share a file).
 * Directories are written whole under a temporary name and renamed into
 * place, so readers and concurrent writers never see a half-written index.
 */

/** Bump when tokenizing, folding or the file layout changes: old caches then miss. */
export const INDEX_FORMAT = 6;
const BUCKETS = 256;

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

/** Which postings file holds a term (a word pair goes with its first word). */
export function bucketOf(term: string): number {
  let h = 0x811c9dc5;
  let n = 0;
  for (const ch of term) {
    if (ch === ' ') break;
    h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193);
    if (++n === 2) break;
  }
  return (h >>> 0) % BUCKETS;
}

interface Meta {
  format: number;
  key: string;
  docStarts: DocStarts;
  stats: IndexStats;
  buckets: number[];
}

/**
 * A field's postings on disk: ids (delta varints), term frequencies
 * (varints) and, for long lists, the positions of the champion postings
 * (delta varints), so that a fresh process does not rank them again.
 */
type StoredField = [string, string] | [string, string, string] | null;

/** One postings file: terms with their fields, and word pairs with their units. */
interface Bucket {
  terms: [string, StoredField[]][];
  pairs: [string, string][];
}

function storeField(postings: PostingIndex, f: FieldPostings | null, fieldId: number): StoredField {
  if (!f) return null;
  const stored: [string, string] = [encodeVarints(f.ids, true), encodeVarints(f.tfs, false)];
  return f.ids.length > CHAMPIONS ? [...stored, encodeVarints(postings.championPositions(f, fieldId), true)] : stored;
}

function loadField(f: StoredField): FieldPostings | null {
  if (!f) return null;
  const ids = decodeVarints(f[0], true);
  const tfs = Uint16Array.from(decodeVarints(f[1], false));
  if (ids.length !== tfs.length) throw new CacheCorruptError('postings and frequencies differ in length');
  if (f.length < 3) return { ids, tfs };
  const champions = decodeVarints(f[2]!, true);
  if (champions.length !== CHAMPIONS || champions[champions.length - 1]! >= ids.length) throw new CacheCorruptError('bad champion list');
  return { ids, tfs, champions };
}

/** The cache is unusable (truncated, garbage, or for other content): rebuild. */
export class CacheCorruptError extends Error {
  override name = 'CacheCorruptError';
}

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

/**
 * Opens the cached index for this corpus, reading only its statistics and
 * vocabulary; postings are read bucket by bucket on first use. Returns null
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
    const dict = readJson<DictionaryData>(join(dir, 'dict.json'));
    if (!Array.isArray(dict.terms) || !Array.isArray(dict.df) || dict.terms.length !== dict.df.length) throw new CacheCorruptError('bad vocabulary');
    const postings = PostingIndex.create(stats);
    const present = new Set(meta.buckets);
    const loaded = new Set<number>();
    const take = (b: number, text: string) => {
      try {
        const bucket = JSON.parse(text) as Bucket;
        for (const [t, fields] of bucket.terms) postings.putTerm(t, fields.map(loadField) as TermPostings);
        for (const [pair, ids] of bucket.pairs) postings.putPair(pair, decodeVarints(ids, true));
      } catch (err) {
        throw new CacheCorruptError(`p-${b}.json: ${(err as Error).message}`);
      }
      loaded.add(b);
    };
    const ensureTerms = (terms: Iterable<string>) => {
      for (const term of terms) {
        const b = bucketOf(term);
        if (loaded.has(b) || postings.hasTerm(term) || !present.has(b)) continue;
        let text: string;
        try {
          text = readFileSync(join(dir, `p-${b}.json`), 'utf8');
        } catch (err) {
          throw new CacheCorruptError(`p-${b}.json: ${(err as Error).message}`);
        }
        take(b, text);
      }
    };
    // Reads the postings files not read yet, one at a time between other work; a bad one is left for ensureTerms to report.
    const preload = async () => {
      for (const b of present) {
        if (loaded.has(b)) continue;
        try {
          const text = await readFile(join(dir, `p-${b}.json`), 'utf8');
          if (!loaded.has(b)) take(b, text);
        } catch {
          continue;
        }
      }
    };
    return { postings, dictionary: new TermDictionary(dict), docStarts, ensureTerms, preload };
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
export function saveIndex(index: SearchIndex, corpus: Corpus, root: string, key = corpusKey(corpus)): string | null {
  const dir = indexDir(corpus.dir, root, key);
  const tmp = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    mkdirSync(tmp, { recursive: true });
    const buckets = new Map<number, Bucket>();
    const bucketFor = (term: string) => {
      const b = bucketOf(term);
      let bucket = buckets.get(b);
      if (!bucket) buckets.set(b, (bucket = { terms: [], pairs: [] }));
      return bucket;
    };
    for (const [term, fields] of index.postings.allTerms()) bucketFor(term).terms.push([term, fields.map((f, fieldId) => storeField(index.postings, f, fieldId))]);
    for (const [pair, ids] of index.postings.allPairs()) bucketFor(pair).pairs.push([pair, encodeVarints(ids, true)]);
    for (const [b, bucket] of buckets) writeFileSync(join(tmp, `p-${b}.json`), JSON.stringify(bucket));
    writeFileSync(join(tmp, 'dict.json'), JSON.stringify(index.dictionary.data));
    writeSnapshot(corpus, tmp);
    const meta: Meta = { format: INDEX_FORMAT, key, docStarts: index.docStarts, stats: index.postings.stats(), buckets: [...buckets.keys()] };
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
