import { describe, expect, it } from 'vitest';
import { Lexicon, type LexiconEntry } from '../../../src/core/entities/lexicon.js';

const place = (form: string, key = form.toLowerCase()): LexiconEntry => ({ form, key, type: 'PLACE', source: 'world' });
const surfaces = (lexicon: Lexicon, text: string) => lexicon.find(text).map((m) => m.surface);

describe('Lexicon.find', () => {
  it('takes the longest name at a token among many that share its first word', () => {
    const saints = Array.from({ length: 300 }, (_, k) => place(`San Town${k}`));
    const lexicon = new Lexicon([place('San'), ...saints, place('San Jose'), place('San Jose del Monte')]);
    expect(surfaces(lexicon, 'From San Jose del Monte to San Jose, then San Town299 and San.')).toEqual(['San Jose del Monte', 'San Jose', 'San Town299', 'San']);
  });

  it('falls back to a shorter name when the words of a longer one stop matching', () => {
    const lexicon = new Lexicon([place('New York'), place('New York City Hall')]);
    expect(surfaces(lexicon, 'New York City is big.')).toEqual(['New York']);
  });

  it('needs the gaps between words as listed, whitespace folded', () => {
    const lexicon = new Lexicon([place('Port Moresby')]);
    expect(surfaces(lexicon, 'Port\n  Moresby and Port, Moresby')).toEqual(['Port\n  Moresby']);
  });

  it('keeps the case rules: a capital starts a match, a short acronym matches only as written, a longer name in capitals matches', () => {
    const lexicon = new Lexicon([place('Bay'), { form: 'AS', key: 'as', type: 'ORG', source: 'learned' }, place('London')]);
    expect(surfaces(lexicon, 'the bay, As it was, AS said, LONDON and Bay.')).toEqual(['AS', 'LONDON', 'Bay']);
  });

  it('ends a name at a possessive', () => {
    const lexicon = new Lexicon([place('Hong Kong'), place('Hong')]);
    expect(surfaces(lexicon, "Hong's Kong and Hong Kong's port")).toEqual(['Hong', 'Hong Kong']);
  });

  it('keeps the first entry of a spelling and reports its key and type', () => {
    const lexicon = new Lexicon([place('Georgia', 'georgia-country'), { form: 'GEORGIA', key: 'georgia-state', type: 'ORG', source: 'learned' }]);
    expect(lexicon.find('Georgia')).toEqual([{ start: 0, end: 7, type: 'PLACE', surface: 'Georgia', key: 'georgia-country', source: 'world' }]);
  });
});
