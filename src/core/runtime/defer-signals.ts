/** The signals that end a process by default and that a user sends to stop it. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Until released, SIGINT, SIGTERM or SIGHUP first runs `cleanup`
 * (synchronous: removing a lock file, say) and then ends the process as the
 * signal would have. Without a handler these signals kill at once, even in
 * the middle of synchronous code; with one, Node delivers them on a later
 * turn of the event loop, so synchronous work (writing files under a
 * temporary name, then renaming them) always finishes first. For the same
 * reason the handler stays two turns after release (the second setImmediate
 * runs after the next poll for events): a signal that arrived during the
 * last synchronous work is still delivered to it, not dropped. Signals that
 * already have a listener are left to it.
 */
export function cleanUpOnSignals(cleanup: () => void = () => undefined): () => void {
  const held = SIGNALS.filter((s) => process.listenerCount(s) === 0);
  const stop = () => {
    for (const s of held) process.off(s, onSignal);
  };
  function onSignal(signal: NodeJS.Signals): void {
    stop();
    cleanup();
    process.kill(process.pid, signal);
  }
  for (const s of held) process.on(s, onSignal);
  return () => void setImmediate(() => setImmediate(stop));
}

/** Runs synchronous `work` so that SIGINT, SIGTERM or SIGHUP meanwhile ends the process only after it (see {@link cleanUpOnSignals}). */
export function withSignalsDeferred<T>(work: () => T): T {
  const release = cleanUpOnSignals();
  try {
    return work();
  } finally {
    release();
  }
}
