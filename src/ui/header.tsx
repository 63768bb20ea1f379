import { memo } from 'react';
import { Box, Text } from 'ink';
import type { Corpus } from '../core/corpus/types.js';
import { sanitizeLine } from '../core/text/sanitize.js';
import { displayWidth, truncateToWidth } from '../core/text/width.js';

/** The top line: corpus name, number of versions and their languages; the name gives way first on a narrow terminal. Drawn again only when the corpus or width changes. */
export const Header = memo(function Header({ corpus, width }: { corpus: Corpus | null; width: number }) {
  if (!corpus) {
    return (
      <Text bold wrap="truncate-end">
        parallax <Text dimColor>· loading the corpus…</Text>
      </Text>
    );
  }
  const langs = [...new Set(corpus.documents.map((d) => d.lang))].join(', ');
  const stats = ` · ${corpus.documents.length} documents · ${langs || 'no languages'}`;
  const name = truncateToWidth(sanitizeLine(corpus.name), Math.max(8, width - displayWidth(stats)));
  return (
    <Box>
      <Text bold wrap="truncate-end">
        {name}
        <Text dimColor>{stats}</Text>
      </Text>
    </Box>
  );
});
