import { Box, Text } from 'ink';

/** The smallest terminal the layout is drawn in. */
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 15;

/** Shown instead of a garbled layout when the terminal is below {@link MIN_COLUMNS}x{@link MIN_ROWS}. */
export function TooSmall({ columns, rows }: { columns: number; rows: number }) {
  return (
    <Box flexDirection="column" width={columns}>
      <Text bold wrap="wrap">
        terminal too small
      </Text>
      <Text wrap="wrap">
        {columns}x{rows}, needs {MIN_COLUMNS}x{MIN_ROWS}
      </Text>
      <Text dimColor wrap="wrap">
        enlarge it, or q to quit
      </Text>
    </Box>
  );
}
