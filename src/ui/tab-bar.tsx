import { Box, Text } from 'ink';
import { PANES, PANE_TITLES, type PaneId } from './keymap.js';

/** What a tab shows: its number key and title, padded. */
function tabLabel(pane: PaneId): string {
  return ` ${PANES.indexOf(pane) + 1} ${PANE_TITLES[pane]} `;
}

/** The screen row (1-based) of the tab bar: under the header line. */
export const TAB_ROW = 2;

/** The pane whose tab covers column `x` (1-based) of the tab bar, or null. */
export function tabAt(x: number): PaneId | null {
  let end = 0;
  for (const pane of PANES) if (x <= (end += tabLabel(pane).length)) return pane;
  return null;
}

/** The pane tabs with their number keys; the active one is inverse. */
export function TabBar({ active }: { active: PaneId }) {
  return (
    <Box>
      {PANES.map((pane) => (
        <Text key={pane} inverse={pane === active} bold={pane === active}>
          {tabLabel(pane)}
        </Text>
      ))}
    </Box>
  );
}
