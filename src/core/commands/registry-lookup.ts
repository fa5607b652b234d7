import type { Platform } from '../model.ts';
import { fold } from '../text/fold.ts';
import type { AnyCommand } from './command.ts';

export function visibleCommands(commands: readonly AnyCommand[], platform: Platform): AnyCommand[] {
  return commands.filter((c) => !c.platforms || c.platforms.includes(platform));
}

export function findCommand(commands: readonly AnyCommand[], name: string): AnyCommand | undefined {
  const key = fold(name);
  return commands.find((c) => c.names.some((n) => fold(n) === key));
}
