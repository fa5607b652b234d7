// What the composition root needs from a chat platform adapter (Slack, Discord): start and
// stop it, post the scheduler's messages through it, and edit a poll's live message when
// the core's coalesced "poll changed" signal fires.
import type { AddressInfo } from 'node:net';
import type { PollView } from '../src/core/core.ts';
import type { Publisher } from '../src/core/ports.ts';

export interface PlatformAdapter {
  readonly platform: 'slack' | 'discord';
  /**
   * Posts in a channel of one of this platform's spaces. A message anchored to a poll
   * (`message.poll`) is handled: `live` → the message ref is recorded with
   * `core.attachPollMessage`; `results` → posted in the thread of (or as a reply to) the
   * live message, which is then edited to its closed state (from `core.pollView`).
   */
  readonly publisher: Publisher;
  /** Edits the poll's live message to show `view.message` (by channel and message id). */
  refreshPoll(view: PollView): Promise<void>;
  /** Connects; resolves once the adapter answers users (health then reports it ready). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Set by an adapter that listens on PORT itself (Slack over HTTP): it serves /healthz
   * there too (with `healthHandler`), and this gives the bound address once started.
   */
  readonly listening?: () => AddressInfo | undefined;
}

/** Readiness of each part, served as GET /healthz (200 when every part is ready, else 503). */
export interface Health {
  /** Registers a part as not ready yet. */
  expect(part: string): void;
  ready(part: string): void;
  isReady(): boolean;
  /** The JSON body of /healthz: { status, parts: { slack: true, … } }. */
  body(): string;
}

export function createHealth(): Health {
  const parts = new Map<string, boolean>();
  return {
    expect: (part) => void parts.set(part, false),
    ready: (part) => void parts.set(part, true),
    isReady: () => parts.size > 0 && [...parts.values()].every(Boolean),
    body() {
      const ready = parts.size > 0 && [...parts.values()].every(Boolean);
      return JSON.stringify({ status: ready ? 'ok' : 'starting', parts: Object.fromEntries(parts) });
    },
  };
}
