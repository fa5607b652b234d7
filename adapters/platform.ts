// What the composition root needs from a platform adapter (Slack, Discord, the shell): start
// and stop it, and the port through which the core posts and edits messages there.
import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core, Logger, Platform, Publisher } from '../src/core/public.ts';

/** What the composition root hands every adapter, besides the adapter's own settings. */
export interface AdapterParts {
  core: Core;
  logger: Logger;
  health: Health;
  /** Host to bind HTTP on (tests: 127.0.0.1); undefined: every interface. */
  host: string | undefined;
  /** Serves the web view's paths (/d/…): an adapter that listens on PORT routes them here. */
  web?: RequestListener;
}

export interface PlatformAdapter {
  readonly platform: Platform;
  /**
   * Posts in a channel of one of this platform's spaces, answering the message's ref, and
   * edits a posted message by that ref (absent where messages are never edited: the shell).
   */
  readonly publisher: Publisher;
  /** Connects; resolves once the adapter answers users (health then reports it ready). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Set by an adapter that listens on PORT itself (Slack over HTTP): it serves /healthz
   * there too (with `healthHandler`), and this gives the bound address once started.
   */
  readonly listening?: () => AddressInfo | undefined;
  /**
   * Set by an adapter whose session ends by itself (the shell, at the end of its input or on
   * `quitter`): settles then, once started, and the process stops.
   */
  readonly finished?: () => Promise<void>;
}

/**
 * Readiness of each part, served as GET /healthz: 200 when every part is ready and every
 * watched dependency (the database) answers, else 503.
 */
export interface Health {
  /** Registers a part as not ready yet. */
  expect(part: string): void;
  ready(part: string): void;
  /** Asks `probe` at each check (at most once a second); false or a throw means unavailable. */
  watch(part: string, probe: () => Promise<boolean>): void;
  /** The status and the JSON body of /healthz: { status, parts: { slack: true, database: true, … } }. */
  check(): Promise<{ ready: boolean; body: string }>;
}

export function createHealth(): Health {
  const parts = new Map<string, boolean>();
  const probes = new Map<string, () => Promise<boolean>>();
  let last: { at: number; results: Map<string, boolean> } | undefined;
  const probeAll = async () => {
    if (last && Date.now() - last.at < 1_000) return last.results;
    const results = new Map<string, boolean>();
    await Promise.all(
      [...probes].map(async ([part, probe]) => results.set(part, await probe().catch(() => false))),
    );
    last = { at: Date.now(), results };
    return results;
  };
  return {
    expect: (part) => void parts.set(part, false),
    ready: (part) => void parts.set(part, true),
    watch: (part, probe) => void probes.set(part, probe),
    async check() {
      const all = new Map([...parts, ...(await probeAll())]);
      const started = parts.size > 0 && [...parts.values()].every(Boolean);
      const ready = started && [...all.values()].every(Boolean);
      const status = ready ? 'ok' : started ? 'unavailable' : 'starting';
      return { ready, body: JSON.stringify({ status, parts: Object.fromEntries(all) }) };
    },
  };
}
