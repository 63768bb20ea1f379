import { describe, expect, it } from 'vitest';
import { gazetteerLexicon, parseGazetteer } from '../../../src/core/entities/gazetteer.js';
import { Lexicon } from '../../../src/core/entities/lexicon.js';
import { mergeMentions } from '../../../src/core/entities/merge.js';

describe('parseGazetteer', () => {
  it('reads entities and skips bad entries with a warning', () => {
    const g = parseGazetteer(JSON.stringify({ entities: [{ name: 'Nvidia', type: 'ORG', aliases: ['NVIDIA', 7] }, { name: 'x', type: 'THING' }, null] }));
    expect(g.entities).toEqual([{ name: 'Nvidia', type: 'ORG', aliases: ['NVIDIA'] }]);
    expect(g.warnings).toHaveLength(2);
    expect(g.warnings[0]).toMatch(/entry 1 needs a "name" and a "type"/);
  });

  it('never throws on malformed JSON', () => {
    const g = parseGazetteer('{"entities": [');
    expect(g.entities).toEqual([]);
    expect(g.warnings[0]).toMatch(/not valid JSON/);
    expect(parseGazetteer('42').warnings[0]).toMatch(/expected/);
  });
});

describe('Lexicon', () => {
  const lexicon = new Lexicon(
    gazetteerLexicon(
      parseGazetteer(
        JSON.stringify([
          { name: 'Department of Commerce', type: 'ORG', aliases: ['Departemen Perdagangan AS'] },
          { name: 'United States', type: 'PLACE', aliases: ['AS', 'U.S.'] },
          { name: 'Nvidia', type: 'ORG', aliases: [] },
          { name: 'Bay', type: 'PLACE', aliases: [] },
        ]),
      ),
    ),
  );
  const found = (text: string) => mergeMentions(lexicon.find(text)).map((m) => [m.surface, m.key]);

  it('finds aliases in any language under the canonical key, longest first', () => {
    expect(found('Namun, Departemen Perdagangan AS mengusulkan')).toEqual([['Departemen Perdagangan AS', 'department of commerce']]);
    expect(found('the Department of Commerce and the U.S. market')).toEqual([
      ['Department of Commerce', 'department of commerce'],
      ['U.S.', 'united states'], // a dotted abbreviation keeps its last period
    ]);
  });

  it('ignores case for names but not for acronyms or lowercase words', () => {
    expect(found("NVIDIA's chips")).toEqual([['NVIDIA', 'nvidia']]);
    expect(found('As it happens, the bay froze')).toEqual([]);
  });
});
