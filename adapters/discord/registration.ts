// Registers `/coop` with one idempotent bulk PUT: on every guild at start-up and on each
// guild joined later (effective at once), or once globally by configuration (Discord may
// take a while to show global changes).
import { type REST, Routes } from 'discord.js';
import type { Logger } from '../../src/core/public.ts';
import { discordCommands } from './command-definition.ts';
import { errorContext, failureOf } from './platform-errors.ts';

/** `/coop` and `/coop-config`, as generated from the core's declarations. */
export const commandPayload = () => discordCommands().payload;

export interface Registration {
  /** Start-up: every guild the bot is in (guild scope), or the global commands. */
  all(guildIds: readonly string[]): Promise<void>;
  /** A guild joined while running (guild scope only). */
  guild(guildId: string): Promise<void>;
}

export function commandRegistration(
  rest: REST,
  applicationId: string,
  scope: 'guild' | 'global',
  logger: Logger,
): Registration {
  const body = commandPayload();

  async function put(route: `/${string}`, guild: string | undefined): Promise<void> {
    try {
      await rest.put(route, { body });
      logger.info({ guild, scope }, 'registered /coop');
    } catch (error) {
      const hint =
        failureOf(error) === 'missing-permission'
          ? 'invite Maillage with the applications.commands scope (see the README)'
          : undefined;
      logger.error({ guild, scope, hint, error: errorContext(error) }, 'could not register /coop');
    }
  }

  const guild = (guildId: string) => put(Routes.applicationGuildCommands(applicationId, guildId), guildId);

  return {
    async all(guildIds) {
      if (scope === 'global') return put(Routes.applicationCommands(applicationId), undefined);
      await Promise.all(guildIds.map(guild));
    },
    guild: (guildId) => (scope === 'guild' ? guild(guildId) : Promise.resolve()),
  };
}
