import type { Corpus } from '../../core/corpus/types.js';
import type { MentionRow } from '../../core/entities/mentions.js';
import { displayWidth, padToWidth, truncateToWidth } from '../../core/text/width.js';
import type { PaneModel, Row } from './pane-model.js';
import { plainRow } from './pane-model.js';
import { ENTITY_TYPES } from '../../core/entities/types.js';

const NAME_WIDTH = 26;
const TYPE_WIDTH = 8;

/** The type filter after `current` in the order `t` cycles: all, then each type. */
export function nextEntityType(current: string | null): string | null {
  const i = current === null ? -1 : ENTITY_TYPES.indexOf(current as (typeof ENTITY_TYPES)[number]);
  return i + 1 < ENTITY_TYPES.length ? ENTITY_TYPES[i + 1]! : null;
}

/** The query that finds an entity's paragraphs: `entity:NAME`, quoted when the name has spaces. */
export function entityQuery(name: string): string {
  return /[\s"]/.test(name) ? `entity:"${name.replace(/"/g, '')}"` : `entity:${name}`;
}

/** The versions whose count columns fit the width (the rest would be cut anyway): at most a screenful of a 10k-version corpus. */
export function entityColumns(corpus: Corpus, width: number): string[] {
  let used = NAME_WIDTH + TYPE_WIDTH;
  const ids: string[] = [];
  for (const d of corpus.documents) {
    if (used >= width) break;
    ids.push(d.id);
    used += Math.max(3, d.id.length) + 2;
  }
  return ids;
}

/**
 * The who-mentions-what table: entity (in its type's color), type, and a
 * count per version, most unevenly covered first (the engine's order).
 * `t` cycles the type filter; Enter searches for the entity.
 */
export function entitiesModel(corpus: Corpus, table: readonly MentionRow[], type: string | null, width: number): PaneModel {
  const ids = entityColumns(corpus, width);
  const cells = (values: string[]) => values.map((v, i) => padToWidth(v, Math.max(3, ids[i]!.length) + 2)).join('');
  const header = `${padToWidth('ENTITY', NAME_WIDTH)}${padToWidth('TYPE', TYPE_WIDTH)}${cells(ids)}`;
  const rows = table.map((r): Row => [
    { text: truncateToWidth(r.name, NAME_WIDTH - 1), marks: [r.type] },
    { text: ' '.repeat(NAME_WIDTH - displayWidth(truncateToWidth(r.name, NAME_WIDTH - 1))), marks: [] },
    { text: truncateToWidth(padToWidth(r.type, TYPE_WIDTH) + cells(ids.map((id) => (r.counts[id] ? String(r.counts[id]) : '·'))), width - NAME_WIDTH), marks: [] },
  ]);
  return {
    head: [plainRow(`filter: ${type ?? 'all types'} (t to change) · ${table.length} entities`), plainRow(truncateToWidth(header, width))],
    rows,
    mode: 'cursor',
    marked: [],
    empty: type ? `no ${type} entities` : 'no entities found',
    status: `${table.length} entities`,
    handle: (action, row) => {
      if (action === 'cycleType') return { type: 'setEntityType', entityType: nextEntityType(type) };
      const entity = table[row];
      return action === 'open' && entity ? { type: 'openSearch', query: entityQuery(entity.name) } : null;
    },
  };
}
