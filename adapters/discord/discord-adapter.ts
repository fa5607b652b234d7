// Maillage on Discord: a discord.js Client over the gateway with the Guilds intent only
// (slash commands, buttons and modals need no other), REST at DISCORD_API_URL when set.
// `start()` resolves once the gateway is ready and `/coop` is registered; `stop()` leaves.
import { Client, Events, GatewayIntentBits, REST, type RESTOptions } from 'discord.js';
import type { AdapterParts, PlatformAdapter } from '../platform.ts';
import { CustomIds } from './custom-ids.ts';
import { interactionHandler } from './handle-interaction.ts';
import { Drafts } from './modals.ts';
import { installPacketGuard } from './packet-guard.ts';
import { errorContext } from './platform-errors.ts';
import { createPublisher } from './publisher.ts';
import { rateLimitLog } from './rate-limit-log.ts';
import { commandRegistration } from './registration.ts';
import { NO_MENTIONS } from './render.ts';
import { discordRestAgent } from './rest-agent.ts';

/** The longest rate-limit wait discord.js does itself for a scheduled post. */
const SHORT_WAIT_MS = 5_000;

/** Discord's part of the configuration (DISCORD_* variables). */
export interface DiscordSettings {
  token: string;
  applicationId: string;
  apiUrl: string | undefined;
  /** Where /coop is registered: on each guild at start-up (instant) or globally. */
  commandScope: 'guild' | 'global';
}

export interface DiscordAdapterOptions extends Pick<AdapterParts, 'core' | 'logger'> {
  discord: DiscordSettings;
  /** REST settings (tests shorten timeouts and retries). */
  rest?: Partial<RESTOptions>;
  /** Defer the reply when the core has not answered after this long (default 2 s; Discord waits 3). */
  deferAfterMs?: number;
  /** How long `start()` waits for the gateway (default 30 s). */
  readyTimeoutMs?: number;
}

export function createDiscordAdapter(options: DiscordAdapterOptions): PlatformAdapter {
  const { discord, core, logger } = options;
  const restOptions = { ...(discord.apiUrl ? { api: discord.apiUrl } : {}), ...options.rest };
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { agent: discordRestAgent(), ...restOptions },
    allowedMentions: NO_MENTIONS,
  });
  // Scheduled posts: a long rate limit comes back to the scheduler, which waits holding its
  // claim, instead of being waited out here while the post holds one of the scheduler's
  // places; discord.js still paces itself (its global 50 requests a second, a bucket's reset).
  const scheduledRest = new REST({
    agent: discordRestAgent(),
    ...restOptions,
    rejectOnRateLimit: (limit) => Math.max(limit.retryAfter, limit.timeToReset) > SHORT_WAIT_MS,
  });
  scheduledRest.setToken(discord.token);
  const ids = new CustomIds();
  const publisher = createPublisher({
    rest: client.rest,
    scheduledRest,
    botUserId: () => client.user?.id,
    logger,
    ids,
    defaultChannel: (guildId) => client.guilds.cache.get(guildId)?.systemChannelId ?? null,
  });
  const registration = commandRegistration(client.rest, discord.applicationId, discord.commandScope, logger);
  const handle = interactionHandler({
    core,
    logger,
    ids,
    publisher,
    drafts: new Drafts(),
    deferAfterMs: options.deferAfterMs ?? 2000,
  });

  /** One boundary per guild event: a failure is logged, the gateway keeps serving. */
  const spaceEvent = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      logger.error({ error: errorContext(error) }, 'could not record a Discord server joined or left');
    }
  };

  installPacketGuard(client, logger);
  client.on(Events.InteractionCreate, (interaction) => void handle(interaction));
  // Joining a server (again): `/coop` registered there, and a removal recorded before forgotten.
  client.on(Events.GuildCreate, (guild) => {
    void registration.guild(guild.id);
    void spaceEvent(() => core.spaceReturned({ platform: 'discord', externalId: guild.id }));
  });
  // Kicked, or the server deleted. An outage is not a removal: discord.js then marks the
  // guild unavailable (and emits GuildUnavailable, not this); checked again all the same.
  client.on(Events.GuildDelete, (guild) => {
    if (guild.available === false) return;
    logger.warn({ platform: 'discord', guild: guild.id }, 'the bot left a Discord server');
    void spaceEvent(() => core.spaceRemoved({ platform: 'discord', externalId: guild.id }));
  });
  client.on(Events.Error, (error) => logger.error({ error: errorContext(error) }, 'Discord client error'));
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, 'Discord gateway resumed'),
  );
  client.on(Events.ShardReconnecting, (shard) => logger.warn({ shard }, 'Discord gateway reconnecting'));
  client.rest.on('rateLimited', rateLimitLog(logger));
  scheduledRest.on('rateLimited', rateLimitLog(logger));

  return {
    platform: 'discord',
    publisher,
    async start() {
      let timer: NodeJS.Timeout | undefined;
      const ready = new Promise<void>((resolve, reject) => {
        timer = setTimeout(
          () => reject(new Error('the Discord gateway did not become ready in time')),
          options.readyTimeoutMs ?? 30_000,
        );
        client.once(Events.ClientReady, () => resolve());
      });
      ready.catch(() => undefined); // awaited below; a failed login must not leave it unhandled
      try {
        await client.login(discord.token);
        await ready;
      } catch (error) {
        await client.destroy();
        throw error;
      } finally {
        clearTimeout(timer);
      }
      await registration.all([...client.guilds.cache.keys()]);
      // The servers the bot is in at start-up (GUILD_CREATE before ready raises no GuildCreate).
      for (const guildId of client.guilds.cache.keys())
        await spaceEvent(() => core.spaceReturned({ platform: 'discord', externalId: guildId }));
      logger.info({ guilds: client.guilds.cache.size, scope: discord.commandScope }, 'Discord ready');
    },
    async stop() {
      await client.destroy();
      scheduledRest.clearHashSweeper();
      scheduledRest.clearHandlerSweeper();
    },
  };
}
