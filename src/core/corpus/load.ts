import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { decodeUtf8, normalizeText } from '../text/normalize.js';
import { sanitize, sanitizeLine } from '../text/sanitize.js';
import { countWords } from '../text/tokens/words.js';
import { DetectCache } from './detect-cache.js';
import { detectLanguage } from './detect-lang.js';
import type { ParsedDocument } from './formats/document.js';
import { formatOf, parseBinary, parseText } from './formats/formats.js';
import { DocumentBase } from './document-base.js';
import { MANIFEST_FILE, parseManifest, type Manifest, type ManifestEntry } from './manifest.js';
import { DEFAULT_MAX_FILE_MB, isRefusal, readCorpusFile, type Refusal } from './read-file.js';
import { couldName } from './resolve-id.js';
import { CorpusError, type Corpus, type CorpusWarning, type Document, type Paragraph } from './types.js';

/** Options for {@link loadCorpus}. */
export interface LoadOptions {
  /** Files larger than this are skipped with a warning. Default 50 MB. */
  maxFileBytes?: number;
  /**
   * Load only the versions these could name, each an id or a prefix of one
   * (as {@link resolveDocument} takes them); no other file is read, and
   * warnings are only about the files read.
   */
  only?: readonly string[];
  /** Directory of the language detection cache ({@link DetectCache}); none when absent. */
  detectCache?: string | null;
}

/** The size cap's default, owned by the reader; re-exported for the commands that take `--max-file-mb`. */
export { DEFAULT_MAX_FILE_MB } from './read-file.js';
const MAX_TITLE_CHARS = 200;
/** Versions read between two turns of the event loop, so a signal or a timer is not held up by a long load. */
const FILES_PER_TURN = 64;

function isTextFile(name: string): boolean {
  return !name.startsWith('.') && formatOf(name) !== null;
}

function readManifest(root: string, maxBytes: number): Manifest | null {
  const read = readCorpusFile(root, MANIFEST_FILE, maxBytes);
  if (isRefusal(read)) {
    if (read.kind === 'missing') return null;
    throw new CorpusError(`${MANIFEST_FILE}: ${read.message}`, 'make corpus.json a regular JSON file inside the corpus, or remove it');
  }
  return parseManifest(decodeUtf8(read.bytes).text, MANIFEST_FILE);
}

