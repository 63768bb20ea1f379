/**
 * The explorer's state as one reducer: which pane is shown, the search query,
 * each pane's scroll and options. Pure, so every key's effect is tested
 * without rendering; the App only turns key presses into events.
 */
import { PANES, type Action, type PaneId } from './keymap.js';
import { editLine, insertText, isLineEdit, LINE_EDITS, lineOf, type Line } from './line-edit.js';
import { remember } from './query-history.js';
import { withNote, type ReviewState, type Verdict } from '../core/review/notes.js';
import type { QaFinding } from '../core/review/types.js';
import { fitScroll, moveScroll, scrollTo, START, type Move, type Scroll } from './scroll.js';

/** Units the diff pane can compare in, in the order `w` cycles through them ('auto': the engine's default for the mode). */
export const GRANULARITIES = ['auto', 'word', 'sentence', 'paragraph', 'char'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** Everything the explorer remembers. */
export interface AppState {
  pane: PaneId;
  help: boolean;
  /** First help line shown, when the help is longer than the screen. */
  helpTop: number;
  /** The panel listing the corpus's warnings (files skipped or cut while loading) is shown. */
  warnings: boolean;
  /** The search input has the keyboard: letters go to the query, not to shortcuts. */
  typing: boolean;
  /** The search query with its cursor: typed text has this one owner, edited only by this reducer. */
  query: Line;
  /** Queries typed before, oldest first, and the one Ctrl-P/Ctrl-N show (null: the query being typed). */
  history: { queries: readonly string[]; at: number | null; draft: string };
  /** The open prompt, if any: `:` (go to paragraph) or a version picker (for A, B or the reader); it takes typed keys before the query. */
  prompt: Prompt | null;
  scroll: Record<PaneId, Scroll>;
  /**
   * Index of the version the reader shows, a text offset to bring into view
   * once its rows are known, and where `[`/`]` came from (so the way back
   * lands on the paragraph it left, not on an approximate counterpart).
   */
  reader: { doc: number; jump: number | null; trail: ReaderTrail | null };
  diff: { a: number; b: number; unified: boolean; granularity: Granularity; mode: 'auto' | 'diff' | 'align' };
  /** Cursor column in the overview's similarity matrix (-1: on the version list). */
  overview: { column: number };
  entities: { type: string | null };
  /** A one-line message for the status bar (what `e`, `y` or a reload did); the next key clears it. */
  notice: string | null;
  /**
   * The QA pane: review notes per pair of versions (`a:b` indexes) as read
   * from and written to the review file, the finding a comment is being
   * typed for, and the alignment row of a finding to bring into view in the
   * diff pane once its rows are drawn; and the last problem with a review file.
   */
  review: { notes: Readonly<Record<string, ReviewState>>; editing: QaFinding | null; jump: number | null; problem: string };
}

/** What a prompt asks for. */
export type PromptKind = 'goTo' | 'pickA' | 'pickB' | 'pickVersion' | 'comment';

/** A prompt and the line typed into it. */
export interface Prompt {
  kind: PromptKind;
  line: Line;
}

/** A `[`/`]` jump: from paragraph `paragraph` of version `doc` to paragraph `landed` of version `to`. */
export interface ReaderTrail {
  doc: number;
  paragraph: number;
  to: number;
  landed: number;
}

/** What can happen to the state. */
export type AppEvent =
  | { type: 'action'; action: Action }
  | { type: 'move'; move: Move; total: number; height: number; mode: 'cursor' | 'view' }
  /** A move while the help is open scrolls the help (`total` lines, `height` shown). */
  | { type: 'helpScroll'; move: Move; total: number; height: number }
  | { type: 'jump'; rows: readonly number[]; forward: boolean; total: number; height: number }
  | { type: 'fit'; pane: PaneId; total: number; height: number }
  /** Text typed or pasted into the open prompt or the search input, inserted at its cursor. */
  | { type: 'insert'; text: string }
  /** The prompt's Enter: scroll to `row` (null: no such paragraph) and close it. */
  | { type: 'goToRow'; row: number | null; total: number; height: number }
  | { type: 'openReader'; doc: number; offset: number; trail?: ReaderTrail }
  | { type: 'openDiff'; a: number; b: number }
  | { type: 'openSearch'; query: string }
  | { type: 'readerJumped'; row: number; total: number; height: number }
  | { type: 'setColumn'; column: number }
  | { type: 'setEntityType'; entityType: string | null }
  | { type: 'setDiffMode'; mode: 'diff' | 'align' }
  | { type: 'notice'; text: string | null }
  /** The corpus was read again: `moved[i]` is the new index of version i (-1: gone); scroll positions stay. */
  | { type: 'reloaded'; moved: readonly number[]; docCount: number; notice: string }
  /** The review notes of a pair, read from its file. */
  | { type: 'reviewLoaded'; pair: string; review: ReviewState }
  /** A verdict or comment on a finding of the current pair (closes the comment prompt). */
  | { type: 'reviewNote'; finding: QaFinding; change: { verdict?: Verdict; comment?: string } }
  /** Opens the comment prompt on a finding, holding its comment so far. */
  | { type: 'editComment'; finding: QaFinding; comment: string }
  /** Shows alignment row `row` of the current pair in the diff pane (sentence alignment). */
  | { type: 'showFinding'; row: number }
  | { type: 'diffJumped'; row: number; total: number; height: number }
  | { type: 'reviewProblem'; message: string };

/** Where the explorer starts: the overview, or wherever `--query` / `--diff` point. */
export function initialState(docCount: number, start: { query?: string; pair?: [number, number]; history?: readonly string[] } = {}): AppState {
  const scroll = Object.fromEntries(PANES.map((p) => [p, START])) as Record<PaneId, Scroll>;
  const state: AppState = {
    pane: 'overview',
    help: false,
    helpTop: 0,
    warnings: false,
    typing: false,
    query: lineOf(''),
    history: { queries: start.history ?? [], at: null, draft: '' },
    prompt: null,
    scroll,
    reader: { doc: 0, jump: null, trail: null },
    diff: { a: 0, b: Math.min(1, Math.max(0, docCount - 1)), unified: false, granularity: 'auto', mode: 'auto' },
    overview: { column: -1 },
    entities: { type: null },
    notice: null,
    review: { notes: {}, editing: null, jump: null, problem: '' },
  };
  if (start.query !== undefined) return { ...state, pane: 'search', query: lineOf(start.query) };
  if (start.pair) return { ...state, pane: 'diff', diff: { ...state.diff, a: start.pair[0], b: start.pair[1] } };
  return state;
}

function withScroll(state: AppState, pane: PaneId, s: Scroll): AppState {
  return { ...state, scroll: { ...state.scroll, [pane]: s } };
}

/** The next (step 1) or previous (step -1) version index after `value`, skipping the one the other side shows. */
function cycle(value: number, count: number, skip: number, step: 1 | -1): number {
  if (count < 2) return value;
  const next = (value + step + count) % count;
  return next === skip ? (next + step + count) % count : next;
}

/** Shows a pane; the search pane's job is typing, so entering it focuses its input. */
function switchPane(state: AppState, pane: PaneId): AppState {
  return { ...state, pane, help: false, warnings: false, typing: pane === 'search' };
}

/** Applies a key action that needs no row data; the docCount bounds A/B picking. */
function applyAction(state: AppState, action: Action, docCount: number): AppState {
  const index = PANES.indexOf(state.pane);
  switch (action) {
    case 'help':
      return { ...state, help: !state.help, helpTop: 0, warnings: false };
    case 'warnings':
      return { ...state, warnings: !state.warnings, help: false };
    case 'nextPane':
      return switchPane(state, PANES[(index + 1) % PANES.length]!);
    case 'prevPane':
      return switchPane(state, PANES[(index + PANES.length - 1) % PANES.length]!);
    case 'pane1':
    case 'pane2':
    case 'pane3':
    case 'pane4':
    case 'pane5':
    case 'pane6':
      return switchPane(state, PANES[Number(action.slice(4)) - 1]!);
    case 'focusSearch':
      return { ...state, pane: 'search', help: false, warnings: false, typing: true };
    case 'leaveInput':
      if (state.prompt) return { ...state, prompt: null };
      return { ...rememberQuery(state), help: false, warnings: false, typing: false };
    case 'historyPrev':
    case 'historyNext':
      return state.prompt ? state : browseHistory(state, action === 'historyPrev' ? -1 : 1);
    case 'goTo':
    case 'pickA':
    case 'pickB':
    case 'pickVersion':
      return { ...state, prompt: { kind: action, line: lineOf('') } };
    case 'toggleUnified':
      return { ...state, diff: { ...state.diff, unified: !state.diff.unified } };
    case 'cycleGranularity': {
      const i = GRANULARITIES.indexOf(state.diff.granularity);
      return { ...state, diff: { ...state.diff, granularity: GRANULARITIES[(i + 1) % GRANULARITIES.length]! } };
    }
    case 'nextA':
    case 'prevA':
      return withScroll({ ...state, diff: { ...state.diff, a: cycle(state.diff.a, docCount, state.diff.b, action === 'nextA' ? 1 : -1) } }, 'diff', START);
    case 'nextB':
    case 'prevB':
      return withScroll({ ...state, diff: { ...state.diff, b: cycle(state.diff.b, docCount, state.diff.a, action === 'nextB' ? 1 : -1) } }, 'diff', START);
    default:
      if (!isLineEdit(action)) return state;
      return state.prompt ? { ...state, prompt: { ...state.prompt, line: editLine(state.prompt.line, action) } } : withQuery(state, editLine(state.query, action));
  }
}

/** The actions {@link applyAction} carries out from the state alone, without the pane's rows. */
export const STATE_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  'help',
  'warnings',
  'nextPane',
  'prevPane',
  'pane1',
  'pane2',
  'pane3',
  'pane4',
  'pane5',
  'pane6',
  'focusSearch',
  'leaveInput',
  'toggleUnified',
  'cycleGranularity',
  'nextA',
  'prevA',
  'nextB',
  'prevB',
  'goTo',
  'pickA',
  'pickB',
  'pickVersion',
  'historyPrev',
  'historyNext',
  ...LINE_EDITS,
]);

