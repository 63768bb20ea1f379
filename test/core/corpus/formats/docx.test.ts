import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../../../src/core/corpus/formats/docx.js';
import { makeDocx, STORY_DOCX_BODY } from '../../../helpers/documents.js';

describe('parseDocx', () => {
  it('reads headings, paragraphs and nested list items, and takes the first heading as the title', async () => {
    const doc = await parseDocx(await makeDocx(STORY_DOCX_BODY));
    expect(doc.blocks.map((b) => [b.kind, b.depth, doc.text.slice(b.start, b.end)])).toEqual([
      ['heading', 1, 'Rivers rise in the north'],
      ['paragraph', 0, 'Heavy rain caused rivers to rise across the northern region on Tuesday.'],
      ['heading', 2, 'Warnings ignored'],
      ['list-item', 0, 'Three towns evacuated'],
      ['list-item', 1, 'One bridge may collapse'],
    ]);
    expect(doc.meta.title).toBe('Rivers rise in the north');
  });

  it('reads title, language, author and date from the core properties, before the first heading', async () => {
    const core = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"',
      ' xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
      '<dc:title>Floods &amp; rivers</dc:title><dc:creator>A. Reporter</dc:creator><dc:language>de-DE</dc:language>',
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-05T09:00:00Z</dcterms:created></cp:coreProperties>',
    ].join('');
    const doc = await parseDocx(await makeDocx(STORY_DOCX_BODY, core));
    expect(doc.meta).toEqual({ title: 'Floods & rivers', lang: 'de-DE', author: 'A. Reporter', date: '2024-03-05T09:00:00Z' });
    // Empty properties leave the first heading as the title; a damaged properties part costs nothing but the properties.
    const empty = await parseDocx(await makeDocx(STORY_DOCX_BODY, core.replace('Floods &amp; rivers', '')));
    expect(empty.meta.title).toBe('Rivers rise in the north');
    const damaged = await parseDocx(await makeDocx(STORY_DOCX_BODY, '<cp:coreProperties><dc:title>Unclosed'));
    expect(damaged.blocks.length).toBe(5);
  });

  it('throws on bytes that are not a Word file', async () => {
    await expect(parseDocx(Buffer.from('PK\u0003\u0004 not really a zip'))).rejects.toThrow();
  });
});
