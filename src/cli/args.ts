import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';

/** The shells `--completions` writes for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** Everything the command line can ask for, parsed and checked. */
export interface CliOptions {
  command: 'list' | 'show' | 'query' | 'diff' | 'matrix' | 'entities' | 'check' | 'qa' | 'explore' | 'help' | 'version' | 'man' | 'completions' | 'list-ids';
  /** --completions SHELL */
  shell?: Shell;
  corpus?: string;
  maxFileMb?: number;
  json: boolean;
  tui: boolean;
  /** --show ID, --doc ID */
  id?: string;
  /** The two versions of --diff, --check and --qa. */
  pair?: [string, string];
  query?: string;
  limit?: number;
  cache: boolean;
  granularity?: 'word' | 'sentence' | 'paragraph' | 'char';
  mode?: 'diff' | 'align';
  format?: 'side' | 'unified' | 'json' | 'patch' | 'csv' | 'html';
  width?: number;
  ignoreCase: boolean;
  ignorePunctuation: boolean;
  type?: string;
  /** --mark: `--show` marks entities in brackets, `[PERSON:Ilsa Varga]`. */
  mark: boolean;
  /** --mentions: `--entities --json` lists every mention's place. */
  mentions: boolean;
  /** The explorer reloads versions changed on disk (off with --no-watch). */
  watch: boolean;
  /** The explorer takes mouse wheel and clicks (off with --no-mouse). */
  mouse: boolean;
  /** --qa: a JSON profile, a glossary (CSV or TBX), the review file, and the least severity that makes the exit code 1. */
  profile?: string;
  glossary?: string;
  review?: string;
  failOn?: 'info' | 'warning' | 'error';
}

const OPTIONS = {
  corpus: { type: 'string' },
  'max-file-mb': { type: 'string' },
  list: { type: 'boolean' },
  show: { type: 'string' },
  json: { type: 'boolean' },
  query: { type: 'string', short: 'q' },
  limit: { type: 'string' },
  'no-cache': { type: 'boolean' },
  diff: { type: 'boolean' },
  granularity: { type: 'string' },
  mode: { type: 'string' },
  format: { type: 'string' },
  width: { type: 'string' },
  'ignore-case': { type: 'boolean', short: 'i' },
  'ignore-punctuation': { type: 'boolean' },
  matrix: { type: 'boolean' },
  entities: { type: 'boolean' },
  doc: { type: 'string' },
  type: { type: 'string' },
  mark: { type: 'boolean' },
  mentions: { type: 'boolean' },
  check: { type: 'boolean' },
  qa: { type: 'boolean' },
  profile: { type: 'string' },
  glossary: { type: 'string' },
  review: { type: 'string' },
  'fail-on': { type: 'string' },
  tui: { type: 'boolean' },
  watch: { type: 'boolean' },
  'no-watch': { type: 'boolean' },
  'no-mouse': { type: 'boolean' },
  completions: { type: 'string' },
  man: { type: 'boolean' },
  'list-ids': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

function positiveNumber(flag: string, value: string | undefined, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${flag} takes a positive ${integer ? 'whole ' : ''}number, not ${JSON.stringify(value)}`);
  }
  return n;
}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${flag} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`);
  }
  return value as T;
}

/**
 * `--query X` and `-q X` joined into `--query=X`: a query may start with a
 * dash (`--query -print0`, `--query --color`), which the option parser
 * would otherwise read as another option.
 */
function joinQueryValue(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if ((arg === '--query' || arg === '-q') && i + 1 < argv.length) out.push(`--query=${argv[++i]!}`);
    else out.push(arg);
  }
  return out;
}

