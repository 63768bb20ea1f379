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

  it('throws on bytes that are not a Word file', async () => {
    await expect(parseDocx(Buffer.from('PK\u0003\u0004 not really a zip'))).rejects.toThrow();
  });
});
