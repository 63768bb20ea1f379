import type { StyledSpan } from '../../core/text/spans.js';
import type { AppEvent } from '../app-state.js';
import type { Action } from '../keymap.js';

/** A line of styled spans, as every view draws it. */
export type Row = StyledSpan[];

/**
 * What a pane shows, computed from the state by a pure function: fixed lines
 * at the top, the scrolling rows, and what Enter and n/N do on them. Views
 * draw it; they compute nothing.
 */
export interface PaneModel {
  /** Fixed lines above the rows (column headers, a summary). */
  head: Row[];
  rows: Row[];
  /** `cursor`: a list with a highlighted row; `view`: text that scrolls. */
  mode: 'cursor' | 'view';
  /** Rows holding matches or changes, in order, for n/N. */
  marked: number[];
  /** What a marked row is, for the "change 3/6" counter. */
  markName?: string;
  /**
   * The event for a pane action that needs the rows (Enter on the cursor row,
   * `[`, `t`…); null: nothing to do; 'wait': the engine it needs is still
   * loading, so the key waits for the frame that brings it.
   */
  handle?: (action: Action, cursor: number) => AppEvent | null | 'wait';
  /** The row showing a text offset (reader only), to scroll to a search hit. */
  rowOf?: (offset: number) => number;
  /** The first row of paragraph ¶N (of A, in the diff), or null when there is none; for the `:` prompt. */
  rowOfParagraph?: (paragraph: number) => number | null;
  /** The version and paragraph a row shows (for `e`), or null when it shows none. */
  sourceAt?: (row: number) => { doc: number; paragraph: number } | null;
  /** What `y` copies for a row, when not the row's own text (a search hit: its whole paragraph). */
  copyText?: (row: number) => string;
  /** A line saying more about a row than it shows (the findings a `!` marks), or ''. */
  rowNote?: (row: number) => string;
  /** The first row of the diff result's row N (an alignment row, as QA findings name them), or null. */
  rowOfSegment?: (row: number) => number | null;
  /** Shown instead of rows when there are none (loading, nothing found). */
  empty: string;
  /** The overview's similarity matrix, drawn below the rows as a heat map, with the selected cell. */
  heat?: HeatMap;
  /** One-line summary for the status bar (hit counts, similarity). */
  status: string;
}

/** A row of one unmarked piece of text. */
export function plainRow(text: string): Row {
  return text === '' ? [] : [{ text, marks: [] }];
}

/** A row's text without its styles. */
export function rowText(row: Row): string {
  return row.map((s) => s.text).join('');
}

/** A similarity matrix to draw as a heat map; `column` -1 means no cell is selected. */
export interface HeatMap {
  ids: string[];
  values: number[][];
  row: number;
  column: number;
}
