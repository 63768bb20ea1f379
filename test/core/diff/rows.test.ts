import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../src/core/diff/diff-documents.js';
import { renderSpans } from '../../../src/cli/style.js';
import { sanitize } from '../../../src/core/text/sanitize.js';
import { docFrom } from './helpers.js';

// Words with a control character and a bidi override among them: sanitized, the plain text is what renderSpans gives.
const WORDS = ['alpha', 'beta', 'gamma', 'Wang', '1,200', 'a.', ',', 'über', 'x\u001b[2Jy', '\u202Eevil', '[-', '+}'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ') + '.');
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const text = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((p) => p.join('\n\n'));

describe('plainUnified', () => {
  it('is the unified cell rendered plain once sanitized, for every changed row; null for other rows', () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), (ta, tb, ignoreCase) => {
        const r = diffDocuments(docFrom('a', ta), docFrom('b', tb), { ignoreCase });
        for (const row of r.rows) {
          if (row.kind === 'changed') expect(sanitize(row.plainUnified()!)).toBe(renderSpans(row.cells.unified, false));
          else expect(row.plainUnified()).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });
});
