// Where the web view's links point. With Slack over HTTP or a chat platform, the HTTP server
// on PORT already serves it; in the shell alone nothing listens, so a server starts on
// localhost the first time a link is asked for (on PORT, or any free port if PORT is taken).
// MAILLAGE_PUBLIC_URL, when set, is the address links start with.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebHost } from '../../src/core/public.ts';

export interface WebHostControl extends WebHost {
  /** The running server's port, once the adapters listen; undefined: start one on demand. */
  attach(port: (() => number) | undefined): void;
  stop(): Promise<void>;
}

export interface WebHostOptions {
  publicUrl: string | undefined;
  port: number;
  start: (port: number) => Promise<Server>;
}

export function webHost(options: WebHostOptions): WebHostControl {
  let attached: { port: (() => number) | undefined } | undefined;
  let own: Promise<Server | undefined> | undefined;
  const startOwn = async () => {
    try {
      return await options.start(options.port);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') return undefined;
      return options.start(0).catch(() => undefined);
    }
  };
  return {
    attach(port) {
      attached = { port };
    },
    async baseUrl() {
      if (!attached) return undefined;
      if (attached.port) return options.publicUrl ?? `http://localhost:${attached.port()}`;
      own ??= startOwn();
      const server = await own;
      if (!server) {
        own = undefined;
        return undefined;
      }
      return options.publicUrl ?? `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    async stop() {
      const server = await own;
      own = undefined;
      server?.closeAllConnections();
      if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
