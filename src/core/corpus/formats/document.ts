/**
 * What every format reader returns: the document's text, its blocks as
 * ranges of that text, and the metadata the file itself carries. Markdown
 * keeps its source as the text (so offsets point into what the file says);
 * HTML and DOCX have no readable source, so their text is made from the
 * extracted blocks by {@link assembleBlocks}.
 */
import { normalizeText } from '../../text/normalize.js';
import { sanitize } from '../../text/sanitize.js';
import type { BlockKind } from '../types.js';

/** One block: a range [start, end) of the document text. */
export interface Block {
  kind: BlockKind;
  depth: number;
  start: number;
  end: number;
}

/** Metadata found in a file (front matter, <title>, lang attribute...); the manifest overrides it. */
export interface FileMetadata {
  title?: string;
  lang?: string;
  author?: string;
  date?: string;
}

export interface ParsedDocument {
  text: string;
  blocks: Block[];
  meta: FileMetadata;
  /** Prose only (no code, URLs or markup), for language detection; the whole text when absent. */
  prose?: string;
}

/** A block's text before it has a place in a document. */
export interface BlockText {
  kind: BlockKind;
  depth: number;
  text: string;
}

/**
 * Builds a document from extracted blocks: each normalized and sanitized
 * (an HTML entity can hide a control character), empty ones dropped,
 * separated by a blank line so the text reads as plain text would.
 */
export function assembleBlocks(pieces: readonly BlockText[], meta: FileMetadata): ParsedDocument {
  const blocks: Block[] = [];
  let text = '';
  let prose = '';
  for (const piece of pieces) {
    const clean = sanitize(normalizeText(piece.text));
    const body = piece.kind === 'code' ? clean.replace(/^\n+|\s+$/g, '') : clean.trim();
    if (body === '') continue;
    if (text !== '') text += '\n\n';
    blocks.push({ kind: piece.kind, depth: piece.depth, start: text.length, end: text.length + body.length });
    text += body;
    if (piece.kind !== 'code') prose += body + '\n';
  }
  return { text, blocks, meta, prose };
}
