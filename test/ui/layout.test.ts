import { describe, expect, it } from 'vitest';
import { windowStart } from '../../src/ui/heat-map.js';
import { helpLayout } from '../../src/ui/help-overlay.js';

describe('small-terminal layout', () => {
  it('windows a matrix so the selected row or column is always inside', () => {
    expect(windowStart(5, 2, 4)).toBe(3);
    expect(windowStart(5, 2, 0)).toBe(0);
    expect(windowStart(60, 6, 30)).toBe(27);
    expect(windowStart(5, 10, 4)).toBe(0);
    for (let at = 0; at < 60; at++) {
      const start = windowStart(60, 7, at);
      expect(at >= start && at < start + 7).toBe(true);
    }
  });

  it('lays the help out in columns of at least 36 characters, scrolling what does not fit', () => {
    expect(helpLayout(23, 60, 11)).toEqual({ columns: 1, perColumn: 10, shown: 10 });
    expect(helpLayout(23, 120, 11)).toEqual({ columns: 3, perColumn: 10, shown: 23 });
    expect(helpLayout(23, 100, 30)).toEqual({ columns: 1, perColumn: 29, shown: 23 });
  });
});
