import { describe, expect, it } from 'vitest';
import { appReducer, initialState, type AppEvent, type AppState } from '../../src/ui/app-state.js';
import type { Action } from '../../src/ui/keymap.js';

const run = (events: AppEvent[], state: AppState = initialState(5)) => events.reduce((s, e) => appReducer(s, e, 5), state);
const act = (action: Action): AppEvent => ({ type: 'action', action });

describe('appReducer', () => {
  it('starts on the overview, or where --query / --diff point', () => {
    expect(initialState(5).pane).toBe('overview');
    expect(initialState(5, { query: 'Moonshot' })).toMatchObject({ pane: 'search', query: 'Moonshot' });
    expect(initialState(5, { pair: [0, 3] })).toMatchObject({ pane: 'diff', diff: { a: 0, b: 3 } });
  });

  it('switches panes by number and cycles with Tab / Shift-Tab', () => {
    expect(run([act('pane4')]).pane).toBe('diff');
    expect(run([act('nextPane')]).pane).toBe('search');
    expect(run([act('prevPane')]).pane).toBe('entities');
  });

  it('focuses the search input with / and leaves it with Esc', () => {
    const typing = run([act('focusSearch')]);
    expect(typing).toMatchObject({ pane: 'search', typing: true });
    expect(run([act('leaveInput')], typing).typing).toBe(false);
  });

  it('resets the result cursor when the query changes', () => {
    const moved = run([act('pane2'), { type: 'move', move: 'down', total: 10, height: 5, mode: 'cursor' }]);
    expect(moved.scroll.search.cursor).toBe(1);
    expect(run([{ type: 'query', value: 'x', version: moved.queryVersion, base: '' }], moved).scroll.search.cursor).toBe(0);
  });

  it('keeps a key that a replaced search input read after an early key was appended', () => {
    // `/`, then S arrives before the input listens (appended, input replaced), then u reaches the old input.
    const afterS = run([act('focusSearch'), { type: 'append', text: 'S' }]);
    expect(afterS.query).toBe('S');
    const stale = { type: 'query' as const, value: 'u', version: afterS.queryVersion - 1, base: '' };
    expect(run([stale], afterS).query).toBe('Su');
    expect(run([{ type: 'query', value: 'Sun', version: afterS.queryVersion, base: 'S' }], afterS).query).toBe('Sun');
    // The same input instance, its handler still from the frame before S: u and a backspace apply to "S".
    expect(run([{ type: 'query', value: 'u', version: afterS.queryVersion, base: '' }], afterS).query).toBe('Su');
    const typed = run([{ type: 'query', value: 'Sun', version: afterS.queryVersion, base: 'S' }], afterS);
    expect(run([{ type: 'query', value: 'S', version: typed.queryVersion, base: 'Su' }], typed).query).toBe('Su');
  });

  it('visits marked rows with n/N, wrapping around', () => {
    const s = run([act('pane3'), { type: 'jump', rows: [10, 50], forward: true, total: 100, height: 20 }]);
    expect(s.scroll.reader.cursor).toBe(10);
    const t = run([{ type: 'jump', rows: [10, 50], forward: true, total: 100, height: 20 }], s);
    expect(t.scroll.reader.cursor).toBe(50);
    expect(run([{ type: 'jump', rows: [10, 50], forward: true, total: 100, height: 20 }], t).scroll.reader.cursor).toBe(10);
    expect(run([{ type: 'jump', rows: [10, 50], forward: false, total: 100, height: 20 }], s).scroll.reader.cursor).toBe(50);
  });

  it('picks A and B among the versions, never the same one for both', () => {
    const s = run([act('pane4'), act('nextA')]);
    expect(s.diff).toMatchObject({ a: 2, b: 1 });
    expect(run([act('nextB'), act('nextB'), act('nextB'), act('nextB')], s).diff.b).not.toBe(2);
    expect(run([act('prevA')], s).diff.a).toBe(0);
    expect(run([act('prevB')]).diff.b).toBe(4);
  });

  it('toggles the diff options', () => {
    const s = run([act('toggleUnified'), act('cycleGranularity'), { type: 'setDiffMode', mode: 'align' }]);
    expect(s.diff).toMatchObject({ unified: true, granularity: 'word', mode: 'align' });
  });

  it('opens the reader at a text offset, to be scrolled once its rows are known', () => {
    const s = run([{ type: 'openReader', doc: 3, offset: 1234 }]);
    expect(s).toMatchObject({ pane: 'reader', reader: { doc: 3, jump: 1234 } });
    expect(run([{ type: 'readerJumped', row: 40, total: 100, height: 20 }], s)).toMatchObject({ reader: { jump: null }, scroll: { reader: { cursor: 40 } } });
  });
});
