import { render, Box, Text, useApp, useInput } from 'ink';
import { loadCorpus } from '../core/corpus/load.js';
import type { Corpus } from '../core/corpus/types.js';
import type { CliOptions } from '../cli/args.js';

function App({ corpus }: { corpus: Corpus }) {
  const { exit } = useApp();
  useInput((input) => {
    if (input === 'q') exit();
  });
  return (
    <Box flexDirection="column">
      <Text bold>{corpus.name}</Text>
      {corpus.documents.map((d) => (
        <Text key={d.id}>
          {d.id} [{d.lang}] {d.title}
        </Text>
      ))}
      <Text dimColor>q quit</Text>
    </Box>
  );
}

/** Starts the explorer on a corpus directory; resolves to the exit code. */
export async function runApp({ corpusDir }: { corpusDir: string; options: CliOptions }): Promise<number> {
  const corpus = await loadCorpus(corpusDir);
  const app = render(<App corpus={corpus} />);
  await app.waitUntilExit();
  return 0;
}
