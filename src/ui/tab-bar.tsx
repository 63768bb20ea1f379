import { Box, Text } from 'ink';
import { PANES, PANE_TITLES, type PaneId } from './keymap.js';

/** The pane tabs with their number keys; the active one is inverse. */
export function TabBar({ active }: { active: PaneId }) {
  return (
    <Box>
      {PANES.map((pane, i) => (
        <Text key={pane} inverse={pane === active} bold={pane === active}>
          {` ${i + 1} ${PANE_TITLES[pane]} `}
        </Text>
      ))}
    </Box>
  );
}
