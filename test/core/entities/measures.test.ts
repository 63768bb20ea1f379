import { describe, expect, it } from 'vitest';
import { conversionsOf, findMeasures, isConversion } from '../../../src/core/entities/measures.js';

const one = (text: string, lang: string) => {
  const found = findMeasures(text, lang);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findMeasures', () => {
  it('reads figures with units in each language, metric values included', () => {
    expect(findMeasures('a 550-pound bear 385 miles away, winds of 85 mph, 80 degrees and 10 inches of rain', 'en').map((m) => [m.written, m.unit, m.dimension])).toEqual([
      ['550', 'lb', 'mass'],
      ['385', 'mi', 'length'],
      ['85', 'mph', 'speed'],
      ['80', '°F', 'temperature'],
      ['10', 'in', 'length'],
    ]);
    expect(findMeasures('135\u00a0km/h, à 620\u00a0km, 7,5\u00a0cm et 26\u00a0degrés', 'fr').map((m) => [m.written, m.unit])).toEqual([
      ['135', 'km/h'],
      ['620', 'km'],
      ['7.5', 'cm'],
      ['26', '°C'],
    ]);
    expect(findMeasures('620 Kilometer, 7,5 Zentimetern, 27 Grad, 290 Kilo', 'de').map((m) => m.unit)).toEqual(['km', 'cm', '°C', 'kg']);
    expect(findMeasures('385英里，72公里，80华氏', 'zh').map((m) => m.unit)).toEqual(['mi', 'km', '°F']);
    expect(one('385 miles', 'en').metric).toBeCloseTo(619_597, 0);
    expect(one('80 degrees', 'en').metric).toBeCloseTo(26.67, 2);
  });

  it('reads no unit inside a word or a case it does not take', () => {
    expect(findMeasures('5 million people, 12 Metro lines, 4G and 5 Mbps', 'en')).toEqual([]);
  });
});

describe('isConversion', () => {
  const conv = (a: string, la: string, b: string, lb: string) => isConversion(one(a, la), one(b, lb));

  it('accepts a conversion rounded as translations round it', () => {
    expect(conv('200 miles', 'en', '300 km', 'fr')).toBe(true);
    expect(conv('385 miles', 'en', '620 km', 'fr')).toBe(true);
    expect(conv('3 inches', 'en', '7,5 cm', 'fr')).toBe(true);
    expect(conv('80 degrees', 'en', '26 degrés', 'fr')).toBe(true);
    expect(conv('30 yards', 'en', '30 mètres', 'fr')).toBe(true);
    expect(conv('650 pounds', 'en', '290 Kilo', 'de')).toBe(true);
  });

  it('rejects a changed figure: off by more than rounding, in another dimension, or in the same unit', () => {
    expect(conv('385 miles', 'en', '650 km', 'fr')).toBe(false);
    expect(conv('2 inches', 'en', '6 cm', 'fr')).toBe(false);
    expect(conv('85 mph', 'en', '135 km', 'fr')).toBe(false);
    expect(conv('385 miles', 'en', '395英里', 'zh')).toBe(false);
  });
});

describe('conversionsOf', () => {
  it('counts each measure of the other side once, and none where the other side writes the same unit', () => {
    const en = findMeasures('10 inches of rain, and 6 inches in places', 'en');
    expect(conversionsOf('25', findMeasures('25 cm de pluie, et 25 cm par endroits', 'fr'), en)).toBe(1);
    expect(conversionsOf('300', findMeasures('300 km', 'en'), findMeasures('306公里（190英里）', 'zh'))).toBe(0);
    expect(conversionsOf('190', findMeasures('190 miles', 'en'), findMeasures('300公里', 'zh'))).toBe(1);
  });
});
