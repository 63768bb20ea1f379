import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../../src/core/corpus/types.js';
import type { EntityIndex } from '../../../src/core/entities/entity-index.js';

/** The invented-town fixture corpus. */
export const INVENTED_TOWN = join(import.meta.dirname, '..', '..', 'fixtures', 'invented-town');

/** A hand-annotated entity: a range of the plain text and its type. */
export interface GoldSpan {
  start: number;
  end: number;
  type: string;
}

const MARK = /\[\[(PERSON|ORG|PLACE|PRODUCT|NUMBER):(.*?)\]\]/g;

/** Strips `[[TYPE:name]]` marks from an annotated text and returns the plain text and the marked spans. */
export function readAnnotated(file: string): { text: string; gold: GoldSpan[] } {
  const annotated = readFileSync(join(INVENTED_TOWN, 'annotated', file), 'utf8');
  let text = '';
  let last = 0;
  const gold: GoldSpan[] = [];
  for (const m of annotated.matchAll(MARK)) {
    text += annotated.slice(last, m.index);
    gold.push({ start: text.length, end: text.length + m[2]!.length, type: m[1]! });
    text += m[2]!;
    last = m.index + m[0].length;
  }
  return { text: text + annotated.slice(last), gold };
}

/** Precision and recall of exact spans with the right type, over the given types. */
export interface Score {
  precision: number;
  recall: number;
  truePositives: number;
  predicted: number;
  gold: number;
  misses: string[];
  spurious: string[];
}

/** Scores an index of the fixture corpus against the annotations, document by document, paragraph offsets mapped to the file. */
export function scoreFixture(corpus: Corpus, index: EntityIndex, types: readonly string[]): Score {
  let tp = 0;
  let predicted = 0;
  let goldCount = 0;
  const misses: string[] = [];
  const spurious: string[] = [];
  for (const doc of corpus.documents) {
    const { text, gold } = readAnnotated(doc.file);
    const wanted = gold.filter((g) => types.includes(g.type));
    const found = doc.paragraphs.flatMap((p) =>
      index
        .paragraphMentions(doc.id, p.index)
        .filter((m) => types.includes(m.type))
        .map((m) => ({ start: p.start + m.start, end: p.start + m.end, type: m.type })),
    );
    const same = (a: GoldSpan, b: GoldSpan) => a.start === b.start && a.end === b.end && a.type === b.type;
    const hits = found.filter((f) => wanted.some((g) => same(f, g)));
    tp += hits.length;
    predicted += found.length;
    goldCount += wanted.length;
    for (const g of wanted) if (!found.some((f) => same(f, g))) misses.push(`${doc.id}: ${g.type} ${text.slice(g.start, g.end)}`);
    for (const f of found) if (!wanted.some((g) => same(f, g))) spurious.push(`${doc.id}: ${f.type} ${text.slice(f.start, f.end)}`);
  }
  return { precision: predicted ? tp / predicted : 0, recall: goldCount ? tp / goldCount : 0, truePositives: tp, predicted, gold: goldCount, misses, spurious };
}
