import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import { Box, Text, useApp, useInput, useStdout } from 'ink';
import type { Corpus } from '../core/corpus/types.js';
import { appReducer, initialState, type AppEvent, type AppState } from './app-state.js';
import { Header } from './header.js';
import { HelpOverlay, helpLayout, helpLines } from './help-overlay.js';
import { dispatchKey, selectedRow, type HandOff } from './dispatch-key.js';
import { createKeyReader, type KeyPress } from './key-reader.js';
import { usePaneModel } from './use-pane-model.js';
import { PaneView } from './pane-view.js';
import { StatusBar } from './status-bar.js';
import { TabBar } from './tab-bar.js';
import { TooSmall, MIN_COLUMNS, MIN_ROWS } from './too-small.js';
import { useTerminalSize } from './use-terminal-size.js';
import { warningLines, WarningsPanel } from './warnings-panel.js';
import { describeReload } from './watch.js';
import { useEngines } from './use-engines.js';
import { useFindingJump, useReviewStore, type ReviewFileOption } from './use-review.js';
import { noteInput } from './input-idle.js';
import type { PaneModel } from './models/pane-model.js';
import type { Scroll } from './scroll.js';

/** Where the explorer opens: `--query` or `--diff` resolved to document indices. */
export interface StartAt {
  query?: string;
  pair?: [number, number];
  /** Search queries of earlier runs, oldest first (Ctrl-P recalls them). */
  history?: readonly string[];
}

/** What the explorer hands to the world outside it; each returns the status line to show. */
export interface HandOffs {
  /** Opens version `doc` at `paragraph` in the user's editor (the terminal is the editor's meanwhile). */
  edit: (doc: number, paragraph: number) => string;
  /** Puts text on the clipboard through the terminal, written with `write`. */
  copy: (text: string, write: (data: string) => void) => string;
}

/** Without a runner (component tests): say so. */
const NO_HAND_OFFS: HandOffs = { edit: () => 'no editor here', copy: () => 'no clipboard here' };

/** Lines the shell takes around the pane: header, tab bar, status bar. */
const CHROME_ROWS = 3;

/**
 * The explorer: header, tab bar, the active pane and the status bar, sized to
 * the terminal. Turns key presses into reducer events through the keymap.
 */
