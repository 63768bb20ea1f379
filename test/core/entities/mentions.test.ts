import { describe, expect, it } from 'vitest';
import { createEntityIndex } from '../../../src/core/entities/entity-index.js';
import { whoMentionsWhat } from '../../../src/core/entities/mentions.js';
import { memoryCorpus } from '../../helpers/memory-corpus.js';

const corpus = memoryCorpus({
  a: 'Title\n\nThe mayor of Vellmoor, Ilsa Varga, met Orvane Logistics in Vellmoor.\n\nLater Orvane Logistics left for Carrow Bay.',
  b: 'Title\n\nMayor Ilsa Varga met Orvane Logistics in Vellmoor.',
  c: 'Title\n\nOrvane Logistics hired 1,200 people in Vellmoor.',
});
const index = createEntityIndex(corpus);

describe('whoMentionsWhat', () => {
  it('counts every entity in every version and puts the unevenly covered first', () => {
    const rows = whoMentionsWhat(index);
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(byName['Orvane Logistics']!.counts).toEqual({ a: 2, b: 1, c: 1 });
    expect(byName['Ilsa Varga']!.counts).toEqual({ a: 1, b: 1, c: 0 });
    expect(byName['Carrow Bay']!.versions).toBe(1);
    const order = rows.map((r) => r.name);
    expect(order.indexOf('Carrow Bay')).toBeLessThan(order.indexOf('Ilsa Varga'));
    expect(order.indexOf('Ilsa Varga')).toBeLessThan(order.indexOf('Orvane Logistics'));
    expect(rows[rows.length - 1]!.unevenness).toBeLessThanOrEqual(rows[0]!.unevenness);
  });

  it('gives counts only for the columns asked, with the same order and statistics over all versions', () => {
    const all = whoMentionsWhat(index);
    const some = whoMentionsWhat(index, { columns: ['c'] });
    expect(some.map((r) => [r.name, r.total, r.versions, r.unevenness])).toEqual(all.map((r) => [r.name, r.total, r.versions, r.unevenness]));
    expect(some.find((r) => r.name === 'Ilsa Varga')!.counts).toEqual({ c: 0 });
  });

  it('filters by document and by type', () => {
    expect(
      whoMentionsWhat(index, { docId: 'c' })
        .map((r) => r.name)
        .sort(),
    ).toEqual(['1,200', 'Orvane Logistics', 'Vellmoor']);
    expect(whoMentionsWhat(index, { type: 'PLACE' }).map((r) => r.name)).toEqual(['Carrow Bay', 'Vellmoor']);
  });

  it('is empty for an empty corpus', () => {
    expect(whoMentionsWhat(createEntityIndex(memoryCorpus({})))).toEqual([]);
  });
});
