// Events API: a mention of the bot gets a short help line in its thread; uninstalling
// the app or revoking its bot token marks the workspace removed (logged for the operators):
// nothing is posted there any more, and its data goes after the grace period.
import type { App } from '@slack/bolt';
import { localized, privateMessage, summariseError, text } from '../../src/core/public.ts';
import { guarded, type HandlerContext, visitorOf } from './handler-context.ts';
import { slackMessages as m } from './messages.ts';

export function registerEvents(app: App, ctx: HandlerContext): void {
  app.event('app_mention', async ({ event, body }) => {
    const userId = 'user' in event ? event.user : undefined;
    if (!userId) return;
    await guarded(ctx, 'app_mention', undefined, async () => {
      const visitor = await visitorOf(ctx, userId);
      // Slack redelivers an event it thinks was missed: the key in PostgreSQL makes any
      // replica answer it once. The core also makes the user a member, in their language.
      const reply = await ctx.core.acknowledge(visitor, `slack:event:${body.event_id}`);
      if (reply.duplicate) {
        ctx.logger.info({ platform: 'slack' }, 'delivery already handled: nothing sent');
        return;
      }
      const help = privateMessage(text(localized(reply.locale, m['mention-help'])));
      await ctx.poster.thread(event.channel, event.thread_ts ?? event.ts, help);
    });
  });

  // Uninstalled, or the bot token revoked: the core stops posting there, and the network is
  // deleted after the grace period unless the app is installed again (start-up, or any use).
  app.event('app_uninstalled', async ({ body }) => {
    await guarded(ctx, 'app_uninstalled', undefined, () => withdrawn(ctx, 'app_uninstalled', body.team_id));
  });
  app.event('tokens_revoked', async ({ event, body }) => {
    await guarded(ctx, 'tokens_revoked', undefined, async () => {
      // Revoked user tokens (oauth) leave the bot's own token working: only `bot` ends it.
      if ((event.tokens.bot ?? []).length === 0) {
        ctx.logger.info(
          { platform: 'slack', event: 'tokens_revoked' },
          'user tokens revoked: the bot keeps working',
        );
        return;
      }
      await withdrawn(ctx, 'tokens_revoked', body.team_id);
    });
  });
}

async function withdrawn(ctx: HandlerContext, event: string, teamId: string | undefined): Promise<void> {
  const team = teamId ?? ctx.workspace().teamId;
  ctx.logger.warn(
    { platform: 'slack', event, team },
    'Slack access withdrawn: the bot no longer answers nor posts in this workspace until it is installed again',
  );
  await ctx.core.spaceRemoved({ platform: 'slack', externalId: team });
}

/** At start-up, once auth.test named the workspace: the bot is installed there (again). */
export async function workspaceInstalled(ctx: HandlerContext): Promise<void> {
  try {
    await ctx.core.spaceReturned({ platform: 'slack', externalId: ctx.workspace().teamId });
  } catch (error) {
    // Not a reason to stay down: the next use of the bot there clears the removal too.
    ctx.logger.error(
      { platform: 'slack', error: summariseError(error) },
      'could not record the workspace as installed',
    );
  }
}
