import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import { createEntityIndex, entityIndexFor, type EntityIndex } from '../../../src/core/entities/entity-index.js';
import { whoMentionsWhat } from '../../../src/core/entities/mentions.js';
import { join } from 'node:path';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'corpus');
let index: EntityIndex;

beforeAll(async () => {
  index = entityIndexFor(await loadCorpus(CORPUS));
});

const entity = (name: string) => {
  const found = index.find(name);
  expect(found, name).toHaveLength(1);
  return found[0]!;
};

const EXPECTED: [string, string][] = [
  ['Alibaba', 'ORG'],
  ['ByteDance', 'ORG'],
  ['Meituan', 'ORG'],
  ['Nvidia', 'ORG'],
  ['OpenAI', 'ORG'],
  ['Baidu', 'ORG'],
  ['Wang Xing', 'PERSON'],
  ['Wang Huiwen', 'PERSON'],
  ['Zhu Wenjia', 'PERSON'],
  ['Silicon Valley', 'PLACE'],
  ['California', 'PLACE'],
  ['Sunnyvale', 'PLACE'],
  ['Doubao', 'PRODUCT'],
  ['Accio', 'PRODUCT'],
];

describe('entities of the bundled corpus', () => {
  it.each(EXPECTED)('%s is %s', (name, type) => {
    expect(entity(name).type).toBe(type);
  });

  it('types the same names by the rules alone, without the gazetteer', () => {
    const bare = createEntityIndex(index.corpus, { gazetteer: { entities: [], warnings: [] } });
    for (const [name, type] of EXPECTED)
      expect(
        bare.find(name).map((e) => e.type),
        name,
      ).toEqual([type]);
  });

  it('every mention of a surface has one type across the corpus', () => {
    const types = new Map<string, Set<string>>();
    for (const doc of index.corpus.documents) {
      for (const p of doc.paragraphs) {
        for (const m of index.paragraphMentions(doc.id, p.index)) {
          const set = types.get(m.surface.toLowerCase()) ?? new Set();
          types.set(m.surface.toLowerCase(), set.add(m.type));
        }
      }
    }
    for (const [surface, set] of types) expect([...set], surface).toHaveLength(1);
  });

  it('counts the Indonesian version under the same entities', () => {
    expect(entity('Department of Commerce').counts['ft-id']).toBe(1);
    expect(entity('Departemen Perdagangan AS').name).toBe('Department of Commerce');
    for (const name of ['Alibaba', 'ByteDance', 'Meituan', 'Nvidia', 'Silicon Valley', 'Sunnyvale', 'Wang Xing', 'Doubao', 'Accio']) {
      expect(entity(name).counts['ft-id'], name).toBeGreaterThan(0);
    }
    expect(entity('Singapore').counts['ft-id']).toBe(1); // written "Singapura"
    expect(entity('NVIDIA').name).toBe('Nvidia');
    expect(entity('Nvidia').counts.asiae).toBe(1); // written "NVIDIA's"
  });

  it('Moonshot AI and Kimi appear only for the version that mentions them', () => {
    for (const name of ['Moonshot AI', 'Kimi']) {
      const row = whoMentionsWhat(index).find((r) => r.name === name)!;
      expect(
        Object.entries(row.counts)
          .filter(([, n]) => n > 0)
          .map(([id]) => id),
      ).toEqual(['ft-id']);
    }
  });
});
