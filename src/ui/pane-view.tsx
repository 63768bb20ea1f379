import { memo, useEffect, useRef } from 'react';
import { Box, Text, useInput } from 'ink';
import TextInput from 'ink-text-input';
import type { AppState } from './app-state.js';
import type { PaneModel } from './models/pane-model.js';
import { RowsView } from './rows-view.js';
import { SpanLine } from './span-line.js';
import { HeatMap } from './heat-map.js';
import { colorProps } from './color.js';

/**
 * Draws the active pane from its model: the search input (search pane), fixed
 * head lines, then the visible rows. Memoized: a frame that only changes the
 * status bar (background progress) does not render the pane again.
 */
export const PaneView = memo(function PaneView(props: { state: AppState; model: PaneModel; height: number; onQuery: (value: string, version: number, base: string) => void; onInputListening: (listening: boolean) => void }) {
  const { state, model, height, onQuery, onInputListening } = props;
  const scroll = state.scroll[state.pane];
  const altKey = useRef(false);
  return (
    <Box flexDirection="column">
      {state.pane === 'search' && (
        <Box>
          <Text bold {...colorProps(state.typing ? 'cyan' : 'gray')}>
            {'/ '}
          </Text>
          <AltKeyWatcher key={`alt-${state.queryVersion}`} seen={altKey} />
          <TextInput
            key={`input-${state.queryVersion}`}
            value={state.query}
            onChange={(value) => altKey.current || onQuery(value, state.queryVersion, state.query)}
            focus={state.typing}
            showCursor={state.typing}
            placeholder="type to search (/ to focus)"
          />
          {state.typing && <Listening key={`listening-${state.queryVersion}`} onChange={onInputListening} />}
        </Box>
      )}
      {model.head.map((row, i) => (
        <SpanLine key={i} spans={row} />
      ))}
      {model.rows.length === 0 ? (
        <Box height={height}>
          <Text dimColor>{model.empty}</Text>
        </Box>
      ) : (
        <RowsView rows={model.rows} top={scroll.top} height={model.heat ? Math.min(height, model.rows.length) : height} {...(model.mode === 'cursor' ? { cursor: scroll.cursor } : {})} />
      )}
      {model.heat && <HeatMap data={model.heat} maxRows={height - Math.min(height, model.rows.length) - 1} />}
    </Box>
  );
});

/**
 * Notes whether each key came with Alt (meta) before the search input sees
 * it (rendered before the input, it subscribes first). A terminal sends Esc
 * typed just before a key in the same read as Alt+key; the input would type
 * the key, where the user meant to leave the input (the app handles it so).
 */
function AltKeyWatcher({ seen }: { seen: { current: boolean } }) {
  useInput((input, key) => {
    seen.current = key.meta && !key.escape && input !== '';
  });
  return null;
}

/**
 * Rendered right after the focused search input: its effect runs after the
 * input's own, that is once the input receives keys, and reports it.
 */
function Listening({ onChange }: { onChange: (listening: boolean) => void }) {
  useEffect(() => {
    onChange(true);
    return () => onChange(false);
  }, []);
  return null;
}