/** The state with the current query added to the history (as leaving the input or opening a hit does). */
function rememberQuery(state: AppState): AppState {
  if (state.pane !== 'search' || !state.typing) return state;
  return { ...state, history: { queries: remember(state.history.queries, state.query.text), at: null, draft: '' } };
}

/** Ctrl-P / Ctrl-N: the query `step` back or forward in the history; past the newest, the query that was being typed. */
function browseHistory(state: AppState, step: -1 | 1): AppState {
  const { queries, at, draft } = state.history;
  const from = at ?? queries.length;
  const to = Math.max(0, Math.min(queries.length, from + step));
  if (to === from) return state;
  const text = to === queries.length ? draft : queries[to]!;
  const next = withQuery(state, { ...lineOf(text), killed: state.query.killed });
  return { ...next, history: { queries, at: to === queries.length ? null : to, draft: at === null ? state.query.text : draft } };
}

/** The state with a new query line; a changed text sends the hit cursor back to the top. */
function withQuery(state: AppState, query: Line): AppState {
  const next = { ...state, query };
  return query.text === state.query.text ? next : withScroll(next, 'search', START);
}

/** The key of the diff pane's pair in {@link AppState.review}'s notes. */
export function reviewKey(state: AppState): string {
  return `${state.diff.a}:${state.diff.b}`;
}

