// The platform half of the composition root: builds the core, the Slack and Discord
// adapters the configuration asks for, the scheduler that posts through them, the poll
// refresh signal and /healthz. main.ts calls it; the adapter tests call it too, so they
// exercise the start-up code operators run.
import type { AddressInfo } from 'node:net';
import type { DiscordAdapterOptions } from '../adapters/discord/discord-adapter.ts';
import { startHealthServer } from '../adapters/http/health-server.ts';
import { type AdapterParts, createHealth, type Health, type PlatformAdapter } from '../adapters/platform.ts';
import { startTicker } from '../adapters/scheduler/cron-ticker.ts';
import type { SlackAdapterOptions } from '../adapters/slack/slack-adapter.ts';
import type { Database } from '../db/client.ts';
import { databaseProbe } from '../db/probe.ts';
import { createStore } from '../db/store.ts';
import type { Config } from './config.ts';
import { commands } from './core/commands/index.ts';
import { type Core, createCore } from './core/core.ts';
import { summariseError } from './core/errors.ts';
import type { Locale } from './core/locale.ts';
import type { Message } from './core/message.ts';
import type { NetworkDefaults, Space } from './core/model.ts';
import { PollChangeSignal } from './core/polls/poll-change-signal.ts';
import type { Clock, Logger, PostOptions, Publisher } from './core/ports.ts';
import { cafeFollowUpJob, cafeRoundJob } from './core/scheduling/cafe-jobs.ts';
import { digestJob } from './core/scheduling/digest-job.ts';
import { pollClosing } from './core/scheduling/poll-closing.ts';
import { retentionJobs } from './core/scheduling/retention-jobs.ts';
import { createScheduler, type Scheduler } from './core/scheduling/scheduler.ts';

export interface AppOptions {
  config: Config;
  db: Database;
  secret: string;
  logger: Logger;
  /** Names this process in scheduled-work claims. */
  processId: string;
  clock?: Clock;
  /** Start the 20-second scheduler ticker (tests tick by hand). Default true. */
  ticker?: boolean;
  /** Host to bind HTTP on (tests: 127.0.0.1). */
  host?: string;
  /** Builds the adapters; tests pass retry settings through it. Default: from the configuration. */
  adapters?: (parts: AppParts) => Promise<PlatformAdapter[]>;
  /**
   * A command's transaction not committed by then is answered as "database unavailable" and
   * never commits (main.ts: on a server, where connections can hang). None by default.
   */
  commandTimeoutMs?: number;
}

/** What builds the adapters: the parts every adapter takes, and the configuration to pick each one's settings from. */
export interface AppParts extends AdapterParts {
  config: Config;
}

/** The Slack adapter's options: the common parts and Slack's own settings only. */
export function slackOptions(parts: AppParts): SlackAdapterOptions {
  const { config, core, logger, health, host } = parts;
  if (!config.slack) throw new Error('Slack is not configured');
  return {
    core,
    logger,
    health,
    host,
    slack: config.slack,
    port: config.port,
    logLevel: config.logLevel,
    locale: config.locale,
  };
}

/** The Discord adapter's options: the core, the logger and Discord's own settings only. */
export function discordOptions(parts: AppParts): DiscordAdapterOptions {
  if (!parts.config.discord) throw new Error('Discord is not configured');
  return { core: parts.core, logger: parts.logger, discord: parts.config.discord };
}

export interface RunningApp {
  core: Core;
  adapters: PlatformAdapter[];
  health: Health;
  scheduler: Scheduler;
  /** The port /healthz (and Slack over HTTP) answers on. */
  port(): number;
  stop(): Promise<void>;
}

/** Sends each space's messages through the adapter of its platform. */
function routingPublisher(adapters: readonly PlatformAdapter[], logger: Logger): Publisher {
  return {
    async post(
      space: Space,
      channelId: string | null,
      message: Message,
      locale: Locale,
      options?: PostOptions,
    ) {
      const adapter = adapters.find((a) => a.platform === space.platform);
      if (!adapter) {
        logger.warn({ platform: space.platform }, 'no adapter for this space: scheduled message not posted');
        return { ok: false, reason: 'no-channel' } as const;
      }
      return adapter.publisher.post(space, channelId, message, locale, options);
    },
    async direct(space, externalUserId, message, locale) {
      const adapter = adapters.find((a) => a.platform === space.platform);
      if (!adapter) return { ok: false, reason: 'no-channel' } as const;
      return adapter.publisher.direct(space, externalUserId, message, locale);
    },
    // Where the platform has no group conversation, `no-access` makes the core write to each.
    async directGroup(space, externalUserIds, message, locale) {
      const adapter = adapters.find((a) => a.platform === space.platform);
      if (!adapter?.publisher.directGroup) return { ok: false, reason: 'no-access' } as const;
      return adapter.publisher.directGroup(space, externalUserIds, message, locale);
    },
  };
}

