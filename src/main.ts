// The composition root: reads the configuration, opens the database, builds the core, the
// adapters (Slack and Discord as configured, else the shell), the scheduler that posts
// through them, the poll refresher and /healthz, and hands each to the next. The one
// file under src/ that may import adapters/ and db/. Tests start the app through startApp.

import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { pino } from 'pino';
import type { DiscordAdapterOptions } from '../adapters/discord/discord-adapter.ts';
import { startHealthServer } from '../adapters/http/health-server.ts';
import { webHandler } from '../adapters/http/web-handler.ts';
import { webHost } from '../adapters/http/web-host.ts';
import { type AdapterParts, createHealth, type Health, type PlatformAdapter } from '../adapters/platform.ts';
import { routingPublisher } from '../adapters/routing-publisher.ts';
import { startTicker } from '../adapters/scheduler/cron-ticker.ts';
import { createShellAdapter, type ShellAdapterOptions } from '../adapters/shell/shell-adapter.ts';
import type { SlackAdapterOptions } from '../adapters/slack/slack-adapter.ts';
import { type Database, type OpenDatabase, openEmbedded, openServer } from '../db/client.ts';
import { DataDirLockedError, loadOrCreateSecret } from '../db/data-dir.ts';
import { databaseProbe } from '../db/probe.ts';
import { COMMAND_TIMEOUT_MS, createStore } from '../db/store.ts';
import { type Config, loadConfig } from './config.ts';
import { commands } from './core/commands/index.ts';
import { type Core, createCore } from './core/core.ts';
import { createDemoSeeder, type DemoSeeder } from './core/demo/demo-seeder.ts';
import type { NetworkDefaults } from './core/model.ts';
import { type PollRefresher, pollRefresher } from './core/polls/poll-message-refresher.ts';
import { pollViews } from './core/polls/poll-view.ts';
import type { Clock, Logger } from './core/ports.ts';
import { cafeFollowUpJob, cafeRoundJob } from './core/scheduling/cafe-jobs.ts';
import { digestJob } from './core/scheduling/digest-job.ts';
import { pollClosing } from './core/scheduling/poll-closing.ts';
import { retentionJobs } from './core/scheduling/retention-jobs.ts';
import { createScheduler, type Scheduler } from './core/scheduling/scheduler.ts';

const startedAt = performance.now();

/** Where the shell reads and prints. */
export interface Terminal {
  input: Readable;
  output: Writable;
  /** A terminal (prompt, colours) rather than piped lines. */
  interactive: boolean;
}

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
   * never commits (on a server, where connections can hang). None by default.
   */
  commandTimeoutMs?: number;
  /** The shell's input and output, when no platform is configured. Default: this process's. */
  terminal?: Terminal;
}

/** What builds the adapters: the parts every adapter takes, and what to pick each one's own from. */
export interface AppParts extends AdapterParts {
  config: Config;
  demo: DemoSeeder;
  terminal: Terminal;
  /** Runs the scheduler's due work now. */
  tick: () => Promise<void>;
}

export interface RunningApp {
  core: Core;
  adapters: PlatformAdapter[];
  health: Health;
  scheduler: Scheduler;
  /** The port /healthz (and Slack over HTTP) answers on (PORT when nothing listens: the shell alone). */
  port(): number;
  /** Settles when an adapter's session ends by itself (the shell's); undefined when none can. */
  finished: Promise<void> | undefined;
  stop(): Promise<void>;
}

/** The Slack adapter's options: the common parts and Slack's own settings only. */
export function slackOptions(parts: AppParts): SlackAdapterOptions {
  const { config, core, logger, health, host } = parts;
  if (!config.slack) throw new Error('Slack is not configured');
  const { port, logLevel, locale } = config;
  return { core, logger, health, host, web: parts.web, slack: config.slack, port, logLevel, locale };
}