/** The next row index in `rows` after (or before) the current one, wrapping around. */
function nextMarked(rows: readonly number[], from: number, forward: boolean): number | null {
  if (rows.length === 0) return null;
  if (forward) return rows.find((r) => r > from) ?? rows[0]!;
  return [...rows].reverse().find((r) => r < from) ?? rows[rows.length - 1]!;
}

/** The state after an event; `docCount` is the number of versions in the corpus. */
export function appReducer(state: AppState, event: AppEvent, docCount: number): AppState {
  const pane = state.pane;
  switch (event.type) {
    case 'action':
      return applyAction(state, event.action, docCount);
    case 'move':
      return withScroll(state, pane, moveScroll(state.scroll[pane], event.move, event.total, event.height, event.mode));
    case 'helpScroll':
      return { ...state, helpTop: moveScroll({ cursor: state.helpTop, top: state.helpTop }, event.move, event.total, event.height, 'view').top };
    case 'jump': {
      // From the row n/N last landed on; the first n of a pane also takes a mark on the cursor row.
      const { cursor, current } = state.scroll[pane];
      const row = nextMarked(event.rows, current ?? cursor + (event.forward ? -1 : 1), event.forward);
      return row === null ? state : withScroll(state, pane, { ...scrollTo(row, event.total, event.height), current: row });
    }
    case 'fit':
      return withScroll(state, event.pane, fitScroll(state.scroll[event.pane], event.total, event.height));
    case 'insert':
      return state.prompt ? { ...state, prompt: { ...state.prompt, line: insertText(state.prompt.line, event.text) } } : withQuery(state, insertText(state.query, event.text));
    case 'goToRow':
      return withScroll({ ...state, prompt: null }, pane, event.row === null ? state.scroll[pane] : scrollTo(event.row, event.total, event.height));
    case 'openReader':
      return { ...rememberQuery(state), prompt: null, pane: 'reader', typing: false, help: false, warnings: false, reader: { doc: event.doc, jump: event.offset, trail: event.trail ?? null } };
    case 'readerJumped':
      return withScroll({ ...state, reader: { ...state.reader, jump: null } }, 'reader', scrollTo(event.row, event.total, event.height));
    case 'openDiff':
      return withScroll({ ...state, prompt: null, pane: 'diff', help: false, warnings: false, diff: { ...state.diff, a: event.a, b: event.b } }, 'diff', START);
    case 'openSearch':
      return withScroll({ ...state, pane: 'search', help: false, warnings: false, typing: true, query: { ...lineOf(event.query), killed: state.query.killed } }, 'search', START);
    case 'setColumn':
      return { ...state, overview: { column: event.column } };
    case 'setDiffMode':
      return withScroll({ ...state, diff: { ...state.diff, mode: event.mode } }, 'diff', START);
    case 'setEntityType':
      return withScroll({ ...state, entities: { type: event.entityType } }, 'entities', START);
    case 'notice':
      return { ...state, notice: event.text };
    case 'reloaded': {
      const to = (i: number) => Math.max(0, event.moved[i] ?? 0);
      const a = to(state.diff.a);
      const b = to(state.diff.b) === a && event.docCount > 1 ? (a + 1) % event.docCount : to(state.diff.b);
      const reader = event.moved[state.reader.doc] === state.reader.doc ? state.reader : { doc: to(state.reader.doc), jump: null, trail: null };
      return { ...state, notice: event.notice || state.notice, reader, diff: { ...state.diff, a, b } };
    }
    case 'reviewLoaded':
      return { ...state, review: { ...state.review, notes: { ...state.review.notes, [event.pair]: event.review } } };
    case 'reviewNote': {
      const key = reviewKey(state);
      const current = state.review.notes[key];
      if (!current) return { ...state, prompt: null, review: { ...state.review, editing: null } };
      return { ...state, prompt: null, review: { ...state.review, editing: null, notes: { ...state.review.notes, [key]: withNote(current, event.finding, event.change) } } };
    }
    case 'editComment':
      return { ...state, prompt: { kind: 'comment', line: lineOf(event.comment) }, review: { ...state.review, editing: event.finding } };
    case 'showFinding':
      return withScroll({ ...state, pane: 'diff', diff: { ...state.diff, mode: 'align', granularity: 'sentence' }, review: { ...state.review, jump: event.row } }, 'diff', START);
    case 'reviewProblem':
      return { ...state, review: { ...state.review, problem: event.message } };
    case 'diffJumped':
      return withScroll({ ...state, review: { ...state.review, jump: null } }, 'diff', { ...scrollTo(event.row, event.total, event.height), current: event.row });
  }
}