/** What a new network starts with, from the configuration. */
export function networkDefaults(config: Config): NetworkDefaults {
  return {
    name: config.locale === 'fr' ? 'Mon réseau' : 'My network',
    locale: config.locale,
    timeZone: config.timeZone,
    digestCron: config.digestCron,
  };
}

export async function startApp(options: AppOptions): Promise<RunningApp> {
  const { config, logger } = options;
  const clock = options.clock ?? { now: () => new Date() };
  // Commands answer within seconds, even during an outage; scheduled work may take longer.
  const store = createStore(options.db, { timeoutMs: options.commandTimeoutMs });
  const scheduledStore = createStore(options.db);
  const health = createHealth();
  health.watch('database', databaseProbe(options.db));
  let adapters: PlatformAdapter[] = [];

  const refresh = async (networkId: string, pollId: string) => {
    const view = await core.pollView(networkId, pollId);
    const adapter = view && adapters.find((a) => a.platform === view.space.platform);
    if (view && adapter) await adapter.refreshPoll(view);
  };
  const signal = new PollChangeSignal((networkId, pollId) => {
    refresh(networkId, pollId).catch((error: unknown) =>
      logger.error({ error: summariseError(error), networkId, pollId }, 'could not refresh a poll message'),
    );
  });

  const core = createCore({
    store,
    clock,
    logger,
    commands,
    secret: options.secret,
    defaults: networkDefaults(config),
    uninstallGraceDays: config.uninstallGraceDays,
    onPollChanged: (networkId, pollId) => signal.changed(networkId, pollId),
  });

  const parts: AppParts = { config, core, logger, health, host: options.host };
  adapters = await (options.adapters ?? defaultAdapters)(parts);
  for (const adapter of adapters) health.expect(adapter.platform);

  // Slack over HTTP serves /healthz on its own receiver; otherwise a bare server does.
  const listener = adapters.find((a) => a.listening !== undefined);
  const healthServer = listener ? undefined : await startHealthServer(health, config.port, options.host);

  for (const adapter of adapters) {
    await adapter.start();
    health.ready(adapter.platform);
  }

  const scheduler = createScheduler({
    store: scheduledStore,
    clock,
    logger,
    publisher: routingPublisher(adapters, logger),
    processId: options.processId,
    jobs: [
      pollClosing,
      digestJob,
      cafeRoundJob,
      cafeFollowUpJob,
      ...retentionJobs(logger, config.uninstallGraceDays),
    ],
  });
  const ticker = options.ticker === false ? undefined : startTicker(() => scheduler.tick(), logger);

  const port = () => {
    const address = listener?.listening?.() ?? (healthServer?.address() as AddressInfo | null);
    return address?.port ?? config.port;
  };

  return {
    core,
    adapters,
    health,
    scheduler,
    port,
    async stop() {
      await ticker?.stop();
      // Runs waiting on a platform hand their claims to the other replicas at once.
      await scheduler.stop();
      signal.stop();
      for (const adapter of adapters) await adapter.stop();
      await new Promise<void>((resolve) => (healthServer ? healthServer.close(() => resolve()) : resolve()));
    },
  };
}

async function defaultAdapters(parts: AppParts): Promise<PlatformAdapter[]> {
  const adapters: PlatformAdapter[] = [];
  if (parts.config.slack) {
    const { createSlackAdapter } = await import('../adapters/slack/slack-adapter.ts');
    adapters.push(createSlackAdapter(slackOptions(parts)));
  }
  if (parts.config.discord) {
    const { createDiscordAdapter } = await import('../adapters/discord/discord-adapter.ts');
    adapters.push(createDiscordAdapter(discordOptions(parts)));
  }
  return adapters;
}
