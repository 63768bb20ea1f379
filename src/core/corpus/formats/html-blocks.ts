/**
 * A DOM subtree as blocks: headings, paragraphs, list items (nested), quotes,
 * preformatted code and table rows, in document order. Shared by the HTML
 * reader (on the article Readability extracted) and the DOCX reader (on the
 * HTML mammoth makes of a Word file).
 */
import type { BlockText } from './document.js';

/** The least of the DOM this walk reads (linkedom's nodes have it). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
]);
/** Never text: markup for machines, forms and navigation. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'NAV', 'HEAD']);
const ELEMENT = 1;
const TEXT = 3;

const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ');

interface Context {
  /** Depth of the innermost list item, or -1 outside lists. */
  item: number;
  lists: number;
  quotes: number;
}

/** Inline text of a node (its descendants' text, whitespace collapsed, <br> a line break). */
function inlineText(node: DomNode): string {
  if (node.nodeType === TEXT) return collapse(node.textContent ?? '');
  if (node.nodeType !== ELEMENT || SKIPPED_TAGS.has(node.nodeName)) return '';
  if (node.nodeName === 'BR') return '\n';
  let out = '';
  for (let i = 0; i < node.childNodes.length; i++) out += inlineText(node.childNodes[i]!);
  return out;
}

/** Blocks of a subtree, by a walk that gathers runs of inline content between block elements. */
export function domBlocks(root: DomNode): BlockText[] {
  const out: BlockText[] = [];
  const emit = (text: string, ctx: Context) => {
    const clean = text.replace(/ *\n */g, '\n').trim();
    if (clean === '') return;
    if (ctx.item >= 0) out.push({ kind: 'list-item', depth: ctx.item, text: clean });
    else if (ctx.quotes > 0) out.push({ kind: 'quote', depth: ctx.quotes - 1, text: clean });
    else out.push({ kind: 'paragraph', depth: 0, text: clean });
  };
  const walk = (node: DomNode, ctx: Context) => {
    let run = '';
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i]!;
      const name = child.nodeName;
      if (child.nodeType !== ELEMENT || !BLOCK_TAGS.has(name)) {
        run += inlineText(child);
        continue;
      }
      if (SKIPPED_TAGS.has(name)) continue;
      emit(run, ctx);
      run = '';
      block(child, ctx);
    }
    emit(run, ctx);
  };
  const block = (node: DomNode, ctx: Context) => {
    const name = node.nodeName;
    if (/^H[1-6]$/.test(name)) {
      const text = collapse(inlineText(node)).trim();
      if (text !== '') out.push({ kind: 'heading', depth: Number(name[1]), text });
    } else if (name === 'PRE') {
      out.push({ kind: 'code', depth: Math.max(0, ctx.item), text: node.textContent ?? '' });
    } else if (name === 'TR') {
      const cells: string[] = [];
      for (let i = 0; i < node.childNodes.length; i++) {
        const cell = node.childNodes[i]!;
        if (cell.nodeName === 'TD' || cell.nodeName === 'TH') cells.push(collapse(inlineText(cell)).trim());
      }
      if (cells.some((c) => c !== '')) out.push({ kind: 'table-row', depth: 0, text: cells.join(' | ') });
    } else if (name === 'UL' || name === 'OL') {
      walk(node, { ...ctx, lists: ctx.lists + 1 });
    } else if (name === 'LI') {
      walk(node, { ...ctx, item: Math.max(0, ctx.lists - 1) });
    } else if (name === 'BLOCKQUOTE') {
      walk(node, { ...ctx, quotes: ctx.quotes + 1 });
    } else if (name !== 'HR') {
      walk(node, ctx);
    }
  };
  block(root, { item: -1, lists: 0, quotes: 0 });
  return out;
}
