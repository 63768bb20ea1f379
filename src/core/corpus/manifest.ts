import { CorpusError, type Relation } from './types.js';

/** One document as the manifest describes it; everything but `file` is optional. */
export interface ManifestEntry {
  file: string;
  id?: string;
  title?: string;
  lang?: string;
  source?: string | null;
  relation?: Relation;
}

/** The optional `corpus.json` of a corpus directory. */
export interface Manifest {
  name?: string;
  documents: ManifestEntry[];
}

export const MANIFEST_FILE = 'corpus.json';

const RELATION_TYPES = new Set(['translation', 'rewrite', 'summary', 'original']);

/** "line 3, column 7" for a character offset in `text`. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function syntaxError(err: unknown, text: string, file: string): CorpusError {
  const message = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(message);
  const offset = pos ? Number(pos[1]) : text.length;
  const reason = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
  return new CorpusError(
    `${file}: malformed JSON at ${lineColumn(text, offset)}: ${reason}`,
    'fix the manifest or remove it to load every .txt/.md file with detected metadata',
  );
}

function fail(file: string, path: string, what: string): never {
  throw new CorpusError(`${file}: ${path} ${what}`, 'see "Corpus manifest" in the README for the expected shape');
}

function optionalString(value: unknown, file: string, path: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') fail(file, path, 'must be a non-empty string');
  return value;
}

function parseRelation(value: unknown, file: string, path: string): Relation | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) fail(file, path, 'must be an object like {"type": "translation", "of": "ID"}');
  const rel = value as Record<string, unknown>;
  if (typeof rel.type !== 'string' || !RELATION_TYPES.has(rel.type)) {
    fail(file, `${path}.type`, `must be one of ${[...RELATION_TYPES].join(', ')}`);
  }
  const of = optionalString(rel.of, file, `${path}.of`);
  const note = optionalString(rel.note, file, `${path}.note`);
  return { type: rel.type as Relation['type'], ...(of ? { of } : {}), ...(note ? { note } : {}) };
}

/**
 * Parses and validates a manifest. Errors name the file and the position: a
 * line and column for broken JSON, a path such as `documents[2].lang` for a
 * wrong shape.
 */
export function parseManifest(text: string, file: string = MANIFEST_FILE): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw syntaxError(err, text, file);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail(file, 'the top level', 'must be an object with a "documents" array');
  const root = data as Record<string, unknown>;
  const name = optionalString(root.name, file, 'name');
  if (!Array.isArray(root.documents)) fail(file, 'documents', 'must be an array');
  const seenIds = new Set<string>();
  const seenFiles = new Set<string>();
  const documents = root.documents.map((raw, i): ManifestEntry => {
    const path = `documents[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(file, path, 'must be an object');
    const d = raw as Record<string, unknown>;
    const entryFile = optionalString(d.file, file, `${path}.file`);
    if (!entryFile) fail(file, `${path}.file`, 'is required');
    if (entryFile.includes('..') || entryFile.startsWith('/')) fail(file, `${path}.file`, 'must be a file name inside the corpus directory');
    const id = optionalString(d.id, file, `${path}.id`);
    if (id !== undefined && /\s/.test(id)) fail(file, `${path}.id`, 'must not contain whitespace');
    if (id !== undefined && seenIds.has(id)) fail(file, `${path}.id`, `repeats the id "${id}"`);
    if (seenFiles.has(entryFile)) fail(file, `${path}.file`, `repeats the file "${entryFile}"`);
    if (id) seenIds.add(id);
    seenFiles.add(entryFile);
    const source = d.source === null ? null : optionalString(d.source, file, `${path}.source`);
    const relation = parseRelation(d.relation, file, `${path}.relation`);
    const entry: ManifestEntry = { file: entryFile };
    if (id) entry.id = id;
    const title = optionalString(d.title, file, `${path}.title`);
    if (title) entry.title = title;
    const lang = optionalString(d.lang, file, `${path}.lang`);
    if (lang) entry.lang = lang;
    if (source !== undefined) entry.source = source;
    if (relation) entry.relation = relation;
    return entry;
  });
  return name ? { name, documents } : { documents };
}
