import { describe, expect, it } from 'vitest';
import { appReducer, initialState, type AppEvent, type AppState } from '../../src/ui/app-state.js';
import { dispatchKey, type KeyContext } from '../../src/ui/dispatch-key.js';
import type { KeyPress } from '../../src/ui/key-reader.js';
import type { PaneModel } from '../../src/ui/models/pane-model.js';

const model: PaneModel = { head: [], rows: [[], [], [], []], mode: 'cursor', marked: [2], empty: '', status: '' };
const versions = ['asiae', 'ft-summary', 'ainews', 'ft-id', 'analysis'].map((id) => ({ id, title: `Title of ${id}` }));
const ctx: KeyContext = { model, fresh: true, height: 3, tooSmall: false, help: { total: 40, shown: 10 }, versions };
const key = (name: string): KeyPress => ([...name].length === 1 ? { name, text: name } : { name });

/** Feeds keys as the App does: each against the state the keys before it made; returns the state and what happened. */
function feed(names: string[], state: AppState = initialState(5)) {
  const log: string[] = [];
  const queue = names.map(key);
  while (queue.length > 0) {
    const out = dispatchKey(queue[0]!, state, ctx);
    if (out.kind === 'keys') {
      queue.splice(0, 1, ...out.keys);
      continue;
    }
    queue.shift();
    log.push(out.kind);
    if (out.kind === 'events') for (const e of out.events) state = appReducer(state, e, 5);
  }
  return { state, log };
}

describe('dispatchKey', () => {
  it('types into the search pane as soon as it is entered: 2 then quantum does not quit', () => {
    const { state, log } = feed(['2', ...'quantum']);
    expect(state.query.text).toBe('quantum');
    expect(log).not.toContain('quit');
  });

  it('edits the query with backspace and readline keys, every key of a burst in order', () => {
    expect(feed(['/', ...'alibaba', ...Array(7).fill('backspace'), ...'x']).state.query.text).toBe('x');
    expect(feed(['/', ...'one two', 'ctrl+w', 'ctrl+a', ...'>', 'ctrl+e', ...'!']).state.query.text).toBe('>one !');
    expect(feed(['/', ...'abc', 'ctrl+u', ...'z', 'ctrl+y']).state.query.text).toBe('zabc');
  });

  it('takes Alt+key (a fast Esc then key) as Esc then the key, whether typing or not', () => {
    expect(feed(['2', 'alt+q']).log).toEqual(['events', 'events', 'quit']);
    expect(feed(['3', 'alt+q']).log).toEqual(['events', 'events', 'quit']);
    expect(feed(['2', ...'one two', 'alt+b', 'alt+d']).state.query.text).toBe('one ');
  });

  it('waits for the next frame before a key that needs the rows of a state not drawn yet', () => {
    const state = initialState(5);
    expect(dispatchKey(key('j'), state, { ...ctx, fresh: false })).toEqual({ kind: 'wait' });
    expect(dispatchKey(key('4'), state, { ...ctx, fresh: false }).kind).toBe('events');
    expect(dispatchKey(key('j'), state, ctx)).toEqual({ kind: 'events', events: [{ type: 'move', move: 'down', total: 4, height: 3, mode: 'cursor' }] });
  });

  it('inserts a paste at the cursor as one line', () => {
    const s = feed(['/', ...'ab', 'ctrl+b']).state;
    const out = dispatchKey({ name: 'paste', text: 'x\ny' }, s, ctx);
    expect(out.kind === 'events' && out.events.reduce((st, e) => appReducer(st, e, 5), s).query.text).toBe('ax yb');
  });

  it('scrolls the help with the move keys while it is open, and nothing else acts', () => {
    const { state } = feed(['?', 'j', 'j', 'pagedown', '4']);
    expect(state).toMatchObject({ help: true, helpTop: 12, pane: 'overview' });
    expect(feed(['?', 'G']).state.helpTop).toBe(30);
  });

  it('opens the : prompt, types and edits there, and goes to the paragraph on Enter', () => {
    const withRows: KeyContext = { ...ctx, model: { ...model, mode: 'view', rowOfParagraph: (n) => (n < 4 ? n : null) } };
    let state = feed(['3', ':', '2', 'x', 'backspace']).state;
    expect(state.prompt?.line.text).toBe('2');
    expect(state.query.text).toBe('');
    const out = dispatchKey({ name: 'return' }, state, withRows);
    expect(out).toEqual({ kind: 'events', events: [{ type: 'goToRow', row: 2, total: 4, height: 3 }] });
    state = appReducer(state, (out as { events: AppEvent[] }).events[0]!, 5);
    expect(state.prompt).toBeNull();
    expect(state.scroll.reader.cursor).toBe(2);
    expect(feed(['3', ':', '7', 'escape']).state).toMatchObject({ prompt: null, pane: 'reader' });
  });

  it('picks A, B or the version to read by typing part of an id: Enter takes the best match', () => {
    const enter = (names: string[]) => {
      const state = feed(names).state;
      const out = dispatchKey({ name: 'return' }, state, ctx);
      return (out as { events: AppEvent[] }).events.reduce((s, e) => appReducer(s, e, 5), state);
    };
    expect(enter(['4', 'p', ...'ftid']).diff).toMatchObject({ a: 3, b: 1 });
    expect(enter(['4', 'P', ...'anal'])).toMatchObject({ prompt: null, diff: { a: 0, b: 4 } });
    // Picking the version the other side shows swaps them.
    expect(enter(['4', 'p', ...'ft-s']).diff).toMatchObject({ a: 1, b: 0 });
    expect(enter(['3', 'o', ...'news'])).toMatchObject({ pane: 'reader', reader: { doc: 2 }, prompt: null });
    expect(enter(['3', 'o', ...'zzz'])).toMatchObject({ pane: 'reader', reader: { doc: 0 }, prompt: null });
  });

  it('lets only quit through while the terminal is too small', () => {
    expect(dispatchKey(key('4'), initialState(5), { ...ctx, tooSmall: true })).toEqual({ kind: 'events', events: [] });
    expect(dispatchKey(key('q'), initialState(5), { ...ctx, tooSmall: true })).toEqual({ kind: 'quit' });
  });
});
