/**
 * Writers for long output: text handed to stdout in batches (16k characters
 * of lines, or 64 kB of bytes), at the pace the reader reads it, so that a
 * long diff is written while it is rendered and never piles up in memory.
 */
import { encodeSanitized, hasUnsafeChars, MAX_SANITIZED_BYTES_PER_CHAR } from '../core/text/sanitize.js';
import type { CliContext } from './cli-context.js';

/**
 * Characters a line writer joins before handing them on: a batch stays a
 * young string (up to 32 kB, two bytes a character outside Latin-1), never a
 * large object in fresh pages (the JSON of a 10 MB Chinese diff took 10,000
 * more page faults in batches of 64k characters).
 */
const FLUSH_CHARS = 1 << 14;

/** Where a command's output goes: a writer that says when its reader falls behind, and a wait for it to catch up. */
export type Sink = Pick<CliContext, 'out' | 'drained'>;

/** Output handed on a batch at a time, with a wait for the reader between batches once it has fallen behind. */
interface Paced {
  send(chunk: string | Uint8Array): void;
  /** A wait for the reader when it has fallen behind, else undefined: call between lines. */
  keepUp(): Promise<void> | undefined;
}

/** Paces output to its reader: a long diff is written while it is rendered, at the pace it is read, and never piles up in memory. */
function paced(sink: Sink): Paced {
  let behind = false;
  return {
    send(chunk) {
      if (!sink.out(chunk)) behind = true;
    },
    keepUp() {
      if (!behind) return undefined;
      behind = false;
      return sink.drained();
    },
  };
}

export interface LineWriter {
  line(text: string): void;
  /** Hands on the lines not yet handed on. */
  end(): void;
  /** A wait for the reader when it has fallen behind, else undefined: call between lines. */
  keepUp(): Promise<void> | undefined;
}

/** A line writer that hands its sink about {@link FLUSH_CHARS} characters at a time (see {@link paced}). */
export function lineWriter(sink: Sink): LineWriter {
  const out = paced(sink);
  let batch: string[] = [];
  let size = 0;
  const flush = () => {
    if (batch.length > 0) out.send(batch.join(''));
    batch = [];
    size = 0;
  };
  return {
    line(text) {
      batch.push(text, '\n');
      size += text.length + 1;
      if (size >= FLUSH_CHARS) flush();
    },
    end: flush,
    keepUp: out.keepUp,
  };
}

const BYTE_BATCH = 1 << 16;
/** From this many characters on, a piece with nothing to sanitize is encoded by Node (a test and a native copy) rather than character by character. */
const NATIVE_PIECE = 32;

/**
 * Plain output written as bytes: text is sanitized and UTF-8 encoded as it
 * is copied into a batch of about 64 kB (see {@link encodeSanitized}; a
 * longer piece with nothing to sanitize, most of them, by Buffer#write,
 * which encodes alike, lone surrogates as U+FFFD included, at a tenth of the
 * cost), and each full batch is handed on whole (see {@link paced}).
 */
export class ByteWriter {
  private readonly out: Paced;
  private buf: Buffer;
  private at: number;
  readonly keepUp: () => Promise<void> | undefined;

  constructor(sink: Sink) {
    this.out = paced(sink);
    this.buf = Buffer.alloc(2 * BYTE_BATCH);
    this.at = 0;
    this.keepUp = this.out.keepUp;
  }

  /** Writes `source.slice(start, end)`, sanitized. */
  text(source: string, start = 0, end = source.length): void {
    // One byte more than the text may take, for the line's end.
    const most = (end - start) * MAX_SANITIZED_BYTES_PER_CHAR + 1;
    if (this.at + most > this.buf.length) {
      this.end();
      if (most > this.buf.length) this.buf = Buffer.alloc(most);
    }
    if (end - start >= NATIVE_PIECE) {
      const piece = source.slice(start, end);
      if (!hasUnsafeChars(piece)) {
        this.at += this.buf.write(piece, this.at);
        return;
      }
    }
    this.at = encodeSanitized(source, start, end, this.buf, this.at);
  }

  endLine(): void {
    this.buf[this.at++] = 0x0a;
    if (this.at >= BYTE_BATCH) this.end();
  }

  /** Hands on what is written (the batch is the sink's from then on). */
  end(): void {
    if (this.at === 0) return;
    this.out.send(this.buf.subarray(0, this.at));
    this.buf = Buffer.alloc(2 * BYTE_BATCH);
    this.at = 0;
  }
}
