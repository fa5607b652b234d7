// Edits of one message go out one at a time, at most one every 2 seconds, the latest version
// winning. The core asks for a poll's refresh at most every 2 s, but under load reading the
// poll can take longer than that: refreshes asked 2 s apart then reached Slack together
// (three chat.update calls of one message within 0.1 s in `npm run bench -- votes`), and
// could reach it in the wrong order, leaving an older count on the message.

export interface PacedEditsOptions {
  intervalMs?: number;
  now?: () => number;
  wait?: (ms: number) => Promise<void>;
}

interface Lane<T> {
  /** The latest version not sent yet. */
  pending: T | undefined;
  /** When the last edit was sent. */
  sentAt: number;
  /** Sending what is pending, if under way. */
  draining: Promise<void> | undefined;
}

const realWait = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

/**
 * Wraps `send` (which should report its own failures rather than throw) so that for each key there
 * is one edit in flight, edits start at least `intervalMs` apart, and a version waiting is
 * replaced by a newer one. Resolves once the version given (or a newer one) was sent.
 */
export function pacedEdits<T>(
  keyOf: (value: T) => string,
  send: (value: T) => Promise<void>,
  options: PacedEditsOptions = {},
): (value: T) => Promise<void> {
  const intervalMs = options.intervalMs ?? 2000;
  const now = options.now ?? Date.now;
  const wait = options.wait ?? realWait;
  const lanes = new Map<string, Lane<T>>();

  async function drain(key: string, lane: Lane<T>): Promise<void> {
    try {
      while (lane.pending !== undefined) {
        const early = lane.sentAt + intervalMs - now();
        if (early > 0) await wait(early);
        const next = lane.pending;
        lane.pending = undefined;
        lane.sentAt = now();
        await send(next);
      }
    } finally {
      lane.draining = undefined;
      // Forgotten once another edit could go at once anyway.
      void wait(intervalMs).then(() => {
        if (lanes.get(key) === lane && !lane.draining) lanes.delete(key);
      });
    }
  }

  return (value) => {
    const key = keyOf(value);
    const lane = lanes.get(key) ?? {
      pending: undefined,
      sentAt: Number.NEGATIVE_INFINITY,
      draining: undefined,
    };
    lanes.set(key, lane);
    lane.pending = value;
    lane.draining ??= drain(key, lane);
    return lane.draining;
  };
}
