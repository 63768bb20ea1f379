import { closeSync, openSync, readdirSync, readSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DocumentBase } from '../corpus/document-base.js';
import type { Corpus, CorpusWarning, Document, Paragraph, Relation } from '../corpus/types.js';
import { hashBytes } from '../text/hash.js';
import { sanitize } from '../text/sanitize.js';
import { CacheCorruptError } from './bucket.js';
import { checksum, readCacheFile, sealJson, unsealJson, type VerifiedFolder } from './cache-files.js';
import { checkFolders, entryPath, removeEntry, renameEntry, tmpName } from './cache-fs.js';

/**
 * A copy of the loaded corpus kept beside its index, and a stamp of the
 * corpus files (name, size, modification time, mode) that says whether the
 * copy is still current. With both, a one-shot `--query` skips loading,
 * normalizing and hashing every file: it stats the files, opens the index,
 * and reads the text of only the documents it shows. Everything read back is
 * checked (each document's text against its checksum) and sanitized again,
 * as if it came from the corpus.
 */

/** One document in the snapshot: metadata, where its text lies in texts.bin and its checksum, its paragraph offsets. */
interface StoredDocument extends Pick<Document, 'id' | 'file' | 'title' | 'lang' | 'source' | 'relation' | 'words'> {
  /** Byte offset and length of the text in texts.bin. */
  at: [number, number];
  /** Checksum of those bytes. */
  sum: string;
  /** Start and end of each paragraph in the text, flat: [s0, e0, s1, e1, …]. */
  paragraphs: number[];
}

interface StoredCorpus {
  name: string;
  warnings: CorpusWarning[];
  documents: StoredDocument[];
}

/** A corpus file's state: name, size, modification time (ms), mode (type and permissions). */
type FileState = [string, number, number, number];

interface Stamp {
  key: string;
  maxFileBytes: number;
  /** When the stamp was written (ms); files modified within a second of it are not trusted. */
  written: number;
  files: FileState[];
}

const RACY_MS = 1000;

/**
 * Writes texts.bin for the corpus into an index directory being built (one
 * document's bytes in memory at a time); returns texts.bin's size and
 * checksum (the chain of its documents' hashes: each document is checked on
 * its own when read, against its checksum in docs.json) and the bytes of
 * docs.json, which the caller writes.
 */
export function writeSnapshot(corpus: Corpus, dir: string): { texts: [number, string]; docs: Buffer } {
  let offset = 0;
  let hash: number | undefined;
  const fd = openSync(join(dir, 'texts.bin'), 'w');
  let documents: StoredDocument[];
  try {
    documents = corpus.documents.map((d): StoredDocument => {
      const bytes = Buffer.from(d.text, 'utf8');
      for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written);
      const at: [number, number] = [offset, bytes.length];
      offset += bytes.length;
      hash = hashBytes(bytes, hash);
      const { id, file, title, lang, source, relation, words } = d;
      return { id, file, title, lang, source, relation, words, at, sum: checksum(bytes), paragraphs: d.paragraphs.flatMap((p) => [p.start, p.end]) };
    });
  } finally {
    closeSync(fd);
  }
  const stored: StoredCorpus = { name: corpus.name, warnings: corpus.warnings, documents };
  return { texts: [offset, checksum(new Uint8Array(), hash)], docs: Buffer.from(JSON.stringify(stored)) };
}

/** What a corpus file name read from a stamp may not hold: an absolute path, a `..` step, an empty step, a control character. */
const BAD_NAME = /^[\\/]|(?:^|[\\/])\.\.(?:[\\/]|$)|[\\/](?:[\\/]|$)|[\u0000-\u001f]/;

/** A corpus file name read from a stamp: relative, inside the corpus directory, no odd characters. */
function isCorpusName(name: unknown): name is string {
  return typeof name === 'string' && name !== '' && !BAD_NAME.test(name);
}

/** The files whose state decides the corpus: every entry of its directory, and listed files elsewhere. */
function fileStates(corpusDir: string, extra: readonly string[]): FileState[] {
  const names = new Set(readdirSync(corpusDir).filter((n) => !n.startsWith('.')));
  for (const f of extra) names.add(f);
  return [...names].sort().map((name) => {
    try {
      const s = statSync(join(corpusDir, name));
      return [name, s.size, s.mtimeMs, s.mode];
    } catch {
      return [name, -1, -1, -1];
    }
  });
}

