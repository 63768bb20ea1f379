/**
 * A Word file (.docx) as a document: mammoth turns its paragraphs, heading
 * styles, lists and tables into plain semantic HTML (no styling), which
 * becomes blocks as a web page's article does. Its core properties
 * (docProps/core.xml: title, language, author, date), which mammoth does not
 * read, are read from the same zip with JSZip (the zip library mammoth
 * itself uses, so the reader's chunk holds it once).
 */
import { assembleBlocks, type FileMetadata, type ParsedDocument } from './document.js';
import { domBlocks, type DomNode } from './html-blocks.js';

type Linkedom = typeof import('linkedom');

/** The core property elements parallax uses, by local name (dc:title, dc:language, dc:creator; dcterms:created). */
const CORE_FIELDS: Array<[string, keyof FileMetadata]> = [
  ['title', 'title'],
  ['language', 'lang'],
  ['creator', 'author'],
  ['created', 'date'],
];

/** Title, language, author and creation date from docProps/core.xml; empty when the file has none or it cannot be read. */
async function coreProperties(bytes: Buffer, { DOMParser }: Linkedom): Promise<FileMetadata> {
  const meta: FileMetadata = {};
  try {
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')?.async('string');
    if (!xml) return meta;
    // Parsed as XML (entities decoded, CDATA and comments handled); elements found by their local name, whatever the prefix.
    const document = new DOMParser().parseFromString(xml, 'text/xml');
    for (const el of document.querySelectorAll('*')) {
      const local = el.localName.toLowerCase().replace(/^.*:/, '');
      const key = CORE_FIELDS.find(([name]) => name === local)?.[1];
      const value = el.textContent?.replace(/\s+/g, ' ').trim();
      if (key && value && meta[key] === undefined) meta[key] = value;
    }
  } catch {
    // A damaged properties part is no reason to refuse the text: the file's body was read.
  }
  return meta;
}

/** Parses the bytes of a .docx file; throws when they are not a Word document. */
export async function parseDocx(bytes: Buffer): Promise<ParsedDocument> {
  const [mammoth, linkedom] = await Promise.all([import('mammoth'), import('linkedom')]);
  const { parseHTML } = linkedom;
  const { value } = await (mammoth.default ?? mammoth).convertToHtml({ buffer: bytes });
  const { document } = parseHTML(`<!doctype html><html><body>${value}</body></html>`);
  const parsed = assembleBlocks(domBlocks(document.body as unknown as DomNode), await coreProperties(bytes, linkedom));
  const heading = parsed.blocks.find((b) => b.kind === 'heading');
  if (heading && parsed.meta.title === undefined) parsed.meta.title = parsed.text.slice(heading.start, heading.end).replace(/\n/g, ' ');
  return parsed;
}
