/**
 * The file formats a corpus may hold, by extension, and the reader of each.
 * The readers of structured formats (and their parsers) are imported only
 * when a file of theirs is read, so a corpus of .txt files never loads them.
 */
import { extname } from 'node:path';
import type { ParsedDocument } from './document.js';
import { importDocx, importHtml, importMarkdown } from './import-reader.js';
import { parsePlain } from './plain.js';

export type Format = 'plain' | 'markdown' | 'html' | 'docx';

const BY_EXTENSION: Record<string, Format> = { '.txt': 'plain', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.docx': 'docx' };

/** The format of a file by its extension, or null for files that are not versions. */
export function formatOf(file: string): Format | null {
  return BY_EXTENSION[extname(file).toLowerCase()] ?? null;
}

/** Reads a text format (decoded, normalized and sanitized text) into blocks and metadata. */
export async function parseText(format: Exclude<Format, 'docx'>, text: string): Promise<ParsedDocument> {
  if (format === 'markdown') return (await importMarkdown()).parseMarkdown(text);
  if (format === 'html') return (await importHtml()).parseHtml(text);
  return parsePlain(text);
}

/** Reads a binary format from its bytes; throws when they are not what the extension says. */
export async function parseBinary(format: 'docx', bytes: Buffer): Promise<ParsedDocument> {
  return (await importDocx()).parseDocx(bytes);
}
