// What the fakes of test/ receive, as it arrives: they record every call into an array (with
// performance.now() as `at`); this wraps the array's push so a waiting request learns at once
// that its answer came, without scanning the records (tens of thousands in a run).

/** Calls `onItem` for each item pushed onto `array` from now on; the returned function stops it. */
export function onRecorded<T>(array: T[], onItem: (item: T) => void): () => void {
  const push = array.push;
  array.push = (...items: T[]) => {
    const length = push.apply(array, items);
    for (const item of items) onItem(item);
    return length;
  };
  return () => {
    array.push = push;
  };
}

interface Waiter<T> {
  resolve: (item: T | undefined) => void;
  timer: NodeJS.Timeout;
}

/** Items recorded under a key (a response_url, an interaction id), waited for by key. */
export class Arrivals<T> {
  private readonly waiters = new Map<string, Waiter<T>>();
  /** Items that came before anyone waited for them (kept until waited for, or cleared). */
  private readonly early = new Map<string, T>();
  private readonly unhook: () => void;

  constructor(array: T[], keyOf: (item: T) => string | undefined) {
    this.unhook = onRecorded(array, (item) => {
      const key = keyOf(item);
      if (key === undefined) return;
      const waiter = this.waiters.get(key);
      if (!waiter) {
        if (!this.early.has(key)) this.early.set(key, item);
        return;
      }
      this.waiters.delete(key);
      clearTimeout(waiter.timer);
      waiter.resolve(item);
    });
  }

  /** The first item recorded under `key`, or undefined after `timeoutMs`. */
  wait(key: string, timeoutMs: number): Promise<T | undefined> {
    const early = this.early.get(key);
    if (early !== undefined) {
      this.early.delete(key);
      return Promise.resolve(early);
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        resolve(undefined);
      }, timeoutMs);
      this.waiters.set(key, { resolve, timer });
    });
  }

  /** Forgets what came unasked for (between loads). */
  clear(): void {
    this.early.clear();
  }

  stop(): void {
    this.unhook();
    for (const waiter of this.waiters.values()) {
      clearTimeout(waiter.timer);
      waiter.resolve(undefined);
    }
    this.waiters.clear();
  }
}
