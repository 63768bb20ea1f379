import { resolveDocument } from '../../core/corpus/resolve-id.js';
import { entityIndexFor, type EntityIndex } from '../../core/entities/entity-index.js';
import { mentionPlaces } from '../../core/entities/marks.js';
import { MAX_COUNT_COLUMNS, whoMentionsWhat, type MentionFilter } from '../../core/entities/mentions.js';
import { ENTITY_TYPES, isEntityType, type EntityType } from '../../core/entities/types.js';
import { sanitizeLine } from '../../core/text/sanitize.js';
import { MARK_STYLES } from '../../core/text/theme.js';
import { EXIT, UsageError } from '../errors.js';
import { loadCorpusFor, type CliContext } from '../context.js';
import { ansi, chrome } from '../style.js';

/** Reads `--type`, in any case; an unknown type is a usage error. */
export function entityTypeOption(value: string | undefined): EntityType | undefined {
  if (value === undefined) return undefined;
  const upper = value.toUpperCase();
  if (!isEntityType(upper)) throw new UsageError(`--type must be one of ${ENTITY_TYPES.join(', ')}, not ${JSON.stringify(value)}`);
  return upper;
}

/** The corpus's entity index, with its gazetteer warnings printed to stderr. */
export function entityIndexWithWarnings(ctx: CliContext, corpus: Parameters<typeof entityIndexFor>[0]): EntityIndex {
  const index = entityIndexFor(corpus);
  for (const w of index.warnings) ctx.err(`parallax: warning: ${sanitizeLine(w)}\n`);
  return index;
}

/** Colors an entity name with its type's color (the legend's), or leaves it plain. */
export function paintEntity(text: string, type: EntityType, color: boolean): string {
  return color ? ansi(text, MARK_STYLES[type]) : text;
}

/** `--entities [--doc ID] [--type T] [--json [--mentions]]`: the who-mentions-what table, most unevenly covered entities first; `--mentions` adds every mention's place. */
export async function runEntities(ctx: CliContext): Promise<number> {
  const type = entityTypeOption(ctx.options.type);
  const corpus = await loadCorpusFor(ctx);
  const filter: MentionFilter = {};
  if (ctx.options.id !== undefined) filter.docId = resolveDocument(corpus, ctx.options.id).id;
  if (type) filter.type = type;
  const sparse = corpus.documents.length > MAX_COUNT_COLUMNS;
  if (sparse) filter.sparse = true;
  const index = entityIndexWithWarnings(ctx, corpus);
  const rows = whoMentionsWhat(index, filter);
  const docIds = sparse ? [] : corpus.documents.map((d) => d.id);
  if (ctx.options.json) {
    const places = ctx.options.mentions ? mentionPlaces(index) : null;
    const entities = rows.map((r) => ({ name: r.name, type: r.type, aliases: r.aliases, counts: r.counts, ...(places ? { mentions: places.get(r.key) ?? [] } : {}) }));
    ctx.out(JSON.stringify(sparse ? { sparse, entities } : { entities }, null, 2) + '\n');
    return EXIT.ok;
  }
  if (rows.length === 0) {
    ctx.out(chrome.dim('no entities found', ctx.color) + '\n');
    return EXIT.ok;
  }
  const { formatTable } = await import('../table.js');
  const names = rows.map((r) => sanitizeLine(r.name));
  const lines = formatTable(
    [{ header: 'ENTITY' }, { header: 'TYPE' }, ...(sparse ? ['VERSIONS', 'MENTIONS'] : docIds.map(sanitizeLine)).map((header) => ({ header, align: 'right' as const })), { header: 'ALIASES' }],
    rows.map((r, i) => [names[i]!, r.type, ...(sparse ? [String(r.versions), String(r.total)] : docIds.map((id) => (r.counts[id] ? String(r.counts[id]) : '·'))), sanitizeLine(r.aliases.join(', '))]),
    process.stdout.isTTY ? ctx.columns : undefined,
  );
  // Color only the name at the start of each row, after layout, so widths are measured on plain text.
  const body = lines.slice(1).map((line, i) => (line.startsWith(names[i]!) ? paintEntity(names[i]!, rows[i]!.type, ctx.color) + line.slice(names[i]!.length) : line));
  ctx.out(chrome.bold(lines[0]!, ctx.color) + '\n' + body.join('\n') + '\n');
  if (ctx.color) ctx.out(chrome.dim('legend: ', ctx.color) + ENTITY_TYPES.map((t) => paintEntity(t, t, true)).join(' ') + '\n');
  return EXIT.ok;
}
