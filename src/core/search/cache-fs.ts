import { randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * Where the index cache may touch the filesystem. The cache is untrusted
 * (another process, a full disk or a hand edit may have changed it), so every
 * name is checked against a fixed pattern before it becomes a path, and every
 * path removed or renamed lies directly in the cache's `index` folder.
 * Nothing here follows a symbolic link where a folder should be.
 */

/** A cache of one corpus directory and content: `<dir prefix>-<content key>`. */
const INDEX = '[0-9a-f]{12}-[0-9a-f]{24}';
/** Suffix of something being written or thrown away: `.tmp-<pid>-<random>` / `.trash-<pid>-<random>`. */
const TMP = '\\.tmp-(\\d{1,10})-[0-9a-f]{8}';
const TRASH = '\\.trash-(\\d{1,10})-[0-9a-f]{8}';
const ENTRY = new RegExp(`^(?:${INDEX}(?:${TMP}|\\.lock)?|[0-9a-f]{12}\\.stamp(?:${TMP}|\\.json)?)(?:${TRASH})?$`);

/** A content key as the cache names it (from corpusKey). */
export const KEY = /^[0-9a-f]{24}$/;
/** A directory prefix (from dirPrefix). */
export const PREFIX = /^[0-9a-f]{12}$/;

/** The cache is unusable here (not a folder, a symbolic link, a name that is not one of ours): run without it. */
export class CacheFaultError extends Error {
  override name = 'CacheFaultError';
}

/** The folder that holds every index of the cache rooted at `root`. */
export function indexFolder(root: string): string {
  return join(resolve(root), 'index');
}

/** The path of an entry (an index, a stamp, or one of their temporary copies) of the index folder; throws CacheFaultError for any other name. */
export function entryPath(root: string, name: string): string {
  const folder = indexFolder(root);
  const path = join(folder, name);
  if (!ENTRY.test(name) || dirname(path) !== folder) throw new CacheFaultError(`refused to touch ${JSON.stringify(name)} in the cache`);
  return path;
}

/** A name for a temporary copy of an entry, unique to this process. */
export function tmpName(name: string, kind: 'tmp' | 'trash' = 'tmp'): string {
  return `${name}.${kind}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

function mustBeFolder(path: string, create: boolean): boolean {
  let info;
  try {
    info = lstatSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    if (!create) return false;
    mkdirSync(path, { recursive: true, mode: 0o700 });
    info = lstatSync(path);
  }
  if (info.isSymbolicLink()) throw new CacheFaultError(`${path} is a symbolic link, not a folder`);
  if (!info.isDirectory()) throw new CacheFaultError(`${path} is not a folder`);
  return true;
}

/**
 * Checks that the cache root and its index folder are real folders (creating
 * them when `create`). False when they do not exist yet; throws
 * CacheFaultError (or the filesystem's error) when they are unusable.
 */
export function checkFolders(root: string, create: boolean): boolean {
  return mustBeFolder(resolve(root), create) && mustBeFolder(indexFolder(root), create);
}

/** Removes an entry of the index folder; never throws (an entry already gone, or not ours, is left). */
export function removeEntry(root: string, name: string): void {
  try {
    rmSync(entryPath(root, name), { recursive: true, force: true });
  } catch {
    // Gone already, refused, or the filesystem will not let us: nothing more to do here.
  }
}

/** Renames an entry of the index folder to another; throws when the filesystem refuses (e.g. the target exists). */
export function renameEntry(root: string, from: string, to: string): void {
  renameSync(entryPath(root, from), entryPath(root, to));
}

/** Moves an entry out of the way, then deletes it, so no reader sees it half-deleted; never throws. */
export function discardEntry(root: string, name: string): void {
  const trash = tmpName(name, 'trash');
  try {
    renameEntry(root, name, trash);
  } catch {
    return; // Already gone, or someone else is replacing it: either way not ours to fix.
  }
  removeEntry(root, trash);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock on building the index `name` (`<name>.lock`, holding this
 * process's id): true when this process now holds it, false when a live
 * process does; throws when the cache cannot be written. A lock left by a
 * process that is gone is taken over.
 */
export function tryLock(root: string, name: string): boolean {
  checkFolders(root, true);
  const path = entryPath(root, `${name}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: 'wx', mode: 0o600 });
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (!staleLock(root, `${name}.lock`)) return false;
      removeEntry(root, `${name}.lock`);
    }
  }
  return false;
}

/** Whether a lock's holder is gone (or the lock is unreadable or names no process). */
function staleLock(root: string, lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(entryPath(root, lock), 'utf8'));
  } catch {
    return false; // Released meanwhile.
  }
  return !Number.isSafeInteger(pid) || pid <= 0 || (pid !== process.pid && !alive(pid));
}

/**
 * Removes the entries of one corpus directory (`prefix`) other than `keep`:
 * indexes of older content, and temporary copies and locks left by processes
 * that are gone (killed while writing). Another live process's stay.
 */
export function sweep(root: string, prefix: string, keep: readonly string[]): void {
  let names: string[];
  try {
    names = readdirSync(indexFolder(root));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || keep.includes(name) || !ENTRY.test(name)) continue;
    if (name.endsWith('.lock')) {
      if (staleLock(root, name)) removeEntry(root, name);
      continue;
    }
    const pid = /\.(?:tmp|trash)-(\d+)-[0-9a-f]{8}$/.exec(name)?.[1];
    if (pid !== undefined) {
      if (Number(pid) !== process.pid && !alive(Number(pid))) removeEntry(root, name);
    } else discardEntry(root, name);
  }
}
