import { Box, Text } from 'ink';
import { sanitizeLine } from '../core/text/sanitize.js';
import { hintsFor, type PaneId } from './keymap.js';
import { colorProps } from './color.js';

/** The bottom line: the mode (typing or keys), the keys that work here (from the keymap) and the pane's summary. */
export function StatusBar({ pane, typing, status }: { pane: PaneId; typing: boolean; status: string }) {
  return (
    <Box justifyContent="space-between">
      <Box flexShrink={1}>
        <Text wrap="truncate-end">
          <Text inverse bold>
            {typing ? ' TYPE ' : ' KEYS '}
          </Text>{' '}
          {hintsFor(pane, typing).map((h, i) => (
            <Text key={i}>
              <Text bold {...colorProps('cyan')}>
                {h.key}
              </Text>{' '}
              {h.label}
              {'  '}
            </Text>
          ))}
        </Text>
      </Box>
      <Box flexShrink={0} marginLeft={1}>
        <Text dimColor wrap="truncate-start">
          {sanitizeLine(status)}
        </Text>
      </Box>
    </Box>
  );
}
