import type { EntityIndex } from './entity-index.js';
import type { Mention } from './types.js';

/**
 * Text with each mention marked in brackets, `[PERSON:Ilsa Varga]`, the
 * plain-text form of entity highlighting: a script reads types and names
 * without colors. Mentions must not overlap (as detection returns them).
 */
export function markMentions(text: string, mentions: readonly Pick<Mention, 'start' | 'end' | 'type'>[]): string {
  let out = '';
  let at = 0;
  for (const m of mentions) {
    out += `${text.slice(at, m.start)}[${m.type}:${text.slice(m.start, m.end)}]`;
    at = m.end;
  }
  return out + text.slice(at);
}

/** Where one mention is: document id, paragraph index, and [start, end) in that paragraph's text (UTF-16 code units). */
export interface MentionPlace {
  doc: string;
  paragraph: number;
  start: number;
  end: number;
}

/** Every mention of every entity of an index, by entity key, in document and paragraph order. */
export function mentionPlaces(index: EntityIndex): Map<string, MentionPlace[]> {
  const places = new Map<string, MentionPlace[]>();
  for (const doc of index.corpus.documents) {
    for (const p of doc.paragraphs) {
      for (const m of index.paragraphMentions(doc.id, p.index)) {
        let list = places.get(m.key);
        if (!list) places.set(m.key, (list = []));
        list.push({ doc: doc.id, paragraph: p.index, start: m.start, end: m.end });
      }
    }
  }
  return places;
}
