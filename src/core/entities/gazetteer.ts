import { corpusRoot, DEFAULT_MAX_FILE_MB, isRefusal, readCorpusFile } from '../corpus/read-file.js';
import { decodeUtf8 } from '../text/normalize.js';
import type { LexiconEntry } from './lexicon.js';
import { foldName } from '../text/tokens/names.js';
import { isEntityType, type EntityType } from './types.js';

/** The file a corpus may ship beside its texts to name its entities. */
export const GAZETTEER_FILE = 'entities.json';

/** One entity of a gazetteer: its canonical name, type and other names in any language. */
export interface GazetteerEntity {
  name: string;
  type: EntityType;
  aliases: string[];
}

/** A parsed gazetteer and what was wrong with the entries it had to skip. */
export interface Gazetteer {
  entities: GazetteerEntity[];
  warnings: string[];
}

const MAX_NAME = 200;

function validName(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_NAME && !/[\u0000-\u001F\u007F-\u009F]/.test(value);
}

/**
 * Parses `entities.json`: `{"entities": [{"name", "type", "aliases"}]}` (a bare
 * array also works). A malformed file or entry is skipped with a warning, never
 * thrown, because detection still works without a gazetteer.
 */
export function parseGazetteer(json: string, file = GAZETTEER_FILE): Gazetteer {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    return { entities: [], warnings: [`${file}: not valid JSON (${(err as Error).message}); ignored`] };
  }
  const list = Array.isArray(data) ? data : (data as { entities?: unknown } | null)?.entities;
  if (!Array.isArray(list)) return { entities: [], warnings: [`${file}: expected {"entities": [...]}; ignored`] };
  const entities: GazetteerEntity[] = [];
  const warnings: string[] = [];
  list.forEach((raw: unknown, i) => {
    const e = (raw ?? {}) as { name?: unknown; type?: unknown; aliases?: unknown };
    if (!validName(e.name) || !isEntityType(e.type)) {
      warnings.push(`${file}: entry ${i} needs a "name" and a "type" (PERSON, ORG, PLACE, PRODUCT or NUMBER); skipped`);
      return;
    }
    const aliases = Array.isArray(e.aliases) ? e.aliases.filter(validName) : [];
    entities.push({ name: e.name.trim(), type: e.type, aliases: aliases.map((a) => a.trim()) });
  });
  return { entities, warnings };
}

/**
 * Reads the gazetteer of a corpus directory; a missing file is an empty
 * gazetteer, one that cannot be read (see {@link readCorpusFile}) an
 * empty gazetteer and a warning.
 */
export function loadGazetteer(dir: string, maxBytes = DEFAULT_MAX_FILE_MB * 1e6): Gazetteer {
  let root: string;
  try {
    root = corpusRoot(dir);
  } catch {
    return { entities: [], warnings: [] };
  }
  const read = readCorpusFile(root, GAZETTEER_FILE, maxBytes);
  if (!isRefusal(read)) return parseGazetteer(decodeUtf8(read.bytes).text);
  if (read.kind === 'missing') return { entities: [], warnings: [] };
  return { entities: [], warnings: [`${GAZETTEER_FILE}: ${read.message}; ignored`] };
}

/** The key under which a gazetteer entity and all its aliases are counted. */
export function gazetteerKey(entity: GazetteerEntity): string {
  return foldName(entity.name);
}

/** Every name and alias of a gazetteer as lexicon entries sharing their entity's key. */
export function gazetteerLexicon(gazetteer: Gazetteer): LexiconEntry[] {
  return gazetteer.entities.flatMap((e) => [e.name, ...e.aliases].map((form) => ({ form, key: gazetteerKey(e), type: e.type, source: 'gazetteer' as const })));
}
