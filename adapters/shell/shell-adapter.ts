// The shell as a platform adapter like Slack and Discord: started by the composition root,
// it reads lines until its input ends (or `quitter`), and prints the scheduler's posts.
import type { PlatformAdapter } from '../platform.ts';
import { runShell, type ShellOptions, shellPublisher } from './shell.ts';

export type ShellAdapterOptions = ShellOptions;

export function createShellAdapter(options: ShellAdapterOptions): PlatformAdapter {
  let session: Promise<void> | undefined;
  return {
    platform: 'shell',
    publisher: shellPublisher(options.output, options.interactive, options.localName, options.dataDir),
    async start() {
      session = runShell(options);
    },
    // The session ends with its input; the process exits after stopping the rest.
    async stop() {},
    finished: () => session ?? Promise.reject(new Error('the shell adapter is not started')),
  };
}
