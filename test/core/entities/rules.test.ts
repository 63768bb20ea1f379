import { describe, expect, it } from 'vitest';
import { findNameCandidates } from '../../../src/core/entities/rules.js';

const names = (text: string, lang = 'en', common: string[] = []) => findNameCandidates(text, lang, { isCommonWord: (w) => common.includes(w) }).map((c) => `${c.type}:${text.slice(c.start, c.end)}`);

describe('findNameCandidates', () => {
  it('takes capitalized sequences but not a mere capitalized first word', () => {
    expect(names('Yesterday the board of Quorvel Foods met.')).toEqual(['ORG:Quorvel Foods']);
    expect(names('Shares rose after Dana Whitlock spoke to analysts.')).toEqual(['PERSON:Dana Whitlock']);
  });

  it('skips title-case headings', () => {
    expect(names('Big Plans For The Harbour Town')).toEqual([]);
    expect(names('Key Takeaways: the plan was approved by Orlen Vasko, the mayor.')).toEqual(['PERSON:Orlen Vasko']);
  });

  it('types by organization heads and prefixes, English and Indonesian', () => {
    expect(names('It sued Brill Tanning Inc and the Harrow Bay Authority over the Tessel University lab.')).toEqual(['ORG:Brill Tanning Inc', 'ORG:Harrow Bay Authority', 'ORG:Tessel University']);
    expect(names('Saham PT Sinar Kelud naik, kata Departemen Keuangan.', 'id')).toEqual(['ORG:PT Sinar Kelud', 'ORG:Departemen Keuangan']);
    expect(names('He joined the Department of Fisheries in 2001.')).toEqual(['ORG:Department of Fisheries']);
    expect(names('She left the Tessel Center for Marine Study and wrote Harrow for Quorvel Foods.')).toEqual(['ORG:Tessel Center for Marine Study', 'ORG:Harrow', 'ORG:Quorvel Foods']);
  });

  it('types people by titles and roles, and leaves the title out', () => {
    expect(names('The vote pleased Mayor Ilsa Varga and chief executive Tomas Brekke.')).toEqual(['PERSON:Ilsa Varga', 'PERSON:Tomas Brekke']);
    expect(names('Nick Rioux, CTO of Labviva, agreed.')).toEqual(['PERSON:Nick Rioux', 'ORG:Labviva']);
    expect(names('Ia meminta salah satu pendiri, Wang Huiwen, untuk kembali.', 'id')).toEqual(['PERSON:Wang Huiwen']);
    expect(names('Kata kepala eksekutif Sari Wulandaru kemarin.', 'id')).toEqual(['PERSON:Sari Wulandaru']);
  });

  it('types places by heads, prefixes and prepositions', () => {
    expect(names('Ferries leave for Gull Island and Carrow Bay from Lannock.')).toEqual(['PLACE:Gull Island', 'PLACE:Carrow Bay', 'ORG:Lannock']);
    expect(names('The team works in Sunnyvale now.')).toEqual(['PLACE:Sunnyvale']);
    expect(names('Kantor baru dibuka di Sunnyvale dan Pulau Tessit.', 'id')).toEqual(['PLACE:Sunnyvale', 'PLACE:Pulau Tessit']);
  });

  it('splits an Indonesian role, its organization and the person, and types speakers', () => {
    const common = ['ketua', 'umum', 'menteri', 'agama', 'politisi'];
    expect(names('Ketua Umum Partai Golkar Aburizal Bakrie hadir.', 'id', common)).toEqual(['ORG:Partai Golkar', 'PERSON:Aburizal Bakrie']);
    expect(names('Hal itu dibantah Menteri Agama Suryadharma Ali kemarin.', 'id', common)).toEqual(['PERSON:Suryadharma Ali']);
    expect(names('Itu tidak benar, kata Ruhut di Jakarta.', 'id')).toEqual(['PERSON:Ruhut', 'PLACE:Jakarta']);
    expect(names('Usul itu ditolak Ketua DPR kemarin.', 'id')).toEqual(['ORG:DPR']);
    expect(names('Harga BBM naik lagi.', 'id')).toEqual([]);
  });

  it('drops demonyms, short acronyms, months and ticker symbols on their own', () => {
    expect(names('Many Chinese and American AI firms, like Alibaba (BABA), report in January.')).toEqual(['ORG:Alibaba']);
  });
});
