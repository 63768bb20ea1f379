/** Paragraph correspondences read off a diff, for the reader's jump to the matching paragraph. */
import type { DiffResult } from './types.js';

/**
 * The paragraph of the other version aligned with paragraph `paragraph` of
 * one side ('left' = A, 'right' = B): the first row that starts in it and has
 * a counterpart, else the nearest such row before it; null when none does.
 */
export function counterpartParagraph(result: DiffResult, side: 'left' | 'right', paragraph: number): number | null {
  let before: number | null = null;
  for (const row of result.rows) {
    const own = side === 'left' ? row.leftParagraph : row.rightParagraph;
    const other = side === 'left' ? row.rightParagraph : row.leftParagraph;
    if (own === undefined) continue;
    if (own > paragraph) break;
    if (other === undefined) {
      const partner = row.kind === 'moved' ? result.rows[side === 'left' ? (row.to ?? -1) : (row.from ?? -1)] : undefined;
      const moved = side === 'left' ? partner?.rightParagraph : partner?.leftParagraph;
      if (own === paragraph && moved !== undefined) return moved;
      continue;
    }
    if (own === paragraph) return other;
    before = other;
  }
  return before;
}
