import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/cli/table.js';

describe('formatTable', () => {
  it('aligns columns in terminal cells and leaves no trailing spaces after an empty last cell', () => {
    const lines = formatTable(
      [{ header: 'NAME' }, { header: 'N', align: 'right' }, { header: 'ALIASES' }],
      [
        ['北京', '12', ''],
        ['Ng', '3', 'Andrew Ng'],
      ],
    );
    expect(lines).toEqual(['NAME   N  ALIASES', '北京  12', 'Ng     3  Andrew Ng']);
  });
});