export function App({
  corpus,
  start = {},
  cache = true,
  saveHistory,
  handOffs = NO_HAND_OFFS,
  watchNote = null,
  startWarnings = [],
  reviewFile,
}: {
  corpus: Corpus;
  start?: StartAt;
  cache?: boolean;
  saveHistory?: (queries: readonly string[]) => void;
  handOffs?: HandOffs;
  /** What the corpus watch last had to say that is not a reload (it failed, it stopped). */
  watchNote?: string | null;
  /** Warnings from before the explorer started that are not the corpus's (the config file's), for the warnings panel. */
  startWarnings?: readonly string[];
  reviewFile?: ReviewFileOption;
}) {
  const { exit } = useApp();
  const { write } = useStdout();
  const { columns, rows } = useTerminalSize();
  const docCount = corpus.documents.length;
  const [state, dispatch] = useReducer(
    (s: AppState, e: AppEvent) => appReducer(s, e, docCount),
    start,
    (st) => initialState(docCount, st),
  );
  // One row is left free: a frame as tall as the terminal makes Ink clear the whole screen on every update.
  const height = rows - 1;
  const bodyHeight = Math.max(1, height - CHROME_ROWS);
  const engines = useEngines(corpus, state.pane, { cache, query: state.query.text });
  const model = usePaneModel(state, corpus, columns, engines);
  const rowsHeight = Math.max(1, bodyHeight - model.head.length - (state.pane === 'search' ? 1 : 0));
  const tooSmall = columns < MIN_COLUMNS || rows < MIN_ROWS;

  // The history is saved when a query is added to it (not on start).
  const queries = state.history.queries;
  const savedQueries = useRef(queries);
  useEffect(() => {
    if (queries === savedQueries.current) return;
    savedQueries.current = queries;
    saveHistory?.(queries);
  }, [queries, saveHistory]);

  // Every key of a read applies in order. Each is resolved against the state the
  // events before it produced (`live`); a key that needs the pane's rows of a
  // state not drawn yet waits in `pending` for the next frame. Every event goes
  // through `send`, so a key read between an event and its frame knows it.
  const live = useRef(state);
  const drawn = useRef(state);
  const send = useCallback(
    (event: AppEvent) => {
      live.current = appReducer(live.current, event, docCount);
      dispatch(event);
    },
    [docCount],
  );

  // Layout effects: they run as the frame is committed, before a key read after that frame is handled.
  // The first says which state is on screen (and is live until a key changes it).
  useLayoutEffect(() => {
    live.current = state;
    drawn.current = state;
  });
  useLayoutEffect(() => {
    send({ type: 'fit', pane: state.pane, total: model.rows.length, height: rowsHeight });
  }, [send, model.rows.length, rowsHeight, state.pane]);

  const { rowOf } = model;
  const jump = state.pane === 'reader' ? state.reader.jump : null;
  useLayoutEffect(() => {
    if (jump !== null && rowOf) send({ type: 'readerJumped', row: rowOf(jump), total: model.rows.length, height: rowsHeight });
    // Once per jump: the rows and height it is fitted to are those of the frame that holds it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jump, rowOf]);

  /** Runs a hand-off; after the editor, Ink's own write draws the whole frame again on the fresh screen. */
  const runHandOff = (h: HandOff): string => {
    if (h.type === 'copy') return handOffs.copy(h.text, write);
    const line = handOffs.edit(h.doc, h.paragraph);
    write('');
    return line;
  };

  // A corpus read again (--watch): versions keep their places by id, panes their scroll.
  const shown = useRef(corpus);
  useLayoutEffect(() => {
    const before = shown.current;
    if (before === corpus) return;
    shown.current = corpus;
    const index = new Map(corpus.documents.map((d, i) => [d.id, i]));
    const moved = before.documents.map((d) => index.get(d.id) ?? -1);
    send({ type: 'reloaded', moved, docCount: corpus.documents.length, notice: describeReload(before.documents, corpus.documents) });
  }, [corpus, send]);
  useLayoutEffect(() => {
    if (watchNote) send({ type: 'notice', text: watchNote });
  }, [watchNote, send]);
  useReviewStore(corpus, state, send, reviewFile);
  useFindingJump(state, model, send, rowsHeight);

  const reader = useRef(createKeyReader());
  const pending = useRef<KeyPress[]>([]);
  const drain = useRef(() => {});
  // The drain of this frame: it resolves keys against this frame's rows and sizes.
  useLayoutEffect(() => {
    drain.current = () => {
      while (pending.current.length > 0) {
        const help = helpLines(live.current.pane).length;
        const context = {
          model,
          fresh: live.current === drawn.current,
          height: rowsHeight,
          tooSmall,
          help: { total: help, shown: helpLayout(help, columns, bodyHeight).shown },
          versions: corpus.documents,
        };
        const outcome = dispatchKey(pending.current[0]!, live.current, context);
        if (outcome.kind === 'wait') return;
        // A message is read until the next key.
        if (live.current.notice !== null) send({ type: 'notice', text: null });
        if (outcome.kind === 'quit') {
          pending.current = [];
          return exit();
        }
        if (outcome.kind === 'keys') {
          pending.current.splice(0, 1, ...outcome.keys);
          continue;
        }
        pending.current.shift();
        if (outcome.kind === 'handOff') send({ type: 'notice', text: runHandOff(outcome.handOff) });
        else for (const event of outcome.events) send(event);
      }
    };
  });
  useEffect(() => drain.current());
  useInput((input, key) => {
    noteInput();
    pending.current.push(...reader.current.read(input, key));
    drain.current();
  });

  const warnings = warningLines(corpus, [...startWarnings, ...engines.warnings]);
  if (tooSmall) return <TooSmall columns={columns} rows={rows} />;
  return (
    <Box flexDirection="column" width={columns} height={height}>
      <Header corpus={corpus} width={columns} />
      <TabBar active={state.pane} />
      <Box flexDirection="column" height={bodyHeight}>
        {state.help ? (
          <HelpOverlay pane={state.pane} width={columns} height={bodyHeight} top={state.helpTop} />
        ) : state.warnings ? (
          <WarningsPanel lines={warnings} height={bodyHeight} />
        ) : (
          <PaneView state={state} model={model} height={rowsHeight} width={columns} />
        )}
      </Box>
      <StatusBar
        pane={state.pane}
        typing={state.typing}
        prompt={state.prompt}
        versions={corpus.documents}
        notice={state.notice}
        status={[
          model.rowNote?.(selectedRow(model, state.scroll[state.pane])),
          engines.busy,
          state.review.problem,
          model.status,
          markCounter(model, state.scroll[state.pane]),
          warningCount(warnings.length),
        ]
          .filter(Boolean)
          .join(' · ')}
      />
    </Box>
  );
}

/** "2 warnings (!)" when the run has warnings, so they are seen before quitting. */
function warningCount(n: number): string {
  return n === 0 ? '' : `${n} warning${n === 1 ? '' : 's'} (!)`;
}

/** Where n/N stand among the marked rows ("change 3/6"), or '' when they have not been used. */
function markCounter(model: PaneModel, scroll: Scroll): string {
  const at = scroll.current === undefined ? -1 : model.marked.indexOf(scroll.current);
  return at < 0 ? '' : `${model.markName ?? 'mark'} ${at + 1}/${model.marked.length}`;
}

/** The frame shown while the corpus loads, so the first paint does not wait for the disk. */
export function Loading() {
  return (
    <Box flexDirection="column">
      <Header corpus={null} width={80} />
      <Text dimColor>reading the corpus…</Text>
    </Box>
  );
}
