import { describe, expect, it } from 'vitest';
import { foldTerm, termsOf, termTokens } from '../../../../src/core/text/tokens/terms.js';

describe('foldTerm', () => {
  it('lower-cases and removes diacritics', () => {
    expect(foldTerm('Zürich')).toBe('zurich');
    expect(foldTerm('é')).toBe('e');
    expect(foldTerm('ÉCOLE')).toBe('ecole');
  });
  it('drops thousands commas so 1,200 and 1200 meet', () => {
    expect(foldTerm('1,200')).toBe('1200');
    expect(foldTerm('3.5')).toBe('3.5');
  });
  it('keeps Japanese voicing marks (only Latin-style diacritics fold)', () => {
    expect(foldTerm('が')).toBe('が');
  });
});

describe('termTokens', () => {
  it('gives offsets that point at the words', () => {
    const text = 'Alibaba’s AI-powered search, in 2017.';
    for (const t of termTokens(text, 'en')) expect(foldTerm(text.slice(t.start, t.end))).toBe(t.term);
    expect(termsOf(text, 'en')).toEqual(['alibaba', 's', 'ai', 'powered', 'search', 'in', '2017']);
  });
  it('keeps numbers and initials whole', () => {
    expect(termsOf('about 1,200 staff in the U.S. and 3.5%', 'en')).toEqual(['about', '1200', 'staff', 'in', 'the', 'us', 'and', '3.5']);
  });
  it('splits Chinese and Japanese into words, not one token per sentence', () => {
    const zh = termsOf('阿里巴巴正在硅谷招聘人工智能人才', 'zh');
    expect(zh.length).toBeGreaterThan(3);
    expect(zh).toContain('招聘');
    expect(termsOf('東京でエンジニアを採用する', 'ja').length).toBeGreaterThan(3);
  });
  it('ignores punctuation-only text', () => {
    expect(termTokens('((*)) … — ?!', 'en')).toEqual([]);
  });
});
