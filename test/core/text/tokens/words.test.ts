import { describe, expect, it } from 'vitest';
import { termsOf } from '../../../../src/core/text/tokens/terms.js';
import { countWords, forEachWord } from '../../../../src/core/text/tokens/words.js';

const words = (text: string, lang: string) => {
  const out: Array<[string, number, boolean]> = [];
  forEachWord(text, lang, (w, start, spaceless) => out.push([w, start, spaceless]));
  return out;
};

describe('forEachWord', () => {
  it('keeps inner apostrophes, hyphens, dots and commas inside a word, with its offset', () => {
    expect(words("China's AI-powered U.S 1,200.", 'en')).toEqual([
      ["China's", 0, false],
      ['AI-powered', 8, false],
      ['U.S', 19, false],
      ['1,200', 23, false],
    ]);
  });

  it('cuts text in a script written without spaces with the segmenter, and the Latin words inside it as anywhere else', () => {
    const found = words('阿里巴巴在硅谷招聘AI-powered人才', 'zh');
    expect(found.filter(([, , spaceless]) => spaceless).length).toBeGreaterThan(3);
    expect(found.filter(([, , spaceless]) => !spaceless).map(([w]) => w)).toEqual(['AI-powered']);
    for (const [w, start] of found) expect('阿里巴巴在硅谷招聘AI-powered人才'.slice(start, start + w.length)).toBe(w);
  });
});

describe('countWords', () => {
  it('counts words with numbers, contractions and hyphenation as one each', () => {
    expect(countWords("China's IT giants paid 1,200 for e-commerce.", 'en')).toBe(7);
  });

  it('counts Chinese words with the segmenter, not as one run', () => {
    expect(countWords('阿里巴巴在硅谷招聘人工智能人才', 'zh')).toBeGreaterThan(3);
  });

  it('counts the same words the search indexes, before they are cut into parts', () => {
    const text = 'Die Bundesregierung plant 3 neue Gesetze für Künstliche Intelligenz.';
    expect(countWords(text, 'de')).toBe(termsOf(text, 'de').length);
  });
});
