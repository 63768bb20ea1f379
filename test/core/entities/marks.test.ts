import { describe, expect, it } from 'vitest';
import { markMentions } from '../../../src/core/entities/marks.js';

describe('markMentions', () => {
  it('marks each mention in brackets with its type and leaves the rest of the text alone', () => {
    const text = 'Mayor Ilsa Varga opened Tessit Island.';
    expect(
      markMentions(text, [
        { start: 6, end: 16, type: 'PERSON' },
        { start: 24, end: 37, type: 'PLACE' },
      ]),
    ).toBe('Mayor [PERSON:Ilsa Varga] opened [PLACE:Tessit Island].');
    expect(markMentions(text, [])).toBe(text);
  });
});
