/** The text of `parallax --help`. */
export const HELP = `parallax — explore several versions of one story: search, diff, align, entities

Usage:
  parallax [DIR]                     open the explorer (needs a terminal)
  parallax --list [--json]           list the versions in the corpus
  parallax --show ID [--mark] [--json]
                                     print one version, paragraph by paragraph;
                                     --mark marks entities: [PERSON:Wang Xing]
  parallax --query Q [--limit N] [--json] [--no-cache]
                                     search every version (exit 1 when nothing matches)
  parallax --diff A B [--granularity word|sentence|paragraph|char] [--mode diff|align]
                      [--format side|unified|json|patch] [--width N] [-i|--ignore-case] [--ignore-punctuation]
                                     compare two versions (exit 1 when they differ);
                                     patch: a unified line diff for patch, git apply, delta
  parallax --matrix [--doc PREFIX] [--json]
                                     pairwise similarity of all versions (at most 200)
  parallax --entities [--doc ID] [--type T] [--json [--mentions]]
                                     who mentions what, per version; --mentions
                                     adds each mention's {doc, paragraph, start, end}
  parallax --check A B [--json]      entities and numbers that differ (exit 1 on findings)
  parallax --qa A B [--json | --format csv|html] [--profile FILE] [--glossary FILE]
                   [--fail-on info|warning|error] [--review FILE]
                                     translation QA on every aligned pair of segments, with
                                     review notes; exit 1 on findings at or above --fail-on
                                     (default info: any finding); html: a self-contained report
  parallax --tui --query Q | --tui --diff A B
                                     open the explorer at that place

Options:
  --corpus DIR        corpus directory (default: the bundled corpus)
  --max-file-mb N     skip files larger than N MB (default 50)
  --json              machine-readable output with a stable shape
  -h, --help          this text
  -V, --version       the version

Document ids may be shortened to any unique prefix (ft-s for ft-summary).
Exit codes: 0 success, 1 nothing found or versions differ, 2 usage or corpus error.
Color only on a terminal; NO_COLOR and FORCE_COLOR are honoured.
`;
