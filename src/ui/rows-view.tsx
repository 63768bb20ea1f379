import { Box } from 'ink';
import type { StyledSpan } from '../core/text/spans.js';
import { SpanLine } from './span-line.js';

/** Props of {@link RowsView}: the rows, and which slice of them is visible. */
export interface RowsViewProps {
  rows: readonly (readonly StyledSpan[])[];
  top: number;
  height: number;
  /** Index of the highlighted row: the cursor of a list, or the match or change n/N landed on. */
  cursor?: number;
}

/**
 * Draws only the visible slice of a pane's rows (virtualized: a 10k-row diff
 * costs the same to draw as a 20-row list) and pads to the full height.
 */
export function RowsView({ rows, top, height, cursor }: RowsViewProps) {
  const visible = rows.slice(top, top + height);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {visible.map((row, i) => (
        <SpanLine key={top + i} spans={row} selected={cursor === top + i} />
      ))}
    </Box>
  );
}