/**
 * Whether every regular file among these that was not loaded (`loaded` were
 * read just now) can be opened for reading: a file the load could not read
 * must be tried again next time, so it must not be stamped as settled.
 */
function allReadable(corpusDir: string, states: readonly FileState[], loaded: ReadonlySet<string>): boolean {
  return states.every(([name, size]) => {
    const path = join(corpusDir, name);
    if (size < 0 || loaded.has(name) || !statSync(path, { throwIfNoEntry: false })?.isFile()) return true;
    try {
      closeSync(openSync(path, 'r'));
      return true;
    } catch {
      return false;
    }
  });
}

/** The stamp's name in the cache's index folder, for a corpus directory's prefix (see dirPrefix). */
export function stampName(prefix: string): string {
  return `${prefix}.stamp`;
}

/**
 * Records that the corpus directory, as it is now, has the index `key`
 * (written atomically). When a corpus file cannot be read, no stamp is kept:
 * the next run loads the corpus and tries that file again.
 */
export function writeStamp(corpus: Corpus, key: string, maxFileBytes: number, root: string, prefix: string): void {
  const loaded = corpus.documents.map((d) => d.file);
  const files = fileStates(corpus.dir, loaded);
  const name = stampName(prefix);
  if (!allReadable(corpus.dir, files, new Set(loaded))) {
    removeEntry(root, name);
    return;
  }
  if (stampSays(corpus.dir, maxFileBytes, root, prefix) === key) return; // Nothing to write (and nothing to fail on a read-only cache).
  const stamp: Stamp = { key, maxFileBytes, written: Date.now(), files };
  const tmp = tmpName(name);
  try {
    writeFileSync(entryPath(root, tmp), sealJson(stamp));
    renameEntry(root, tmp, name);
  } catch (err) {
    removeEntry(root, tmp);
    throw err;
  }
}

/** What the stamp in the cache says now ({@link stampedKey}), or null when it says nothing usable. */
function stampSays(corpusDir: string, maxFileBytes: number, root: string, prefix: string): string | null {
  try {
    return stampedKey(corpusDir, maxFileBytes, root, prefix);
  } catch {
    return null;
  }
}

function isStamp(v: unknown): v is Stamp {
  const s = v as Stamp;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.key === 'string' &&
    typeof s.maxFileBytes === 'number' &&
    typeof s.written === 'number' &&
    Array.isArray(s.files) &&
    s.files.every((f) => Array.isArray(f) && f.length === 4 && isCorpusName(f[0]) && f.slice(1).every((n) => typeof n === 'number'))
  );
}

function sameStates(a: readonly FileState[], b: readonly FileState[]): boolean {
  return a.length === b.length && a.every((x, i) => x.every((v, j) => v === b[i]![j]));
}

/**
 * The key of the cached index for this corpus directory when the stamp shows
 * no file changed since it was written, else null (then load the corpus).
 * CacheCorruptError when the stamp is damaged.
 */
export function stampedKey(corpusDir: string, maxFileBytes: number, root: string, prefix: string): string | null {
  if (!checkFolders(root, false)) return null;
  const path = entryPath(root, stampName(prefix));
  if (!statSync(path, { throwIfNoEntry: false })) return null;
  const stamp = unsealJson(readCacheFile(path), 'stamp');
  if (stamp === null) return null;
  if (!isStamp(stamp)) throw new CacheCorruptError('stamp: bad content');
  if (stamp.maxFileBytes !== maxFileBytes) return null;
  let now: FileState[];
  try {
    now = fileStates(
      resolve(corpusDir),
      stamp.files.map((f) => f[0]),
    );
  } catch {
    return null; // The corpus directory is unreadable: the load will say why.
  }
  if (!sameStates(now, stamp.files)) return null;
  if (now.some(([, , mtime]) => mtime >= stamp.written - RACY_MS)) return null;
  return stamp.key;
}

function isStoredDocument(d: StoredDocument, textBytes: number): boolean {
  const strings = [d.id, d.file, d.title, d.lang];
  return (
    strings.every((s) => typeof s === 'string') &&
    (d.source === null || typeof d.source === 'string') &&
    (d.relation === null || typeof d.relation === 'object') &&
    Number.isSafeInteger(d.words) &&
    Array.isArray(d.at) &&
    d.at.length === 2 &&
    d.at.every((n) => Number.isSafeInteger(n) && n >= 0) &&
    d.at[0] + d.at[1] <= textBytes &&
    typeof d.sum === 'string' &&
    Array.isArray(d.paragraphs) &&
    d.paragraphs.length % 2 === 0
  );
}

