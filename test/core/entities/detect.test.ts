import { describe, expect, it } from 'vitest';
import { detectEntities } from '../../../src/core/entities/detect.js';
import { Lexicon } from '../../../src/core/entities/lexicon.js';

const found = (text: string, lang: string) =>
  detectEntities(text, lang, { lexicon: new Lexicon(), world: new Lexicon([{ form: 'Israel', key: 'israel', type: 'PLACE', source: 'world' }]), isCommonWord: () => false })
    .filter((m) => m.type !== 'NUMBER')
    .map((m) => `${m.type}:${m.surface}`);

describe('detectEntities', () => {
  it('reads an Indonesian country after a noun as a modifier, after a preposition as a place', () => {
    expect(found('Roket ditembakkan ke Israel oleh militer Israel.', 'id')).toEqual(['PLACE:Israel']);
    expect(found('Rockets were fired at Israel by the Israel army.', 'en')).toEqual(['PLACE:Israel', 'PLACE:Israel']);
  });
});
