import { describe, expect, it } from 'vitest';
import { primaryLanguage } from '../../../src/core/text/language-tag.js';

describe('primaryLanguage', () => {
  it('keeps the primary subtag, lowercase, whatever separates the rest', () => {
    expect(['en', 'en-GB', 'EN-us', 'zh-Hant-TW', 'pt_BR', 'und', ''].map(primaryLanguage)).toEqual(['en', 'en', 'en', 'zh', 'pt', 'und', '']);
  });
});
