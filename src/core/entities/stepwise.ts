/**
 * Runs a stepwise computation (a generator that yields between pieces of
 * work) to its end in one go and returns its result: the synchronous way to
 * call what the explorer runs in slices.
 */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Options for {@link runInSlices}. */
export interface SliceOptions {
  /** Milliseconds of work between two pauses for input (default 10). */
  sliceMs?: number;
  /** Called at each pause with the last value the computation yielded. */
  onProgress?: (value: unknown) => void;
  /** Waits between slices (default: one turn of the event loop); the explorer waits until typing pauses. */
  pause?: () => Promise<void>;
}

/**
 * Runs a stepwise computation in slices of a few milliseconds, pausing for
 * the event loop between slices (`setImmediate`), so keys are read and frames
 * drawn while a long build goes on.
 */
export async function runInSlices<T>(steps: Generator<unknown, T>, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? 10;
  for (;;) {
    const end = performance.now() + sliceMs;
    let step = steps.next();
    while (!step.done && performance.now() < end) step = steps.next();
    if (step.done) return step.value;
    options.onProgress?.(step.value);
    await (options.pause ? options.pause() : new Promise<void>((resolve) => setImmediate(resolve)));
  }
}
