import { Box, Text } from 'ink';
import { sanitizeLine } from '../core/text/sanitize.js';
import { hintsFor, type PaneId } from './keymap.js';
import { colorProps } from './color.js';
import { InputField } from './input-field.js';
import type { Line } from './line-edit.js';

/**
 * The bottom line: the mode (typing or keys), the keys that work here (from
 * the keymap) and the pane's summary; while the `:` prompt is open, the prompt.
 */
export function StatusBar({ pane, typing, prompt, status }: { pane: PaneId; typing: boolean; prompt: Line | null; status: string }) {
  const tag = (
    <Text inverse bold>
      {typing || prompt ? ' TYPE ' : ' KEYS '}
    </Text>
  );
  if (prompt) {
    return (
      <Box>
        <Text wrap="truncate-end">
          {tag} go to ¶ <InputField line={prompt} focused placeholder="number, Enter" />
          <Text dimColor> Esc cancels</Text>
        </Text>
      </Box>
    );
  }
  return (
    <Box justifyContent="space-between">
      <Box flexShrink={1}>
        <Text wrap="truncate-end">
          {tag}{' '}
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
