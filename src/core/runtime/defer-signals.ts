/** The signals that end a process by default and that a user sends to stop it. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs `work` (synchronous) so that SIGINT, SIGTERM or SIGHUP arriving
 * meanwhile ends the process only after it: files it writes under a
 * temporary name are renamed into place or removed, never left behind.
 * Without a handler these signals kill at once, even in the middle of
 * synchronous code; with one, Node delivers them on a later turn of the event
 * loop. A signal caught is raised again, with its default action, once the
 * loop has had a turn to deliver it (the second setImmediate runs after the
 * next poll for events). Signals that already have a listener are left to it.
 */
export function withSignalsDeferred<T>(work: () => T): T {
  let caught: NodeJS.Signals | null = null;
  const hold = (signal: NodeJS.Signals) => {
    caught ??= signal;
  };
  const held = SIGNALS.filter((s) => process.listenerCount(s) === 0);
  for (const s of held) process.on(s, hold);
  try {
    return work();
  } finally {
    setImmediate(() =>
      setImmediate(() => {
        for (const s of held) process.off(s, hold);
        if (caught) process.kill(process.pid, caught);
      }),
    );
  }
}
