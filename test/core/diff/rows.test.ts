import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../src/core/diff/diff-documents.js';
import { renderSpans } from '../../../src/cli/style.js';
import { encodeSanitized, MAX_SANITIZED_BYTES_PER_CHAR, sanitize } from '../../../src/core/text/sanitize.js';
import { MARK_STYLES } from '../../../src/core/text/theme.js';
import type { DiffRow } from '../../../src/core/diff/types.js';
import { docFrom } from './helpers.js';

// Words with a control character and a bidi override among them: sanitized, the plain text is what renderSpans gives.
const WORDS = ['alpha', 'beta', 'gamma', 'Wang', '1,200', 'a.', ',', 'über', 'x\u001b[2Jy', '\u202Eevil', '[-', '+}', '👍', 'a👍b', '阿里巴巴'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ') + '.');
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const text = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((p) => p.join('\n\n'));

/**
 * A row's unified runs joined with the plain brackets of their marks (null
 * when it has none), and the bytes of the same written a run at a time, as
 * `--format unified` writes them.
 */
function joinedRuns(row: DiffRow): { text: string; bytes: Buffer } | null {
  let text = '';
  const bytes: Buffer[] = [];
  const add = (source: string, start: number, end: number) => {
    text += source.slice(start, end);
    const out = new Uint8Array((end - start) * MAX_SANITIZED_BYTES_PER_CHAR);
    bytes.push(Buffer.from(out.subarray(0, encodeSanitized(source, start, end, out, 0))));
  };
  let open: 'removed' | 'added' | null = null;
  const mark = (m: typeof open) => {
    if (m === open) return;
    if (open) add(MARK_STYLES[open].plain![1], 0, 2);
    if (m) add(MARK_STYLES[m].plain![0], 0, 2);
    open = m;
  };
  const ran = row.unifiedRuns((source, start, end, m) => {
    mark(m);
    add(source, start, end);
  });
  mark(null);
  return ran ? { text, bytes: Buffer.concat(bytes) } : null;
}

describe('unifiedRuns', () => {
  it('are the unified cell, rendered plain once sanitized, for every changed row, and encode run by run to its bytes; other rows have none', () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), (ta, tb, ignoreCase) => {
        const r = diffDocuments(docFrom('a', ta), docFrom('b', tb), { ignoreCase });
        for (const row of r.rows) {
          const runs = joinedRuns(row);
          if (row.kind !== 'changed') expect(runs).toBeNull();
          else {
            expect(sanitize(runs!.text)).toBe(renderSpans(row.cells.unified, false));
            // No run ends inside a surrogate pair: written a run at a time, the bytes are those of the whole text.
            expect(runs!.bytes.equals(Buffer.from(sanitize(runs!.text)))).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
