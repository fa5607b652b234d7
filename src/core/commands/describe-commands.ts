// The commands as a platform that lists them offers them (Discord's application commands):
// a read-only description, derived from the same declarations the text reader uses.

import type { VerbSpec } from '../grammar/spec.ts';
import type { Bilingual } from '../i18n/index.ts';
import type { Platform } from '../model.ts';
import type { AnyCommand } from './command.ts';
import { commands as registry } from './index.ts';

export interface CommandDescription {
  /** [French, English, ...other spellings]; the first is what a typed request names. */
  names: readonly [string, string, ...string[]];
  /** One line on what it does: its brief, else the help's summary. */
  help: Bilingual;
  facilitatorOnly: boolean;
  /** The verbs the platform offers, in declared order: neither text-only nor gathered by another. */
  verbs: readonly VerbSpec[];
}

/** Every command there is on `platform`, with the verbs it offers there. */
export function describeCommands(
  platform: Platform,
  commands: readonly AnyCommand[] = registry,
): CommandDescription[] {
  return commands
    .filter((command) => !command.platforms || command.platforms.includes(platform))
    .map((command) => ({
      names: command.names,
      help: command.brief ?? { fr: command.help.fr.summary, en: command.help.en.summary },
      facilitatorOnly: command.facilitatorOnly === true,
      verbs: (command.verbs ?? []).filter((verb) => verb.typed !== 'unlisted'),
    }));
}

/** The name a typed request gives a verb: its slot, else its first words; none for a default. */
export const verbNameOf = (verb: VerbSpec): string | undefined => verb.slot?.[0] ?? verb.names?.[0];
