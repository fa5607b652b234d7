// Bursts of votes must not become bursts of message edits: each poll's "changed" signal
// is throttled to one flush every interval (2 s), leading and trailing, so the first
// change shows at once and the last change is always shown.

export interface Timer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now(): number;
}

export const systemTimer: Timer = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

interface PollState {
  lastFlush: number;
  pending: unknown;
}

export class PollChangeSignal {
  private readonly polls = new Map<string, PollState>();

  constructor(
    private readonly flush: (networkId: string, pollId: string) => void,
    private readonly timer: Timer = systemTimer,
    private readonly intervalMs = 2000,
  ) {}

  changed(networkId: string, pollId: string): void {
    const state = this.polls.get(pollId) ?? { lastFlush: Number.NEGATIVE_INFINITY, pending: undefined };
    this.polls.set(pollId, state);
    if (state.pending !== undefined) return;
    const wait = state.lastFlush + this.intervalMs - this.timer.now();
    if (wait <= 0) {
      this.fire(networkId, pollId, state);
      return;
    }
    state.pending = this.timer.set(() => this.fire(networkId, pollId, state), wait);
  }

  /** Cancels pending flushes (at shutdown). */
  stop(): void {
    for (const state of this.polls.values()) if (state.pending !== undefined) this.timer.clear(state.pending);
    this.polls.clear();
  }

  private fire(networkId: string, pollId: string, state: PollState): void {
    state.pending = undefined;
    state.lastFlush = this.timer.now();
    this.flush(networkId, pollId);
  }
}
