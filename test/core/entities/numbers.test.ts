import { describe, expect, it } from 'vitest';
import { findNumbers, numberFamily, parseLocaleNumber } from '../../../src/core/entities/numbers.js';

const keys = (text: string, lang = 'en') => findNumbers(text, lang).map((m) => [m.surface, m.key]);

describe('parseLocaleNumber', () => {
  it('reads grouping and decimal marks by language', () => {
    expect(parseLocaleNumber('1,200', 'en')).toBe(1200);
    expect(parseLocaleNumber('1.200', 'id')).toBe(1200);
    expect(parseLocaleNumber('1.200', 'en')).toBe(1.2);
    expect(parseLocaleNumber('1,5', 'id')).toBe(1.5);
    expect(parseLocaleNumber('1,234,567.5', 'en')).toBe(1234567.5);
    expect(parseLocaleNumber('1.234.567,5', 'id')).toBe(1234567.5);
    expect(parseLocaleNumber('12', 'id')).toBe(12);
    expect(parseLocaleNumber('1,', 'en')).toBeNull();
  });
});

describe('findNumbers', () => {
  it('keys amounts by value and currency, whatever the language writes', () => {
    const [en] = findNumbers('will invest 410 million euros in it', 'en');
    const [id] = findNumbers('akan menanamkan 410 juta euro di sana', 'id');
    expect(en!.surface).toBe('410 million euros');
    expect(id!.surface).toBe('410 juta euro');
    expect(en!.key).toBe(id!.key);
    expect(findNumbers('1,200 jobs', 'en')[0]!.key).toBe(findNumbers('1.200 lapangan kerja', 'id')[0]!.key);
    expect(findNumbers('$1.5bn', 'en')[0]!.key).toBe(findNumbers('US$1,500 million', 'en')[0]!.key);
  });

  it('finds percentages, years, dates, ordinals and counts', () => {
    expect(keys('cut noise by 40 percent, or 40%')).toEqual([
      ['40 percent', '#percent|40|'],
      ['40%', '#percent|40|'],
    ]);
    expect(keys('since 2009')).toEqual([['2009', '#year|2009|']]);
    expect(keys('on Tuesday (Nov. 19) and in March 2027')).toEqual([
      ['Tuesday', '#date|w2|'],
      ['Nov. 19', '#date|-11-19|'],
      ['March 2027', '#date|2027-3-|'],
    ]);
    expect(keys('pada Maret 2027', 'id')[0]![1]).toBe('#date|2027-3-|');
    expect(keys('On the 18th (local time)')).toEqual([['18th', '#date|--18|']]);
    expect(keys('à la 55e minute, le 1er octobre', 'fr').map(([, k]) => k)).toEqual(['#date|--55|', '#date|-10-1|']);
    expect(keys('in der 55. Minute, am 4. Oktober 1918', 'de').map(([, k]) => k)).toEqual(['#date|--55|', '#date|1918-10-4|']);
    expect(keys('1918年10月4日', 'zh').map(([, k]) => k)).toEqual(['#date|1918-10-4|']);
  });

  it('reads times of day on the 24-hour clock, as each language writes them', () => {
    expect(keys('at 4.40 am, 3 p.m. and 09:30 BST; a 3:2 draw').map(([, k]) => k)).toEqual(['#time|4:40|', '#time|15:00|', '#time|9:30|', '#score|3-2|']);
    expect(keys('à 04h20, à 15 h et à 19 h 00', 'fr').map(([, k]) => k)).toEqual(['#time|4:20|', '#time|15:00|', '#time|19:00|']);
    expect(keys('um 5 Uhr', 'de').map(([, k]) => k)).toEqual(['#time|5:00|']);
    expect(keys('今晚7点，13点10分', 'zh').map(([, k]) => k)).toEqual(['#time|19:00|', '#time|13:10|']);
    expect(keys('计划于今晚7点开始，在13点10分将', 'zh').map(([, k]) => k)).toEqual(['#time|19:00|', '#time|13:10|']);
    expect(keys('dari pukul 5 pagi, pukul 19.00, jam 7 malam, pukul 2 siang dan pukul 12 malam', 'id').map(([, k]) => k)).toEqual([
      '#time|5:00|',
      '#time|19:00|',
      '#time|19:00|',
      '#time|14:00|',
      '#time|0:00|',
    ]);
    expect(keys('three people and tiga orang', 'und')).toEqual([
      ['three', '#count|3|'],
      ['tiga', '#count|3|'],
    ]);
  });

  it("reads each language's thousands separators: spaces, no-break spaces, apostrophes", () => {
    expect(keys('1 200 emplois et 40 000 visiteurs', 'fr')).toEqual([
      ['1 200', '#count|1200|'],
      ['40 000', '#count|40000|'],
    ]);
    expect(keys("40\u202F000 Besucher, 1'200 Franken", 'de').map(([, k]) => k)).toEqual(['#count|40000|', '#count|1200|']);
    expect(keys('In 2019 100 people', 'en').map(([s]) => s)).toEqual(['2019', '100']);
    expect(findNumbers("410 millions d'euros", 'fr')[0]!.key).toBe(findNumbers('410 million euros', 'en')[0]!.key);
    expect(findNumbers('1,5 Milliarden Euro', 'de')[0]!.key).toBe(findNumbers('1.5 billion euros', 'en')[0]!.key);
    expect(findNumbers('12,5 %', 'fr')[0]!.key).toBe('#percent|12.5|');
  });

  it('finds numbers in Chinese and Japanese text: digits against characters, fullwidth digits, 万 and 亿, numerals', () => {
    expect(keys('在2019年，公司投资3亿美元，雇用1200名员工，增长了50％', 'zh')).toEqual([
      ['2019', '#year|2019|'],
      ['3亿美元', '#amount|300000000|USD'],
      ['1200', '#count|1200|'],
      ['50％', '#percent|50|'],
    ]);
    expect(keys('２０２０年に一千二百人、三十五', 'ja').map(([, k]) => k)).toEqual(['#year|2020|', '#count|1200|', '#count|35|']);
    expect(keys('十分，万一', 'zh')).toEqual([]);
  });

  it('reads a code of capitals and digits whole, and leaves other mixes, words that look like months and names alone', () => {
    expect(keys('GN06 and 36Kr and ChatGPT-4o')).toEqual([['GN06', '#code|GN06|']]);
    expect(keys('HER2能够', 'zh')).toEqual([['HER2', '#code|HER2|']]);
    expect(keys('COVID-19 cases')).toEqual([['COVID-19', '#code|COVID19|']]);
    expect(keys('It may rain, said May and Lima')).toEqual([]);
    expect(keys('It may rain in May, and in mid-March')).toEqual([
      ['May', '#date|-5-|'],
      ['March', '#date|-3-|'],
    ]);
    expect(keys('début mai', 'fr')).toEqual([['mai', '#date|-5-|']]);
    expect(keys('dibuka lagi pada Mei', 'id')).toEqual([['Mei', '#date|-5-|']]);
  });

  it('reads a month and day in Chinese numerals as the date written with digits, and no count inside it', () => {
    expect(keys('将在五月重新开放', 'zh')).toEqual([['五月', '#date|-5-|']]);
    expect(keys('十二月二十日开幕，三十五人', 'zh')).toEqual([
      ['十二月二十日', '#date|-12-20|'],
      ['三十五', '#count|35|'],
    ]);
    expect(keys('一个月后', 'zh')).toEqual([]);
  });

  it('reads a weekday as a date, one key in every language', () => {
    const weekday = (text: string, lang: string) => keys(text, lang).map(([, k]) => k);
    expect(weekday('published Saturday', 'en')).toEqual(['#date|w6|']);
    expect(weekday('publié samedi', 'fr')).toEqual(['#date|w6|']);
    expect(weekday('am Samstag und Sonntag', 'de')).toEqual(['#date|w6|', '#date|w7|']);
    expect(weekday('pada hari Sabtu', 'id')).toEqual(['#date|w6|']);
    expect(weekday('从周六开始，星期一，礼拜天', 'zh')).toEqual(['#date|w6|', '#date|w1|', '#date|w7|']);
    expect(weekday('每周一次', 'zh')).toEqual([]);
  });

  it('reads small counts in words in French and German too', () => {
    expect(keys('deux tiers, douze années', 'fr').map(([, k]) => k)).toEqual(['#count|2|', '#count|12|']);
    expect(keys('zwei Enkel, fünf Kämpfe', 'de').map(([, k]) => k)).toEqual(['#count|2|', '#count|5|']);
  });

  it("reads count words in the text's own language only, every language's when it is unknown", () => {
    expect(keys('The Sept figures show six more', 'en').map(([, k]) => k)).toEqual(['#count|6|']);
    expect(keys('sept voix contre six', 'fr').map(([, k]) => k)).toEqual(['#count|7|', '#count|6|']);
    expect(keys('seven votes, tujuh suara', 'id').map(([, k]) => k)).toEqual(['#count|7|']);
    expect(keys('seven votes, tujuh suara', 'und').map(([, k]) => k)).toEqual(['#count|7|', '#count|7|']);
  });

  it('reads two numeral characters alone as a range or a word, not a number', () => {
    expect(keys('三四个人一一列举', 'zh')).toEqual([]);
    expect(keys('三十四个人', 'zh').map(([, k]) => k)).toEqual(['#count|34|']);
    expect(keys('一九八四年', 'zh').map(([, k]) => k)).toEqual(['#count|1984|']);
  });

  it('reads a time of day in French hours and German periods of the day, and no duration or German preposition', () => {
    expect(keys('à 7 heures du matin, à 8 heures du soir, pendant 48 heures', 'fr').map(([, k]) => k)).toEqual(['#time|7:00|', '#time|20:00|', '#count|48|']);
    expect(keys('um 6 Uhr morgens und 8 Uhr abends', 'de').map(([, k]) => k)).toEqual(['#time|6:00|', '#time|20:00|']);
    expect(keys('bis 13.00 Uhr, auf Radio 4 am Sonntag', 'de').map(([, k]) => k)).toEqual(['#time|13:00|', '#count|4|', '#date|w7|']);
  });

  it('reads a day before its month with an ordinal suffix, a month alone without its sentence-end period, and no figure after it as its day', () => {
    expect(keys('It opened in March.')).toEqual([['March', '#date|-3-|']]);
    expect(keys('log 247 of 30th September')).toEqual([
      ['247', '#count|247|'],
      ['30th September', '#date|-9-30|'],
    ]);
    expect(keys('im Juli 2,7 Prozent', 'de').map(([, k]) => k)).toEqual(['#date|-7-|', '#percent|2.7|']);
  });

  it('reads a decade as its first year, as other languages write it', () => {
    expect(keys('in the 1980s')).toEqual([['1980s', '#year|1980|']]);
    expect(keys('in den 1980er Jahren', 'de')).toEqual([['1980er', '#year|1980|']]);
    expect(keys('1980年代', 'zh')).toEqual([['1980', '#year|1980|']]);
  });

  it('reads a telephone number whole, in every language', () => {
    expect(keys('call 0800 555 111 or +44 20 7946 0958')).toEqual([
      ['0800 555 111', '#code|0800555111|'],
      ['+44 20 7946 0958', '#code|+442079460958|'],
    ]);
    expect(keys('au 0800 555 111, 1 200 emplois', 'fr').map(([, k]) => k)).toEqual(['#code|0800555111|', '#count|1200|']);
  });

  it('reads a score whole, higher figure first, and no run of figures as one', () => {
    expect(keys('a 2-2 draw, trailing 1-0, mit 0:1, won 2&1, 14½-13½')).toEqual([
      ['2-2', '#score|2-2|'],
      ['1-0', '#score|1-0|'],
      ['0:1', '#score|1-0|'],
      ['2&1', '#score|2-1|'],
      ['14½-13½', '#score|14.5-13.5|'],
    ]);
    expect(keys('LONDON 1996-12-06').map(([, k]) => k)).not.toContain('#score|12-6|');
    expect(keys('figures of 10-0-41-2').map(([, k]) => k)).toEqual(['#count|10|', '#count|0|', '#count|41|', '#count|2|']);
  });

  it('numbers that differ only by value share a family', () => {
    const [a, b] = findNumbers('410 million euros then 455 million euros', 'en');
    expect(numberFamily(a!.key)).toBe(numberFamily(b!.key));
    expect(numberFamily(a!.key)).not.toBe(numberFamily(findNumbers('410 people', 'en')[0]!.key));
  });
});
