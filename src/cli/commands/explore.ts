import { EXIT, UsageError } from '../errors.js';
import type { CliContext } from '../context.js';
import { bundledCorpusDir } from '../context.js';

/**
 * Opens the full-screen explorer. Ink and React live in their own chunk,
 * imported only here, so scripted runs never load them.
 */
export async function runExplore(ctx: CliContext): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UsageError(
      'the explorer needs a terminal (stdin and stdout must be a TTY)',
      'use --list, --show, --query, --diff or --entities for scripting; see parallax --help',
    );
  }
  const { runApp } = await import('../../ui/run.js');
  return (await runApp({ corpusDir: ctx.options.corpus ?? bundledCorpusDir(), options: ctx.options })) ?? EXIT.ok;
}