/** The Discord adapter's options: the core, the logger and Discord's own settings only. */
export function discordOptions(parts: AppParts): DiscordAdapterOptions {
  if (!parts.config.discord) throw new Error('Discord is not configured');
  return { core: parts.core, logger: parts.logger, discord: parts.config.discord };
}

/** The shell adapter's options: the terminal, DATA_DIR, and the scheduler's tick after each line. */
export function shellOptions(parts: AppParts): ShellAdapterOptions {
  const { core, demo, terminal, config } = parts;
  // Scheduled work due after a line (a round asked for with `cafe lancer`, a poll that
  // closed) is printed right after its answer, not up to 20 seconds later.
  return { core, demo, ...terminal, dataDir: config.dataDir, afterLine: parts.tick };
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

/** Slack and/or Discord as configured; the shell when neither is. */
async function defaultAdapters(parts: AppParts): Promise<PlatformAdapter[]> {
  const adapters: PlatformAdapter[] = [];
  // Each platform's SDK is loaded only when it is configured.
  if (parts.config.slack) {
    const { createSlackAdapter } = await import('../adapters/slack/slack-adapter.ts');
    adapters.push(createSlackAdapter(slackOptions(parts)));
  }
  if (parts.config.discord) {
    const { createDiscordAdapter } = await import('../adapters/discord/discord-adapter.ts');
    adapters.push(createDiscordAdapter(discordOptions(parts)));
  }
  return adapters.length > 0 ? adapters : [createShellAdapter(shellOptions(parts))];
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
  // Built once the adapters are: a change before then has no message to edit anyway.
  let polls: PollRefresher | undefined;
  const pollChanged = (networkId: string, pollId: string) => polls?.changed(networkId, pollId);
  const core = createCore({
    store,
    clock,
    logger,
    commands,
    secret: options.secret,
    defaults: networkDefaults(config),
    uninstallGraceDays: config.uninstallGraceDays,
    onPollChanged: pollChanged,
    web: { baseUrl: () => web.baseUrl() },
  });
  const webListener = webHandler(core.webPage, logger);

  // The web view: on the platforms' HTTP server; in the shell, started on localhost when asked.
  const web = webHost({
    publicUrl: config.publicUrl,
    port: config.port,
    start: (port) => startHealthServer(health, port, '127.0.0.1', webListener),
  });
  let scheduler: Scheduler | undefined;
  const terminal = options.terminal ?? {
    input: process.stdin,
    output: process.stdout,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  };
  const parts: AppParts = {
    config,
    core,
    logger,
    health,
    host: options.host,
    web: webListener,
    demo: createDemoSeeder({ core, store: scheduledStore, clock }),
    terminal,
    tick: async () => {
      await scheduler?.tick();
    },
  };
  adapters = await (options.adapters ?? defaultAdapters)(parts);
  for (const adapter of adapters) health.expect(adapter.platform);
  const publisher = routingPublisher(adapters, logger);
  polls = pollRefresher({ read: pollViews(store), publisher, logger });
  scheduler = createScheduler({
    store: scheduledStore,
    clock,
    logger,
    publisher,
    onPollChanged: pollChanged,
    processId: options.processId,
    jobs: [
      pollClosing,
      digestJob,
      cafeRoundJob,
      cafeFollowUpJob,
      ...retentionJobs(logger, config.uninstallGraceDays),
    ],
  });

  // Slack over HTTP serves /healthz on its own receiver; otherwise a bare server does, for
  // the chat platforms (the shell alone serves nothing).
  const listener = adapters.find((a) => a.listening !== undefined);
  const bare = !listener && adapters.some((a) => a.platform !== 'shell');
  const healthServer = bare
    ? await startHealthServer(health, config.port, options.host, webListener)
    : undefined;

  for (const adapter of adapters) {
    await adapter.start();
    health.ready(adapter.platform);
  }
  const ticker = options.ticker === false ? undefined : startTicker(() => scheduler.tick(), logger);
  const sessions = adapters.flatMap((a) => (a.finished ? [a.finished()] : []));

  const port = () => {
    const address = listener?.listening?.() ?? (healthServer?.address() as AddressInfo | null);
    return address?.port ?? config.port;
  };
  const serving = listener !== undefined || healthServer !== undefined;
  web.attach(serving ? port : undefined);

  return {
    core,
    adapters,
    health,
    scheduler,
    port,
    finished: sessions.length > 0 ? Promise.race(sessions) : undefined,
    async stop() {
      await ticker?.stop();
      // Runs waiting on a platform hand their claims to the other replicas at once.
      await scheduler.stop();
      polls.stop();
      for (const adapter of adapters) await adapter.stop();
      await new Promise<void>((resolve) => (healthServer ? healthServer.close(() => resolve()) : resolve()));
      await web.stop();
    },
  };
}

function fail(lines: string[], code: number): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(code);
}

