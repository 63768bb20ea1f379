/**
 * The one description of the command line: `--help`, the man page (`--man`)
 * and the shell completions (`--completions`) are all written from these
 * tables, so they cannot disagree.
 */

/** One line of the summary. */
export const SUMMARY = 'explore several versions of one story: search, diff, align, entities';

/** A way to run parallax: its synopsis lines and what it does. */
export interface UsageEntry {
  synopsis: readonly string[];
  what: readonly string[];
}

export const USAGE: readonly UsageEntry[] = [
  { synopsis: ['parallax [DIR] [--no-watch] [--no-mouse]'], what: ['open the explorer (needs a terminal); it reloads', 'versions changed on disk unless --no-watch'] },
  { synopsis: ['parallax --list [--json]'], what: ['list the versions in the corpus'] },
  { synopsis: ['parallax --show ID [--mark] [--json]'], what: ['print one version, paragraph by paragraph;', '--mark marks entities: [PERSON:Wang Xing]'] },
  { synopsis: ['parallax --query Q [--limit N] [--json] [--no-cache]'], what: ['search every version (exit 1 when nothing matches)'] },
  {
    synopsis: [
      'parallax --diff A B [--granularity word|sentence|paragraph|char] [--mode diff|align]',
      '                    [--format side|unified|json|patch] [--width N] [-i|--ignore-case] [--ignore-punctuation]',
    ],
    what: ['compare two versions (exit 1 when they differ);', 'patch: a unified line diff for patch, git apply, delta'],
  },
  { synopsis: ['parallax --matrix [--doc PREFIX] [--json]'], what: ['pairwise similarity of all versions (at most 200)'] },
  { synopsis: ['parallax --entities [--doc ID] [--type T] [--json [--mentions]]'], what: ['who mentions what, per version; --mentions', "adds each mention's {doc, paragraph, start, end}"] },
  { synopsis: ['parallax --check A B [--json]'], what: ['entities and numbers that differ (exit 1 on findings)'] },
  {
    synopsis: ['parallax --qa A B [--json | --format csv|html] [--profile FILE] [--glossary FILE]', '                 [--fail-on info|warning|error] [--review FILE]'],
    what: ['translation QA on every aligned pair of segments, with', 'review notes; exit 1 on findings at or above --fail-on', '(default info: any finding); html: a self-contained report'],
  },
  { synopsis: ['parallax --tui --query Q | --tui --diff A B'], what: ['open the explorer at that place'] },
  { synopsis: ['parallax --completions bash|zsh|fish'], what: ['print the shell completion script (ids come from', 'the corpus as you type)'] },
  { synopsis: ['parallax --man'], what: ['print the manual page (roff)'] },
];

/** An option that goes with several commands. */
export interface OptionEntry {
  flags: string;
  what: string;
}

export const OPTIONS: readonly OptionEntry[] = [
  { flags: '--corpus DIR', what: 'corpus directory (default: the bundled corpus)' },
  { flags: '--max-file-mb N', what: 'skip files larger than N MB (default 50)' },
  { flags: '--json', what: 'machine-readable output with a stable shape' },
  { flags: '-h, --help', what: 'this text' },
  { flags: '-V, --version', what: 'the version' },
];

/** The closing paragraph. */
export const NOTES: readonly string[] = [
  'Document ids may be shortened to any unique prefix (ft-s for ft-summary).',
  'Exit codes: 0 success, 1 nothing found or versions differ, 2 usage or corpus error.',
  'Color only on a terminal; NO_COLOR and FORCE_COLOR are honoured.',
  'The explorer reads keys and colors from $XDG_CONFIG_HOME/parallax/config.json.',
];

/** Column where the description of a usage line starts. */
const WHAT_COLUMN = 37;

/** The text of `parallax --help`. */
export function helpText(): string {
  const usage = USAGE.flatMap((u) => {
    const lines = u.synopsis.map((s) => `  ${s}`);
    const last = lines[lines.length - 1]!;
    // A description fits after a short synopsis; after a long one it starts below, in its column.
    if (last.length < WHAT_COLUMN - 1) return [...lines.slice(0, -1), last.padEnd(WHAT_COLUMN) + u.what[0], ...u.what.slice(1).map((w) => ' '.repeat(WHAT_COLUMN) + w)];
    return [...lines, ...u.what.map((w) => ' '.repeat(WHAT_COLUMN) + w)];
  });
  const options = OPTIONS.map((o) => `  ${o.flags.padEnd(20)}${o.what}`);
  return [`parallax — ${SUMMARY}`, '', 'Usage:', ...usage, '', 'Options:', ...options, '', ...NOTES, ''].join('\n');
}

/** Every long flag the tables name, in order of first mention. */
export function allFlags(): string[] {
  const text = [...USAGE.flatMap((u) => u.synopsis), ...OPTIONS.map((o) => o.flags)].join(' ');
  return [...new Set(text.match(/--[a-z][a-z-]*/g) ?? [])];
}

/** The flags that take one word from a fixed list (`--mode diff|align`), with the list. */
export function flagChoices(): Map<string, string[]> {
  const text = USAGE.flatMap((u) => u.synopsis).join(' ');
  const choices = new Map<string, string[]>();
  // A flag may be listed by several commands (`--format` by --diff and --qa): its words are all of theirs.
  for (const m of text.matchAll(/(--[a-z-]+) ([a-z]+(?:\|[a-z]+)+)/g)) choices.set(m[1]!, [...new Set([...(choices.get(m[1]!) ?? []), ...m[2]!.split('|')])]);
  return choices;
}
