import { useMemo } from 'react';
import type { Corpus } from '../core/corpus/types.js';
import type { AppState } from './app-state.js';
import { overviewModel } from './models/overview.js';
import type { PaneModel } from './models/pane-model.js';
import { readerModel } from './models/reader.js';

/** The model of the active pane, recomputed only when its inputs change. */
export function usePaneModel(state: AppState, corpus: Corpus, width: number): PaneModel {
  const doc = corpus.documents[state.reader.doc];
  return useMemo((): PaneModel => {
    switch (state.pane) {
      case 'overview':
        return overviewModel(corpus, width);
      case 'reader':
        return doc ? readerModel(doc, width, []) : emptyModel('no version to read');
      default:
        return emptyModel('not available yet');
    }
  }, [state.pane, corpus, width, doc]);
}

/** A pane with nothing to show but a note. */
function emptyModel(note: string): PaneModel {
  return { head: [], rows: [], mode: 'view', marked: [], empty: note, status: '' };
}
