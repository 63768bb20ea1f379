/**
 * Form: what a translation must carry over verbatim (URLs, e-mail
 * addresses, code spans, placeholders, markup), brackets and quotes
 * balanced, end punctuation corresponding (per script: `?` is `؟` in
 * Arabic, `.` is `。` in Chinese), no doubled words, no stray spaces at the
 * ends of a segment.
 */
import { splitSentences } from '../../text/segment.js';
import { countWords } from '../../text/tokens/words.js';
import type { CheckContext, RawFinding, SegmentPair, Severity } from '../types.js';

/** Things kept verbatim, each with a pattern; trailing sentence punctuation is not part of a URL. */
const VERBATIM: { what: string; re: RegExp }[] = [
  { what: 'URL', re: /\b(?:https?:\/\/|www\.)[^\s<>"'“”‘’()[\]{}]+[^\s<>"'“”‘’()[\]{}.,;:!?。，、]/giu },
  { what: 'e-mail address', re: /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gu },
  { what: 'code span', re: /`[^`\n]+`/gu },
  { what: 'placeholder', re: /\{\{[^{}]*\}\}|\$\{[^{}]*\}|\{\d+\}|\{[A-Za-z_]\w*\}|%(?:\d+\$)?[sdif@]/gu },
  { what: 'markup tag', re: /<\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?>/gu },
];

function occurrences(text: string, re: RegExp): string[] {
  return [...text.matchAll(re)].map((m) => (re.source.startsWith('<') ? m[0].replace(/\s.*?(\/?>)$/u, '$1') : m[0]));
}

/** The items of `a` not in `b`, as a multiset difference. */
function missing(a: string[], b: string[]): string[] {
  const pool = [...b];
  return a.filter((x) => {
    const k = pool.indexOf(x);
    if (k < 0) return true;
    pool.splice(k, 1);
    return false;
  });
}

const PAIRS: [string, string][] = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['“', '”'],
  ['«', '»'],
  ['「', '」'],
  ['（', '）'],
];

/** Whether the brackets and quotes of a text are balanced (straight double quotes even). */
function unbalanced(text: string): string | null {
  for (const [open, close] of PAIRS) {
    let depth = 0;
    for (const c of text) {
      if (c === open) depth++;
      else if (c === close && --depth < 0) break;
    }
    if (depth !== 0) return `${open}${close}`;
  }
  if ((text.match(/"/g)?.length ?? 0) % 2 === 1) return '""';
  return null;
}

/** The class of a segment's end punctuation, whatever the script writes it with; closing quotes and brackets looked through. */
function endClass(text: string): string {
  const end = text.replace(/[\s"'”’»」』)）\]]+$/u, '');
  const last = end.slice(-1);
  if ('?？؟'.includes(last)) return '?';
  if ('!！'.includes(last)) return '!';
  if ('.。．।۔…'.includes(last)) return '.';
  if (':：'.includes(last)) return ':';
  return '';
}
const END_NAMES: Record<string, string> = { '?': 'a question mark', '!': 'an exclamation mark', '.': 'a full stop', ':': 'a colon', '': 'no end punctuation' };

/** A word written twice in a row with a space between ("the the"; not a hyphenated reduplication, "kantor-kantor"); one-letter words are left out. */
const DOUBLED = /(?<![\p{L}\p{M}\p{N}-])(\p{L}[\p{L}\p{M}]+)\s+\1(?![\p{L}\p{M}\p{N}-])/giu;
function doubledWords(text: string): string[] {
  return [...text.matchAll(DOUBLED)].map((m) => m[1]!.toLowerCase());
}

export function checkForm(pairs: readonly SegmentPair[], ctx: CheckContext): RawFinding[] {
  const out: RawFinding[] = [];
  const add = (p: SegmentPair, severity: Severity, message: string, detail: string) => out.push({ check: 'form', severity, message, rows: [p.row], detail });
  for (const p of pairs) {
    // An empty target is the presence check's finding, not a missing URL or a stray space.
    if (p.a === null || p.b === null || ctx.weak.has(p.row) || p.b.trim() === '') continue;
    for (const { what, re } of VERBATIM) {
      const inA = occurrences(p.a, re);
      const inB = occurrences(p.b, re);
      if (inA.length === 0 && inB.length === 0) continue;
      for (const x of missing(inA, inB)) add(p, 'error', `${what} not kept: ${x}`, `-${x}`);
      if (what === 'markup tag' || what === 'placeholder') for (const x of missing(inB, inA)) add(p, 'warning', `${what} only in B: ${x}`, `+${x}`);
    }
    const broken = unbalanced(p.b);
    if (broken && !unbalanced(p.a)) add(p, 'warning', `unbalanced ${broken} in B`, broken);
    if (/^\s|\s$/u.test(p.b) && !/^\s|\s$/u.test(p.a)) add(p, 'info', 'leading or trailing space in B', 'space');
    const doubledA = doubledWords(p.a);
    for (const w of doubledWords(p.b)) if (!doubledA.includes(w)) add(p, 'warning', `doubled word in B: "${w} ${w}"`, w);
    // Headings and captions (under three words) end as the house style wants, also at the end of a row the alignment joined them
    // to; and where a bead joins a different number of sentences on each side, the last ones need not correspond.
    const sentencesA = splitSentences(p.a, ctx.langA);
    const sentencesB = splitSentences(p.b, ctx.langB);
    if (sentencesA.length !== sentencesB.length || countWords(sentencesA.at(-1)?.text ?? '', ctx.langA) < 3 || countWords(sentencesB.at(-1)?.text ?? '', ctx.langB) < 3) continue;
    const ea = endClass(p.a);
    const eb = endClass(p.b);
    if (ea !== eb) add(p, ea === '?' || ea === '!' || eb === '?' || eb === '!' ? 'warning' : 'info', `A ends with ${END_NAMES[ea]}, B with ${END_NAMES[eb]}`, `${ea}${eb}`);
  }
  return out;
}