/** A relation read back from the cache, its strings sanitized. */
function cleanRelation(r: Relation | null): Relation | null {
  if (r === null) return null;
  return { type: sanitize(String(r.type)) as Relation['type'], ...(typeof r.of === 'string' ? { of: sanitize(r.of) } : {}), ...(typeof r.note === 'string' ? { note: sanitize(r.note) } : {}) };
}

/**
 * The corpus as the snapshot in a checked index folder holds it. Document and
 * paragraph texts are read from texts.bin only when first asked for, each
 * checked against its checksum. CacheCorruptError when anything is wrong,
 * now or when a text is read (then after calling `onDamage`, wherever the
 * read happens).
 */
export function readSnapshot(corpusDir: string, folder: VerifiedFolder, onDamage: () => void): Corpus {
  const stored = folder.readJson('docs.json') as StoredCorpus;
  const textBytes = folder.size('texts.bin');
  if (!stored || !Array.isArray(stored.documents) || !Array.isArray(stored.warnings) || !stored.documents.every((d) => isStoredDocument(d, textBytes))) {
    throw new CacheCorruptError('docs.json: bad content');
  }
  const texts = new SnapshotTexts(join(folder.dir, 'texts.bin'), onDamage);
  const documents = stored.documents.map((s) => new SnapshotDocument(s, texts));
  const warnings = stored.warnings.map((w) => ({ file: sanitize(String(w.file)), message: sanitize(String(w.message)) }));
  return { dir: resolve(corpusDir), name: sanitize(String(stored.name)), documents, warnings };
}

/** Reads document texts out of texts.bin by byte range, each checked against its checksum. */
class SnapshotTexts {
  constructor(
    private readonly path: string,
    private readonly onDamage: () => void,
  ) {}

  read(at: [number, number], sum: string): string {
    try {
      return this.readChecked(at, sum);
    } catch (err) {
      this.onDamage();
      throw err;
    }
  }

  private readChecked([offset, length]: [number, number], sum: string): string {
    const buf = Buffer.alloc(length);
    let got = 0;
    try {
      const fd = openSync(this.path, 'r');
      try {
        for (let n = -1; got < length && n !== 0; got += n) n = readSync(fd, buf, got, length - got, offset + got);
      } finally {
        closeSync(fd);
      }
    } catch (err) {
      throw new CacheCorruptError(`texts.bin: ${(err as Error).message}`);
    }
    if (got !== length || checksum(buf) !== sum) throw new CacheCorruptError('texts.bin: a text does not match its checksum');
    return sanitize(buf.toString('utf8'));
  }
}

/** A document of the snapshot: metadata at hand, text read on first use. */
class SnapshotDocument extends DocumentBase implements Document {
  readonly words: number;
  readonly paragraphs: Paragraph[];
  private loaded: string | null = null;

  constructor(
    private readonly stored: StoredDocument,
    private readonly texts: SnapshotTexts,
  ) {
    super({
      id: sanitize(stored.id),
      file: sanitize(stored.file),
      title: sanitize(stored.title),
      lang: sanitize(stored.lang),
      source: stored.source === null ? null : sanitize(stored.source),
      relation: cleanRelation(stored.relation),
    });
    this.words = stored.words;
    const offsets = stored.paragraphs;
    this.paragraphs = [];
    for (let i = 0; 2 * i + 1 < offsets.length; i++) this.paragraphs.push(new SnapshotParagraph(this, i, offsets[2 * i]!, offsets[2 * i + 1]!));
  }

  get text(): string {
    return (this.loaded ??= this.texts.read(this.stored.at, this.stored.sum));
  }
}

/** A paragraph of a snapshot document; its text is cut from the document's when asked for, as the loader cuts it. */
class SnapshotParagraph implements Paragraph {
  constructor(
    private readonly doc: SnapshotDocument,
    readonly index: number,
    readonly start: number,
    readonly end: number,
  ) {}

  get text(): string {
    return this.doc.text.slice(this.start, this.end).replace(/\n/g, ' ');
  }
}
