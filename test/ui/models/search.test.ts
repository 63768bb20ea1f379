import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import type { Corpus } from '../../../src/core/corpus/types.js';
import { entityIndexFor, type EntityIndex } from '../../../src/core/entities/entity-index.js';
import { createSearchEngine } from '../../../src/core/search/index.js';
import { spansText } from '../../../src/core/text/spans.js';
import { searchModel } from '../../../src/ui/models/search.js';
import { makeTempCorpus, removeTempCorpus } from '../../helpers/temp-corpus.js';

const CORPUS = new URL('../../../corpus/', import.meta.url).pathname;

let corpus: Corpus;
let entities: EntityIndex;

beforeAll(async () => {
  corpus = await loadCorpus(CORPUS);
  entities = entityIndexFor(corpus);
});

/** For each character of a row's snippet, whether it carries an entity mark. */
function entityMask(row: { text: string; marks: readonly string[] }[]): boolean[] {
  return row.flatMap((s) => [...s.text].map(() => s.marks.some((m) => m !== 'match')));
}

describe('searchModel', () => {
  it("marks in each snippet exactly the entity characters of its paragraph's window", async () => {
    const engine = await createSearchEngine(corpus, { cache: false });
    let orgRows = 0;
    for (const query of ['Alibaba', 'talent', '"Silicon Valley"', 'pemerintah']) {
      const response = engine.search(query, { limit: 50, snippetChars: 60 });
      const model = searchModel(corpus, query, response, entities, 100);
      expect(model.rows.length).toBe(response.hits.length);
      model.rows.forEach((row, i) => {
        const hit = response.hits[i]!;
        const paragraph = corpus.documents.find((d) => d.id === hit.doc)!.paragraphs[hit.paragraph]!;
        const snippet = spansText(row.slice(1));
        const lead = snippet.startsWith('…') ? 1 : 0;
        const body = snippet.slice(lead, snippet.endsWith('…') ? -1 : undefined);
        const at = paragraph.text.indexOf(body);
        expect(at).toBeGreaterThanOrEqual(0);
        const inParagraph = (k: number) => entities.paragraphRanges(hit.doc, hit.paragraph).some((r) => r.start <= k && k < r.end);
        const mask = entityMask(row.slice(1));
        const expected = [...snippet].map((_, j) => j >= lead && j < lead + body.length && inParagraph(at + j - lead));
        expect(mask).toEqual(expected);
        if (row.slice(1).some((s) => s.text.includes('Alibaba') && s.marks.includes('ORG'))) orgRows++;
      });
    }
    expect(orgRows).toBeGreaterThan(0);
  });

  it('names every version in the counts line when there are few', async () => {
    const engine = await createSearchEngine(corpus, { cache: false });
    const response = engine.search('China', { limit: 50 });
    const head = searchModel(corpus, 'China', response, null, 100).head.map(spansText).join('\n');
    expect(head).toMatch(/^\d+ matching paragraphs — /);
    for (const d of response.byDocument) expect(head).toContain(`${d.doc} ${d.hits}`);
    expect(head).not.toContain('more');
  });

  it('names at most eight versions in the counts line and says how many more', async () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`v${String(i).padStart(2, '0')}.txt`, `Version ${i} of the story.\n\nThe harbour reopened.`]));
    const dir = makeTempCorpus(files);
    try {
      const many = await loadCorpus(dir);
      const engine = await createSearchEngine(many, { cache: false });
      const response = engine.search('harbour', { limit: 50 });
      expect(response.byDocument).toHaveLength(12);
      const head = searchModel(many, 'harbour', response, null, 100).head.map(spansText).join('\n');
      expect(head).toContain('… 4 more');
      expect(head.match(/v\d\d 1/g)).toHaveLength(8);
    } finally {
      removeTempCorpus(dir);
    }
  });

  it('says an entity: filter waits for the entity index instead of the engine warning', async () => {
    const engine = await createSearchEngine(corpus, { cache: false });
    const response = engine.search('talent entity:Alibaba', { limit: 50 });
    const waiting = searchModel(corpus, 'talent entity:Alibaba', response, null, 100, true).head.map(spansText).join('\n');
    expect(waiting).toMatch(/entity: applies once the entity index is ready/);
    expect(waiting).not.toMatch(/not loaded here/);
  });
});
