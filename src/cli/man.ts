/** The manual page, `parallax --man`: roff written from the same tables as `--help`. */
import { NOTES, OPTIONS, SUMMARY, USAGE } from './help.js';

/** Text made safe for roff: backslashes and hyphens escaped, no line starting with a control character. */
function roff(text: string): string {
  return text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/^([.'])/, '\\&$1');
}

/** The man page of version `version`, section 1. */
export function manPage(version: string): string {
  const lines = [
    `.TH PARALLAX 1 "" "parallax ${roff(version)}" "User Commands"`,
    '.SH NAME',
    `parallax \\- ${roff(SUMMARY)}`,
    '.SH SYNOPSIS',
    '.nf',
    ...USAGE.map((u) => roff(u.synopsis[0]!)),
    '.fi',
    '.SH DESCRIPTION',
    ...USAGE.flatMap((u) => ['.TP', `.B ${roff(u.synopsis.map((s) => s.trim()).join(' '))}`, roff(u.what.join(' '))]),
    '.SH OPTIONS',
    ...OPTIONS.flatMap((o) => ['.TP', `.B ${roff(o.flags)}`, roff(o.what)]),
    '.SH NOTES',
    ...NOTES.flatMap((n) => ['.PP', roff(n)]),
    '.SH FILES',
    '.TP',
    '.B $XDG_CONFIG_HOME/parallax/config.json',
    'key bindings and colors of the explorer',
    '.TP',
    '.B $XDG_STATE_HOME/parallax/',
    'the search history of the explorer',
    '.TP',
    '.B $XDG_CACHE_HOME/parallax/',
    'search indexes and language detection (\\-\\-no\\-cache skips them)',
  ];
  return lines.join('\n') + '\n';
}
