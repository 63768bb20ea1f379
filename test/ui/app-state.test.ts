import { describe, expect, it } from 'vitest';
import { appReducer, initialState, type AppEvent, type AppState } from '../../src/ui/app-state.js';
import type { Action } from '../../src/ui/keymap.js';

const run = (events: AppEvent[], state: AppState = initialState(5)) => events.reduce((s, e) => appReducer(s, e, 5), state);
const act = (action: Action): AppEvent => ({ type: 'action', action });

describe('appReducer', () => {
  it('starts on the overview, or where --query / --diff point', () => {
    expect(initialState(5).pane).toBe('overview');
    expect(initialState(5, { query: 'Moonshot' })).toMatchObject({ pane: 'search', query: { text: 'Moonshot' } });
    expect(initialState(5, { pair: [0, 3] })).toMatchObject({ pane: 'diff', diff: { a: 0, b: 3 } });
  });

  it('switches panes by number and cycles with Tab / Shift-Tab', () => {
    expect(run([act('pane4')]).pane).toBe('diff');
    expect(run([act('nextPane')]).pane).toBe('search');
    expect(run([act('prevPane')]).pane).toBe('review');
  });

  it('focuses the search input with / and leaves it with Esc', () => {
    const typing = run([act('focusSearch')]);
    expect(typing).toMatchObject({ pane: 'search', typing: true });
    expect(run([act('leaveInput')], typing).typing).toBe(false);
  });

  it('resets the result cursor when the query text changes, not when its cursor moves', () => {
    const moved = run([act('pane2'), { type: 'move', move: 'down', total: 10, height: 5, mode: 'cursor' }]);
    expect(moved.scroll.search.cursor).toBe(1);
    expect(run([act('lineStart')], moved).scroll.search.cursor).toBe(1);
    expect(run([{ type: 'insert', text: 'x' }], moved).scroll.search.cursor).toBe(0);
  });

  it('owns the query and its cursor: inserts at the cursor, edits with readline keys', () => {
    const typed = run([act('pane2'), { type: 'insert', text: 'alibaba' }]);
    expect(typed.query).toMatchObject({ text: 'alibaba', cursor: 7 });
    const edited = run([act('lineStart'), { type: 'insert', text: 'x ' }, act('lineEnd'), act('deleteBack')], typed);
    expect(edited.query).toMatchObject({ text: 'x alibab', cursor: 8 });
    expect(run([act('killWordBack')], edited).query.text).toBe('x ');
    expect(run([{ type: 'insert', text: 'a\nb\r\nc' }]).query.text).toBe('a b c');
  });

  it('keeps a query history: leaving the input or opening a hit remembers the query, Ctrl-P/Ctrl-N browse it', () => {
    const s = run(
      [act('pane2'), { type: 'insert', text: 'Kimi' }, act('leaveInput'), act('pane2'), act('killToStart'), { type: 'insert', text: 'Moon' }, act('leaveInput')],
      initialState(5, { history: ['old'] }),
    );
    expect(s.history.queries).toEqual(['old', 'Kimi', 'Moon']);
    const typing = run([act('pane2'), act('killToStart'), { type: 'insert', text: 'dra' }], s);
    expect(run([act('historyPrev')], typing).query.text).toBe('Moon');
    expect(run([act('historyPrev'), act('historyPrev'), act('historyPrev'), act('historyPrev')], typing).query.text).toBe('old');
    expect(run([act('historyPrev'), act('historyPrev'), act('historyNext'), act('historyNext')], typing).query).toMatchObject({ text: 'dra', cursor: 3 });
    expect(run([act('leaveInput')], run([act('pane2'), act('killToStart')], s)).history.queries).toEqual(['old', 'Kimi', 'Moon']);
  });

  it('focuses the search input whenever the search pane is entered, and an entity search types there too', () => {
    expect(run([act('pane2')]).typing).toBe(true);
    expect(run([act('pane3'), act('prevPane')]).typing).toBe(true);
    expect(run([act('pane2'), act('pane3')]).typing).toBe(false);
    expect(run([{ type: 'openSearch', query: 'entity:Kimi' }])).toMatchObject({ typing: true, query: { text: 'entity:Kimi', cursor: 11 } });
  });

  it('remembers the row n/N landed on until the next move', () => {
    const s = run([act('pane3'), { type: 'jump', rows: [10, 50], forward: true, total: 100, height: 20 }]);
    expect(s.scroll.reader.current).toBe(10);
    expect(run([{ type: 'fit', pane: 'reader', total: 100, height: 10 }], s).scroll.reader.current).toBe(10);
    expect(run([{ type: 'move', move: 'down', total: 100, height: 20, mode: 'view' }], s).scroll.reader.current).toBeUndefined();
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
