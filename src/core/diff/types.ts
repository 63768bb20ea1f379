/**
 * The diff row model: what comparing version A with version B yields, shared
 * by the diff pane, `--diff` and `--matrix`.
 */
import type { StyledSpan } from '../text/spans.js';

/** What a row says about its two cells. */
export type RowKind = 'equal' | 'changed' | 'added' | 'removed' | 'moved';

/** The unit rows and change marks are cut into. */
export type Granularity = 'paragraph' | 'sentence' | 'word' | 'char';

/** Literal diff (same language) or translation alignment (different languages). */
export type DiffMode = 'diff' | 'align';

/**
 * A changed range of one cell, as the JSON output gives it: `side` says which
 * cell, [start, end) are offsets into that cell's text. Ranges come in edit
 * order: a replacement is its `left` range followed by its `right` range.
 */
export interface ChangeSpan {
  side: 'left' | 'right';
  start: number;
  end: number;
  mark: 'removed' | 'added' | 'moved';
}

/** One line of a side-by-side view: left cell from A, right cell from B. */
export interface DiffRow {
  kind: RowKind;
  /** Segment text from A, or null when the row has nothing from A. */
  left: string | null;
  /** Segment text from B, or null when the row has nothing from B. */
  right: string | null;
  /** The changed ranges of both cells (empty for equal rows and aligned translations). */
  spans: ChangeSpan[];
  /**
   * Both cells cut into styled spans (marks 'removed', 'added', 'moved'),
   * ready for any renderer; `unified` is the row as one cell, replaced words
   * of A just before what replaced them (as `git diff --word-diff` shows it).
   * Computed on first access.
   */
  cells: {
    left: StyledSpan[];
    right: StyledSpan[];
    unified: StyledSpan[];
  };
  /**
   * For a changed row: hands `run` the pieces of `cells.unified` in order,
   * each as a range of `left` or `right`, and returns true; returns false
   * for other rows. Nothing is sliced, styled or kept, so a long output can
   * copy each row's text straight into its output buffer.
   */
  unifiedRuns(run: UnifiedRun): boolean;
  /** For a moved row: the row holding the text in A (`from`) and in B (`to`). */
  from?: number;
  to?: number;
  /** Index in A / B of the paragraph the left / right cell starts in. */
  leftParagraph?: number;
  rightParagraph?: number;
}

/** One piece of a row's unified cell: `source.slice(start, end)`, marked removed, added or not at all. */
export type UnifiedRun = (source: string, start: number, end: number, mark: 'removed' | 'added' | null) => void;

/** Word counts and alignment shares of a comparison. */
export interface DiffStats {
  /** Words only in B, only in A, and replaced (counted once per replaced word pair). */
  wordsAdded: number;
  wordsRemoved: number;
  wordsChanged: number;
  /** Words of A / B found unchanged in the other version (moved text counts). */
  wordsEqualLeft: number;
  wordsEqualRight: number;
  /** Segments (rows' cells) on each side, and how many of them have a counterpart. */
  segmentsLeft: number;
  segmentsRight: number;
  alignedLeft: number;
  alignedRight: number;
  /** (alignedLeft + alignedRight) / (segmentsLeft + segmentsRight); 1 for two empty versions. */
  shareAligned: number;
  moved: number;
}

/** Options of {@link diffDocuments}; every field is optional. */
export interface DiffOptions {
  /** Default: 'align' when the languages differ, else 'diff'. */
  mode?: DiffMode;
  /** Default: 'word' for a diff, 'sentence' for an alignment. */
  granularity?: Granularity;
  /** Compare letters case-insensitively. */
  ignoreCase?: boolean;
  /** Ignore punctuation (whitespace between words never counts). */
  ignorePunctuation?: boolean;
  /**
   * Work bound: the most edit steps one token-level comparison may explore
   * before it gives up and falls back to a coarser granularity. Default 2e6.
   */
  maxEditCost?: number;
}

/** The result of comparing two versions. */
export interface DiffResult {
  mode: DiffMode;
  granularity: Granularity;
  rows: DiffRow[];
  stats: DiffStats;
  /** 0 (nothing in common) to 1 (identical). */
  similarity: number;
  /** Set when a work bound was hit and part of the comparison fell back to a coarser granularity. */
  notice?: string;
}
