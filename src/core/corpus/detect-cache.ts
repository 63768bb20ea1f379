/**
 * Detected languages kept between runs, so that a folder without a manifest
 * is not detected again while its files are unchanged. One small JSON file
 * per corpus directory under the cache directory (never inside the corpus),
 * keyed by each file's stamp (size and modification time). Every fault is
 * tolerated: a missing, damaged or unwritable cache only means detecting
 * again.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Bump when detection changes: older answers are then not reused. */
const DETECT_VERSION = 1;
/** A file modified this recently may change again within its timestamp's resolution: its answer is not kept. */
const RACY_MS = 1000;

type Entry = [size: number, mtimeMs: number, lang: string];

export class DetectCache {
  #entries: Map<string, Entry>;
  #changed = false;

  private constructor(
    private readonly path: string | null,
    entries: Map<string, Entry>,
  ) {
    this.#entries = entries;
  }

  /** The cache of `corpusDir` under `cacheDir` (null: a cache that keeps nothing). */
  static async open(cacheDir: string | null, corpusDir: string): Promise<DetectCache> {
    if (cacheDir === null) return new DetectCache(null, new Map());
    const name = createHash('sha256').update(`${DETECT_VERSION}\0${corpusDir}`).digest('hex').slice(0, 32);
    const path = join(cacheDir, `${name}.json`);
    const entries = new Map<string, Entry>();
    try {
      const data = JSON.parse(await readFile(path, 'utf8')) as unknown;
      const files = (data as { files?: unknown }).files;
      if (files && typeof files === 'object') {
        for (const [file, e] of Object.entries(files)) {
          if (Array.isArray(e) && e.length === 3 && typeof e[0] === 'number' && typeof e[1] === 'number' && typeof e[2] === 'string') entries.set(file, e as Entry);
        }
      }
    } catch {
      // No cache yet, or a damaged one: detect again.
    }
    return new DetectCache(path, entries);
  }

  /** The language detected for `file` when it had this size and modification time. */
  get(file: string, size: number, mtimeMs: number): string | undefined {
    const e = this.#entries.get(file);
    return e && e[0] === size && e[1] === mtimeMs ? e[2] : undefined;
  }

  set(file: string, size: number, mtimeMs: number, lang: string): void {
    if (this.path === null || mtimeMs > Date.now() - RACY_MS) return;
    this.#entries.set(file, [size, mtimeMs, lang]);
    this.#changed = true;
  }

  /** Forgets every file but these (the files of a whole corpus, after a full load): removed files leave nothing behind. */
  retain(files: ReadonlySet<string>): void {
    for (const file of this.#entries.keys()) {
      if (files.has(file)) continue;
      this.#entries.delete(file);
      this.#changed = true;
    }
  }

  /** Writes the cache when something new was detected (atomically; failures ignored). */
  async save(): Promise<void> {
    if (this.path === null || !this.#changed) return;
    const tmp = `${this.path}.tmp-${process.pid}`;
    try {
      await mkdir(join(this.path, '..'), { recursive: true });
      await writeFile(tmp, JSON.stringify({ version: DETECT_VERSION, files: Object.fromEntries(this.#entries) }));
      await rename(tmp, this.path);
      this.#changed = false;
    } catch {
      // A read-only or full disk: the next run detects again.
    }
  }
}
