/** A mistake in the command line: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly hint = 'see parallax --help',
  ) {
    super(message);
  }
}

/** Exit codes, as grep and ripgrep use them. */
export const EXIT = { ok: 0, notFound: 1, error: 2 } as const;
