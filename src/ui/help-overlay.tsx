import { Box, Text } from 'ink';
import { bindingsFor, inputBindings, keyLabel, PANE_TITLES, type PaneId } from './keymap.js';
import { padToWidth, truncateToWidth } from '../core/text/width.js';
import { colorProps } from './color.js';

/** Help lines for a pane: every binding that works there (the search pane's input keys too), keys then description. */
export function helpLines(pane: PaneId): Array<{ keys: string; description: string; global: boolean }> {
  const bindings = [...bindingsFor(pane), ...(pane === 'search' ? inputBindings() : [])];
  return bindings.map((b) => ({ keys: b.keys.map(keyLabel).join(' '), description: b.description, global: b.scope === 'global' }));
}

/** The `?` overlay: the keymap for the current pane, in as many columns as the height needs. */
export function HelpOverlay({ pane, width, height }: { pane: PaneId; width: number; height: number }) {
  const lines = helpLines(pane);
  const perColumn = Math.max(1, height - 1);
  const columns = Math.ceil(lines.length / perColumn);
  const columnWidth = Math.floor(width / columns);
  const keyWidth = Math.min(14, Math.max(...lines.map((l) => l.keys.length)) + 1);
  return (
    <Box flexDirection="column" height={height}>
      <Text bold>
        Keys in the {PANE_TITLES[pane]} pane <Text dimColor>(? or Esc closes)</Text>
      </Text>
      <Box>
        {Array.from({ length: columns }, (_, c) => (
          <Box key={c} flexDirection="column" width={columnWidth}>
            {lines.slice(c * perColumn, (c + 1) * perColumn).map((l, i) => (
              <Text key={i} wrap="truncate-end">
                <Text bold {...colorProps(l.global ? 'cyan' : 'yellow')}>
                  {padToWidth(truncateToWidth(l.keys, keyWidth - 1), keyWidth)}
                </Text>
                {l.description}
              </Text>
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
