// The Slack adapter: the real Bolt app over HTTP or Socket Mode, wired to the core. At
// start it asks Slack which workspace it serves (auth.test): that workspace is the
// network, for its own members and for Slack Connect guests alike.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { webApi } from '@slack/bolt';
import { type Locale, summariseError } from '../../src/core/public.ts';
import type { AdapterParts, PlatformAdapter } from '../platform.ts';
import { registerActions } from './actions.ts';
import { buildBoltApp, type LogLevelName, type SlackSettings } from './bolt-app.ts';
import { registerCommand } from './commands.ts';
import { registerEvents, workspaceInstalled } from './events.ts';
import { registerForms } from './forms.ts';
import type { HandlerContext, Workspace } from './handler-context.ts';
import { createIdentities } from './identity.ts';
import { PendingConfirmations } from './modals.ts';
import { createPoster } from './publisher.ts';
import { platformError } from './slack-errors.ts';

export interface SlackAdapterOptions extends AdapterParts {
  slack: SlackSettings;
  /** PORT: over HTTP, Slack's events (and /healthz) are served there. */
  port: number;
  logLevel: LogLevelName;
  /** The deployment's language (LOCALE), for whoever has no language of their own yet. */
  locale: Locale;
  /** Web API retry policy; tests shorten it (the default gives up after about five minutes). */
  retryConfig?: webApi.RetryOptions;
}

export function createSlackAdapter(options: SlackAdapterOptions): PlatformAdapter {
  const { slack, core, logger } = options;
  const { app, scheduledClient } = buildBoltApp({
    slack,
    logLevel: options.logLevel,
    logger,
    health: options.health,
    web: options.web,
    retryConfig: options.retryConfig,
  });
  let workspace: Workspace | undefined;
  const client = app.client;
  const poster = createPoster({
    client,
    scheduledClient,
    logger,
    botId: () => workspace?.botId ?? undefined,
  });
  const ctx: HandlerContext = {
    core,
    client,
    logger,
    poster,
    identities: createIdentities(client, logger, () => workspace?.teamId),
    confirmations: new PendingConfirmations(),
    defaultLocale: options.locale,
    workspace: () => {
      if (!workspace) throw new Error('the Slack adapter is not started');
      return workspace;
    },
  };
  registerCommand(app, ctx);
  registerActions(app, ctx);
  registerForms(app, ctx);
  registerEvents(app, ctx);
  // What escapes our handlers' own boundaries (Bolt's middleware, authorisation).
  app.error(async (error) => {
    logger.error({ platform: 'slack', error: summariseError(error) }, 'Bolt reported an error');
  });

  let server: Server | undefined;
  const adapter: PlatformAdapter = {
    platform: 'slack',
    publisher: poster.publisher,
    async start() {
      workspace = await whoAmI(client);
      await workspaceInstalled(ctx);
      await app.init();
      if (slack.mode === 'http') {
        server = (await app.start({ port: options.port, host: options.host })) as Server;
      } else {
        await app.start();
      }
      logger.info({ platform: 'slack', mode: slack.mode, team: workspace.teamId }, 'Slack connected');
    },
    async stop() {
      try {
        await app.stop();
      } catch (error) {
        // Stopping twice, or before start: nothing left to stop.
        logger.debug({ platform: 'slack', error: (error as Error).name }, 'Slack app already stopped');
      }
      server = undefined;
    },
  };
  if (slack.mode !== 'http') return adapter;
  return { ...adapter, listening: () => (server?.address() as AddressInfo | null) ?? undefined };
}

async function whoAmI(client: webApi.WebClient): Promise<Workspace> {
  try {
    const auth = await client.auth.test();
    if (!auth.team_id) throw new Error('auth.test returned no team');
    return { teamId: auth.team_id, name: auth.team ?? null, botId: auth.bot_id ?? null };
  } catch (error) {
    throw platformError('auth.test', error);
  }
}
