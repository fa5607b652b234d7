// The composition root: reads the configuration, opens the database, builds the core
// and the adapters, and hands each to the next. The one file under src/ that may
// import adapters/ and db/.

import { hostname } from 'node:os';
import { pino } from 'pino';
import { startTicker } from '../adapters/scheduler/cron-ticker.ts';
import { runShell, shellPublisher } from '../adapters/shell/shell.ts';
import { type OpenDatabase, openEmbedded, openServer } from '../db/client.ts';
import { DataDirLockedError, loadOrCreateSecret } from '../db/data-dir.ts';
import { COMMAND_TIMEOUT_MS, createStore } from '../db/store.ts';
import { networkDefaults, type RunningApp, startApp } from './app.ts';
import { type Config, loadConfig } from './config.ts';
import { commands } from './core/commands/index.ts';
import { createCore } from './core/core.ts';
import { createDemoSeeder } from './core/demo/demo-seeder.ts';
import type { Logger } from './core/ports.ts';
import { cafeFollowUpJob, cafeRoundJob } from './core/scheduling/cafe-jobs.ts';
import { digestJob } from './core/scheduling/digest-job.ts';
import { pollClosing } from './core/scheduling/poll-closing.ts';
import { retentionJobs } from './core/scheduling/retention-jobs.ts';
import { createScheduler } from './core/scheduling/scheduler.ts';

const startedAt = performance.now();

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
  if (!shellOnly) return runPlatforms(config, database, secret, logger);
  const store = createStore(database.db);
  const clock = { now: () => new Date() };
  const core = createCore({
    // On a server, a command answers within seconds even when the connection hangs.
    store: createStore(database.db, { timeoutMs: commandTimeout(database) }),
    clock,
    logger,
    commands,
    secret,
    defaults: networkDefaults(config),
    uninstallGraceDays: config.uninstallGraceDays,
  });

  const scheduler = createScheduler({
    store,
    clock,
    logger,
    publisher: shellPublisher(process.stdout, interactive),
    processId: `${hostname()}:${process.pid}`,
    jobs: [
      pollClosing,
      digestJob,
      cafeRoundJob,
      cafeFollowUpJob,
      ...retentionJobs(logger, config.uninstallGraceDays),
    ],
  });
  const ticker = startTicker(() => scheduler.tick(), logger);

  let closing = false;
  const shutdown = async (code: number) => {
    if (closing) return;
    closing = true;
    await ticker.stop();
    await scheduler.stop();
    await database.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(130));
  process.on('SIGTERM', () => void shutdown(143));

  logger.info(
    { database: database.kind, readyMs: Math.round(performance.now() - startedAt), adapter: 'shell' },
    'ready',
  );
  // Scheduled work due after a line (a round asked for with `cafe lancer`, a poll that
  // closed) is printed right after its answer, not up to 20 seconds later.
  const afterLine = async () => {
    await scheduler.tick();
  };
  await runShell({
    core,
    demo: createDemoSeeder({ core, store, clock }),
    input: process.stdin,
    output: process.stdout,
    interactive,
    afterLine,
    dataDir: config.dataDir,
  });
  await shutdown(0);
}

/** Slack and/or Discord: one process serves both, until SIGINT or SIGTERM. */
async function runPlatforms(config: Config, database: OpenDatabase, secret: string, logger: Logger) {
  let app: RunningApp;
  try {
    app = await startApp({
      config,
      db: database.db,
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
      port: app.port(),
    },
    'ready',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`Maillage stopped: ${(error as Error).message}\n`);
  process.exit(1);
});
