import { Box, Text } from 'ink';
import { helpBindings, keyLabel, PANE_TITLES, type PaneId } from './keymap.js';
import { padToWidth, truncateToWidth } from '../core/text/width.js';
import { colorProps, roleColor } from './color.js';

/** Help lines for a pane: every binding that works there (the search pane's input keys too), keys then description. */
export function helpLines(pane: PaneId): Array<{ keys: string; description: string; global: boolean }> {
  return helpBindings(pane).map((b) => ({ keys: b.keys.map(keyLabel).join(' '), description: b.description, global: b.scope === 'global' }));
}

/** Narrowest column of the help that still leaves a description readable. */
const MIN_COLUMN = 36;

/**
 * How `count` help lines fit `width` x `height`: as many columns of at least
 * {@link MIN_COLUMN} as the width holds (one in a narrow terminal), and how
 * many lines show at once; the rest scrolls (j/k, PgDn).
 */
export function helpLayout(count: number, width: number, height: number): { columns: number; perColumn: number; shown: number } {
  const perColumn = Math.max(1, height - 1);
  const columns = Math.max(1, Math.min(Math.ceil(count / perColumn), Math.floor(width / MIN_COLUMN)));
  return { columns, perColumn, shown: Math.min(count, columns * perColumn) };
}

/** The `?` overlay: the keymap for the current pane, in as many columns as fit, from line `top` on. */
export function HelpOverlay({ pane, width, height, top }: { pane: PaneId; width: number; height: number; top: number }) {
  const all = helpLines(pane);
  const { columns, perColumn, shown } = helpLayout(all.length, width, height);
  const from = Math.max(0, Math.min(top, all.length - shown));
  const lines = all.slice(from, from + shown);
  const columnWidth = Math.floor(width / columns);
  const keyWidth = Math.min(14, Math.max(...lines.map((l) => l.keys.length)) + 1);
  const note = shown < all.length ? ` ${from + 1}-${from + shown}/${all.length} · j/k · Esc` : ' (? or Esc closes)';
  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate-end">
        Keys in the {PANE_TITLES[pane]} pane<Text dimColor>{note}</Text>
      </Text>
      <Box>
        {Array.from({ length: columns }, (_, c) => (
          <Box key={c} flexDirection="column" width={columnWidth}>
            {lines.slice(c * perColumn, (c + 1) * perColumn).map((l, i) => (
              <Text key={i} wrap="truncate-end">
                <Text bold {...colorProps(l.global ? roleColor('keys', 'cyan') : roleColor('paneKeys', 'yellow'))}>
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
