import { describe, expect, it } from 'vitest';
import { overviewModel } from '../../../src/ui/models/overview.js';
import { spansText } from '../../../src/core/text/spans.js';
import { bundledCorpus } from '../render-app.js';

describe('overviewModel', () => {
  it('lists every version and, past the matrix cap, says there is no heat map in one line', async () => {
    const corpus = await bundledCorpus();
    const capped = overviewModel(corpus, 100, null, { row: 0, column: -1 }, 3);
    expect(capped.rows).toHaveLength(corpus.documents.length);
    expect(spansText(capped.head[0]!)).toContain('5 versions: the similarity heat map is drawn for 3 or fewer');
    expect(capped.status).not.toContain('computing');
    const open = overviewModel(corpus, 100, null, { row: 0, column: -1 }, 30);
    expect(open.head).toHaveLength(1);
    expect(open.status).toContain('computing similarities');
  });
});
