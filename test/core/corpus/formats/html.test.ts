import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../../src/core/corpus/formats/html.js';
import { NEWS_PAGE } from '../../../helpers/documents.js';


describe('parseHtml', () => {
  it('extracts the article as blocks, without navigation, sidebars, footers, scripts or styles', async () => {
    const doc = await parseHtml(NEWS_PAGE);
    const blocks = doc.blocks.map((b) => [b.kind, b.depth, doc.text.slice(b.start, b.end)]);
    expect(blocks[0]).toEqual(['heading', 1, 'Rivers rise in the north']);
    expect(blocks).toContainEqual(['heading', 2, 'Warnings ignored']);
    expect(blocks).toContainEqual(['list-item', 0, 'Two bridges closed']);
    expect(blocks).toContainEqual(['list-item', 1, 'One of them may collapse']);
    expect(blocks).toContainEqual(['quote', 0, 'We will rebuild, as we always have.']);
    for (const junk of ['Home', 'Most read', 'Celebrity', 'Copyright', 'Buy now', 'color: red', 'track()']) expect(doc.text).not.toContain(junk);
  });

  it('fills title, author, date and language from the page', async () => {
    const doc = await parseHtml(NEWS_PAGE);
    expect(doc.meta.title).toBe('Rivers rise in the north');
    expect(doc.meta.author).toContain('Jane Roe');
    expect(doc.meta.date).toBe('2024-03-05T10:00:00Z');
    expect(doc.meta.lang).toBe('en-GB');
  });

  it('reads a page with no article whole, less its scripts, and never throws on broken markup', async () => {
    const doc = await parseHtml('<p>Just one line <b>unclosed<script>x()</script>');
    expect(doc.text).toBe('Just one line unclosed');
    const empty = await parseHtml('<<<>>>');
    expect(empty.blocks.length).toBeLessThanOrEqual(1);
  });
});
