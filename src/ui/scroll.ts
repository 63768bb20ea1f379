/**
 * Viewport arithmetic shared by every pane: where the cursor and the first
 * visible row are after a move. Pure, so panes scroll the same way and the
 * rules are tested without rendering.
 */

/** A cursor row and the first visible row of a list or text. */
export interface Scroll {
  cursor: number;
  top: number;
  /** The marked row n/N last landed on (drawn highlighted, counted as "3/6" in the status bar); gone after any other move. */
  current?: number;
}

/** The moves a pane's rows support. */
export type Move = 'up' | 'down' | 'top' | 'bottom' | 'pageUp' | 'pageDown' | 'halfPageUp' | 'halfPageDown';

export const START: Scroll = { cursor: 0, top: 0 };

const MOVES: ReadonlySet<string> = new Set<Move>(['up', 'down', 'top', 'bottom', 'pageUp', 'pageDown', 'halfPageUp', 'halfPageDown']);

/** True for the actions {@link moveScroll} handles. */
export function isMove(action: string): action is Move {
  return MOVES.has(action);
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

/**
 * Applies a move to `total` rows seen through `height` rows. In `cursor`
 * mode (lists) the cursor moves and the view follows it; in `view` mode
 * (text) the view itself scrolls and the cursor stays on its first row.
 */
export function moveScroll(s: Scroll, move: Move, total: number, height: number, mode: 'cursor' | 'view'): Scroll {
  const page = Math.max(1, height);
  const half = Math.max(1, Math.floor(page / 2));
  const delta: Record<Move, number> = {
    up: -1,
    down: 1,
    top: -Infinity,
    bottom: Infinity,
    pageUp: -page,
    pageDown: page,
    halfPageUp: -half,
    halfPageDown: half,
  };
  if (mode === 'view') {
    const top = clamp(s.top + delta[move], 0, Math.max(0, total - page));
    return { cursor: top, top };
  }
  const cursor = clamp(s.cursor + delta[move], 0, Math.max(0, total - 1));
  // Pages move the view along with the cursor, as in less and vim.
  const paged = move.startsWith('page') || move.startsWith('half') ? s.top + (cursor - s.cursor) : s.top;
  return fitScroll({ cursor, top: paged }, total, height);
}

/** Keeps the cursor inside the view and the view inside the rows (after a resize or a new row count). */
export function fitScroll(s: Scroll, total: number, height: number): Scroll {
  const page = Math.max(1, height);
  const cursor = clamp(s.cursor, 0, Math.max(0, total - 1));
  let top = clamp(s.top, 0, Math.max(0, total - page));
  if (cursor < top) top = cursor;
  if (cursor >= top + page) top = cursor - page + 1;
  return s.current !== undefined && s.current < total ? { cursor, top, current: s.current } : { cursor, top };
}

/** A view with row `index` as cursor, shown a few rows below the top edge so its context is visible. */
export function scrollTo(index: number, total: number, height: number): Scroll {
  const margin = Math.min(3, Math.floor(height / 4));
  return fitScroll({ cursor: index, top: index - margin }, total, height);
}
