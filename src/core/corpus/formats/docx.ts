/**
 * A Word file (.docx) as a document: mammoth turns its paragraphs, heading
 * styles, lists and tables into plain semantic HTML (no styling), which
 * becomes blocks as a web page's article does.
 */
import { assembleBlocks, type ParsedDocument } from './document.js';
import { domBlocks, type DomNode } from './html-blocks.js';

/** Parses the bytes of a .docx file; throws when they are not a Word document. */
export async function parseDocx(bytes: Buffer): Promise<ParsedDocument> {
  const [mammoth, { parseHTML }] = await Promise.all([import('mammoth'), import('linkedom')]);
  const { value } = await (mammoth.default ?? mammoth).convertToHtml({ buffer: bytes });
  const { document } = parseHTML(`<!doctype html><html><body>${value}</body></html>`);
  const parsed = assembleBlocks(domBlocks(document.body as unknown as DomNode), {});
  const heading = parsed.blocks.find((b) => b.kind === 'heading');
  if (heading) parsed.meta.title = parsed.text.slice(heading.start, heading.end).replace(/\n/g, ' ');
  return parsed;
}
