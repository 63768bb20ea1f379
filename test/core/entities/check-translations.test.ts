// --check between an English text and its French, German and Chinese
// translations (written for this test), each with one figure changed: every
// changed number is found, and nothing else is reported.
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/core/corpus/types.js';
import { checkConsistency } from '../../../src/core/entities/check.js';
import { createEntityIndex } from '../../../src/core/entities/entity-index.js';
import { memoryCorpus } from '../../helpers/memory-corpus.js';

const TEXTS: Record<string, [string, string]> = {
  en: [
    'en',
    `Harbour expansion in Rotterdam

The port of Rotterdam will spend 410 million euros on a new terminal, the port said on Tuesday. The work will create 1,200 jobs by 2027.

Chief executive Allard Verbeek said the terminal would handle 40,000 containers a week. Traffic from Germany and France grew by 12.5% last year.

The city expects 3 million visitors in 2026. Mayor Ilse de Wit welcomed the plan.

Shipping groups such as Maersk and Cosco have already signed contracts worth 85 million euros.`,
  ],
  fr: [
    'fr',
    `Agrandissement du port de Rotterdam

Le port de Rotterdam dépensera 410 millions d'euros pour un nouveau terminal, a annoncé le port mardi. Les travaux créeront 1 300 emplois d'ici 2027.

Le directeur général Allard Verbeek a déclaré que le terminal traiterait 40 000 conteneurs par semaine. Le trafic en provenance d'Allemagne et de France a progressé de 12,5 % l'an dernier.

La ville attend 3 millions de visiteurs en 2026. La maire Ilse de Wit a salué le projet.

Des groupes maritimes comme Maersk et Cosco ont déjà signé des contrats d'une valeur de 85 millions d'euros.`,
  ],
  de: [
    'de',
    `Ausbau des Hafens Rotterdam

Der Hafen Rotterdam wird 410 Millionen Euro für ein neues Terminal ausgeben, teilte der Hafen am Dienstag mit. Die Arbeiten schaffen bis 2027 rund 1.200 Arbeitsplätze.

Der Vorstandschef Allard Verbeek sagte, das Terminal werde 45 000 Container pro Woche abfertigen. Der Verkehr aus Deutschland und Frankreich wuchs im vergangenen Jahr um 12,5 Prozent.

Die Stadt erwartet 2026 rund 3 Millionen Besucher. Bürgermeisterin Ilse de Wit begrüßte den Plan.

Reedereien wie Maersk und Cosco haben bereits Verträge im Wert von 85 Millionen Euro unterzeichnet.`,
  ],
  zh: [
    'zh',
    `鹿特丹港扩建

鹿特丹港将斥资4.1亿欧元建设新码头，港方周二表示。该工程将在2027年前创造1500个就业岗位。

首席执行官Allard Verbeek表示，该码头每周将处理4万个集装箱。去年来自德国和法国的运输量增长了12.5%。

该市预计2026年将有300万游客。市长Ilse de Wit对该计划表示欢迎。

马士基和中远等航运集团已签署价值8500万欧元的合同。`,
  ],
};

function corpus(): Corpus {
  const c = memoryCorpus(Object.fromEntries(Object.entries(TEXTS).map(([id, [, text]]) => [id, text])));
  for (const d of c.documents) d.lang = TEXTS[d.id]![0];
  return c;
}

describe('--check across translations', () => {
  const index = createEntityIndex(corpus(), { gazetteer: { entities: [], warnings: [] } });
  it.each([
    ['fr', '1,200', '1 300'],
    ['de', '40,000', '45 000'],
    ['zh', '1,200', '1500'],
  ])('English and %s: the changed figure and nothing else', (id, a, b) => {
    const { findings } = checkConsistency(index, 'en', id);
    expect(findings.map((f) => `${f.kind} ${f.type} ${f.a} → ${f.b}`)).toEqual([`changed NUMBER ${a} → ${b}`]);
  });
});

