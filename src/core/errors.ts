// The small tree of unexpected errors, each with a stable code and a cause, and the
// one way errors are summarised for logs (never query parameters: they hold user text).

export class MaillageError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A platform refused or failed a call (rate limit, auth, outage). */
export class PlatformError extends MaillageError {}
/**
 * The database failed in a way the repositories did not expect. Codes the core answers
 * users with: `DATABASE_UNAVAILABLE` (unreachable, cut or too slow before anything was
 * committed: nothing changed) and `COMMIT_UNKNOWN` (see CommitUnknownError).
 */
export class StorageError extends MaillageError {}

/**
 * The connection was lost, or time ran out, while the transaction was committing: the
 * change may be saved or not. `outcome` is what the work returned, to answer with if the
 * change turns out to be saved.
 */
export class CommitUnknownError extends StorageError {
  constructor(
    readonly outcome: unknown,
    options?: { cause?: unknown },
  ) {
    super('COMMIT_UNKNOWN', 'the outcome of a commit is unknown', options);
  }
}

export interface ErrorSummary {
  name: string;
  code?: string;
  message: string;
  stack?: string;
  cause?: ErrorSummary;
}

export function summariseError(error: unknown, depth = 0): ErrorSummary {
  if (!(error instanceof Error)) return { name: typeof error, message: '(not an Error)' };
  const code = (error as { code?: unknown }).code;
  const summary: ErrorSummary = {
    name: error.name,
    // drizzle appends "params: …" to failed-query messages: those are users' words.
    message: error.message.split(/\nparams:/)[0]?.slice(0, 500) ?? '',
    ...(typeof code === 'string' ? { code } : {}),
    // Only the frames: the stack starts with the whole message, parameters included.
    ...(error.stack ? { stack: framesOf(error.stack) } : {}),
  };
  if (error.cause !== undefined && depth < 3) summary.cause = summariseError(error.cause, depth + 1);
  return summary;
}

const framesOf = (stack: string): string =>
  stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 5)
    .join('\n');
