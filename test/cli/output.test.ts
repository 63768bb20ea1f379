import { describe, expect, it } from 'vitest';
import { ByteWriter, lineWriter, type Sink } from '../../src/cli/output.js';

/** A sink that keeps what it is handed and reports the reader behind after `room` chunks. */
function fakeSink(room = Infinity) {
  const chunks: Array<string | Uint8Array> = [];
  let drains = 0;
  const sink: Sink = {
    out: (chunk) => chunks.push(chunk) <= room,
    drained: () => {
      drains++;
      return Promise.resolve();
    },
  };
  const text = () => chunks.map((c) => (typeof c === 'string' ? c : Buffer.from(c).toString())).join('');
  return { sink, chunks, text, drains: () => drains };
}

describe('ByteWriter', () => {
  it('writes sanitized UTF-8 in batches of about 64 kB, each a buffer of its own', () => {
    const f = fakeSink();
    const w = new ByteWriter(f.sink);
    const line = 'Zürich \u001b[2J 👍 '.repeat(50);
    for (let k = 0; k < 400; k++) {
      w.text(line, 0, line.length);
      w.endLine();
    }
    w.end();
    expect(f.text()).toBe(`${line.replaceAll('\u001b', '^[')}\n`.repeat(400));
    expect(f.chunks.length).toBeGreaterThan(4);
    for (const c of f.chunks) expect(c.length).toBeLessThanOrEqual(2 * 65536);
    expect(new Set(f.chunks.map((c) => (c as Uint8Array).buffer)).size).toBe(f.chunks.length);
  });

  it('takes a text longer than its batch whole, and a range of it', () => {
    const f = fakeSink();
    const w = new ByteWriter(f.sink);
    const long = 'x'.repeat(100_000);
    w.text('ab');
    w.text(long);
    w.text('0123456789', 3, 6);
    w.end();
    expect(f.text()).toBe(`ab${long}345`);
  });

  it('encodes long pieces as it encodes short ones: sanitized, lone surrogates as U+FFFD, a pair cut at a piece end included', () => {
    const f = fakeSink();
    const w = new ByteWriter(f.sink);
    const clean = 'Zürich 中文 👍 plain words '.repeat(4);
    const pieces = [clean, `${clean}\u001b[2J\u202E`, `lone \uD800 high and \uDC00 low ${clean}`, `${clean}\uD83D`, `\uDC4D${clean}`, 'short\uD800'];
    for (const p of pieces) {
      w.text(p);
      w.endLine();
    }
    w.end();
    const bytes = Buffer.concat(f.chunks.map((c) => Buffer.from(c as Uint8Array)));
    const expected = pieces.map((p) => Buffer.from(`${p.replaceAll('\u001b', '^[').replaceAll('\u202E', '\\u202E')}\n`, 'utf8'));
    expect(bytes).toEqual(Buffer.concat(expected));
  });

  it('asks the caller to wait once the reader has fallen behind, then not again until it falls behind anew', async () => {
    const f = fakeSink(1);
    const w = new ByteWriter(f.sink);
    for (let k = 0; k < 3; k++) {
      w.text('y'.repeat(70_000));
      w.endLine();
    }
    const wait = w.keepUp();
    expect(wait).toBeInstanceOf(Promise);
    await wait;
    expect(w.keepUp()).toBeUndefined();
    expect(f.drains()).toBe(1);
  });
});

describe('lineWriter', () => {
  it('hands on whole lines about 16k characters at a time', () => {
    const f = fakeSink();
    const w = lineWriter(f.sink);
    for (let k = 0; k < 1000; k++) w.line(`line ${k} ${'z'.repeat(200)}`);
    w.end();
    expect(f.text().split('\n').length).toBe(1001);
    expect(f.chunks.length).toBeGreaterThan(2);
    for (const c of f.chunks) expect((c as string).endsWith('\n')).toBe(true);
    for (const c of f.chunks) expect(c.length).toBeLessThan(16_384 + 220);
  });
});
