import { useMemo } from 'react';
import type { Corpus, Document } from '../core/corpus/types.js';
import { whoMentionsWhat } from '../core/entities/mentions.js';
import { parseQuery } from '../core/search/query.js';
import type { MarkRange } from '../core/text/spans.js';
import { reviewKey, type AppEvent, type AppState } from './app-state.js';
import { MATRIX_MAX_VERSIONS, paneFailure, type Engines } from './use-engines.js';
import { diffModel } from './models/diff.js';
import { entitiesModel, entityColumns } from './models/entities.js';
import { overviewModel } from './models/overview.js';
import type { PaneModel } from './models/pane-model.js';
import { readerModel } from './models/reader.js';
import { reviewModel } from './models/review.js';
import { SEARCH_LIMIT, searchModel, snippetChars } from './models/search.js';

/** The entity and query-match ranges of a whole document, as offsets into its text. */
function readerRanges(doc: Document, query: string, engines: Pick<Engines, 'entities' | 'search'>): MarkRange[] {
  const ranges: MarkRange[] = [];
  if (engines.entities) {
    for (const p of doc.paragraphs) for (const r of engines.entities.paragraphRanges(doc.id, p.index)) ranges.push({ ...r, start: r.start + p.start, end: r.end + p.start });
  }
  if (engines.search && query.trim() !== '') {
    const hits = engines.search.search(`${query} doc:${doc.id}`, { limit: doc.paragraphs.length, snippetChars: 20 }).hits;
    for (const hit of hits) {
      const p = doc.paragraphs[hit.paragraph];
      if (p) for (const r of hit.ranges) ranges.push({ start: r.start + p.start, end: r.end + p.start, mark: 'match' });
    }
  }
  return ranges;
}

/**
 * `[`/`]` in the reader: the previous/next version, opened at the paragraph
 * aligned with the one at `offset` (the cursor's, or the match n/N is on).
 * Going back the way the last jump came lands on the paragraph it left, so a
 * round trip never drifts.
 */
function versionJump(corpus: Corpus, state: AppState, engines: Engines, offset: number, forward: boolean): AppEvent | null | 'wait' {
  const n = corpus.documents.length;
  const fromIndex = state.reader.doc;
  const toIndex = (fromIndex + (forward ? 1 : n - 1)) % n;
  const from = corpus.documents[fromIndex];
  const to = corpus.documents[toIndex];
  if (!from || !to || from === to) return null;
  const paragraph = from.paragraphs.findLast((p) => p.start <= offset)?.index ?? 0;
  const trail = state.reader.trail;
  let target: number;
  if (trail && trail.to === fromIndex && trail.landed === paragraph && trail.doc === toIndex) {
    target = trail.paragraph;
  } else if (engines.diff) {
    const result = engines.diff.diffDocuments(from, to, { granularity: 'paragraph' });
    target = engines.diff.counterpartParagraph(result, 'left', paragraph) ?? 0;
  } else {
    // Still loading (an import): the key waits for the frame that brings it, unless it failed to load.
    return engines.errors.diff ? null : 'wait';
  }
  return { type: 'openReader', doc: toIndex, offset: to.paragraphs[target]?.start ?? 0, trail: { doc: fromIndex, paragraph, to: toIndex, landed: target } };
}

/**
 * The model of the active pane, computed from the state and whatever engines
 * are loaded; recomputed only when its inputs change (the search runs once
 * per query edit, the diff once per pair and option).
 */
