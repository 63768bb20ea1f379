/** The entity types parallax detects; each is also a {@link Mark} of the row model. */
export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'PRODUCT' | 'NUMBER';

/** Every entity type, in legend order. */
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'PRODUCT', 'NUMBER'];

/** Where a detection came from (`world`: the place names of world.ts); earlier sources are more trusted when spans tie. */
export type MentionSource = 'gazetteer' | 'learned' | 'world' | 'rule' | 'number';

/** One entity found in a text: a half-open range [start, end) with its type and entity key. */
export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  /** The text as written (possessive `'s` and Indonesian `-nya` left out). */
  surface: string;
  /** Identifies the entity across texts and languages: aliases share one key; numbers are keyed by value. */
  key: string;
  source: MentionSource;
}

/** True when `value` names an entity type (case-sensitive, as in the JSON and `--type`). */
export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}
