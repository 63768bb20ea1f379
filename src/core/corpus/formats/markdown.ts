/**
 * Markdown (CommonMark + GFM tables) as a tree of blocks, parsed by
 * markdown-it. Only its block parser runs (the inline rules are switched
 * off: parallax keeps a block's source text, emphasis marks and all, so that
 * offsets point into the file), which parses a 50 kB README in about a
 * millisecond. Each block becomes a range of the source: a heading without
 * its `#` marks, a list item without its bullet, a quote without its first
 * `>`, a code block's lines inside its fences, a table row without its
 * outer pipes. The document's text is the source with one change: the `>`
 * marks that open the lines inside a quote are blanked (spaces, so every
 * offset and line stays where the file has it), as a list's indentation is
 * blank, so that a quote of several lines reads, searches and diffs as its
 * words. YAML front matter is metadata, never text.
 */
import MarkdownIt from 'markdown-it';
import type { BlockKind } from '../types.js';
import type { Block, FileMetadata, ParsedDocument } from './document.js';

let parser: InstanceType<typeof MarkdownIt> | undefined;

function markdownParser(): InstanceType<typeof MarkdownIt> {
  if (parser) return parser;
  parser = new MarkdownIt('default', { html: true });
  parser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  return parser;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const FRONT_MATTER_KEYS: Record<string, keyof FileMetadata> = { title: 'title', lang: 'lang', language: 'lang', author: 'author', date: 'date' };

/** The few scalar fields parallax uses from YAML front matter (`title: "..."`, `lang: de`); nothing else of YAML is needed. */
function frontMatterFields(yaml: string): FileMetadata {
  const meta: FileMetadata = {};
  for (const line of yaml.split('\n')) {
    const m = /^([A-Za-z_]+)[ \t]*:[ \t]*(.+?)[ \t]*$/.exec(line);
    const key = m ? FRONT_MATTER_KEYS[m[1]!.toLowerCase()] : undefined;
    if (!m || !key) continue;
    const value = m[2]!.replace(/^(["'])(.*)\1$/, '$2').trim();
    if (value !== '' && meta[key] === undefined) meta[key] = value;
  }
  return meta;
}

/** Start offset of every line, and one past the end. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  starts.push(text.length + 1);
  return starts;
}

/** A source line's [start, end) without its line break. */
function lineRange(lines: number[], n: number): [number, number] {
  return [lines[n]!, lines[n + 1]! - 1];
}

/**
 * Where a block's content lies in its source lines: the first content line
 * found in the first source line (after the list bullets and quote marks
 * the parser stripped), to the end of the last content line in the last.
 */
function contentRange(text: string, lines: number[], from: number, to: number, content: string): [number, number] | null {
  const parts = content.trim().split('\n');
  const first = parts[0]!.trim();
  const last = parts[parts.length - 1]!.trim();
  if (first === '') return null;
  let [s, e] = lineRange(lines, from);
  let at = text.indexOf(first, s);
  const start = at !== -1 && at < e ? at : s;
  [s, e] = lineRange(lines, to - 1);
  at = text.lastIndexOf(last, e - last.length);
  const end = at >= s ? at + last.length : e;
  return end > start ? [start, end] : null;
}

/** A code block's lines: from the first content line's indentation (common to all lines) to the end of the last non-blank one. */
function codeRange(text: string, lines: number[], from: number, to: number): [number, number] | null {
  let indent = Infinity;
  let first = -1;
  let last = -1;
  for (let n = from; n < to; n++) {
    const [s, e] = lineRange(lines, n);
    const line = text.slice(s, e);
    if (line.trim() === '') continue;
    indent = Math.min(indent, line.length - line.trimStart().length);
    if (first === -1) first = n;
    last = n;
  }
  if (first === -1) return null;
  const end = lineRange(lines, last)[1];
  return [lines[first]! + indent, text.slice(0, end).trimEnd().length];
}

const QUOTE_MARK = /^[ \t]*>[ \t]?/;

/**
 * The text with the quote marks of quoted lines blanked: each line inside
 * `depth` nested quotes (by the parser's line maps) loses up to that many
 * leading `>` marks (a lazy continuation line has none).
 */
function blankQuoteMarks(text: string, lines: number[], quotes: ReadonlyArray<[number, number]>): string {
  if (quotes.length === 0) return text;
  const depth = new Int32Array(lines.length);
  for (const [from, to] of quotes) for (let n = from; n < to; n++) depth[n]!++;
  let out = '';
  let done = 0;
  for (let n = 0; n + 1 < lines.length; n++) {
    let at = lines[n]!;
    for (let d = 0; d < depth[n]!; d++) {
      const m = QUOTE_MARK.exec(text.slice(at, lines[n + 1]! - 1));
      if (!m) break;
      out += text.slice(done, at) + ' '.repeat(m[0].length);
      at += m[0].length;
      done = at;
    }
  }
  return out + text.slice(done);
}

/** Parses Markdown source (normalized text) into blocks and the front matter's metadata. */
export function parseMarkdown(source: string): ParsedDocument {
  const fm = FRONT_MATTER.exec(source);
  const meta = fm ? frontMatterFields(fm[1]!) : {};
  // The front matter is blanked (line breaks kept) so that line numbers stay those of the file.
  const tokens = markdownParser().parse(fm ? fm[0].replace(/[^\n]/g, ' ') + source.slice(fm[0].length) : source, {});
  const lines = lineStarts(source);
  const text = blankQuoteMarks(
    source,
    lines,
    tokens.flatMap((t) => (t.type === 'blockquote_open' && t.map ? [t.map] : [])),
  );
  const blocks: Block[] = [];
  let prose = '';
  let lists = 0;
  let quotes = 0;
  const items: number[] = [];
  const push = (kind: BlockKind, depth: number, range: [number, number] | null) => {
    if (!range || range[1] <= range[0]) return;
    blocks.push({ kind, depth, start: range[0], end: range[1] });
    if (kind !== 'code') prose += text.slice(range[0], range[1]) + '\n';
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists++;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists--;
        break;
      case 'list_item_open':
        items.push(lists - 1);
        break;
      case 'list_item_close':
        items.pop();
        break;
      case 'blockquote_open':
        quotes++;
        break;
      case 'blockquote_close':
        quotes--;
        break;
      case 'heading_open': {
        const inline = tokens[i + 1]!;
        const map = inline.map ?? t.map!;
        let range = contentRange(text, lines, map[0], map[1], inline.content);
        if (range && t.markup.startsWith('#')) range = [range[0], range[0] + text.slice(range[0], range[1]).replace(/(?:^|\s+)#+$/, '').length];
        push('heading', Number(t.tag.slice(1)), range);
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1]!;
        const range = contentRange(text, lines, t.map![0], t.map![1], inline.content);
        if (items.length > 0) push('list-item', items[items.length - 1]!, range);
        else if (quotes > 0) push('quote', quotes - 1, range);
        else push('paragraph', 0, range);
        break;
      }
      case 'fence':
        push('code', Math.max(0, items.length - 1), codeRange(text, lines, t.map![0] + 1, t.map![1] - (/^[\s>]*(?:`{3,}|~{3,})\s*$/.test(text.slice(...lineRange(lines, t.map![1] - 1))) ? 1 : 0)));
        break;
      case 'code_block':
      case 'html_block':
        push('code', Math.max(0, items.length - 1), codeRange(text, lines, t.map![0], t.map![1]));
        break;
      case 'tr_open': {
        const [s, e] = lineRange(lines, t.map![0]);
        const row = text.slice(s, e);
        const lead = row.length - row.replace(/^\s*\|?\s*/, '').length;
        const body = row.replace(/\s*\|?\s*$/, '');
        push('table-row', 0, [s + lead, s + Math.max(lead, body.length)]);
        break;
      }
    }
  }
  if (meta.title === undefined) {
    const heading = blocks.find((b) => b.kind === 'heading');
    if (heading) meta.title = text.slice(heading.start, heading.end).replace(/\n/g, ' ');
  }
  return { text, blocks, meta, prose };
}
