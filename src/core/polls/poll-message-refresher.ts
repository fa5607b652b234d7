// The one place where a poll's live message is edited after its votes changed or it closed.
// Bursts of votes must not become bursts of edits: per poll, the first change is shown at
// once, then at most one edit every interval (2 s), the last change always shown; and one
// edit at a time, so that a slow read or a slow platform never lands an older count after a
// newer one (a change during an edit makes one more, from the poll as it then stands).
import { summariseError } from '../errors.ts';
import type { Logger, Publisher } from '../ports.ts';
import type { PollView } from './poll-view.ts';

export interface Timer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now(): number;
}

export const systemTimer: Timer = {
  set: (callback, ms) => setTimeout(callback, ms).unref(),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

export interface PollRefresherDependencies {
  /** The poll as it stands now (`pollViews(store)`), read at each edit. */
  read: (networkId: string, pollId: string) => Promise<PollView | undefined>;
  /** Edits the posted messages; without `edit` (the shell), changes are ignored unread. */
  publisher: Publisher;
  logger: Logger;
  timer?: Timer;
  intervalMs?: number;
}

export interface PollRefresher {
  /** The poll's votes or status changed (after commit): its live message is to show it. */
  changed(networkId: string, pollId: string): void;
  /** Drops the edits waiting (at shutdown); one under way ends by itself. */
  stop(): void;
}

interface PollState {
  /** When the last edit started. */
  lastStart: number;
  /** The timer of the next edit, when one waits. */
  pending: unknown;
  running: boolean;
  /** A change came while an edit ran. */
  again: boolean;
  /** What the last edit showed, and where: a change already shown is not sent again. */
  shown: string | undefined;
}

/** Beyond this many polls remembered, those idle long enough are forgotten. */
const REMEMBERED = 100;

export function pollRefresher(deps: PollRefresherDependencies): PollRefresher {
  const timer = deps.timer ?? systemTimer;
  const intervalMs = deps.intervalMs ?? 2000;
  const polls = new Map<string, PollState>();
  let stopped = false;

  const idle = (state: PollState) =>
    !state.running && state.pending === undefined && timer.now() - state.lastStart >= intervalMs;

  function changed(networkId: string, pollId: string): void {
    if (stopped || !deps.publisher.edit) return;
    if (polls.size > REMEMBERED) for (const [id, s] of polls) if (idle(s)) polls.delete(id);
    const state = polls.get(pollId) ?? {
      lastStart: Number.NEGATIVE_INFINITY,
      pending: undefined,
      running: false,
      again: false,
      shown: undefined,
    };
    polls.set(pollId, state);
    if (state.running) {
      state.again = true;
      return;
    }
    if (state.pending !== undefined) return;
    const wait = state.lastStart + intervalMs - timer.now();
    if (wait <= 0) {
      void refresh(networkId, pollId, state);
      return;
    }
    state.pending = timer.set(() => {
      state.pending = undefined;
      void refresh(networkId, pollId, state);
    }, wait);
  }

  async function refresh(networkId: string, pollId: string, state: PollState): Promise<void> {
    state.running = true;
    state.lastStart = timer.now();
    try {
      await editLive(networkId, pollId, state);
    } catch (error) {
      deps.logger.error(
        { error: summariseError(error), networkId, pollId },
        'could not refresh a poll message',
      );
    } finally {
      state.running = false;
      if (state.again) {
        state.again = false;
        changed(networkId, pollId);
      }
    }
  }

  async function editLive(networkId: string, pollId: string, state: PollState): Promise<void> {
    const view = await deps.read(networkId, pollId);
    if (!view?.messageRef || view.space.removedAt || !deps.publisher.edit) return;
    const { space, messageRef, message, network } = view;
    // A vote committed before the last read is signalled after it: nothing new to show.
    const shown = JSON.stringify([messageRef, message]);
    if (shown === state.shown) return;
    state.shown = undefined;
    const edited = await deps.publisher.edit(space, messageRef, message, network.locale);
    if (edited.ok) state.shown = shown;
    else deps.logger.warn({ networkId, pollId, reason: edited.reason }, 'poll message not edited');
  }

  return {
    changed,
    stop() {
      stopped = true;
      for (const state of polls.values()) if (state.pending !== undefined) timer.clear(state.pending);
      polls.clear();
    },
  };
}
