// A bound on how many scheduled posts are in progress at once: enough to keep one slow
// network from holding the others, few enough not to flood a platform or take every
// database connection. A post waiting (a rate limit, a retry's wait) holds no slot.

/** Runs `work` when one of `limit` slots is free; slots are given in the order asked. */
export function runSlots(limit: number): <T>(work: () => Promise<T>) => Promise<T> {
  let busy = 0;
  const queue: Array<() => void> = [];
  return async (work) => {
    if (busy < limit) busy++;
    // The slot is handed over as it is freed, so `busy` stays counted for the next one.
    else await new Promise<void>((resolve) => queue.push(resolve));
    try {
      return await work();
    } finally {
      const next = queue.shift();
      if (next) next();
      else busy--;
    }
  };
}
