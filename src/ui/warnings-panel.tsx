import { Box, Text } from 'ink';
import type { Corpus } from '../core/corpus/types.js';
import { sanitizeLine } from '../core/text/sanitize.js';

/** Every warning of the run, one a line: the corpus's (a file skipped, cut or unreadable), then the engines' (an unusable index cache). */
export function warningLines(corpus: Corpus, engineWarnings: readonly string[]): string[] {
  return [...corpus.warnings.map((w) => `${sanitizeLine(w.file)}: ${sanitizeLine(w.message)}`), ...engineWarnings.map(sanitizeLine)];
}

/** The `!` panel: the warnings of the run, one a line. */
export function WarningsPanel({ lines, height }: { lines: readonly string[]; height: number }) {
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
