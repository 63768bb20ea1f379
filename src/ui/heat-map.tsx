import { Box, Text } from 'ink';
import type { HeatMap as HeatMapData } from './models/pane-model.js';
import { padToWidth, truncateToWidth } from '../core/text/width.js';
import { colorProps, STYLES_ENABLED } from './color.js';

/** Background color for a similarity: the closer two versions, the warmer. */
export function heatColor(value: number): string {
  if (value >= 0.75) return 'red';
  if (value >= 0.5) return 'yellow';
  if (value >= 0.25) return 'green';
  if (value >= 0.1) return 'cyan';
  return 'blue';
}

const CELL = 8;

/** First of `shown` consecutive items out of `count` such that item `at` is among them (and the window stays inside the list). */
export function windowStart(count: number, shown: number, at: number): number {
  if (shown <= 0 || count <= shown) return 0;
  return Math.max(0, Math.min(count - shown, at - Math.floor(shown / 2)));
}

/**
 * The similarity matrix as a heat map in `width` columns and `maxRows` lines;
 * the selected cell (cursor row, chosen column) is inverse and always shown:
 * a matrix bigger than the space scrolls its rows and columns to keep it in view.
 */
export function HeatMap({ data, maxRows, width }: { data: HeatMapData; maxRows: number; width: number }) {
  const n = data.ids.length;
  const label = Math.min(12, Math.max(...data.ids.map((id) => id.length)) + 1);
  const rowCount = Math.max(0, maxRows - 2);
  const colCount = Math.max(1, Math.floor((width - label) / CELL));
  const rows = range(windowStart(n, rowCount, data.row), Math.min(n, rowCount));
  const cols = range(windowStart(n, colCount, Math.max(0, data.column)), Math.min(n, colCount));
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text bold wrap="truncate-end">
        {padToWidth('similarity', label)}
        {cols.map((c) => padToWidth(truncateToWidth(data.ids[c]!, CELL - 1), CELL)).join('')}
      </Text>
      {rows.map((r) => (
        <Text key={data.ids[r]} wrap="truncate-end">
          {padToWidth(truncateToWidth(data.ids[r]!, label - 1), label)}
          {cols.map((c) => {
            const v = data.values[r]![c]!;
            const selected = r === data.row && c === data.column;
            return (
              <Text key={c}>
                <Text {...(r === c ? colorProps('gray') : colorProps('black', heatColor(v)))} inverse={selected} bold={selected}>
                  {padToWidth(r === c ? '  —' : `${selected && !STYLES_ENABLED ? '>' : ' '}${v.toFixed(2)}`, CELL - 1)}
                </Text>{' '}
              </Text>
            );
          })}
        </Text>
      ))}
    </Box>
  );
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}
