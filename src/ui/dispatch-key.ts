/**
 * The one dispatcher from a key press to its effect: the keymap names the
 * action, and this says what the action does (a reducer event, quitting, or
 * waiting for the pane's rows). Pure, so key handling is tested as data.
 */
import { pickVersions, type Pickable } from '../core/corpus/pick-version.js';
import { STATE_ACTIONS, type AppEvent, type AppState, type Prompt } from './app-state.js';
import type { KeyPress } from './key-reader.js';
import { PANES, resolveKey, type Action } from './keymap.js';
import { TAB_ROW, tabAt } from './tab-bar.js';
import { isLineEdit } from './line-edit.js';
import { rowText, type PaneModel } from './models/pane-model.js';
import { isMove, type Scroll } from './scroll.js';

/** What the App knows when a key arrives: the pane's model, and whether it was computed from the current state. */
export interface KeyContext {
  model: PaneModel;
  /** False when earlier keys of the same read changed the state after the model was computed. */
  fresh: boolean;
  /** Rows the pane shows. */
  height: number;
  /** The terminal is below the minimum size: only quitting works. */
  tooSmall: boolean;
  /** Lines of the help overlay, and how many show at once. */
  help: { total: number; shown: number };
  /** The versions, for the version picker. */
  versions: readonly Pickable[];
}

/** Work outside the explorer a key asks for: the editor on a paragraph, or text to the clipboard. */
export type HandOff = { type: 'edit'; doc: number; paragraph: number } | { type: 'copy'; text: string };

/** The effect of one key. */
export type KeyOutcome =
  | { kind: 'events'; events: AppEvent[] }
  | { kind: 'handOff'; handOff: HandOff }
  | { kind: 'quit' }
  /** The key needs the rows of a state not drawn yet: try again after the next frame. */
  | { kind: 'wait' }
  /** The key stands for several (Esc then a key, sent as Alt+key): handle these instead. */
  | { kind: 'keys'; keys: KeyPress[] };

const NONE: KeyOutcome = { kind: 'events', events: [] };

/** What Enter in a prompt does: go to the paragraph typed, or open the best version match. */
function submitPrompt(prompt: Prompt, state: AppState, ctx: KeyContext): AppEvent[] {
  const text = prompt.line.text;
  if (prompt.kind === 'comment') return state.review.editing ? [{ type: 'reviewNote', finding: state.review.editing, change: { comment: text } }] : [{ type: 'action', action: 'leaveInput' }];
  if (prompt.kind === 'goTo') {
    const n = Number(text.trim().replace(/^¶/, ''));
    const row = Number.isInteger(n) && n >= 0 ? (ctx.model.rowOfParagraph?.(n) ?? null) : null;
    return [{ type: 'goToRow', row, total: ctx.model.rows.length, height: ctx.height }];
  }
  const best = pickVersions(ctx.versions, text)[0];
  if (best === undefined) return [{ type: 'action', action: 'leaveInput' }];
  if (prompt.kind === 'pickVersion') return [{ type: 'openReader', doc: best, offset: 0 }];
  const { a, b } = state.diff;
  // Picking the version the other side shows swaps the two.
  if (prompt.kind === 'pickA') return [{ type: 'openDiff', a: best, b: best === b ? a : b }];
  return [{ type: 'openDiff', a: best === a ? b : a, b: best }];
}

/** A key while a prompt is open: it types and edits there; Enter submits, Esc cancels, Ctrl-C quits. */
function promptKey(press: KeyPress, state: AppState, ctx: KeyContext): KeyOutcome {
  if (press.name === 'return') return ctx.fresh ? { kind: 'events', events: submitPrompt(state.prompt!, state, ctx) } : { kind: 'wait' };
  const action = resolveKey(press.name, state.pane, true);
  if (action === 'quit' || action === 'leaveInput') return action === 'quit' ? { kind: 'quit' } : { kind: 'events', events: [{ type: 'action', action }] };
  if (action !== null && isLineEdit(action)) return { kind: 'events', events: [{ type: 'action', action }] };
  if (press.text !== undefined) return { kind: 'events', events: [{ type: 'insert', text: press.text }] };
  return NONE;
}

