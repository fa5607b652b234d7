// What every Slack handler shares: the core, the Slack calls, who is asking, and one error
// boundary per incoming event (log with context, tell the user, keep serving).
import type { webApi } from '@slack/bolt';
import {
  type Core,
  type Locale,
  type Logger,
  summariseError,
  t,
  type Visitor,
} from '../../src/core/public.ts';
import type { Respond } from './deliver-reply.ts';
import type { Identities } from './identity.ts';
import type { PendingConfirmations } from './modals.ts';
import type { SlackPoster } from './publisher.ts';

export interface Workspace {
  /** The workspace the bot is installed in (auth.test): it is the network. */
  teamId: string;
  name: string | null;
  /** The bot's bot id, which marks its own messages in a channel's history. */
  botId: string | null;
}

export interface HandlerContext {
  core: Core;
  client: webApi.WebClient;
  logger: Logger;
  identities: Identities;
  poster: SlackPoster;
  confirmations: PendingConfirmations;
  workspace: () => Workspace;
  /** The installation's language, for the few words said before the core has spoken. */
  defaultLocale: Locale;
}

/**
 * The visitor behind a Slack user. Every user — Slack Connect guests from partner
 * organisations included — belongs to the network of the bot's workspace.
 */
export async function visitorOf(
  ctx: HandlerContext,
  userId: string,
  fallbackName?: string,
): Promise<Visitor> {
  const { teamId, name } = ctx.workspace();
  const user = await ctx.identities.lookUp(userId, fallbackName);
  return { platform: 'slack', space: { externalId: teamId, name }, user };
}

/** Runs one incoming event's work; an unexpected failure is logged and the user told. */
export async function guarded(
  ctx: HandlerContext,
  handler: string,
  respond: Respond | undefined,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    ctx.logger.error({ error: summariseError(error), platform: 'slack', handler }, 'Slack handler failed');
    await respond?.({
      response_type: 'ephemeral',
      replace_original: false,
      text: t(ctx.defaultLocale, 'error.internal'),
    });
  }
}
