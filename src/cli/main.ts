import { CorpusError } from '../core/corpus/types.js';
import { sanitizeLine } from '../core/text/sanitize.js';
import { parseCli, type CliOptions } from './args.js';
import { processContext, type CliContext } from './cli-context.js';
import { EXIT, UsageError } from './errors.js';
import { helpText } from './help.js';

declare const __PARALLAX_VERSION__: string;

type Command = (ctx: CliContext) => Promise<number>;

/** Each command lives in its own lazily loaded module, so `--list` never loads the engines it does not use. */
const COMMANDS: Record<Exclude<CliOptions['command'], 'help' | 'version' | 'man' | 'completions'>, () => Promise<Command>> = {
  'list-ids': async () => (await import('./commands/list.js')).runListIds,
  list: async () => (await import('./commands/list.js')).runList,
  show: async () => (await import('./commands/show.js')).runShow,
  query: async () => (await import('./commands/query.js')).runQuery,
  diff: async () => (await import('./commands/diff.js')).runDiff,
  matrix: async () => (await import('./commands/matrix.js')).runMatrix,
  entities: async () => (await import('./commands/entities.js')).runEntities,
  check: async () => (await import('./commands/check.js')).runCheck,
  qa: async () => (await import('./commands/qa.js')).runQa,
  explore: async () => (await import('./commands/explore.js')).runExplore,
};

/** Runs the CLI and resolves to the exit code; never throws. */
export async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCli(argv);
  } catch (err) {
    return reportError(err);
  }
  const version = typeof __PARALLAX_VERSION__ === 'string' ? __PARALLAX_VERSION__ : 'dev';
  if (options.command === 'help') {
    process.stdout.write(helpText());
    return EXIT.ok;
  }
  if (options.command === 'version') {
    process.stdout.write(`parallax ${version}\n`);
    return EXIT.ok;
  }
  if (options.command === 'man') {
    process.stdout.write((await import('./man.js')).manPage(version));
    return EXIT.ok;
  }
  if (options.command === 'completions') {
    process.stdout.write((await import('./completions.js')).completionScript(options.shell!));
    return EXIT.ok;
  }
  // `--tui --query Q` and `--tui --diff A B` open the explorer at that place.
  const command = options.tui ? 'explore' : options.command;
  try {
    return await (
      await COMMANDS[command]()
    )(processContext(options));
  } catch (err) {
    return reportError(err);
  }
}

/** Whether an error is meant for the user (a usage or corpus error). */
function isUserError(err: unknown): err is UsageError | CorpusError {
  return err instanceof UsageError || err instanceof CorpusError;
}

/** Prints one line for an error and returns exit code 2. */
function reportError(err: unknown): number {
  if (isUserError(err)) {
    const hint = err.hint ? ` (${err.hint})` : '';
    process.stderr.write(`parallax: ${sanitizeLine(err.message)}${hint}\n`);
  } else {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`parallax: internal error: ${sanitizeLine(message)} (please report it)\n`);
    if (process.env.PARALLAX_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  }
  return EXIT.error;
}
