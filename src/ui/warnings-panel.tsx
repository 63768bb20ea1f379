import { Box, Text } from 'ink';
import type { Corpus } from '../core/corpus/types.js';
import { sanitizeLine } from '../core/text/sanitize.js';

/** The `!` panel: every warning the corpus was loaded with (a file skipped, cut or unreadable), one a line. */
export function WarningsPanel({ corpus, height }: { corpus: Corpus; height: number }) {
  const lines = corpus.warnings.map((w) => `${sanitizeLine(w.file)}: ${sanitizeLine(w.message)}`);
  const shown = lines.slice(0, Math.max(0, height - 2));
  return (
    <Box flexDirection="column" height={height}>
      <Text bold wrap="truncate-end">
        Warnings about the corpus<Text dimColor> (! or Esc closes)</Text>
      </Text>
      {lines.length === 0 && <Text dimColor>none: every file was read whole</Text>}
      {shown.map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line}
        </Text>
      ))}
      {shown.length < lines.length && <Text dimColor>… and {lines.length - shown.length} more (parallax --list prints them all)</Text>}
    </Box>
  );
}
