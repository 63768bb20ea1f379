import { Box, Text } from 'ink';
import type { HeatMap as HeatMapData } from './models/pane-model.js';
import { padToWidth, truncateToWidth } from '../core/text/width.js';
import { colorProps } from './color.js';

/** Background color for a similarity: the closer two versions, the warmer. */
export function heatColor(value: number): string {
  if (value >= 0.75) return 'red';
  if (value >= 0.5) return 'yellow';
  if (value >= 0.25) return 'green';
  if (value >= 0.1) return 'cyan';
  return 'blue';
}

const CELL = 8;

/** The similarity matrix as a heat map; the selected cell (cursor row, chosen column) is inverse. */
export function HeatMap({ data, maxRows }: { data: HeatMapData; maxRows: number }) {
  const label = Math.min(12, Math.max(...data.ids.map((id) => id.length)) + 1);
  const visible = data.ids.slice(0, Math.max(0, maxRows - 2));
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text bold wrap="truncate-end">
        {padToWidth('similarity', label)}
        {data.ids.map((id) => padToWidth(truncateToWidth(id, CELL - 1), CELL)).join('')}
      </Text>
      {visible.map((id, r) => (
        <Text key={id} wrap="truncate-end">
          {padToWidth(truncateToWidth(id, label - 1), label)}
          {data.values[r]!.map((v, c) => {
            const selected = r === data.row && c === data.column;
            return (
              <Text key={c}>
                <Text {...(r === c ? colorProps('gray') : colorProps('black', heatColor(v)))} inverse={selected} bold={selected}>
                  {padToWidth(r === c ? '  —' : ` ${v.toFixed(2)}`, CELL - 1)}
                </Text>{' '}
              </Text>
            );
          })}
        </Text>
      ))}
    </Box>
  );
}