/** A click: on a tab, that pane (as its number key); elsewhere nothing yet. */
function clickOutcome(press: KeyPress, state: AppState, ctx: KeyContext): KeyOutcome {
  const pane = press.at && press.at.y === TAB_ROW && !state.prompt && !ctx.tooSmall ? tabAt(press.at.x) : null;
  return pane ? { kind: 'events', events: [{ type: 'action', action: `pane${PANES.indexOf(pane) + 1}` as Action }] } : NONE;
}

/** The row a key acts on: the cursor's in a list; in text, the one n/N landed on, else the one `:` went to or the top one (a scroll puts the cursor there). */
export function selectedRow(model: PaneModel, scroll: Scroll): number {
  return model.mode === 'cursor' ? scroll.cursor : (scroll.current ?? scroll.cursor);
}

/** `e` and `y` on a row: the paragraph it comes from to the editor, its text to the clipboard; a status line when there is nothing. */
function handOff(action: 'edit' | 'copy', model: PaneModel, row: number): KeyOutcome {
  if (action === 'edit') {
    const source = model.sourceAt?.(row) ?? null;
    if (source) return { kind: 'handOff', handOff: { type: 'edit', ...source } };
    return { kind: 'events', events: [{ type: 'notice', text: 'nothing to open here: e opens the version of the row in the reader, search or diff' }] };
  }
  const text = (model.copyText?.(row) ?? rowText(model.rows[row] ?? [])).trim();
  if (text === '') return { kind: 'events', events: [{ type: 'notice', text: 'nothing to copy on this row' }] };
  return { kind: 'handOff', handOff: { type: 'copy', text } };
}

/** The effect of `press` on `state`. */
export function dispatchKey(press: KeyPress, state: AppState, ctx: KeyContext): KeyOutcome {
  if (press.name === 'click') return clickOutcome(press, state, ctx);
  if (state.prompt) return promptKey(press, state, ctx);
  const action = resolveKey(press.name, state.pane, state.typing);
  if (action === null) {
    if (press.name.startsWith('alt+')) {
      // Esc typed just before a key arrives as Alt+key: Esc, then the key.
      const ch = press.name.slice(4);
      return { kind: 'keys', keys: [{ name: 'escape' }, { name: ch, text: ch }] };
    }
    if (state.typing && press.text !== undefined && !ctx.tooSmall && !state.help) return { kind: 'events', events: [{ type: 'insert', text: press.text }] };
    return NONE;
  }
  if (action === 'quit') return { kind: 'quit' };
  if (ctx.tooSmall) return NONE;
  if (state.help && isMove(action)) return { kind: 'events', events: [{ type: 'helpScroll', move: action, total: ctx.help.total, height: ctx.help.shown }] };
  if ((state.help || state.warnings) && action !== 'help' && action !== 'warnings' && action !== 'leaveInput') return NONE;
  if (STATE_ACTIONS.has(action)) return { kind: 'events', events: [{ type: 'action', action }] };
  if (!ctx.fresh) return { kind: 'wait' };
  const { model, height } = ctx;
  const total = model.rows.length;
  if (isMove(action)) return { kind: 'events', events: [{ type: 'move', move: action, total, height, mode: model.mode }] };
  if (action === 'nextMatch' || action === 'prevMatch') return { kind: 'events', events: [{ type: 'jump', rows: model.marked, forward: action === 'nextMatch', total, height }] };
  if (action === 'edit' || action === 'copy') return handOff(action, model, selectedRow(model, state.scroll[state.pane]));
  const event = model.handle?.(action, state.scroll[state.pane].cursor);
  if (event === 'wait') return { kind: 'wait' };
  return { kind: 'events', events: event ? [event] : [] };
}