/** The title a document gives itself: the file's own (first heading, extracted title), else the first paragraph with letters. */
function titleFrom(meta: string | undefined, paragraphs: readonly Paragraph[]): string {
  const first = meta ?? (paragraphs.find((p) => /\p{L}/u.test(p.text)) ?? paragraphs[0]!).text;
  const bare = first.replace(/^\s*(?:[•·▪◦‣●○*+\-–—]|#{1,6})\s+/u, '').trim();
  return bare.length > MAX_TITLE_CHARS ? bare.slice(0, MAX_TITLE_CHARS - 1) + '…' : bare;
}

/** The warning for a version file that was not read, by the reason. */
const REFUSALS: Record<Refusal['kind'], (message: string) => string> = {
  missing: () => 'listed in corpus.json but missing; skipped',
  outside: (m) => `${m}; skipped`,
  'not-regular': (m) => `${m}; skipped`,
  'too-large': (m) => `${m}; skipped (raise it with --max-file-mb)`,
  unreadable: (m) => `${m}; skipped`,
};

type FileResult = { doc: Omit<Document, 'lang' | 'words'> & { lang: string | null }; prose: string; stamp: [number, number] } | { skip: true };

/** Turns decoded bytes into the text the rest of parallax sees, warning about what was repaired. */
function cleanText(bytes: Buffer, warn: (m: string) => void): string | null {
  if (bytes.includes(0)) {
    warn('looks binary (contains NUL bytes); skipped');
    return null;
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.invalidUtf8) warn('is not valid UTF-8; invalid bytes shown as U+FFFD');
  const normalized = normalizeText(decoded.text);
  const text = sanitize(normalized);
  if (text !== normalized) warn('contains control characters or bidi overrides; shown as visible placeholders (^[, \\u202E)');
  return text;
}

/**
 * Room to read versions into, one buffer reused from file to file (grown
 * when a file needs more): a text version's bytes are decoded before the
 * next file is read. Fresh memory costs its page faults on first touch, a
 * buffer the size of the file (10 MB: ~40 ms on a virtual machine).
 */
function readRoom(): (size: number) => Buffer {
  let room = Buffer.alloc(0);
  return (size) => (room.length >= size ? room : (room = Buffer.allocUnsafeSlow(size)));
}

async function readDocument(root: string, entry: ManifestEntry, listed: boolean, id: string, maxBytes: number, room: (size: number) => Buffer, warn: (m: string) => void): Promise<FileResult> {
  const format = formatOf(entry.file) ?? 'plain';
  // A Word file's bytes are unzipped asynchronously, while the next file may be read: they get a buffer of their own.
  const read = readCorpusFile(root, entry.file, maxBytes, format === 'docx' ? undefined : room);
  if (isRefusal(read)) {
    warn(read.kind === 'missing' && !listed ? 'is a broken link; skipped' : REFUSALS[read.kind](read.message));
    return { skip: true };
  }
  const { bytes } = read;
  const stamp: [number, number] = [read.size, read.mtimeMs];
  let parsed: ParsedDocument;
  try {
    if (format === 'docx') {
      parsed = await parseBinary(format, bytes);
    } else {
      const text = cleanText(bytes, warn);
      if (text === null) return { skip: true };
      parsed = await parseText(format, text);
    }
  } catch (err) {
    warn(`cannot be read as ${format === 'docx' ? 'a Word file' : format.toUpperCase()} (${(err as Error).message.split('\n')[0]}); skipped`);
    return { skip: true };
  }
  const { text, blocks, meta } = parsed;
  if (blocks.length === 0) {
    warn('is empty; skipped');
    return { skip: true };
  }
  const paragraphs: Paragraph[] = blocks.map((b, index) => {
    const slice = text.slice(b.start, b.end);
    return { index, start: b.start, end: b.end, text: slice.includes('\n') ? slice.replace(/\n/g, ' ') : slice, kind: b.kind, depth: b.depth };
  });
  return {
    prose: parsed.prose ?? text,
    stamp,
    doc: {
      id,
      file: sanitizeLine(entry.file),
      title: sanitizeLine(entry.title ?? titleFrom(meta.title === undefined ? undefined : sanitize(meta.title), paragraphs)),
      lang: entry.lang ?? (meta.lang === undefined ? null : sanitizeLine(meta.lang)),
      source: entry.source === undefined ? null : entry.source,
      relation: entry.relation ?? null,
      author: meta.author === undefined ? null : sanitizeLine(meta.author),
      date: meta.date === undefined ? null : sanitizeLine(meta.date),
      text,
      paragraphs,
    },
  };
}

/**
 * A loaded version. A class, so that ten thousand documents share one object
 * shape (fast property reads in per-document loops); `words` is counted on
 * first read: only listings need it, and it costs a scan of the text.
 */
class LoadedDocument extends DocumentBase implements Document {
  readonly text: string;
  readonly paragraphs: Paragraph[];
  #words: number | undefined;

  constructor(doc: Omit<Document, 'words'>) {
    super(doc);
    this.text = doc.text;
    this.paragraphs = doc.paragraphs;
  }

  get words(): number {
    return (this.#words ??= this.paragraphs.reduce((n, p) => n + countWords(p.text, this.lang), 0));
  }
}

/** Gives every entry an id: the manifest's, else the file name without extension, made unique. */
function assignIds(entries: ManifestEntry[]): string[] {
  const taken = new Set(entries.flatMap((e) => (e.id ? [e.id] : [])));
  return entries.map((e) => {
    if (e.id) return e.id;
    const stem = sanitizeLine(basename(e.file, extname(e.file))).replace(/\s+/g, '-') || 'doc';
    let id = stem;
    for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
    taken.add(id);
    return id;
  });
}

/** What a corpus directory holds before any version is read: the manifest and the entries to load, with their ids. */
interface Listing {
  dir: string;
  root: string;
  manifest: Manifest | null;
  entries: ManifestEntry[];
  ids: string[];
  listedFiles: Set<string>;
  extra: Set<string>;
}

async function listCorpus(dirArg: string, options: LoadOptions): Promise<Listing> {
  const dir = resolve(dirArg);
  let names: string[];
  let root: string;
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new CorpusError(`corpus path is not a directory: ${sanitizeLine(dirArg)}`, 'pass --corpus DIR with a folder of .txt/.md files');
    root = await realpath(dir);
    names = await readdir(root);
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'corpus directory not found' : `corpus directory cannot be read (${code})`;
    throw new CorpusError(`${what}: ${sanitizeLine(dirArg)}`, 'pass --corpus DIR with a folder of .txt/.md files');
  }
  const manifest = readManifest(root, options.maxFileBytes ?? DEFAULT_MAX_FILE_MB * 1e6);
  const listed = manifest?.documents ?? [];
  const listedFiles = new Set(listed.map((e) => e.file));
  const extra = new Set(names.filter((n) => isTextFile(n) && !listedFiles.has(n)).sort());
  const all: ManifestEntry[] = [...listed, ...[...extra].map((file) => ({ file }))];
  const allIds = assignIds(all);
  const only = options.only;
  const named = (id: string) => only === undefined || only.some((q) => couldName(q, id));
  return { dir, root, manifest, entries: all.filter((_, i) => named(allIds[i]!)), ids: allIds.filter((id) => named(id)), listedFiles, extra };
}

/**
 * How many versions {@link loadCorpus} would read with these options, from
 * the listing and the manifest alone: a command that refuses a corpus too
 * large for it says so before reading 20,000 files.
 */
export async function countVersions(dirArg: string, options: LoadOptions = {}): Promise<number> {
  return (await listCorpus(dirArg, options)).entries.length;
}

/**
 * Loads every version in a corpus directory (or those `options.only` names):
 * the documents `corpus.json` lists (when there is one) and every other
 * .txt, .md, .html/.htm and .docx file. Bad files are
 * skipped or repaired with a warning; only a missing directory or a
 * malformed manifest throws (CorpusError). Never writes inside the corpus;
 * with `options.detectCache`, keeps the languages it detected there.
 */
export async function loadCorpus(dirArg: string, options: LoadOptions = {}): Promise<Corpus> {
  const { dir, root, manifest, entries, ids, listedFiles, extra } = await listCorpus(dirArg, options);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_MB * 1e6;
  const warnings: CorpusWarning[] = [];
  if (manifest) {
    for (const e of entries) if (extra.has(e.file)) warnings.push({ file: e.file, message: `not listed in ${MANIFEST_FILE}; loaded with detected metadata` });
  }
  const documents: Document[] = [];
  const results: FileResult[] = [];
  const room = readRoom();
  for (let i = 0; i < entries.length; i++) {
    if (i > 0 && i % FILES_PER_TURN === 0) await new Promise(setImmediate);
    const entry = entries[i]!;
    const warn = (message: string) => warnings.push({ file: entry.file, message });
    results.push(await readDocument(root, entry, listedFiles.has(entry.file), ids[i]!, maxBytes, room, warn));
  }
  const cache = results.some((r) => 'doc' in r && r.doc.lang === null) ? await DetectCache.open(options.detectCache ?? null, dir) : null;
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if ('skip' in r) continue;
    let lang = r.doc.lang ?? cache?.get(entries[i]!.file, ...r.stamp);
    if (lang === undefined) {
      lang = await detectLanguage(r.prose);
      cache?.set(entries[i]!.file, ...r.stamp, lang);
    }
    documents.push(new LoadedDocument({ ...r.doc, lang }));
  }
  if (options.only === undefined) cache?.retain(new Set(entries.map((e) => e.file)));
  await cache?.save();
  const order = new Map(entries.map((e, i) => [e.file, i]));
  warnings.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  for (const w of warnings) {
    w.file = sanitizeLine(w.file);
  }
  return { dir, name: sanitizeLine(manifest?.name ?? basename(dir)), documents, warnings };
}
