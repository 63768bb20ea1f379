import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashBytes } from '../text/hash.js';
import { CacheCorruptError } from './bucket.js';

/**
 * Cache files are checked before use. A file that stands alone (the stamp,
 * an index's manifest) starts with a line naming the format and the
 * checksum of the rest; the files of an index are checked against its
 * manifest, which lists each file's name, size and checksum. The checksum is
 * the project's FNV-1a hash: it finds damage (a truncated or overwritten
 * file, a hand edit), not tampering by someone who recomputes it.
 */

/** Bump when tokenizing, folding or the file layout changes: old caches then miss. */
export const INDEX_FORMAT = 11;

const HEADER = /^parallax-cache (\d{1,6}) ([0-9a-f]{8})$/;

/** The checksum of some bytes (continuing from `seed` for a file written in parts), 8 hex digits. */
export function checksum(bytes: Uint8Array, seed?: number): string {
  return hashBytes(bytes, seed).toString(16).padStart(8, '0');
}

/** A value as a stand-alone cache file: the header line, then the value as JSON. */
export function sealJson(value: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(value));
  return Buffer.concat([Buffer.from(`parallax-cache ${INDEX_FORMAT} ${checksum(body)}\n`), body]);
}

/**
 * The value of a stand-alone cache file; null when it was written by another
 * format of parallax (not damage, just not ours to read); CacheCorruptError
 * when the header, checksum or JSON is wrong.
 */
export function unsealJson(bytes: Buffer, what: string): unknown {
  const end = bytes.indexOf(10);
  const header = HEADER.exec(bytes.toString('latin1', 0, end < 0 ? 0 : end));
  if (!header) throw new CacheCorruptError(`${what}: no cache header`);
  if (Number(header[1]) !== INDEX_FORMAT) return null;
  const body = bytes.subarray(end + 1);
  if (checksum(body) !== header[2]) throw new CacheCorruptError(`${what}: checksum mismatch`);
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw new CacheCorruptError(`${what}: ${(err as Error).message}`);
  }
}

/** The files an index folder may hold. */
const INDEX_FILE = /^(?:meta\.json|dict\.json|docs\.json|texts\.bin|p-(\d{1,3})\.bin)$/;
export const MANIFEST = 'manifest.json';

/** An index's manifest: its content key and, per file, its size and checksum. */
export interface Manifest {
  key: string;
  files: Record<string, [size: number, sum: string]>;
}

function isEntry(v: unknown): v is [number, string] {
  return Array.isArray(v) && v.length === 2 && Number.isSafeInteger(v[0]) && v[0] >= 0 && typeof v[1] === 'string' && /^[0-9a-f]{8}$/.test(v[1]);
}

/**
 * An index folder whose manifest has been read and checked: its files can be
 * read, each checked against the manifest when first read (a postings file
 * only when a query needs it).
 */
export class VerifiedFolder {
  private constructor(
    readonly dir: string,
    private readonly manifest: Manifest,
  ) {}

  /** Opens the index folder `dir` for content `key`; null when it holds another format; CacheCorruptError when it is damaged. */
  static open(dir: string, key: string): VerifiedFolder | null {
    const m = unsealJson(readCacheFile(join(dir, MANIFEST)), MANIFEST) as Manifest | null;
    if (m === null) return null;
    if (typeof m !== 'object' || m.key !== key || typeof m.files !== 'object' || m.files === null) throw new CacheCorruptError('manifest is for other content');
    for (const [name, entry] of Object.entries(m.files)) {
      if (!INDEX_FILE.test(name) || !isEntry(entry)) throw new CacheCorruptError(`manifest: bad entry ${JSON.stringify(name)}`);
    }
    return new VerifiedFolder(dir, m);
  }

  /** The postings files the manifest lists. */
  buckets(): number[] {
    return Object.keys(this.manifest.files).flatMap((name) => {
      const b = INDEX_FILE.exec(name)?.[1];
      return b === undefined ? [] : [Number(b)];
    });
  }

  /** The size the manifest gives a file; CacheCorruptError when it lists no such file or the file on disk has another size. */
  size(name: string): number {
    const size = this.entry(name)[0];
    let actual: number;
    try {
      actual = statSync(join(this.dir, name)).size;
    } catch (err) {
      throw new CacheCorruptError(`${name}: ${(err as Error).message}`);
    }
    if (actual !== size) throw new CacheCorruptError(`${name}: ${actual} bytes, manifest says ${size}`);
    return size;
  }

  /** A file's bytes, checked against the manifest. */
  read(name: string): Buffer {
    return this.check(name, readCacheFile(join(this.dir, name)));
  }

  /** The same, without blocking. */
  async readAsync(name: string): Promise<Buffer> {
    let bytes: Buffer;
    try {
      bytes = await readFile(join(this.dir, name));
    } catch (err) {
      throw new CacheCorruptError(`${name}: ${(err as Error).message}`);
    }
    return this.check(name, bytes);
  }

  /** A JSON file's value, checked against the manifest. */
  readJson(name: string): unknown {
    const bytes = this.read(name);
    try {
      return JSON.parse(bytes.toString('utf8'));
    } catch (err) {
      throw new CacheCorruptError(`${name}: ${(err as Error).message}`);
    }
  }

  private entry(name: string): [number, string] {
    const entry = Object.hasOwn(this.manifest.files, name) ? this.manifest.files[name] : undefined;
    if (!entry) throw new CacheCorruptError(`${name}: not in the manifest`);
    return entry;
  }

  private check(name: string, bytes: Buffer): Buffer {
    const [size, sum] = this.entry(name);
    if (bytes.length !== size || checksum(bytes) !== sum) throw new CacheCorruptError(`${name}: does not match the manifest`);
    return bytes;
  }
}

/** Reads a cache file; a missing or unreadable one is damage to the cache (CacheCorruptError). */
export function readCacheFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new CacheCorruptError(`${path}: ${(err as Error).message}`);
  }
}
