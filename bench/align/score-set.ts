/** Runs an aligner over every document of a set and scores it. */
import { mergeByVerse, type GoldDocument } from './sets.js';
import { scoreAlignments, type Link, type Score } from './metric.js';

export type Aligner = (a: string[], b: string[], paragraphs?: GoldDocument['paragraphs']) => Link[];

/** The aligner's score on the documents, and its total time in ms. */
export function scoreSet(docs: readonly GoldDocument[], align: Aligner): Score & { ms: number } {
  const tests: Link[][] = [];
  const t0 = performance.now();
  for (const doc of docs) {
    const links = align(doc.a, doc.b, doc.paragraphs);
    tests.push(doc.verses ? mergeByVerse(links, doc.verses) : links);
  }
  const ms = performance.now() - t0;
  return {
    ...scoreAlignments(
      docs.map((d) => d.gold),
      tests,
    ),
    ms,
  };
}
