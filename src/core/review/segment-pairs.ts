import type { Document } from '../corpus/types.js';
import { diffDocuments } from '../diff/diff-documents.js';
import type { SegmentPair } from './types.js';

/**
 * The aligned segment pairs of two versions: their sentence alignment (the
 * one the diff pane shows for a translation), also for two versions in one
 * language, so that a rewrite is reviewed sentence by sentence as well.
 */
export function segmentPairs(docA: Document, docB: Document): SegmentPair[] {
  const { rows } = diffDocuments(docA, docB, { mode: 'align', granularity: 'sentence' });
  return rows.map((r, row) => ({
    row,
    a: r.left,
    b: r.right,
    ...(r.leftParagraph !== undefined ? { paraA: r.leftParagraph } : {}),
    ...(r.rightParagraph !== undefined ? { paraB: r.rightParagraph } : {}),
  }));
}

/** The B texts of the rows around `row` (within `reach`), which an alignment slip may have put a counterpart in. */
export function nearbyB(pairs: readonly SegmentPair[], row: number, reach = 1): string {
  const out: string[] = [];
  for (let k = Math.max(0, row - reach); k <= Math.min(pairs.length - 1, row + reach); k++) if (pairs[k]!.b) out.push(pairs[k]!.b!);
  return out.join('\n');
}

/** The A texts of the rows around `row` (see {@link nearbyB}). */
export function nearbyA(pairs: readonly SegmentPair[], row: number, reach = 1): string {
  const out: string[] = [];
  for (let k = Math.max(0, row - reach); k <= Math.min(pairs.length - 1, row + reach); k++) if (pairs[k]!.a) out.push(pairs[k]!.a!);
  return out.join('\n');
}