async function openDatabase(config: Config, logger: Logger): Promise<OpenDatabase> {
  try {
    const database = config.databaseUrl
      ? await openServer(config.databaseUrl)
      : await openEmbedded(config.dataDir, {
          onTightened: (entries) =>
            logger.warn({ entries }, 'DATA_DIR was readable by other accounts: made private'),
        });
    await database.migrate();
    return database;
  } catch (error) {
    if (error instanceof DataDirLockedError) fail([`Maillage: ${error.message}`], 1);
    logger.error({ error: (error as Error).message }, 'could not open the database');
    fail(
      [
        config.databaseUrl
          ? 'Maillage: cannot reach the PostgreSQL server given by DATABASE_URL (is it running, and is the URL right?).'
          : `Maillage: cannot open the embedded database in ${config.dataDir}.`,
      ],
      1,
    );
  }
}

/** PGlite runs in this process and never hangs on a network: no time limit there. */
const commandTimeout = (database: OpenDatabase) =>
  database.kind === 'postgres' ? COMMAND_TIMEOUT_MS : undefined;

/** `npm start`: serves until SIGINT or SIGTERM, or until the shell's session ends. */
async function main(): Promise<void> {
  const parsed = loadConfig();
  if (!parsed.ok) fail(['Maillage: invalid configuration:', ...parsed.error.map((p) => `  - ${p}`)], 2);
  const config = parsed.value;
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const shellOnly = !config.slack && !config.discord;
  // At a terminal, logs share the screen with the conversation: only warnings and errors,
  // unless LOG_LEVEL asks for more.
  const level = shellOnly && interactive && !config.logLevelGiven ? 'warn' : config.logLevel;
  const logger = pino({ level, base: { app: 'maillage' } }, pino.destination(2));
  const database = await openDatabase(config, logger);
  // Used by anonymous polls (keyed hashes); generated once for an embedded installation.
  const secret = config.secret ?? loadOrCreateSecret(config.dataDir);
  let app: RunningApp;
  try {
    app = await startApp({
      config,
      db: database.db,
      // On a server, a command answers within seconds even when the connection hangs.
      commandTimeoutMs: commandTimeout(database),
      secret,
      logger,
      processId: `${hostname()}:${process.pid}`,
    });
  } catch (error) {
    logger.error({ error: (error as Error).message }, 'could not connect to the chat platforms');
    await database.close();
    fail([`Maillage: could not connect: ${(error as Error).message}`], 1);
  }
  let closing = false;
  const shutdown = async (code: number) => {
    if (closing) return;
    closing = true;
    await app.stop();
    await database.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(130));
  process.on('SIGTERM', () => void shutdown(143));
  logger.info(
    {
      database: database.kind,
      readyMs: Math.round(performance.now() - startedAt),
      adapters: app.adapters.map((a) => a.platform),
      ...(shellOnly ? {} : { port: app.port() }),
    },
    'ready',
  );
  if (app.finished) {
    await app.finished;
    await shutdown(0);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`Maillage stopped: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
