// Builds the Bolt app for the configured mode: over HTTP, an HTTPReceiver on /slack/events
// (signatures checked by Bolt) that also serves /healthz; in Socket Mode, a websocket whose
// connection call honours SLACK_API_URL too. Bolt's own logs go through our logger.
import type { RequestListener } from 'node:http';
import { App, type Logger as BoltLogger, HTTPReceiver, LogLevel, webApi } from '@slack/bolt';
import { type Logger, summariseError } from '../../src/core/public.ts';
import { healthHandler } from '../http/health-server.ts';
import type { Health } from '../platform.ts';
import { slackFetch, slackFetchOnce } from './http-client.ts';

export const EVENTS_PATH = '/slack/events';

const ORDER: Record<LogLevel, number> = {
  [LogLevel.ERROR]: 0,
  [LogLevel.WARN]: 1,
  [LogLevel.INFO]: 2,
  [LogLevel.DEBUG]: 3,
};

/**
 * Our pino level as Bolt's. Never below info: at debug, Bolt and its Web API client log
 * request bodies and websocket frames — users' words and votes.
 */
/** Slack's part of the configuration: how to reach it (SLACK_* variables). */
export type SlackSettings =
  | { mode: 'http'; botToken: string; signingSecret: string; apiUrl: string | undefined }
  | { mode: 'socket'; botToken: string; appToken: string; apiUrl: string | undefined };

/** LOG_LEVEL, as pino names its levels. */
export type LogLevelName = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export function boltLevel(level: LogLevelName): LogLevel {
  switch (level) {
    case 'fatal':
    case 'error':
    case 'silent':
      return LogLevel.ERROR;
    case 'warn':
      return LogLevel.WARN;
    default:
      return LogLevel.INFO;
  }
}

function describe(args: unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === 'string') return a;
      if (a instanceof Error) return `${summariseError(a).name}: ${summariseError(a).message}`;
      return typeof a === 'number' || typeof a === 'boolean' ? String(a) : '[object]';
    })
    .join(' ')
    .slice(0, 500);
}

/** Bolt's logger interface over ours, tagged with its source. */
export function boltLogger(logger: Logger, initial: LogLevel): BoltLogger {
  let level = initial;
  let name = 'bolt';
  const emit = (at: LogLevel, method: 'error' | 'warn' | 'info' | 'debug', args: unknown[]) => {
    if (ORDER[at] <= ORDER[level]) logger[method]({ platform: 'slack', source: name }, describe(args));
  };
  return {
    error: (...args) => emit(LogLevel.ERROR, 'error', args),
    warn: (...args) => emit(LogLevel.WARN, 'warn', args),
    info: (...args) => emit(LogLevel.INFO, 'info', args),
    debug: (...args) => emit(LogLevel.DEBUG, 'debug', args),
    // Bolt may ask for debug; it never gets below info (see boltLevel).
    setLevel: (next) => {
      level = ORDER[next] > ORDER[LogLevel.INFO] ? LogLevel.INFO : next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}

export interface BoltAppOptions {
  slack: SlackSettings;
  logLevel: LogLevelName;
  logger: Logger;
  health: Health;
  /** The web view's paths (/d/…), served beside Slack's events over HTTP. */
  web?: RequestListener | undefined;
  /** Web API retries; the default waits at most about five minutes. */
  retryConfig: webApi.RetryOptions | undefined;
}

export interface BoltParts {
  app: App;
  receiver: HTTPReceiver | undefined;
  /**
   * The Web API client of scheduled posts: no retry of its own and no wait on a 429 (which
   * would pause every call of the client), so that the scheduler retries, looking first
   * for the post (scheduled-posts.ts), and one rate-limited post holds nothing else.
   */
  scheduledClient: webApi.WebClient;
}

/** /healthz, and the web view's page and assets when it is served. */
function httpRoutes(options: BoltAppOptions) {
  const handler = healthHandler(options.health, options.web);
  const method = ['GET', 'HEAD'];
  const web = ['/d/assets/:file', '/d/:token'].map((path) => ({ path, method, handler }));
  return [{ path: '/healthz', method, handler }, ...(options.web ? web : [])];
}

export function buildBoltApp(options: BoltAppOptions): BoltParts {
  const { slack } = options;
  const logLevel = boltLevel(options.logLevel);
  const logger = boltLogger(options.logger, logLevel);
  const clientOptions: webApi.WebClientOptions = {
    retryConfig: options.retryConfig ?? { retries: 5, factor: 2, minTimeout: 1000, maxTimeout: 60_000 },
    // A hung call must not hold a user's answer forever.
    timeout: 15_000,
    // Plain kept-alive requests: Node's fetch costs several times the CPU (see http-client.ts).
    fetch: slackFetch,
    ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}),
  };
  // Checked at start with our own auth.test call, whose failure start() reports.
  const common = { token: slack.botToken, logger, logLevel, clientOptions, deferInitialization: true };
  const scheduledClient = new webApi.WebClient(slack.botToken, {
    ...clientOptions,
    logger,
    logLevel,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    fetch: slackFetchOnce,
  });
  if (slack.mode === 'socket') {
    const app = new App({
      ...common,
      appToken: slack.appToken,
      socketMode: true,
      // The socket client takes its Web API settings (apps.connections.open) only from here.
      installerOptions: { clientOptions: { ...clientOptions } },
    });
    return { app, receiver: undefined, scheduledClient };
  }
  const receiver = new HTTPReceiver({
    signingSecret: slack.signingSecret,
    endpoints: EVENTS_PATH,
    customRoutes: httpRoutes(options),
    logger,
    logLevel,
  });
  return { app: new App({ ...common, receiver }), receiver, scheduledClient };
}
