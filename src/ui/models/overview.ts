import type { Corpus } from '../../core/corpus/types.js';
import { formatTable } from '../../cli/table.js';
import type { PaneModel } from './pane-model.js';
import { plainRow } from './pane-model.js';
import { truncateToWidth } from '../../core/text/width.js';

const SOURCE_WIDTH = 28;

/** The overview's version list: one row per version (id, language, words, source, title); Enter reads it. */
export function overviewModel(corpus: Corpus, width: number): PaneModel {
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
    handle: (action, row) => (action === 'open' && row < corpus.documents.length ? { type: 'openReader', doc: row, offset: 0 } : null),
    empty: 'this corpus has no readable versions',
    status: `${corpus.documents.length} versions`,
  };
}
