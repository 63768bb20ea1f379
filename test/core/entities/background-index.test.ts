import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import { createEntityIndex, entityIndexFor, entityIndexInBackground } from '../../../src/core/entities/entity-index.js';

const CORPUS = new URL('../../../corpus', import.meta.url).pathname;

describe('entityIndexInBackground', () => {
  it('builds the same index as createEntityIndex, reporting rising progress, and shares it with entityIndexFor', async () => {
    const corpus = await loadCorpus(CORPUS);
    const progress: number[] = [];
    const index = await entityIndexInBackground(corpus, (f) => progress.push(f));
    const sync = createEntityIndex(await loadCorpus(CORPUS));
    expect(index.entities).toEqual(sync.entities);
    for (const doc of corpus.documents) for (const p of doc.paragraphs) expect(index.paragraphRanges(doc.id, p.index)).toEqual(sync.paragraphRanges(doc.id, p.index));
    expect(progress.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= progress[i - 1]!))).toBe(true);
    expect(entityIndexFor(corpus)).toBe(index);
    expect(await entityIndexInBackground(corpus)).toBe(index);
  });
});
