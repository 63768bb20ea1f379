import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/core/corpus/load.js';
import { CorpusError } from '../../../src/core/corpus/types.js';
import { checkConsistency } from '../../../src/core/entities/check.js';
import { createEntityIndex, type EntityIndex } from '../../../src/core/entities/entity-index.js';
import { INVENTED_TOWN } from './fixture-score.js';
import { memoryCorpus } from '../../helpers/memory-corpus.js';

let index: EntityIndex;
beforeAll(async () => {
  index = createEntityIndex(await loadCorpus(INVENTED_TOWN));
});

describe('checkConsistency', () => {
  it('reports changed numbers, missing and added entities, with paragraphs', () => {
    const { a, b, findings } = checkConsistency(index, 'report', 'rewrite');
    expect([a, b]).toEqual(['report', 'rewrite']);
    expect(findings).toContainEqual({ kind: 'changed', type: 'NUMBER', a: '410 million euros', b: '455 million euros', where: { a: [3], b: [2] } });
    expect(findings).toContainEqual({ kind: 'missing', type: 'PLACE', a: 'Hamberg Falls', b: null, where: { a: [5], b: [] } });
    expect(findings).toContainEqual({ kind: 'added', type: 'PERSON', a: null, b: 'Piet Annalund', where: { a: [], b: [4] } });
    expect(findings.some((f) => f.a === '1,200' || f.b === '1,200')).toBe(false);
  });

  it('compares numbers by value across languages', () => {
    const { findings } = checkConsistency(index, 'report', 'terjemahan');
    expect(findings.some((f) => f.a === '1,200' || f.b === '1.200')).toBe(false);
    expect(findings.some((f) => f.a === '410 million euros')).toBe(false);
  });

  it('reports a name spelled differently as changed', () => {
    const corpus = memoryCorpus({ x: 'T\n\nNVIDIA chips.', y: 'T\n\nNvidia chips.' });
    const idx = createEntityIndex(corpus, { gazetteer: { entities: [{ name: 'Nvidia', type: 'ORG', aliases: ['NVIDIA'] }], warnings: [] } });
    expect(checkConsistency(idx, 'x', 'y').findings).toEqual([{ kind: 'changed', type: 'ORG', a: 'NVIDIA', b: 'Nvidia', where: { a: [1], b: [1] } }]);
  });

  it('finds nothing between a version and itself, and rejects unknown ids', () => {
    expect(checkConsistency(index, 'report', 'rep').findings).toEqual([]);
    expect(() => checkConsistency(index, 'report', 'nope')).toThrow(CorpusError);
  });
});