export function usePaneModel(state: AppState, corpus: Corpus, width: number, engines: Engines): PaneModel {
  const { pane } = state;
  const query = state.query.text;
  const doc = corpus.documents[state.reader.doc];
  // `entity:` filters wait for the entity index built in the background (never built on the keystroke path); the query runs again when it is ready.
  const { entities } = engines;
  const needsEntities = useMemo(() => parseQuery(query).filters.entity.length > 0, [query]);
  // The entity index matters to the search only when the query filters by entity.
  const filterEntities = needsEntities ? entities : null;
  const searchEngine = engines.search;
  const response = useMemo(() => {
    if (pane !== 'search' || !searchEngine || query.trim() === '') return null;
    const resolveEntity = filterEntities ? (name: string) => filterEntities.paragraphsMentioning(name) : undefined;
    return searchEngine.search(query, { limit: SEARCH_LIMIT, snippetChars: snippetChars(corpus, width), ...(resolveEntity ? { resolveEntity } : {}) });
  }, [pane, searchEngine, query, corpus, width, filterEntities]);
  const { a, b, mode, granularity } = state.diff;
  const diff = useMemo(() => {
    const A = corpus.documents[a];
    const B = corpus.documents[b];
    if (pane !== 'diff' || !engines.diff || !A || !B) return null;
    const result = engines.diff.diffDocuments(A, B, { ...(mode === 'auto' ? {} : { mode }), ...(granularity === 'auto' ? {} : { granularity }) });
    const check = engines.entities ? engines.diff.checkConsistency(engines.entities, A.id, B.id) : null;
    return { result, check };
  }, [pane, engines.diff, engines.entities, corpus, a, b, mode, granularity]);
  // The whole table once per index and width; `t` only filters it (a type's rows keep the table's order).
  const columns = entityColumns(corpus, width).join('\0');
  const fullTable = useMemo(() => (pane === 'entities' && engines.entities ? whoMentionsWhat(engines.entities, { columns: columns.split('\0') }) : null), [pane, engines.entities, columns]);
  const entityType = state.entities.type;
  const entityTable = useMemo(() => (fullTable && entityType ? fullTable.filter((r) => r.type === entityType) : fullTable), [fullTable, entityType]);
  const readerQuery = pane === 'reader' ? query : '';
  const reader = useMemo(
    () => (pane === 'reader' && doc ? readerModel(doc, width, readerRanges(doc, readerQuery, { entities, search: searchEngine })) : null),
    [pane, doc, width, readerQuery, entities, searchEngine],
  );
  const cursorRow = state.scroll.overview.cursor;
  const cursorColumn = state.overview.column;
  const matrix = engines.matrix;
  const overview = useMemo(
    () => (pane === 'overview' ? overviewModel(corpus, width, matrix, { row: cursorRow, column: cursorColumn }, MATRIX_MAX_VERSIONS) : null),
    [pane, corpus, width, matrix, cursorRow, cursorColumn],
  );

  const { unified } = state.diff;
  const diffView = useMemo(() => (diff ? diffModel(corpus, [a, b], diff.result, diff.check, { unified }, width) : null), [diff, corpus, a, b, unified, width]);
  const search = useMemo(() => searchModel(corpus, query, response, entities, width, needsEntities && !entities), [corpus, query, response, entities, width, needsEntities]);
  const entityView = useMemo(() => (entityTable ? entitiesModel(corpus, entityTable, state.entities.type, width) : null), [corpus, entityTable, state.entities.type, width]);

  // The QA pane: the checks of core/review on the pair, with the corpus's gazetteer (read once per corpus).
  const reviewEngine = pane === 'review' ? engines.diff : null;
  const terms = useMemo(() => (reviewEngine ? reviewEngine.gazetteerTerms(reviewEngine.loadGazetteer(corpus.dir).entities) : null), [reviewEngine, corpus]);
  const qa = useMemo(() => {
    const A = corpus.documents[a];
    const B = corpus.documents[b];
    return reviewEngine && terms && A && B ? reviewEngine.reviewDocuments(A, B, { terms }) : null;
  }, [reviewEngine, terms, corpus, a, b]);
  const reviewNotes = state.review.notes[reviewKey(state)];
  const reviewView = useMemo(() => (qa ? reviewModel(corpus, [a, b], qa, reviewNotes, width) : null), [qa, corpus, a, b, reviewNotes, width]);

  const failure = paneFailure(engines, pane);
  if (failure) return emptyModel(failure);
  switch (pane) {
    case 'overview':
      return overview!;
    case 'search':
      return search;
    case 'reader': {
      if (!reader) return emptyModel('no version to read');
      // The paragraph a reader row belongs to: the last that starts at or before the row's text.
      const paragraphAt = (row: number) => doc!.paragraphs.findLast((p) => p.start <= (reader.rowStarts[row] ?? 0)) ?? null;
      return {
        ...reader,
        sourceAt: (row) => ({ doc: state.reader.doc, paragraph: paragraphAt(row)?.index ?? 0 }),
        copyText: (row) => paragraphAt(row)?.text ?? '',
        handle: (action, row) => {
          if (action !== 'nextVersion' && action !== 'prevVersion') return null;
          const at = state.scroll.reader.current ?? row;
          return versionJump(corpus, state, engines, reader.rowStarts[at] ?? 0, action === 'nextVersion');
        },
      };
    }
    case 'diff':
      if (corpus.documents.length < 2) return emptyModel('the diff needs two versions');
      return diffView ?? emptyModel('comparing…');
    case 'entities':
      return entityView ?? emptyModel('finding entities…');
    case 'review':
      if (corpus.documents.length < 2) return emptyModel('the review needs two versions');
      return reviewView ?? emptyModel('checking…');
  }
}

/** A pane with nothing to show but a note. */
function emptyModel(note: string): PaneModel {
  return { head: [], rows: [], mode: 'view', marked: [], empty: note, status: '' };
}
