import type { EntityIndex, EntityRecord } from './entity-index.js';
import type { EntityType } from './types.js';

/** One row of the who-mentions-what table: an entity and its mentions in every version. */
export interface MentionRow extends Pick<EntityRecord, 'key' | 'name' | 'type' | 'aliases'> {
  /** Mentions per document id, for every document of the corpus (0 where none), or of {@link MentionFilter.columns}, or only where non-zero ({@link MentionFilter.sparse}). */
  counts: Record<string, number>;
  total: number;
  /** How many versions mention it at all. */
  versions: number;
  /** Coefficient of variation of the counts: 0 when every version mentions it equally, highest when one alone does. */
  unevenness: number;
}

/** Which rows to keep. */
export interface MentionFilter {
  /** Only entities this document mentions (every column is still shown). */
  docId?: string;
  type?: EntityType;
  /** The document ids to give counts for (default all): a 10k-version corpus needs only the columns on screen. */
  columns?: readonly string[];
  /** Counts only for the versions that mention the entity: the table of a large corpus would be mostly zeros. */
  sparse?: boolean;
}

/**
 * Above this many versions the who-mentions-what output gives counts only
 * where they are not zero: entities × versions grows too fast (20,000
 * versions and as many entities would be 400 million cells).
 */
export const MAX_COUNT_COLUMNS = 200;

/** Coefficient of variation of `n` counts of which only the non-zero ones are given (an entity is absent from most of a large corpus). */
function coefficientOfVariation(nonZero: readonly number[], n: number): number {
  const mean = nonZero.reduce((a, b) => a + b, 0) / n;
  if (mean === 0) return 0;
  const variance = (nonZero.reduce((a, v) => a + (v - mean) ** 2, 0) + (n - nonZero.length) * mean ** 2) / n;
  return Math.sqrt(variance) / mean;
}

/**
 * The entity x version table, most unevenly covered entities first: a name
 * only some versions mention is the difference a reviewer is looking for.
 * Ties go to the entity with more mentions, then by name.
 */
export function whoMentionsWhat(index: EntityIndex, filter: MentionFilter = {}): MentionRow[] {
  const docIds = index.corpus.documents.map((d) => d.id);
  return index.entities
    .filter((e) => (!filter.type || e.type === filter.type) && (!filter.docId || (e.counts[filter.docId] ?? 0) > 0))
    .map((e): MentionRow => {
      const values = Object.values(e.counts).filter((v) => v > 0);
      return {
        key: e.key,
        name: e.name,
        type: e.type,
        aliases: e.aliases,
        counts: filter.sparse ? { ...e.counts } : Object.fromEntries((filter.columns ?? docIds).map((id) => [id, e.counts[id] ?? 0])),
        total: values.reduce((a, b) => a + b, 0),
        versions: values.length,
        unevenness: Math.round(coefficientOfVariation(values, docIds.length) * 1000) / 1000,
      };
    })
    .sort((a, b) => b.unevenness - a.unevenness || b.total - a.total || a.name.localeCompare(b.name));
}
