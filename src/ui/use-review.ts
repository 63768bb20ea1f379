import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Corpus } from '../core/corpus/types.js';
import type { ReviewState } from '../core/review/notes.js';
import { readReview, reviewFileFor, writeReview } from '../core/review/store.js';
import { reviewKey, type AppEvent, type AppState } from './app-state.js';
import type { PaneModel } from './models/pane-model.js';

/** `--review FILE` in the explorer: the file that holds the review of the pair it opens with. */
export interface ReviewFileOption {
  file: string;
  pair: [number, number];
}

/**
 * Keeps the QA pane's notes in step with their files: reads a pair's file
 * the first time the QA pane shows that pair, and writes it whenever its
 * notes change (each mark and comment is saved at once, so quitting in any
 * way loses nothing). A file that cannot be read or written is said in the status bar.
 */
export function useReviewStore(corpus: Corpus, state: AppState, send: (event: AppEvent) => void, option: ReviewFileOption | undefined): void {
  const key = reviewKey(state);
  const { a, b } = state.diff;
  const fileOf = (pairA: number, pairB: number) => {
    if (option && option.pair[0] === pairA && option.pair[1] === pairB) return option.file;
    return reviewFileFor(corpus.dir, corpus.documents[pairA]!.id, corpus.documents[pairB]!.id);
  };
  const saved = useRef(new Map<string, ReviewState>());
  const loaded = state.review.notes[key];
  const wanted = state.pane === 'review' && loaded === undefined && corpus.documents[a] !== undefined && corpus.documents[b] !== undefined;
  useEffect(() => {
    if (!wanted) return;
    const { state: review, warning } = readReview(fileOf(a, b), corpus.documents[a]!.id, corpus.documents[b]!.id);
    if (warning) send({ type: 'reviewProblem', message: warning });
    saved.current.set(key, review);
    send({ type: 'reviewLoaded', pair: key, review });
    // Read once per pair: `fileOf` depends only on the corpus and the option.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, key]);
  const notes = state.review.notes;
  useEffect(() => {
    for (const [pair, review] of Object.entries(notes)) {
      if (saved.current.get(pair) === review) continue;
      saved.current.set(pair, review);
      const [pa, pb] = pair.split(':').map(Number);
      try {
        writeReview(fileOf(pa!, pb!), review);
      } catch (err) {
        send({ type: 'reviewProblem', message: `review not saved: ${(err as Error).message}` });
      }
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [notes]);
}

/** Brings a finding's row into view once the diff pane has drawn the alignment it was found on. */
export function useFindingJump(state: AppState, model: PaneModel, send: (event: AppEvent) => void, height: number): void {
  const jump = state.pane === 'diff' ? state.review.jump : null;
  const { rowOfSegment } = model;
  useLayoutEffect(() => {
    if (jump === null || !rowOfSegment) return;
    const row = rowOfSegment(jump);
    if (row !== null) send({ type: 'diffJumped', row, total: model.rows.length, height });
    // Once per jump, against the frame that first has the aligned rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jump, rowOfSegment]);
}
