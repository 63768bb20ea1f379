import { describe, expect, it } from 'vitest';
import { createEntityIndex, entityIndexFor } from '../../../src/core/entities/entity-index.js';
import { parseGazetteer } from '../../../src/core/entities/gazetteer.js';
import { memoryCorpus } from '../../helpers/memory-corpus.js';

const corpus = memoryCorpus({
  en: 'Rules\n\nThe Department of Commerce proposed a rule.\n\nNvidia and Orvane Logistics disagreed.',
  id: 'Aturan\n\nDepartemen Perdagangan AS mengusulkan aturan.\n\nNVIDIA tidak setuju.',
});
const gazetteer = parseGazetteer(
  JSON.stringify([
    { name: 'Department of Commerce', type: 'ORG', aliases: ['Departemen Perdagangan AS'] },
    { name: 'Nvidia', type: 'ORG', aliases: ['NVIDIA'] },
  ]),
);
const index = createEntityIndex(corpus, { gazetteer });

describe('EntityIndex', () => {
  it('resolves any alias, in any case, to the paragraphs that mention the entity (the entity: filter)', () => {
    expect([...index.paragraphsMentioning('departemen perdagangan as')].sort()).toEqual(['en#1', 'id#1']);
    expect([...index.paragraphsMentioning('NVIDIA')].sort()).toEqual(['en#2', 'id#2']);
    expect([...index.paragraphsMentioning('orvane')]).toEqual(['en#2']);
    expect(index.paragraphsMentioning('nobody').size).toBe(0);
    expect(index.paragraphsMentioning('  ').size).toBe(0);
  });

  it('prefers an exact name over prefixes', () => {
    expect(index.find('Nvidia').map((e) => e.name)).toEqual(['Nvidia']);
    expect(index.find('Depart').map((e) => e.name)).toEqual(['Department of Commerce']);
  });

  it('lists the entities of a paragraph for the facet, and nothing for unknown ids', () => {
    expect(index.entitiesInParagraph('en', 2).map((e) => e.name)).toEqual(['Nvidia', 'Orvane Logistics']);
    expect(index.entitiesInParagraph('nope', 0)).toEqual([]);
    expect(index.paragraphMentions('en', 99)).toEqual([]);
  });

  it('highlights new text with the corpus names', () => {
    const t = 'Orvane Logistics and NVIDIA';
    expect(index.highlight(t, 'en')).toEqual([
      { start: 0, end: 16, mark: 'ORG' },
      { start: 21, end: 27, mark: 'ORG' },
    ]);
  });

  it('gives the ranges of a corpus paragraph ready for toSpans', () => {
    expect(index.paragraphRanges('en', 2)).toEqual([
      { start: 0, end: 6, mark: 'ORG' },
      { start: 11, end: 27, mark: 'ORG' },
    ]);
  });

  it('is built once per corpus, and finds the paragraphs that mention an entity under any case', () => {
    expect(entityIndexFor(corpus)).toBe(entityIndexFor(corpus));
    expect([...entityIndexFor(corpus).paragraphsMentioning('orvane logistics')]).toEqual(['en#2']);
  });

  it('counts a paragraph that versions share once per copy: in every version, and in the votes that type a name', () => {
    const shared = 'Traffic slowed in Orlen Vask after the storm.';
    const versions = (copies: number) =>
      createEntityIndex(memoryCorpus(Object.fromEntries(Array.from({ length: copies }, (_, k) => [`v${k}`, k === 0 ? `${shared}\n\nShe worked at Orlen Vask for years.` : shared]))), {
        gazetteer: parseGazetteer('[]'),
      });
    // Three copies of "in Orlen Vask" (a place, 1 each) outweigh one "worked at" (an organization, 2); one copy does not.
    const three = versions(3);
    expect(three.get('orlen vask')).toMatchObject({ type: 'PLACE', counts: { v0: 2, v1: 1, v2: 1 } });
    expect(three.paragraphMentions('v2', 0)).toEqual(three.paragraphMentions('v0', 0));
    expect(versions(1).get('orlen vask')?.type).toBe('ORG');
  });

  it('keeps an acronym seen once with nothing to type it as a name, also after Indonesian "di"', () => {
    const once = createEntityIndex(memoryCorpus({ id: 'Laporan itu diperiksa oleh auditor BPK pekan lalu.' }, 'id'), { gazetteer: parseGazetteer('[]') });
    expect(once.get('bpk')?.type).toBe('ORG');
    const after = createEntityIndex(memoryCorpus({ id: 'Rapat itu digelar di PPP pekan lalu.' }, 'id'), { gazetteer: parseGazetteer('[]') });
    expect(after.get('ppp')?.type).toBe('ORG');
  });

  it("lends a person's first or last word to the person only when no organisation's name has it", () => {
    const corpus = (orgToo: boolean) =>
      createEntityIndex(memoryCorpus({ a: `${orgToo ? 'Savings went to Harlow Bank.' : 'Savings went up.'} Mayor Harlow Vance spoke. Later Harlow left the hall.` }), {
        gazetteer: parseGazetteer('[]'),
      });
    expect(
      corpus(false)
        .paragraphMentions('a', 0)
        .find((m) => m.surface === 'Harlow')?.key,
    ).toBe('harlow vance');
    expect(
      corpus(true)
        .paragraphMentions('a', 0)
        .find((m) => m.surface === 'Harlow')?.key,
    ).not.toBe('harlow vance');
  });
});
