// The one explicit list of /coop subcommands: adding a command means adding it here.
import { aide } from './aide.ts';
import type { AnyCommand } from './command.ts';
import { config } from './config.ts';
import { verifier } from './verifier.ts';

export const commands: readonly AnyCommand[] = [aide, config, verifier];
