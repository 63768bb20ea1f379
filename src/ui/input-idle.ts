let lastInput = -Infinity;

/** Records that a key was just read; the explorer calls it for every key. */
export function noteInput(): void {
  lastInput = performance.now();
}

/**
 * Resolves once no key has been read for `quietMs` (at the earliest on the
 * next turn of the event loop). Background work (entity index, similarity
 * matrix, search warm-up) waits on this between its slices, so a burst of
 * typing never shares the thread with it: keys first, building after.
 */
export function afterInputQuiet(quietMs = 250): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const wait = lastInput + quietMs - performance.now();
      if (wait <= 0) setImmediate(resolve);
      else setTimeout(check, Math.ceil(wait));
    };
    check();
  });
}
