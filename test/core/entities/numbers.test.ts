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
      ['Nov. 19', '#date|-11-19|'],
      ['March 2027', '#date|2027-3-|'],
    ]);
    expect(keys('pada Maret 2027', 'id')[0]![1]).toBe('#date|2027-3-|');
    expect(keys('On the 18th (local time)')).toEqual([['18th', '#date|--18|']]);
    expect(keys('three people and tiga orang')).toEqual([
      ['three', '#count|3|'],
      ['tiga', '#count|3|'],
    ]);
  });

  it('leaves codes, words that look like months and names alone', () => {
    expect(keys('GN06 and 36Kr and ChatGPT-4o')).toEqual([]);
    expect(keys('It may rain in May, said Lima')).toEqual([]);
  });

  it('numbers that differ only by value share a family', () => {
    const [a, b] = findNumbers('410 million euros then 455 million euros', 'en');
    expect(numberFamily(a!.key)).toBe(numberFamily(b!.key));
    expect(numberFamily(a!.key)).not.toBe(numberFamily(findNumbers('410 people', 'en')[0]!.key));
  });
});
