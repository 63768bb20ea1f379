import type { Corpus } from '../../core/corpus/types.js';
import type { SimilarityMatrix } from '../../core/diff/matrix.js';
import { formatTable } from '../../cli/table.js';
import type { PaneModel } from './pane-model.js';
import { plainRow } from './pane-model.js';
import { truncateToWidth } from '../../core/text/width.js';

const SOURCE_WIDTH = 28;

/**
 * The overview: one row per version (id, language, words, source, title) and,
 * once computed, the pairwise similarity matrix. Enter reads the version under
 * the cursor, or, with a matrix cell selected (←/→), diffs that pair.
 */
export function overviewModel(corpus: Corpus, width: number, matrix: SimilarityMatrix | null, cursor: { row: number; column: number }): PaneModel {
  const n = corpus.documents.length;
  const lines = formatTable(
    [{ header: 'ID' }, { header: 'LANG' }, { header: 'WORDS', align: 'right' }, { header: 'SOURCE' }, { header: 'TITLE' }],
    corpus.documents.map((d) => [d.id, d.lang, String(d.words), truncateToWidth(d.source ?? '-', SOURCE_WIDTH), d.title]),
    width,
  );
  return {
    head: [[{ text: lines[0]!, marks: [] }]],
    rows: lines.slice(1).map(plainRow),
    mode: 'cursor',
    marked: [],
    handle: (action, row) => {
      if (action === 'right' && matrix) return { type: 'setColumn', column: Math.min(n - 1, cursor.column + 1) };
      if (action === 'left') return { type: 'setColumn', column: Math.max(-1, cursor.column - 1) };
      if (action !== 'open' || row >= n) return null;
      if (cursor.column < 0 || !matrix) return { type: 'openReader', doc: row, offset: 0 };
      return cursor.column === row ? null : { type: 'openDiff', a: row, b: cursor.column };
    },
    ...(matrix ? { heat: { ids: matrix.ids, values: matrix.values, row: cursor.row, column: cursor.column } } : {}),
    empty: 'this corpus has no readable versions',
    status: matrix ? (cursor.column < 0 ? '→ to pick a pair in the matrix' : 'Enter: diff this pair') : 'computing similarities…',
  };
}
