import type { Corpus } from '../../core/corpus/types.js';
import type { SimilarityMatrix } from '../../core/diff/matrix.js';
import { formatTable } from '../../cli/table.js';
import type { PaneModel, Row } from './pane-model.js';
import { plainRow } from './pane-model.js';
import { truncateToWidth } from '../../core/text/width.js';

const SOURCE_WIDTH = 28;

/** The version table of the last corpus and width drawn: laid out once, not on every cursor move (10k rows). */
const tables = new WeakMap<Corpus, { width: number; head: Row; rows: Row[] }>();

function versionTable(corpus: Corpus, width: number): { head: Row; rows: Row[] } {
  const cached = tables.get(corpus);
  if (cached?.width === width) return cached;
  const lines = formatTable(
    [{ header: 'ID' }, { header: 'LANG' }, { header: 'WORDS', align: 'right' }, { header: 'SOURCE' }, { header: 'TITLE' }],
    corpus.documents.map((d) => [d.id, d.lang, String(d.words), truncateToWidth(d.source ?? '-', SOURCE_WIDTH), d.title]),
    width,
  );
  const table = { width, head: plainRow(lines[0]!), rows: lines.slice(1).map(plainRow) };
  tables.set(corpus, table);
  return table;
}

/**
 * The overview: one row per version (id, language, words, source, title) and,
 * once computed, the pairwise similarity matrix. Enter reads the version under
 * the cursor, or, with a matrix cell selected (←/→), diffs that pair. A corpus
 * of more than `matrixMax` versions gets no matrix, and a line saying so.
 */
export function overviewModel(corpus: Corpus, width: number, matrix: SimilarityMatrix | null, cursor: { row: number; column: number }, matrixMax: number): PaneModel {
  const n = corpus.documents.length;
  const table = versionTable(corpus, width);
  const capped = n > matrixMax;
  return {
    head: capped ? [plainRow(truncateToWidth(`${n} versions: the similarity heat map is drawn for ${matrixMax} or fewer; compare pairs in the diff pane`, width)), table.head] : [table.head],
    rows: table.rows,
    mode: 'cursor',
    marked: [],
    handle: (action, row) => {
      if (action === 'right' && matrix) return { type: 'setColumn', column: Math.min(n - 1, cursor.column + 1) };
      if (action === 'left') return { type: 'setColumn', column: Math.max(-1, cursor.column - 1) };
      if (action !== 'open' || row >= n) return null;
      if (cursor.column < 0 || !matrix) return { type: 'openReader', doc: row, offset: 0 };
      return cursor.column === row ? null : { type: 'openDiff', a: row, b: cursor.column };
    },
    sourceAt: (row) => (row < n ? { doc: row, paragraph: 0 } : null),
    ...(matrix ? { heat: { ids: matrix.ids, values: matrix.values, row: cursor.row, column: cursor.column } } : {}),
    empty: 'this corpus has no readable versions',
    status: matrix ? (cursor.column < 0 ? '→ to pick a pair in the matrix' : 'Enter: diff this pair') : capped ? `${n} versions · Enter: read` : 'computing similarities…',
  };
}
