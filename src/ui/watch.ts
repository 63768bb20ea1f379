/**
 * `--watch`: a corpus directory watched for changes (fs.watch, recursive where
 * the platform has it), with the events of one save gathered into one call:
 * editors write a file as several events (a temp file, a rename, a chmod).
 */
import { watch, type FSWatcher } from 'node:fs';

/** How long the directory must be quiet after an event before `onChange` runs. */
export const WATCH_DEBOUNCE_MS = 150;

/**
 * Calls `onChange` once per burst of changes under `dir`; `onError` once if
 * the watch itself fails (the directory removed, too many watches), after
 * which it stops. Returns the function that stops it.
 */
export function watchCorpus(dir: string, onChange: () => void, onError: (message: string) => void): () => void {
  let timer: NodeJS.Timeout | null = null;
  let watcher: FSWatcher | null = null;
  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    watcher?.close();
    watcher = null;
  };
  const changed = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, WATCH_DEBOUNCE_MS);
  };
  const fail = (err: unknown) => {
    stop();
    onError(`stopped watching the corpus: ${err instanceof Error ? err.message : String(err)}`);
  };
  try {
    try {
      watcher = watch(dir, { recursive: true, persistent: false }, changed);
    } catch (err) {
      // Platforms without recursive watching: the top directory, where a corpus's files are.
      if ((err as NodeJS.ErrnoException).code !== 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM') throw err;
      watcher = watch(dir, { persistent: false }, changed);
    }
    watcher.on('error', fail);
  } catch (err) {
    fail(err);
  }
  return stop;
}

/** What a reload changed, for the status line: versions changed, added and removed, by id. */
export function describeReload(before: readonly { id: string; text: string }[], after: readonly { id: string; text: string }[]): string {
  const old = new Map(before.map((d) => [d.id, d.text]));
  const now = new Set(after.map((d) => d.id));
  const changed = after.filter((d) => old.has(d.id) && old.get(d.id) !== d.text).map((d) => d.id);
  const added = after.filter((d) => !old.has(d.id)).map((d) => d.id);
  const removed = before.filter((d) => !now.has(d.id)).map((d) => d.id);
  const parts = [changed.length > 0 ? `${changed.join(', ')} changed` : '', added.length > 0 ? `${added.join(', ')} added` : '', removed.length > 0 ? `${removed.join(', ')} gone` : ''].filter(
    Boolean,
  );
  return parts.length === 0 ? '' : `reloaded from disk: ${parts.join(' · ')}`;
}
