/** Pairwise similarity of every version of a corpus, so a reviewer sees at a glance which are close. */
import type { Document } from '../corpus/types.js';
import { diffDocuments } from './diff-documents.js';
import type { DiffMode } from './types.js';

/** Similarities of all pairs: `values[i][j]` compares `ids[i]` with `ids[j]` (1 on the diagonal). */
export interface SimilarityMatrix {
  ids: string[];
  langs: string[];
  values: number[][];
  /** How each pair was compared ('diff' or 'align'), same layout as `values`. */
  modes: DiffMode[][];
}

/**
 * The most versions {@link similarityMatrix} is asked to compare: n(n-1)/2
 * diffs grow fast (200 versions are 19,900 diffs; 20,000 would be 200
 * million, hours of work and more memory than a machine has).
 */
export const MATRIX_MAX_VERSIONS = 200;

/** Compares every pair of documents once (the matrix is symmetric) with the default mode for the pair. */
export function similarityMatrix(docs: readonly Document[]): SimilarityMatrix {
  const n = docs.length;
  const values = docs.map(() => new Array<number>(n).fill(1));
  const modes = docs.map(() => new Array<DiffMode>(n).fill('diff'));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const r = diffDocuments(docs[i]!, docs[j]!);
      values[i]![j] = values[j]![i] = r.similarity;
      modes[i]![j] = modes[j]![i] = r.mode;
    }
  }
  return { ids: docs.map((d) => d.id), langs: docs.map((d) => d.lang), values, modes };
}
