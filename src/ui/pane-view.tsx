import { memo } from 'react';
import { Box, Text } from 'ink';
import { InputField } from './input-field.js';
import type { AppState } from './app-state.js';
import type { PaneModel } from './models/pane-model.js';
import { RowsView } from './rows-view.js';
import { SpanLine } from './span-line.js';
import { HeatMap } from './heat-map.js';
import { colorProps, roleColor } from './color.js';

/**
 * Draws the active pane from its model: the search input (search pane), fixed
 * head lines, then the visible rows. Memoized: a frame that only changes the
 * status bar (background progress) does not render the pane again.
 */
export const PaneView = memo(function PaneView(props: { state: AppState; model: PaneModel; height: number; width: number }) {
  const { state, model, height, width } = props;
  const scroll = state.scroll[state.pane];
  return (
    <Box flexDirection="column">
      {state.pane === 'search' && (
        <Box>
          <Text bold {...colorProps(state.typing ? roleColor('keys', 'cyan') : 'gray')}>
            {'/ '}
          </Text>
          <InputField line={state.query} focused={state.typing} placeholder="type to search (/ to focus)" />
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
        <RowsView
          rows={model.rows}
          top={scroll.top}
          height={model.heat ? Math.min(height, model.rows.length) : height}
          {...(model.mode === 'cursor' ? { cursor: scroll.cursor } : scroll.current !== undefined ? { cursor: scroll.current } : {})}
        />
      )}
      {model.heat && <HeatMap data={model.heat} maxRows={height - Math.min(height, model.rows.length) - 1} width={width} />}
    </Box>
  );
});
