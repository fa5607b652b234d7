// The shell as a platform adapter like Slack and Discord: started by the composition root,
// it reads lines until its input ends (or `quitter`), and prints the scheduler's posts.
import type { Readable, Writable } from 'node:stream';
import type { DemoSeeder } from '../../src/core/public.ts';
import type { AdapterParts, PlatformAdapter } from '../platform.ts';
import { runShell, shellPublisher } from './shell.ts';

export interface ShellAdapterOptions extends Pick<AdapterParts, 'core'> {
  /** Fills the demo network (`demo`). */
  demo: DemoSeeder;
  input: Readable;
  output: Writable;
  /** A terminal: prompt, colours, the demo offer; otherwise piped lines, run in order. */
  interactive: boolean;
  /** DATA_DIR: private files (`mes-donnees`) are written under its `exports/`. */
  dataDir: string;
  /** Runs after each line (the scheduler's tick, so that due work prints in order). */
  afterLine?: () => Promise<void>;
  /** The local user's name (defaults to the system account's). */
  localName?: string;
}

export function createShellAdapter(options: ShellAdapterOptions): PlatformAdapter {
  let session: Promise<void> | undefined;
  return {
    platform: 'shell',
    publisher: shellPublisher(options.output, options.interactive, options.localName),
    async start() {
      session = runShell(options);
    },
    // The session ends with its input; the process exits after stopping the rest.
    async stop() {},
    finished: () => session ?? Promise.reject(new Error('the shell adapter is not started')),
  };
}
