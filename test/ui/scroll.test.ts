import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitScroll, moveScroll, scrollTo, type Move } from '../../src/ui/scroll.js';

const MOVES: Move[] = ['up', 'down', 'top', 'bottom', 'pageUp', 'pageDown', 'halfPageUp', 'halfPageDown'];

describe('scroll', () => {
  it('keeps the cursor on a row and inside the view, whatever the moves', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.integer({ min: 1, max: 40 }), fc.array(fc.constantFrom(...MOVES)), (total, height, moves) => {
        let s = { cursor: 0, top: 0 };
        for (const m of moves) s = moveScroll(s, m, total, height, 'cursor');
        expect(s.cursor).toBeGreaterThanOrEqual(0);
        expect(s.cursor).toBeLessThanOrEqual(Math.max(0, total - 1));
        expect(s.cursor).toBeGreaterThanOrEqual(s.top);
        expect(s.cursor).toBeLessThan(s.top + height);
      }),
    );
  });

  it('scrolls text so the last page stays full', () => {
    expect(moveScroll({ cursor: 0, top: 0 }, 'bottom', 100, 20, 'view').top).toBe(80);
    expect(moveScroll({ cursor: 0, top: 75 }, 'pageDown', 100, 20, 'view').top).toBe(80);
    expect(moveScroll({ cursor: 0, top: 5 }, 'halfPageUp', 100, 20, 'view').top).toBe(0);
    expect(moveScroll({ cursor: 0, top: 0 }, 'down', 10, 20, 'view').top).toBe(0);
  });

  it('pages a list with the view, like less', () => {
    expect(moveScroll({ cursor: 3, top: 0 }, 'pageDown', 100, 10, 'cursor')).toEqual({ cursor: 13, top: 10 });
  });

  it('refits after the rows or the height shrink', () => {
    expect(fitScroll({ cursor: 50, top: 45 }, 10, 5)).toEqual({ cursor: 9, top: 5 });
  });

  it('scrolls to a row with some context above it', () => {
    expect(scrollTo(40, 100, 20)).toEqual({ cursor: 40, top: 37 });
    expect(scrollTo(1, 100, 20)).toEqual({ cursor: 1, top: 0 });
  });
});
