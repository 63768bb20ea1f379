import { closeSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DocumentBase } from '../corpus/document-base.js';
import type { Corpus, CorpusWarning, Document, Paragraph } from '../corpus/types.js';

/**
 * A copy of the loaded corpus kept beside its index, and a stamp of the
 * corpus files (name, size, modification time) that says whether the copy is
 * still current. With both, a one-shot `--query` skips loading, normalizing
 * and hashing every file: it stats the files, opens the index, and reads the
 * text of only the documents it shows.
 */

/** One document in the snapshot: metadata, where its text lies in texts.bin, its paragraph offsets. */
interface StoredDocument extends Pick<Document, 'id' | 'file' | 'title' | 'lang' | 'source' | 'relation' | 'words'> {
  /** Byte offset and length of the text in texts.bin. */
  at: [number, number];
  /** Start and end of each paragraph in the text, flat: [s0, e0, s1, e1, …]. */
  paragraphs: number[];
}

interface StoredCorpus {
  name: string;
  warnings: CorpusWarning[];
  documents: StoredDocument[];
}

interface Stamp {
  key: string;
  maxFileBytes: number;
  /** When the stamp was written (ms); files modified within a second of it are not trusted. */
  written: number;
  files: [string, number, number][];
}

const RACY_MS = 1000;

/** Writes texts.bin and docs.json for the corpus into an index directory being built (one document's bytes in memory at a time). */
export function writeSnapshot(corpus: Corpus, dir: string): void {
  let offset = 0;
  const fd = openSync(join(dir, 'texts.bin'), 'w');
  let documents: StoredDocument[];
  try {
    documents = corpus.documents.map((d): StoredDocument => {
      const bytes = Buffer.from(d.text, 'utf8');
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
      const at: [number, number] = [offset, bytes.length];
      offset += bytes.length;
      return { id: d.id, file: d.file, title: d.title, lang: d.lang, source: d.source, relation: d.relation, words: d.words, at, paragraphs: d.paragraphs.flatMap((p) => [p.start, p.end]) };
    });
  } finally {
    closeSync(fd);
  }
  const stored: StoredCorpus = { name: corpus.name, warnings: corpus.warnings, documents };
  writeFileSync(join(dir, 'docs.json'), JSON.stringify(stored));
}

/** The files whose state decides the corpus: every entry of its directory, and listed files elsewhere. */
function fileStates(corpusDir: string, extra: readonly string[]): [string, number, number][] {
  const names = new Set(readdirSync(corpusDir).filter((n) => !n.startsWith('.')));
  for (const f of extra) names.add(f);
  return [...names].sort().map((name) => {
    try {
      const s = statSync(join(corpusDir, name));
      return [name, s.size, s.mtimeMs];
    } catch {
      return [name, -1, -1];
    }
  });
}

function stampPath(root: string, prefix: string): string {
  return join(root, 'index', `${prefix}.stamp.json`);
}

/** Records that the corpus directory, as it is now, has the index `key` (written atomically). */
export function writeStamp(corpus: Corpus, key: string, maxFileBytes: number, root: string, prefix: string): void {
  const stamp: Stamp = { key, maxFileBytes, written: Date.now(), files: fileStates(corpus.dir, corpus.documents.map((d) => d.file)) };
  const path = stampPath(root, prefix);
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, JSON.stringify(stamp));
    renameSync(tmp, path);
  } catch {
    // A stamp only saves time; without one the next run loads the corpus.
  }
}

function sameStates(a: readonly [string, number, number][], b: readonly [string, number, number][]): boolean {
  return a.length === b.length && a.every((x, i) => x[0] === b[i]![0] && x[1] === b[i]![1] && x[2] === b[i]![2]);
}

/**
 * The key of the cached index for this corpus directory when the stamp shows
 * no file changed since it was written, else null (then load the corpus).
 */
export function stampedKey(corpusDir: string, maxFileBytes: number, root: string, prefix: string): string | null {
  try {
    const stamp = JSON.parse(readFileSync(stampPath(root, prefix), 'utf8')) as Stamp;
    if (stamp.maxFileBytes !== maxFileBytes || !Array.isArray(stamp.files)) return null;
    const now = fileStates(resolve(corpusDir), stamp.files.map((f) => f[0]));
    if (!sameStates(now, stamp.files)) return null;
    if (now.some(([, , mtime]) => mtime >= stamp.written - RACY_MS)) return null;
    return typeof stamp.key === 'string' ? stamp.key : null;
  } catch {
    return null;
  }
}

/**
 * The corpus as the snapshot in `indexDir` holds it. Document and paragraph
 * texts are read from texts.bin only when first asked for. Null when the
 * snapshot is missing or unreadable.
 */
export function readSnapshot(corpusDir: string, indexDir: string): Corpus | null {
  let stored: StoredCorpus;
  try {
    stored = JSON.parse(readFileSync(join(indexDir, 'docs.json'), 'utf8')) as StoredCorpus;
    if (!Array.isArray(stored.documents)) return null;
    const bytes = stored.documents.reduce((n, d) => Math.max(n, d.at[0] + d.at[1]), 0);
    if (statSync(join(indexDir, 'texts.bin')).size !== bytes) return null;
  } catch {
    return null;
  }
  const texts = new SnapshotTexts(join(indexDir, 'texts.bin'));
  const documents = stored.documents.map((s) => new SnapshotDocument(s, texts));
  return { dir: resolve(corpusDir), name: stored.name, documents, warnings: stored.warnings };
}

/** Reads document texts out of texts.bin by byte range. */
class SnapshotTexts {
  constructor(private readonly path: string) {}

  read([offset, length]: [number, number]): string {
    const buf = Buffer.alloc(length);
    const fd = openSync(this.path, 'r');
    try {
      readSync(fd, buf, 0, length, offset);
    } finally {
      closeSync(fd);
    }
    return buf.toString('utf8');
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
    super(stored);
    this.words = stored.words;
    const offsets = stored.paragraphs;
    this.paragraphs = [];
    for (let i = 0; 2 * i + 1 < offsets.length; i++) this.paragraphs.push(new SnapshotParagraph(this, i, offsets[2 * i]!, offsets[2 * i + 1]!));
  }

  get text(): string {
    return (this.loaded ??= this.texts.read(this.stored.at));
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
