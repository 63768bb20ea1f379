import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import type { Corpus, Document } from '../../../src/core/corpus/types.js';
import { diffDocuments } from '../../../src/core/diff/diff-documents.js';
import { makeDocx, NEWS_PAGE, para } from '../../helpers/documents.js';
import { makeTempCorpus, removeTempCorpus } from '../../helpers/temp-corpus.js';

/** The news page's story as plain text, with one real difference ("one farmer" → "a farmer"). */
const STORY_TXT = [
  'Rivers rise in the north',
  'Heavy rain caused rivers to rise across the northern region on Tuesday, forcing hundreds of families to leave their homes. Officials said the water levels were the highest in twenty years.',
  'The regional government opened emergency shelters in three towns. Volunteers brought food, blankets and dry clothes to the people who had to leave.',
  'Warnings ignored',
  'Residents said they had received warnings but did not expect the water to rise so quickly. "We thought we had a day," said a farmer, who lost most of his animals.',
  'Three towns evacuated',
  'Two bridges closed',
  'One of them may collapse',
  'We will rebuild, as we always have.',
  'Forecasters expect more rain later this week, and the army has been asked to stand by.',
].join('\n\n');

const marked = (a: Document, b: Document) => {
  const { stats } = diffDocuments(a, b, { mode: 'diff' });
  return { added: stats.wordsAdded, removed: stats.wordsRemoved, changed: stats.wordsChanged };
};

describe('loading HTML, Word and Markdown versions beside plain text', () => {
  let dir: string;
  let corpus: Corpus;
  const doc = (id: string) => corpus.documents.find((d) => d.id === id)!;
  beforeAll(async () => {
    const body = STORY_TXT.replace('a farmer', 'one farmer')
      .split('\n\n')
      .map((p, i) => para(p, i === 0 ? 'Heading1' : i === 3 ? 'Heading2' : undefined))
      .join('');
    const docx = await makeDocx(body);
    const core = `<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:title>Floods, the Word file</dc:title><dc:creator>A. Reporter</dc:creator><dc:language>en-AU</dc:language></cp:coreProperties>`;
    dir = makeTempCorpus({
      'page.html': NEWS_PAGE,
      'word.docx': docx,
      'word-props.docx': await makeDocx(body, core),
      'plain.txt': STORY_TXT,
      'broken.docx': 'PK\u0003\u0004 this is no zip',
      'notes.md': '# Notes\nNo blank line after the heading.\n- item\n  ```\n  code stays code\n  ```\n',
      'notes-spaced.md': '# Notes\n\nNo blank line after the heading.\n\n- item\n\n  ```\n  code stays code\n  ```\n',
    });
    corpus = await loadCorpus(dir);
  });
  afterAll(() => removeTempCorpus(dir));

  it('loads every format with its own title and language, and warns once about a broken Word file', () => {
    expect(corpus.documents.map((d) => [d.id, d.title, d.lang])).toEqual([
      ['notes-spaced', 'Notes', 'en'],
      ['notes', 'Notes', 'en'],
      ['page', 'Rivers rise in the north', 'en-GB'],
      ['plain', 'Rivers rise in the north', 'en'],
      ['word-props', 'Floods, the Word file', 'en-AU'],
      ['word', 'Rivers rise in the north', 'en'],
    ]);
    expect(doc('word-props').author).toBe('A. Reporter');
    expect([doc('page').author, doc('page').date]).toEqual(['Jane Roe', '2024-03-05T10:00:00Z']);
    expect([doc('plain').author, doc('plain').date]).toEqual([null, null]);
    expect(corpus.warnings).toHaveLength(1);
    expect(corpus.warnings[0]).toMatchObject({ file: 'broken.docx' });
    expect(corpus.warnings[0]!.message).toMatch(/cannot be read as a Word file .*; skipped/);
  });

  it('keeps offsets meaningful: each paragraph is its slice of the text', () => {
    for (const d of corpus.documents) for (const p of d.paragraphs) expect(d.text.slice(p.start, p.end).replace(/\n/g, ' ')).toBe(p.text);
  });

  it('diffs the news page and the Word file against the plain text with only the real difference marked', () => {
    expect(marked(doc('page'), doc('plain'))).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(marked(doc('word'), doc('plain'))).toEqual({ added: 0, removed: 0, changed: 1 });
  });

  it('marks nothing between Markdown versions that differ only in blank lines around headings and fences', () => {
    expect(marked(doc('notes'), doc('notes-spaced'))).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(doc('notes').paragraphs.map((p) => p.kind)).toEqual(['heading', 'paragraph', 'list-item', 'code']);
  });
});
