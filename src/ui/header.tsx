import { Box, Text } from 'ink';
import type { Corpus } from '../core/corpus/types.js';
import { sanitizeLine } from '../core/text/sanitize.js';

/** The top line: corpus name, number of versions and their languages. */
export function Header({ corpus }: { corpus: Corpus | null }) {
  if (!corpus) {
    return (
      <Text bold wrap="truncate-end">
        parallax <Text dimColor>· loading the corpus…</Text>
      </Text>
    );
  }
  const langs = [...new Set(corpus.documents.map((d) => d.lang))].join(', ');
  return (
    <Box>
      <Text bold wrap="truncate-end">
        {sanitizeLine(corpus.name)}
        <Text dimColor>
          {' '}
          · {corpus.documents.length} documents · {langs || 'no languages'}
        </Text>
      </Text>
    </Box>
  );
}