/** Parses argv (without node and script) into options; throws UsageError on anything it cannot use. */
export function parseCli(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: joinQueryValue(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, ''));
  }
  const v = parsed.values;
  const positionals = parsed.positionals;
  const commands = (['list', 'show', 'query', 'diff', 'matrix', 'entities', 'check', 'qa', 'man', 'completions', 'list-ids'] as const).filter((c) => v[c] !== undefined && v[c] !== false);
  if (commands.length > 1) throw new UsageError(`--${commands[0]} and --${commands[1]} cannot be combined`);
  let command: CliOptions['command'] = commands[0] ?? 'explore';
  if (v.help) command = 'help';
  else if (v.version) command = 'version';
  const tui = v.tui === true;
  if (tui && command !== 'explore' && command !== 'query' && command !== 'diff' && command !== 'help' && command !== 'version') {
    throw new UsageError(`--tui opens the explorer and goes only with --query or --diff, not --${command}`);
  }

  const opts: CliOptions = {
    command,
    json: v.json === true,
    tui,
    cache: v['no-cache'] !== true,
    ignoreCase: v['ignore-case'] === true,
    ignorePunctuation: v['ignore-punctuation'] === true,
    mark: v.mark === true,
    mentions: v.mentions === true,
    watch: v['no-watch'] !== true,
    mouse: v['no-mouse'] !== true,
  };
  if (v.watch === true && v['no-watch'] === true) throw new UsageError('--watch and --no-watch cannot be combined');
  const explorer = command === 'explore' || tui;
  for (const flag of ['watch', 'no-watch', 'no-mouse'] as const) {
    if (v[flag] === true && !explorer && command !== 'help' && command !== 'version') throw new UsageError(`--${flag} goes with the explorer, not --${command}`);
  }
  if (opts.mark && command !== 'show') throw new UsageError('--mark goes with --show');
  if (opts.mentions && (command !== 'entities' || !opts.json)) throw new UsageError('--mentions goes with --entities --json');
  let corpus = v.corpus;
  const rest = [...positionals];
  if (command === 'diff' || command === 'check' || command === 'qa') {
    if (rest.length < 2) throw new UsageError(`--${command} needs two document ids, e.g. parallax --${command} asiae ft-id`);
    opts.pair = [rest.shift()!, rest.shift()!];
  }
  if (rest.length > 0) {
    if (corpus === undefined && rest.length === 1 && (command === 'explore' || command === 'list')) corpus = rest[0];
    else throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}`);
  }
  if (corpus !== undefined) opts.corpus = corpus;
  const maxFileMb = positiveNumber('max-file-mb', v['max-file-mb'], false);
  if (maxFileMb !== undefined) opts.maxFileMb = maxFileMb;
  const id = v.show ?? v.doc;
  if (id !== undefined) opts.id = id;
  if (v.query !== undefined) opts.query = v.query;
  const limit = positiveNumber('limit', v.limit, true);
  if (limit !== undefined) opts.limit = limit;
  const width = positiveNumber('width', v.width, true);
  if (width !== undefined) opts.width = width;
  const granularity = oneOf('granularity', v.granularity, ['word', 'sentence', 'paragraph', 'char'] as const);
  if (granularity) opts.granularity = granularity;
  const mode = oneOf('mode', v.mode, ['diff', 'align'] as const);
  if (mode) opts.mode = mode;
  const format = oneOf('format', v.format, ['side', 'unified', 'json', 'patch', 'csv', 'html'] as const);
  if (format && command === 'qa' && format !== 'json' && format !== 'csv' && format !== 'html') throw new UsageError(`--qa --format must be one of json, csv, html, not ${JSON.stringify(format)}`);
  if (format && command !== 'qa' && (format === 'csv' || format === 'html')) throw new UsageError(`--format ${format} goes with --qa`);
  if (format) opts.format = format;
  for (const flag of ['profile', 'glossary', 'review', 'fail-on'] as const) {
    // The explorer's QA pane reads and writes the review file too.
    const explorer = (command === 'explore' || tui) && flag === 'review';
    if (v[flag] !== undefined && command !== 'qa' && !explorer) throw new UsageError(`--${flag} goes with --qa${flag === 'review' ? ' or the explorer' : ''}`);
  }
  if (v.profile !== undefined) opts.profile = v.profile;
  if (v.glossary !== undefined) opts.glossary = v.glossary;
  if (v.review !== undefined) opts.review = v.review;
  const failOn = oneOf('fail-on', v['fail-on'], ['info', 'warning', 'error'] as const);
  if (failOn) opts.failOn = failOn;
  if (v.type !== undefined) opts.type = v.type;
  const shell = oneOf('completions', v.completions, SHELLS);
  if (shell) opts.shell = shell;
  return opts;
}
