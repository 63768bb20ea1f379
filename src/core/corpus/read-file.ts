/**
 * The one way to read a file a corpus names: versions, `corpus.json`,
 * `entities.json`, and any format or glossary to come.
 *
 * A name is admitted only when it resolves, links followed, to a regular
 * file inside the corpus directory and no larger than the cap. The file is
 * opened with O_NONBLOCK, so a FIFO answers at once instead of blocking the
 * open until a writer comes, and the checks are made on the opened handle
 * (fstat), so a file swapped for a device between the look and the read is
 * still refused. At most the size seen by fstat is read: a file that grows
 * while it is read (or a device that reports size 0) cannot make parallax
 * read without end.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

/** Files larger than this many MB are not read unless the user raises the cap (`--max-file-mb`). */
export const DEFAULT_MAX_FILE_MB = 50;

/** Why a file was not read; `message` is one line for a warning or an error. */
export type Refusal = { kind: 'missing' | 'outside' | 'not-regular' | 'too-large' | 'unreadable'; message: string };

export type ReadOutcome = { bytes: Buffer; size: number; mtimeMs: number; mode: number } | Refusal;

/** O_NONBLOCK where the platform has it (not on Windows, where FIFOs are not files a name can hold). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** True when `path` is `root` itself or below it. */
function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** The refusal for what fstat saw, or null when the file may be read. */
function admit(info: Stats, maxBytes: number): Refusal | null {
  if (!info.isFile()) return { kind: 'not-regular', message: 'not a regular file (a FIFO, device or directory)' };
  if (info.size > maxBytes) return { kind: 'too-large', message: `${megabytes(info.size)} is over the ${(maxBytes / 1e6).toFixed(0)} MB cap` };
  return null;
}

function fromError(err: unknown): Refusal {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing', message: 'missing' };
  if (code === 'ELOOP') return { kind: 'unreadable', message: 'cannot be read (a loop of links)' };
  return { kind: 'unreadable', message: `cannot be read (${code ?? (err as Error).message})` };
}

function outside(): Refusal {
  return { kind: 'outside', message: 'is a link to a place outside the corpus directory' };
}

/**
 * Reads `name` (a path relative to the corpus) of the corpus whose real
 * directory is `realRoot` (from {@link corpusRoot}). Never throws for what
 * the file is: every refusal comes back as a {@link Refusal}. Synchronous:
 * for the many small files of a large corpus, five system calls in a row
 * cost less than five round trips through libuv's thread pool (20,000
 * versions load in about half the time). With `room`, the bytes are read
 * into the buffer it gives for the file's size (a view of it comes back),
 * so that a caller done with each file's bytes before reading the next
 * can read them all into one buffer.
 */
export function readCorpusFile(realRoot: string, name: string, maxBytes: number, room?: (size: number) => Buffer): ReadOutcome {
  let real: string;
  try {
    real = realpathSync(join(realRoot, name));
  } catch (err) {
    return fromError(err);
  }
  if (!isInside(realRoot, real)) return outside();
  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (err) {
    return fromError(err);
  }
  try {
    const info = fstatSync(fd);
    const refusal = admit(info, maxBytes);
    if (refusal) return refusal;
    const bytes = room ? room(info.size) : Buffer.allocUnsafe(info.size);
    let filled = 0;
    while (filled < info.size) {
      const n = readSync(fd, bytes, filled, info.size - filled, filled);
      if (n === 0) break;
      filled += n;
    }
    return { bytes: bytes.subarray(0, filled), size: info.size, mtimeMs: info.mtimeMs, mode: info.mode };
  } catch (err) {
    return fromError(err);
  } finally {
    closeSync(fd);
  }
}

/** The real path of a corpus directory, which {@link readCorpusFile} checks every file against. */
export function corpusRoot(dir: string): string {
  return realpathSync(dir);
}

/** True when a read gave no bytes but a reason. */
export function isRefusal(outcome: ReadOutcome): outcome is Refusal {
  return 'kind' in outcome;
}
