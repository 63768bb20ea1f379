import { useCallback, useEffect, useReducer, useRef } from 'react';
import { Box, Text, useApp, useInput, type Key } from 'ink';
import type { Corpus } from '../core/corpus/types.js';
import { appReducer, initialState, type AppEvent, type AppState } from './app-state.js';
import { Header } from './header.js';
import { HelpOverlay } from './help-overlay.js';
import { keyName, resolveKey } from './keymap.js';
import { usePaneModel } from './use-pane-model.js';
import { PaneView } from './pane-view.js';
import { isMove } from './scroll.js';
import { StatusBar } from './status-bar.js';
import { TabBar } from './tab-bar.js';
import { TooSmall, MIN_COLUMNS, MIN_ROWS } from './too-small.js';
import { useTerminalSize } from './use-terminal-size.js';
import { useEngines } from './use-engines.js';
import { noteInput } from './input-idle.js';

/** Where the explorer opens: `--query` or `--diff` resolved to document indices. */
export interface StartAt {
  query?: string;
  pair?: [number, number];
}

/** Lines the shell takes around the pane: header, tab bar, status bar. */
const CHROME_ROWS = 3;

/**
 * The explorer: header, tab bar, the active pane and the status bar, sized to
 * the terminal. Turns key presses into reducer events through the keymap.
 */
export function App({ corpus, start = {}, cache = true }: { corpus: Corpus; start?: StartAt; cache?: boolean }) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const docCount = corpus.documents.length;
  const [state, dispatch] = useReducer((s: AppState, e: AppEvent) => appReducer(s, e, docCount), start, (st) => initialState(docCount, st));
  // One row is left free: a frame as tall as the terminal makes Ink clear the whole screen on every update.
  const height = rows - 1;
  const bodyHeight = Math.max(1, height - CHROME_ROWS);
  const engines = useEngines(corpus, state.pane, { cache, query: state.query });
  const model = usePaneModel(state, corpus, columns, engines);
  const rowsHeight = Math.max(1, bodyHeight - model.head.length - (state.pane === 'search' ? 1 : 0));
  const tooSmall = columns < MIN_COLUMNS || rows < MIN_ROWS;

  useEffect(() => {
    dispatch({ type: 'fit', pane: state.pane, total: model.rows.length, height: rowsHeight });
  }, [model.rows.length, rowsHeight, state.pane]);

  const { rowOf } = model;
  const jump = state.pane === 'reader' ? state.reader.jump : null;
  useEffect(() => {
    if (jump !== null && rowOf) dispatch({ type: 'readerJumped', row: rowOf(jump), total: model.rows.length, height: rowsHeight });
  }, [jump, rowOf]);

  const handleKey = (name: string, typing = state.typing) => {
    const action = resolveKey(name, state.pane, typing);
    if (action === null) return;
    if (action === 'quit') return exit();
    if (tooSmall) return;
    if (state.help && action !== 'help' && action !== 'leaveInput') return;
    if (isMove(action)) {
      dispatch({ type: 'move', move: action, total: model.rows.length, height: rowsHeight, mode: model.mode });
    } else if (action === 'nextMatch' || action === 'prevMatch') {
      dispatch({ type: 'jump', rows: model.marked, forward: action === 'nextMatch', total: model.rows.length, height: rowsHeight });
    } else {
      if (action === 'focusSearch') focusing.current = true;
      dispatch(model.handle?.(action, state.scroll[state.pane].cursor) ?? { type: 'action', action });
    }
  };

  // Keys typed after `/` but before the search input listens (Ink subscribes it after the frame is drawn) go to the query here.
  const focusing = useRef(false);
  const inputListening = useRef(false);
  const onInputListening = useCallback((listening: boolean) => {
    inputListening.current = listening;
    if (listening) focusing.current = false;
  }, []);
  const onQuery = useCallback((value: string, version: number, base: string) => dispatch({ type: 'query', value, version, base }), []);

  // Ink re-subscribes a new handler only after effects run; the ref makes every key see the latest render.
  const onInput = useRef<(input: string, key: Key) => void>(() => {});
  useInput((input, key) => onInput.current(input, key));
  onInput.current = (input, key) => {
    noteInput();
    if (state.typing && key.meta && !key.escape && [...input].length === 1) {
      // Esc typed just before a key reaches us in the same read, as Alt+key: leave the input, then the key.
      handleKey('escape');
      return handleKey(input, false);
    }
    const chars = [...input];
    const printable = !key.ctrl && !key.meta && keyName(input, key) !== '' && !/^(?:return|escape|tab|shift\+tab)$/.test(keyName(input, key));
    if ((focusing.current || state.typing) && !inputListening.current && input !== '' && (printable || chars.length > 1)) {
      return dispatch({ type: 'append', text: input });
    }
    if (state.typing || chars.length < 2 || key.ctrl || key.meta) return handleKey(keyName(input, key));
    // Several keys in one read (fast typing, a paste): each is a key, and after `/` the rest is the query.
    for (const [i, ch] of chars.entries()) {
      if (resolveKey(ch, state.pane, false) === 'focusSearch') {
        handleKey(ch);
        if (i + 1 < chars.length) dispatch({ type: 'append', text: chars.slice(i + 1).join('') });
        return;
      }
      handleKey(ch);
    }
  };

  if (tooSmall) return <TooSmall columns={columns} rows={rows} />;
  return (
    <Box flexDirection="column" width={columns} height={height}>
      <Header corpus={corpus} width={columns} />
      <TabBar active={state.pane} />
      <Box flexDirection="column" height={bodyHeight}>
        {state.help ? (
          <HelpOverlay pane={state.pane} width={columns} height={bodyHeight} />
        ) : (
          <PaneView state={state} model={model} height={rowsHeight} onQuery={onQuery} onInputListening={onInputListening} />
        )}
      </Box>
      <StatusBar pane={state.pane} typing={state.typing} status={[engines.busy, model.status].filter(Boolean).join(' · ')} />
    </Box>
  );
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
