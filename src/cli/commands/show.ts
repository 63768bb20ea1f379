import { blockMarks, codeLines } from '../../core/corpus/block-layout.js';
import type { Document, Paragraph } from '../../core/corpus/types.js';
import { sanitize } from '../../core/text/sanitize.js';
import { chrome } from '../style.js';
import { EXIT } from '../errors.js';
import { loadDocumentsFor, type CliContext } from '../context.js';

/** A block as text: its marks (heading, bullet, quote bar, code rule), a code block on its own lines. */
function blockText(doc: Document, p: Paragraph): string {
  const marks = blockMarks(p);
  if (p.kind !== 'code') return marks.first + sanitize(p.text);
  return codeLines(doc.text, p).map((line) => marks.rest + sanitize(doc.text.slice(line.start, line.end))).join('\n');
}

/** `--show ID`: one version in full, paragraph by paragraph (blocks set out as block-layout.ts says), or as JSON. */
export async function runShow(ctx: CliContext): Promise<number> {
  const [doc] = (await loadDocumentsFor(ctx, [ctx.options.id!])) as [Document];
  if (ctx.options.json) {
    const json = {
      id: doc.id,
      title: doc.title,
      lang: doc.lang,
      paragraphs: doc.paragraphs.map((p) => sanitize(p.text)),
      offsets: doc.paragraphs.map((p) => [p.start, p.end]),
    };
    ctx.out(JSON.stringify(json, null, 2) + '\n');
    return EXIT.ok;
  }
  const header = `${chrome.id(doc.id, ctx.color)}  ${chrome.bold(doc.title, ctx.color)}  ${chrome.dim(`[${doc.lang}] ${doc.source ?? ''}`.trim(), ctx.color)}`;
  const body = doc.paragraphs.map((p) => `${chrome.dim(`¶${p.index}`, ctx.color)}${p.kind === 'code' ? '\n' : ' '}${blockText(doc, p)}`).join('\n\n');
  ctx.out(`${header}\n\n${body}\n`);
  return EXIT.ok;
}
