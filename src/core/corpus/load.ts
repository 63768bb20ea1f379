import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { decodeUtf8, normalizeText } from '../text/normalize.js';
import { sanitize, sanitizeLine } from '../text/sanitize.js';
import { countWords, splitParagraphs } from '../text/segment.js';
import { detectLanguage } from './detect-lang.js';
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
}

/** The size cap's default, owned by the reader; re-exported for the commands that take `--max-file-mb`. */
export { DEFAULT_MAX_FILE_MB } from './read-file.js';
const TEXT_EXTENSIONS = new Set(['.txt', '.md']);
const MAX_TITLE_CHARS = 200;
/** Versions read between two turns of the event loop, so a signal or a timer is not held up by a long load. */
const FILES_PER_TURN = 64;

function isTextFile(name: string): boolean {
  return !name.startsWith('.') && TEXT_EXTENSIONS.has(extname(name).toLowerCase());
}

function readManifest(root: string, maxBytes: number): Manifest | null {
  const read = readCorpusFile(root, MANIFEST_FILE, maxBytes);
  if (isRefusal(read)) {
    if (read.kind === 'missing') return null;
    throw new CorpusError(`${MANIFEST_FILE}: ${read.message}`, 'make corpus.json a regular JSON file inside the corpus, or remove it');
  }
  return parseManifest(decodeUtf8(read.bytes).text, MANIFEST_FILE);
}

function titleFrom(firstParagraph: string): string {
  const bare = firstParagraph.replace(/^\s*(?:[•·▪◦‣●○*+\-–—]|#{1,6})\s+/u, '').trim();
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

type FileResult = { doc: Omit<Document, 'lang' | 'words'> & { lang: string | null } } | { skip: true };

function readDocument(root: string, entry: ManifestEntry, listed: boolean, id: string, maxBytes: number, warn: (m: string) => void): FileResult {
  const read = readCorpusFile(root, entry.file, maxBytes);
  if (isRefusal(read)) {
    warn(read.kind === 'missing' && !listed ? 'is a broken link; skipped' : REFUSALS[read.kind](read.message));
    return { skip: true };
  }
  const bytes = read.bytes;
  if (bytes.includes(0)) {
    warn('looks binary (contains NUL bytes); skipped');
    return { skip: true };
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.invalidUtf8) warn('is not valid UTF-8; invalid bytes shown as U+FFFD');
  const normalized = normalizeText(decoded.text);
  const text = sanitize(normalized);
  if (text !== normalized) warn('contains control characters or bidi overrides; shown as visible placeholders (^[, \\u202E)');
  const ranges = splitParagraphs(text);
  if (ranges.length === 0) {
    warn('is empty; skipped');
    return { skip: true };
  }
  const paragraphs = ranges.map((r, index) => ({ index, start: r.start, end: r.end, text: r.text }));
  return {
    doc: {
      id,
      file: sanitizeLine(entry.file),
      title: sanitizeLine(entry.title ?? titleFrom(paragraphs[0]!.text)),
      lang: entry.lang ?? null,
      source: entry.source === undefined ? null : entry.source,
      relation: entry.relation ?? null,
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
 * .txt/.md file. Bad files are
 * skipped or repaired with a warning; only a missing directory or a
 * malformed manifest throws (CorpusError). Never writes anything.
 */
export async function loadCorpus(dirArg: string, options: LoadOptions = {}): Promise<Corpus> {
  const { dir, root, manifest, entries, ids, listedFiles, extra } = await listCorpus(dirArg, options);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_MB * 1e6;
  const warnings: CorpusWarning[] = [];
  if (manifest) {
    for (const e of entries) if (extra.has(e.file)) warnings.push({ file: e.file, message: `not listed in ${MANIFEST_FILE}; loaded with detected metadata` });
  }
  const documents: Document[] = [];
  for (let i = 0; i < entries.length; i++) {
    if (i > 0 && i % FILES_PER_TURN === 0) await new Promise(setImmediate);
    const entry = entries[i]!;
    const warn = (message: string) => warnings.push({ file: entry.file, message });
    const r = readDocument(root, entry, listedFiles.has(entry.file), ids[i]!, maxBytes, warn);
    if ('skip' in r) continue;
    const lang = r.doc.lang ?? (await detectLanguage(r.doc.text));
    documents.push(new LoadedDocument({ ...r.doc, lang }));
  }
  const order = new Map(entries.map((e, i) => [e.file, i]));
  warnings.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  for (const w of warnings) {
    w.file = sanitizeLine(w.file);
  }
  return { dir, name: sanitizeLine(manifest?.name ?? basename(dir)), documents, warnings };
}