describe('--check across translations, as news translators write them', () => {
  const pair = (en: string, translated: string, lang = 'fr') => {
    const c = memoryCorpus({ en, [lang]: translated });
    c.documents[1]!.lang = lang;
    return checkConsistency(createEntityIndex(c, { gazetteer: { entities: [], warnings: [] } }), 'en', lang).findings.map((f) => `${f.kind} ${f.type} ${f.a} → ${f.b}`);
  };

  it('compares values, not how each language words the unit, the date or a small number', () => {
    const en = 'Market\n\nThe £2.8bn market grew by two points on October 1, the Senate Judiciary Committee said in London.';
    expect(pair(en, 'Marché\n\nLe marché de 2,8 milliards de livres a progressé de deux points le 1er octobre, a indiqué la commission judiciaire du Sénat à Londres.')).toEqual([]);
    expect(pair(en, 'Marché\n\nLe marché de 3,8 milliards de livres a progressé de deux points le 1er octobre, a indiqué la commission judiciaire du Sénat à Londres.')).toEqual([
      'changed NUMBER £2.8bn → 3,8 milliards de livres',
    ]);
  });

  it('takes a measure the translation converts for the same measure, and finds a converted figure changed', () => {
    const en = 'Storm\n\nRosa was 385 miles from Punta Eugenia, with winds of 85 mph and up to 10 inches of rain.';
    const fr = (km: string) => `Tempête\n\nRosa se trouvait à ${km} km de Punta Eugenia, avec des vents de 135 km/h et jusqu’à 25 cm de pluie.`;
    expect(pair(en, fr('620'))).toEqual([]);
    expect(pair(en, fr('650'))).toEqual(['changed NUMBER 385 → 650']);
  });

  it('finds a figure changed into one the other version writes elsewhere', () => {
    const en = 'Arrests\n\nA 16-year-old was found injured.\n\nA 17-year-old and two 18-year-olds were arrested.';
    expect(pair(en, 'Arrestations\n\nUn adolescent de 16 ans a été retrouvé blessé.\n\nDes jeunes de 17 et 18 ans ont été arrêtés.')).toEqual([]);
    expect(pair(en, 'Arrestations\n\nUn adolescent de 16 ans a été retrouvé blessé.\n\nDes jeunes de 17 et 16 ans ont été arrêtés.')).toEqual(['changed NUMBER 18 → 16']);
  });

  it('compares a score, a code and a month written in digits, however each side writes them', () => {
    const zh = (en: string, translated: string) => pair(en, translated, 'zh');
    const en = 'Match\n\nEurope lead 10-6 after the HER2 trial began in March.';
    expect(zh(en, '比赛\n\n欧洲以10:6领先，HER2试验于3月开始。')).toEqual([]);
    expect(zh(en, '比赛\n\n欧洲以19:6领先，HER2试验于3月开始。')).toEqual(['changed NUMBER 10-6 → 19:6']);
    expect(zh(en, '比赛\n\n欧洲以10:6领先，HER6试验于3月开始。')).toEqual(['changed NUMBER HER2 → HER6']);
    expect(zh(en, '比赛\n\n欧洲以10:6领先，HER2试验于5月开始。')).toEqual(['changed NUMBER March → 5月']);
  });

  it('pairs a figure with the number the other side writes in words in its place, and reports no word of its own', () => {
    const zh = (en: string, translated: string) => pair(en, translated, 'zh');
    const en = 'Ruling\n\nThe ruling comes only six months after the hearings, said Paz Zárate in Santiago.\n\nThe past four years may have set the case back.';
    const translated = (months: string) => `裁决\n\n听证会结束仅${months}个月后就作出了裁决，Paz Zárate 在 Santiago 说。\n\n过去的四年可能让此案倒退。`;
    expect(zh(en, translated('6'))).toEqual([]);
    // The 4 is the six months changed, not the four years of the next sentence.
    expect(zh(en, translated('4'))).toEqual(['changed NUMBER six → 4']);
    expect(zh(en, translated('几'))).toEqual([]);
  });

  it('pairs a date one side adds with the weekday the other names in its place, each paragraph its own', () => {
    const en = 'Vote\n\nGrant Reeher told The Hill for an article published Saturday.\n\nKarine Jean-Pierre of MoveOn said on Friday that women would not forget.';
    const translated = (first: string, second: string) =>
      `Vote\n\nDans un article publié ${first} dans The Hill, Grant Reeher affirmait cela.\n\nKarine Jean-Pierre, de MoveOn, a déclaré ${second} que les femmes n’oublieraient pas.`;
    expect(pair(en, translated('samedi', 'vendredi'))).toEqual([]);
    expect(pair(en, translated('le 29 septembre', 'le 28 septembre'))).toEqual(['changed NUMBER Saturday → 29 septembre', 'changed NUMBER Friday → 28 septembre']);
    // One date in both paragraphs: each finds its own weekday, so a 29 changed into the other paragraph's 28 is found.
    expect(pair(en, translated('le 28 septembre', 'le 28 septembre'))).toEqual(['changed NUMBER Saturday → 28 septembre', 'changed NUMBER Friday → 28 septembre']);
  });

  it('reports a figure written more times than its counterparts in words account for', () => {
    const en = 'Family\n\nThe mother-of-three said the next couple of decades would matter.';
    const fr = (next: string) => `Famille\n\nLa mère de 3 enfants a dit que les ${next}prochaines décennies compteraient.`;
    expect(pair(en, fr(''))).toEqual([]);
    expect(pair(en, fr('3 '))).toEqual(['added NUMBER null → 3']);
  });

  it('compares the figures inside names, which are not compared between languages', () => {
    const en = 'Fashion\n\nThe bag was the stand out piece in the La Riviera SS19 collection of Jacquemus at Paris Fashion Week.';
    const fr = (code: string) => `Mode\n\nLe sac était la pièce maîtresse du défilé ${code} La Riviera de Jacquemus lors de la Fashion Week de Paris.`;
    expect(pair(en, fr('SS19'))).toEqual([]);
    expect(pair(en, fr('SS69'))).toEqual(['changed NUMBER SS19 → SS69']);
  });

  it('takes no ordinal alone for the counterpart of a month name', () => {
    const en = 'District\n\nHe has represented the old 12th district, which overlaps with the new 17th.';
    const de = (old: string) => `Bezirk\n\nSeit Januar vertritt er den alten ${old}Bezirk, der sich mit dem neuen 17. Bezirk überschneidet.`;
    expect(pair(en, de('12. '), 'de')).toEqual([]);
    expect(pair(en, de(''), 'de')).toEqual(['missing NUMBER 12th → null']);
    // A figure the translation writes once more is the changed one.
    expect(pair(en, de('17. '), 'de')).toEqual(['changed NUMBER 12th → 17.']);
  });
});
